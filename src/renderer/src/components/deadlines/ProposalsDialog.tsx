import { Badge, Button, Checkbox, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isOverride, ProposalsReviewInput, type Proposals } from '../../../../shared/contract'
import { change } from '../../lib/queries'
import { DateField } from '../DateField'
import { formatDate, isCalendarDate } from '../../lib/dates'
import { eventTitle } from '../../lib/labels'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { Explanation } from './Explanation'
import { useDeadlineTitle } from '../../lib/labels'

/** One proposal under review: ticked or not, its date, and why it differs from the computed one. */
interface Choice {
  accept: boolean
  due: string
  computedDue: string
  overrideReason: string
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
  const form = useContractForm<{ choices: Choice[] }>(ProposalsReviewInput, {
    choices: proposals.proposals.map((p) => ({
      accept: p.existingDeadlineId === null,
      due: p.due,
      computedDue: p.due,
      overrideReason: ''
    }))
  })
  const { choices } = form.values
  const chosen = choices.filter((c) => c.accept)
  const overriding = (c: Choice): boolean =>
    c.accept && isCalendarDate(c.due) && isOverride(c.computedDue, c.due.trim())

  const save = form.onSubmit(async () => {
    if (chosen.length === 0) return
    const accepted = choices.flatMap((c, i) => (c.accept ? [i] : []))
    const deadlines = accepted.map((i) => {
      const p = proposals.proposals[i]!
      const choice = choices[i]!
      return {
        matterId: p.matterId,
        ruleId: p.ruleId,
        title: p.title,
        triggerEventId: p.triggerEventId,
        options: p.options,
        leadTimes: p.leadTimes,
        ...(overriding(choice) ? { due: choice.due, overrideReason: choice.overrideReason } : {})
      }
    })
    const result = await change('deadlines.addMany', { deadlines })
    if (!result.ok) {
      // The core names the n-th deadline sent; the form, the proposal it came from.
      const fields = toChoiceFields(result.error.fields, accepted)
      return showCallError(form, t, { ...result.error, fields })
    }
    notifySaved(t('proposals.saved', { count: result.value.length }))
    onClose()
  })

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {t('proposals.intro', {
            event: eventTitle(proposals.event, t),
            date: formatDate(proposals.event.date, lang, 'long')
          })}
        </Text>
        {proposals.proposals.map((p, i) => {
          const choice = choices[i]!
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
                    {...form.getInputProps(`choices.${i}.accept`, { type: 'checkbox' })}
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
                    value={choice.due}
                    onChange={(due) => form.setFieldValue(`choices.${i}.due`, due)}
                    error={form.getInputProps(`choices.${i}.due`).error as string | undefined}
                    disabled={!choice.accept}
                    w={260}
                  />
                  {overriding(choice) && (
                    <Textarea
                      label={t('deadlineForm.overrideReason')}
                      description={t('deadlineForm.overrideHint', { date: formatDate(p.due, lang, 'long') })}
                      required
                      autosize
                      style={{ flex: 1 }}
                      {...form.getInputProps(`choices.${i}.overrideReason`)}
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
          <Button variant="default" onClick={onClose} disabled={form.submitting}>
            {t('proposals.skip')}
          </Button>
          <Button type="submit" loading={form.submitting} disabled={chosen.length === 0}>
            {t('proposals.accept', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** deadlines.<n>.<field> (the n-th deadline sent) -> choices.<i>.<field> (the proposal it came from). */
function toChoiceFields(
  fields: Record<string, string> | undefined,
  accepted: number[]
): Record<string, string> | undefined {
  if (!fields) return undefined
  return Object.fromEntries(
    Object.entries(fields).map(([path, code]) => [
      path.replace(/^deadlines\.(\d+)\./, (_, n: string) => `choices.${accepted[Number(n)] ?? n}.`),
      code
    ])
  )
}
