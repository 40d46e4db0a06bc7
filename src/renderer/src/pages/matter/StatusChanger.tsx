import { useState } from 'react'
import { Button, Group, Popover, Select, Stack, Textarea } from '@mantine/core'
import { IconArrowsExchange } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { MATTER_STATUSES, type MatterStatus } from '../../../../shared/model'
import { change } from '../../lib/queries'
import { notifyFailed, notifySaved } from '../../lib/notify'
import type { MatterTabProps } from './MatterPage'

/** Changing status writes a timeline entry, with an optional note saying why. */
export function StatusChanger({ detail, onChange }: MatterTabProps) {
  const { t } = useTranslation()
  const current = detail.matter.status
  const [opened, setOpened] = useState(false)
  const [status, setStatus] = useState<MatterStatus>(current)
  const [note, setNote] = useState('')
  const [saving, setSaving] = useState(false)

  async function save(): Promise<void> {
    setSaving(true)
    const result = await change('matters.setStatus', { id: detail.matter.id, status, note })
    setSaving(false)
    if (!result.ok) {
      notifyFailed(t, result.error)
      return
    }
    onChange(result.value)
    setNote('')
    setOpened(false)
    notifySaved(t('matter.statusSaved', { status: t(`matterStatuses.${status}`) }))
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" width={300} trapFocus>
      <Popover.Target>
        <Button
          size="xs"
          variant="default"
          data-testid="change-status"
          style={{ flexShrink: 0 }}
          leftSection={<IconArrowsExchange size={14} />}
          onClick={() => {
            setStatus(current)
            setOpened((o) => !o)
          }}
        >
          {t('matter.changeStatus')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Select
            label={t('matter.newStatus')}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
            data={MATTER_STATUSES.map((s) => ({ value: s, label: t(`matterStatuses.${s}`) }))}
            value={status}
            onChange={(value) => value && setStatus(value as MatterStatus)}
          />
          <Textarea
            label={t('matter.statusNote')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              {t('actions.cancel')}
            </Button>
            <Button size="xs" loading={saving} disabled={status === current} onClick={() => void save()}>
              {t('matter.applyStatus')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
