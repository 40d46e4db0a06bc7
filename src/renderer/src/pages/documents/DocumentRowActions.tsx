import { useState } from 'react'
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Menu,
  Modal,
  Select,
  Stack,
  Text,
  TextInput
} from '@mantine/core'
import {
  IconDots,
  IconEye,
  IconHistory,
  IconLock,
  IconLockOpen,
  IconMailExclamation,
  IconPencil,
  IconTrash
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DocumentRecord } from '../../../../shared/contract'
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/model'
import type { CallInput } from '../../../../shared/contract'
import { change } from '../../lib/queries'
import { DateField } from '../../components/DateField'
import { notifySaved } from '../../lib/notify'
import { offerUndo } from '../../lib/undo'
import { navigate } from '../../lib/router'
import { CustodyDrawer } from './CustodyDrawer'
import { docErrorText } from './docErrors'
import { logEmailAsWarningLetter } from './emailPrefill'

type Dialog = 'edit' | 'remove' | 'custody' | null

export function DocumentRowActions({ doc }: { doc: DocumentRecord }) {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<Dialog>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [name, setName] = useState(doc.originalName)
  const [kind, setKind] = useState<DocumentKind>(doc.kind)
  const [date, setDate] = useState(doc.documentDate ?? '')
  const [privileged, setPrivileged] = useState(doc.privileged)

  function open(which: Dialog): void {
    setError(null)
    setName(doc.originalName)
    setKind(doc.kind)
    setDate(doc.documentDate ?? '')
    setPrivileged(doc.privileged)
    setDialog(which)
  }

  async function update(input: Omit<CallInput<'documents.update'>, 'id'>): Promise<void> {
    setBusy(true)
    const result = await change('documents.update', { id: doc.id, ...input })
    setBusy(false)
    if (!result.ok) {
      setError(docErrorText(t, result.error))
      return
    }
    setDialog(null)
    notifySaved(t('docs.saved'))
  }

  async function remove(): Promise<void> {
    setBusy(true)
    const result = await change('documents.remove', { id: doc.id })
    setBusy(false)
    if (!result.ok) {
      setError(docErrorText(t, result.error))
      return
    }
    setDialog(null)
    offerUndo(t, t('undo.documentRemoved', { name: doc.originalName }), result.value.undoToken)
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('docs.actionsFor', { name: doc.originalName })}
          >
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconEye size={14} />}
            onClick={() => navigate({ name: 'document', id: doc.id })}
          >
            {t('docs.open')}
          </Menu.Item>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => open('edit')}>
            {t('docs.edit')}
          </Menu.Item>
          <Menu.Item
            leftSection={doc.privileged ? <IconLockOpen size={14} /> : <IconLock size={14} />}
            onClick={() => void update({ privileged: !doc.privileged })}
          >
            {doc.privileged ? t('docs.markNotPrivileged') : t('docs.markPrivileged')}
          </Menu.Item>
          {doc.viewer === 'email' && (
            <Menu.Item
              leftSection={<IconMailExclamation size={14} />}
              onClick={() => void logEmailAsWarningLetter(doc)}
            >
              {t('emailIntake.logAsWarningLetter')}
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconHistory size={14} />} onClick={() => open('custody')}>
            {t('docs.custody.open')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => open('remove')}>
            {t('docs.remove')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>

      <Modal opened={dialog === 'edit'} onClose={() => setDialog(null)} title={t('docs.editTitle')}>
        <Stack gap="sm">
          <TextInput
            label={t('docs.fileName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
          />
          <Select
            label={t('documents.kind')}
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documentKinds.${k}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as DocumentKind)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <DateField label={t('documents.date')} value={date} onChange={setDate} />
          <Checkbox
            label={t('docs.privilegedLabel')}
            checked={privileged}
            onChange={(e) => setPrivileged(e.currentTarget.checked)}
          />
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t('actions.cancel')}
            </Button>
            <Button
              loading={busy}
              onClick={() =>
                void update({
                  originalName: name.trim(),
                  // an unchanged kind is not an answer to a proposed one: renaming leaves it waiting
                  kind: kind === doc.kind ? undefined : kind,
                  documentDate: date.trim() || null,
                  privileged
                })
              }
            >
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'remove'} onClose={() => setDialog(null)} title={t('docs.removeTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('docs.removeExplain', { name: doc.originalName })}</Text>
          {doc.attachments.length > 0 && (
            <Text size="sm">{t('docs.removeAttachments', { count: doc.attachments.length })}</Text>
          )}
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t('actions.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void remove()}>
              {t('docs.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <CustodyDrawer
        documentId={dialog === 'custody' ? doc.id : null}
        documentName={doc.originalName}
        onClose={() => setDialog(null)}
      />
    </>
  )
}
