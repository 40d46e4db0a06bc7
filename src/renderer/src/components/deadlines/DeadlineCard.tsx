import { useState } from 'react'
import { Badge, Button, Collapse, Group, Menu, Paper, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DeadlineStatus, Deadline } from '../../../../shared/model'
import { change } from '../../lib/queries'
import { DeadlineStatusBadge } from '../badges'
import { daysFromToday, formatDate } from '../../lib/dates'
import { useToday } from '../../lib/today'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { DeadlineDialogs, type DeadlineDialogKind } from './DeadlineDialogs'
import { CourtTime, useCourtTime } from './CourtTime'
import { Explanation } from './Explanation'
import { findRule, localized, useRules } from './rules'
import { useDeadlineTitle } from '../../lib/labels'

/** Open and past due, as of today. */
export function isOverdue(deadline: { status: DeadlineStatus; due: string }, today: string): boolean {
  return deadline.status === 'open' && deadline.due < today
}

export function DeadlineCard({ deadline }: { deadline: Deadline }) {
  const { t, i18n } = useTranslation()
  const deadlineTitle = useDeadlineTitle()
  const lang = i18n.language
  const rules = useRules()
  const [open, setOpen] = useState(false)
  const [dialog, setDialog] = useState<DeadlineDialogKind | null>(null)
  const [saving, setSaving] = useState(false)
  const rule = findRule(rules.data, deadline.ruleId)
  const title = deadlineTitle(deadline)
  const settled = deadline.status !== 'open'
  const today = useToday()
  const overdue = isOverdue(deadline, today)
  const overridden = deadline.computedDue !== null && deadline.computedDue !== deadline.due
  const days = daysFromToday(deadline.due, today)
  const court = useCourtTime(deadline)

  async function setStatus(status: DeadlineStatus): Promise<void> {
    setSaving(true)
    const result = await change('deadlines.setStatus', { id: deadline.id, status })
    setSaving(false)
    if (!result.ok) return notifyFailed(t, result.error)
    notifySaved(t('deadlines.statusSaved', { status: t(`deadlineStatuses.${status}`) }))
  }

  let relative = ''
  if (!settled && days !== null) {
    if (days === 0) relative = t('deadlines.today')
    else
      relative = days > 0 ? t('deadlines.inDays', { count: days }) : t('deadlines.overdue', { count: -days })
  }

  return (
    <Paper
      withBorder
      p="sm"
      data-testid="deadline-card"
      data-overdue={overdue || undefined}
      style={overdue ? { borderColor: 'var(--mantine-color-red-6)', borderLeftWidth: 4 } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <UnstyledButton
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          style={{ minWidth: 0, flex: 1 }}
        >
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            <Stack gap={2} miw={0}>
              <Group gap="xs">
                <Text
                  size="sm"
                  fw={600}
                  td={settled ? 'line-through' : undefined}
                  c={settled ? 'dimmed' : undefined}
                >
                  {title}
                </Text>
                <DeadlineStatusBadge status={deadline.status} />
                {overdue && (
                  <Badge color="red" variant="filled" radius="sm" size="sm">
                    {t('deadlineCard.overdueBadge')}
                  </Badge>
                )}
                {overridden && (
                  <Badge color="orange" variant="outline" radius="sm" size="sm">
                    {t('deadlineCard.overriddenBadge')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c={overdue ? 'red.7' : settled ? 'dimmed' : undefined} fw={overdue ? 700 : 500}>
                {formatDate(deadline.due, lang, 'full')}
                <Text span size="xs" c={overdue ? 'red.7' : 'dimmed'} fw={400}>
                  {relative && ` · ${relative}`}
                  {court && ` · ${t('deadlineCard.courtTimeShort', { date: court.date })}`}
                  {deadline.responsible && ` · ${deadline.responsible.name}`}
                </Text>
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
        <Menu position="bottom-end" shadow="md">
          <Menu.Target>
            <Button
              size="compact-xs"
              variant="default"
              loading={saving}
              rightSection={<IconChevronDown size={12} />}
            >
              {t('deadlineCard.actions')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('deadlines.markAs')}</Menu.Label>
            {deadline.status !== 'done' && (
              <Menu.Item onClick={() => setDialog('done')}>{t('deadlineCard.markDoneEllipsis')}</Menu.Item>
            )}
            {(['waived', 'missed', 'open'] as const)
              .filter((s) => s !== deadline.status)
              .map((s) => (
                <Menu.Item key={s} onClick={() => void setStatus(s)}>
                  {t(`deadlines.mark.${s}`)}
                </Menu.Item>
              ))}
            <Menu.Divider />
            <Menu.Item onClick={() => setDialog('override')}>{t('deadlineCard.override')}</Menu.Item>
            <Menu.Item onClick={() => setDialog('edit')}>{t('deadlineCard.edit')}</Menu.Item>
            <Menu.Item color="red" onClick={() => setDialog('remove')}>
              {t('actions.remove')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Collapse expanded={open}>
        <Stack gap={6} mt="sm" pl={24}>
          {rule ? (
            <Text size="xs">
              {t('deadlineCard.rule', { name: localized(rule.name, lang) })}{' '}
              <Text span size="xs" c="dimmed">
                ({rule.citation})
              </Text>
            </Text>
          ) : (
            <Text size="xs" c="dimmed">
              {t('deadlines.manual')}
            </Text>
          )}
          {deadline.triggerDate && (
            <Text size="xs">
              {rule ? `${localized(rule.triggerLabel, lang)}: ` : ''}
              {formatDate(deadline.triggerDate, lang, 'long')}
              {deadline.triggerEventId !== null && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  {t('deadlineCard.fromTimeline')}
                </Text>
              )}
            </Text>
          )}
          {overridden && deadline.computedDue && (
            <Text size="xs" c="orange.8">
              {t('deadlines.overridden', {
                computed: formatDate(deadline.computedDue, lang, 'long'),
                reason: deadline.overrideReason ?? ''
              })}
            </Text>
          )}
          {deadline.responsible && (
            <Text size="xs" data-testid="deadline-responsible">
              {t(deadline.responsible.own ? 'people.responsible' : 'people.responsibleInherited', {
                name: deadline.responsible.name
              })}
            </Text>
          )}
          {deadline.doneOn && (
            <Text size="xs">
              {t('deadlines.doneOn', { date: formatDate(deadline.doneOn, lang, 'long') })}
            </Text>
          )}
          <CourtTime deadline={deadline} />
          <Explanation steps={deadline.steps} warnings={deadline.warnings} />
        </Stack>
      </Collapse>
      <DeadlineDialogs kind={dialog} deadline={deadline} title={title} onClose={() => setDialog(null)} />
    </Paper>
  )
}
