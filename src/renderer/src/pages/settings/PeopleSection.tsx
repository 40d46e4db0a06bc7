// Settings → People: who matters and deadlines can be assigned to. Add, edit, archive someone
// who left (they stay on their records, no longer offered), restore, and remove someone nothing
// names; removing someone in use is refused with the counts, and archiving is offered instead.
import { useState } from 'react'
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip
} from '@mantine/core'
import { IconArchive, IconArchiveOff, IconPencil, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PersonInput, PersonUpdateInput, type PersonRecord } from '../../../../shared/contract'
import { ConfirmRemove } from '../../components/ConfirmRemove'
import { usePeople } from '../../components/PersonSelect'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { callErrorText } from '../../lib/errors'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'

type PersonValues = { name: string; email: string; role: string }
const EMPTY: PersonValues = { name: '', email: '', role: '' }

function PersonFields({ form }: { form: ReturnType<typeof useContractForm<PersonValues>> }) {
  const { t } = useTranslation()
  return (
    <>
      <TextInput size="xs" label={t('people.section.name')} required {...form.getInputProps('name')} />
      <TextInput size="xs" label={t('people.section.email')} type="email" {...form.getInputProps('email')} />
      <TextInput
        size="xs"
        label={t('people.section.role')}
        placeholder={t('people.section.rolePlaceholder')}
        {...form.getInputProps('role')}
      />
    </>
  )
}

function AddPerson() {
  const { t } = useTranslation()
  const form = useContractForm<PersonValues>(PersonInput, EMPTY)
  const submit = form.onSubmit(async (values) => {
    const result = await change('people.create', values)
    if (!result.ok) return showCallError(form, t, result.error)
    form.reset()
    notifySaved(t('people.section.saved'))
  })
  return (
    <form onSubmit={submit} noValidate data-testid="person-add">
      <Group align="flex-start" gap="xs" grow preventGrowOverflow={false}>
        <PersonFields form={form} />
        <Button type="submit" size="xs" mt={24} leftSection={<IconPlus size={14} />} style={{ flexGrow: 0 }}>
          {t('people.section.add')}
        </Button>
      </Group>
    </form>
  )
}

function EditPerson({ person, onClose }: { person: PersonRecord; onClose: () => void }) {
  const { t } = useTranslation()
  const form = useContractForm<PersonValues & { id: number }>(PersonUpdateInput, {
    id: person.id,
    name: person.name,
    email: person.email ?? '',
    role: person.role ?? ''
  })
  const submit = form.onSubmit(async (values) => {
    const result = await change('people.update', values)
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('people.section.saved'))
    onClose()
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <PersonFields form={form as unknown as ReturnType<typeof useContractForm<PersonValues>>} />
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={onClose}>
            {t('people.section.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={form.submitting}>
            {t('people.section.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function PeopleSection() {
  const { t } = useTranslation()
  const people = usePeople()
  const [showArchived, setShowArchived] = useState(false)
  const [editing, setEditing] = useState<PersonRecord | null>(null)
  const [inUse, setInUse] = useState<{ person: PersonRecord; message: string } | null>(null)

  async function setArchived(person: PersonRecord, archived: boolean): Promise<void> {
    const result = await change('people.setArchived', { id: person.id, archived })
    if (!result.ok) return notifyFailed(t, result.error)
    notifySaved(
      t(archived ? 'people.section.archivedDone' : 'people.section.unarchivedDone', { name: person.name })
    )
  }

  async function remove(person: PersonRecord): Promise<void> {
    const result = await change('people.remove', { id: person.id })
    if (result.ok) return notifySaved(t('people.section.removed', { name: person.name }))
    if (result.error.code === 'person_in_use') setInUse({ person, message: callErrorText(t, result.error) })
    else notifyFailed(t, result.error)
  }

  if (people.error) return <QueryError query={people} />
  if (!people.data) return <LoadingPanel />
  const shown = people.data.filter((p) => showArchived || !p.archived)
  return (
    <Paper withBorder p="md" aria-labelledby="people-title" data-testid="people-section">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} size="sm" id="people-title">
            {t('people.section.title')}
          </Text>
          <Switch
            size="xs"
            label={t('people.section.showArchived')}
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('people.section.description')}
        </Text>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('people.section.empty')}
          </Text>
        ) : (
          <Table layout="fixed" fz="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.section.name')}</Table.Th>
                <Table.Th>{t('people.section.email')}</Table.Th>
                <Table.Th>{t('people.section.role')}</Table.Th>
                <Table.Th w={130}>{t('people.section.uses')}</Table.Th>
                <Table.Th w={104} aria-label={t('people.section.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p) => (
                <Table.Tr key={p.id} data-testid="person-row">
                  <Table.Td>
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {p.name}
                    </Text>
                    {p.archived && (
                      <Badge size="xs" variant="light" color="gray">
                        {t('people.section.archived')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {p.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {p.role}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {t('people.section.usesMatters', { count: p.matters })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('people.section.usesDeadlines', { count: p.deadlines })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap" justify="flex-end">
                      <Tooltip label={t('people.section.edit')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('people.section.edit')}
                          onClick={() => setEditing(p)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t(p.archived ? 'people.section.unarchive' : 'people.section.archive')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t(p.archived ? 'people.section.unarchive' : 'people.section.archive')}
                          onClick={() => void setArchived(p, !p.archived)}
                        >
                          {p.archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                        </ActionIcon>
                      </Tooltip>
                      <ConfirmRemove
                        label={t('people.section.remove')}
                        confirm={t('people.section.removeConfirm', { name: p.name })}
                        onConfirm={() => void remove(p)}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <AddPerson />
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('people.section.editTitle', { name: editing.name }) : ''}
      >
        {editing && <EditPerson person={editing} onClose={() => setEditing(null)} />}
      </Modal>
      <Modal
        opened={inUse !== null}
        onClose={() => setInUse(null)}
        title={inUse ? t('people.section.inUseTitle', { name: inUse.person.name }) : ''}
      >
        {inUse && (
          <Stack gap="sm">
            <Text size="sm" data-testid="person-in-use">
              {inUse.message}
            </Text>
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="default" onClick={() => setInUse(null)}>
                {t('people.section.cancel')}
              </Button>
              <Button
                size="xs"
                onClick={() => {
                  void setArchived(inUse.person, true)
                  setInUse(null)
                }}
              >
                {t('people.section.archiveInstead')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  )
}
