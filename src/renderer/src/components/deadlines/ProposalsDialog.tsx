import { useState } from 'react'
import { Badge, Button, Checkbox, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Proposals } from '../../../../shared/contract'
import { change } from '../../lib/queries'
import { DateField } from '../DateField'
import { formatDate, isCalendarDate } from '../../lib/dates'
import { eventTitle } from '../../lib/labels'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { Explanation } from './Explanation'
import { useDeadlineTitle } from '../../lib/labels'

interface Row {
  accept: boolean
  due: string
  reason: string
}

/** The deadlines a logged event implies (from the templates), for the user to accept or not. */
export function ProposalsDialog({
  proposals,
  onClose
}: {
  proposals: Proposals | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal opened={proposals !== null} onClose={onClose} size="xl" title={t('proposals.title')}>
      {proposals && <ProposalsForm proposals={proposals} onClose={onClose} />}
    </Modal>
  )
}

function ProposalsForm({ proposals, onClose }: { proposals: Proposals; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const deadlineTitle = useDeadlineTitle()
  const lang = i18n.language
  // Already-saved proposals start unticked so accepting twice does not duplicate them.
  const [rows, setRows] = useState<Row[]>(() =>
    proposals.proposals.map((p) => ({ accept: p.existingDeadlineId === null, due: p.due, reason: '' }))
  )
  const [tried, setTried] = useState(false)
  const [saving, setSaving] = useState(false)
  const update = (i: number, patch: Partial<Row>): void =>
    setRows((all) => all.map((row, j) => (j === i ? { ...row, ...patch } : row)))

  const needsReason = (i: number): boolean => {
    const row = rows[i]!
    return row.accept && isCalendarDate(row.due) && row.due.trim() !== proposals.proposals[i]!.due
  }
  const invalid = rows.some(
    (row, i) => row.accept && (!isCalendarDate(row.due) || (needsReason(i) && !row.reason.trim()))
  )
  const chosen = rows.filter((r) => r.accept).length

  async function save(): Promise<void> {
    setTried(true)
    if (invalid || chosen === 0) return
    const deadlines = proposals.proposals.flatMap((p, i) => {
      const row = rows[i]!
      if (!row.accept) return []
      const override = needsReason(i) ? { due: row.due.trim(), overrideReason: row.reason.trim() } : {}
      return [
        {
          matterId: p.matterId,
          ruleId: p.ruleId,
          title: p.title,
          triggerEventId: p.triggerEventId,
          options: p.options,
          leadTimes: p.leadTimes,
          ...override
        }
      ]
    })
    setSaving(true)
    const result = await change('deadlines.addMany', { deadlines })
    setSaving(false)
    if (!result.ok) return notifyFailed(t, result.error)
    notifySaved(t('proposals.saved', { count: result.value.length }))
    onClose()
  }

  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('proposals.intro', {
          event: eventTitle(proposals.event, t),
          date: formatDate(proposals.event.date, lang, 'long')
        })}
      </Text>
      {proposals.proposals.map((p, i) => {
        const row = rows[i]!
        const name = deadlineTitle(p)
        return (
          <Paper key={p.templateId} withBorder p="sm" data-testid="proposal">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Checkbox
                  label={
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                  }
                  checked={row.accept}
                  onChange={(e) => update(i, { accept: e.currentTarget.checked })}
                />
                {p.existingDeadlineId !== null && (
                  <Badge size="sm" color="gray" variant="light">
                    {t('proposals.alreadySaved')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {p.rationale[i18n.language === 'zh-CN' ? 'zh-CN' : 'en']}
              </Text>
              <Group gap="md" align="flex-start" wrap="nowrap">
                <DateField
                  label={t('proposals.due', { name })}
                  value={row.due}
                  onChange={(due) => update(i, { due })}
                  disabled={!row.accept}
                  w={260}
                />
                {needsReason(i) && (
                  <Textarea
                    label={t('deadlineForm.overrideReason')}
                    description={t('deadlineForm.overrideHint', { date: formatDate(p.due, lang, 'long') })}
                    required
                    autosize
                    style={{ flex: 1 }}
                    value={row.reason}
                    onChange={(e) => update(i, { reason: e.currentTarget.value })}
                    error={tried && !row.reason.trim() ? t('errors.override_reason_required') : undefined}
                  />
                )}
              </Group>
              {p.earliest && (
                <Text size="xs">
                  {t('deadlineForm.earliest')} {formatDate(p.earliest, lang, 'full')}
                </Text>
              )}
              <Explanation steps={p.steps} warnings={p.warnings} />
            </Stack>
          </Paper>
        )
      })}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose} disabled={saving}>
          {t('proposals.skip')}
        </Button>
        <Button onClick={() => void save()} loading={saving} disabled={chosen === 0}>
          {t('proposals.accept', { count: chosen })}
        </Button>
      </Group>
    </Stack>
  )
}
