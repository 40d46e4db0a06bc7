import { useState } from 'react'
import { Alert, Button, Collapse, Group, List, Menu, Paper, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconAlertTriangle, IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DEADLINE_STATUSES, type Deadline, type DeadlineStatus } from '../../../../shared/model'
import { call } from '../../api'
import { DeadlineStatusBadge, DueDate } from '../../components/badges'
import { daysFromToday, formatDate, todayIso } from '../../lib/dates'
import { deadlineTitle } from '../../lib/labels'
import { notifyFailed, notifySaved } from '../../lib/notify'
import classes from './Matter.module.css'

export function DeadlineCard({ deadline, onChanged }: { deadline: Deadline; onChanged: () => void }) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const [saving, setSaving] = useState(false)
  const lang = i18n.language
  const days = daysFromToday(deadline.due)
  const settled = deadline.status !== 'open'

  async function setStatus(status: DeadlineStatus): Promise<void> {
    setSaving(true)
    const result = await call('deadlines.setStatus', {
      id: deadline.id,
      status,
      doneOn: status === 'done' ? todayIso() : null
    })
    setSaving(false)
    if (!result.ok) {
      notifyFailed(t, result.error)
      return
    }
    notifySaved(t('deadlines.statusSaved', { status: t(`deadlineStatuses.${status}`) }))
    onChanged()
  }

  let relative = ''
  if (!settled && days !== null) {
    relative =
      days === 0
        ? t('deadlines.today')
        : days > 0
          ? t('deadlines.inDays', { count: days })
          : t('deadlines.overdue', { count: -days })
  }

  return (
    <Paper withBorder p="sm" data-testid="deadline-card">
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
                  {deadlineTitle(deadline, t)}
                </Text>
                <DeadlineStatusBadge status={deadline.status} />
              </Group>
              <Group gap="xs">
                <DueDate due={deadline.due} muted={settled} />
                <Text size="xs" c="dimmed">
                  {formatDate(deadline.due, lang, 'full')}
                  {relative && ` · ${relative}`}
                </Text>
              </Group>
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
              {t('deadlines.markAs')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {DEADLINE_STATUSES.filter((s) => s !== deadline.status).map((s) => (
              <Menu.Item key={s} onClick={() => void setStatus(s)}>
                {t(`deadlines.mark.${s}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Collapse expanded={open}>
        <Stack gap={6} mt="sm" pl={24}>
          {deadline.warnings.map((w, i) => (
            <Alert key={i} color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={16} />}>
              <Text size="xs">{w}</Text>
            </Alert>
          ))}
          {deadline.steps.length > 0 ? (
            <div>
              <Text className={classes.fieldLabel}>{t('deadlines.explanation')}</Text>
              <List size="xs" type="ordered" spacing={2}>
                {deadline.steps.map((step, i) => (
                  <List.Item key={i}>
                    {step.text}
                    {step.citation && (
                      <Text span fs="italic" c="dimmed">
                        {' '}
                        ({step.citation})
                      </Text>
                    )}
                  </List.Item>
                ))}
              </List>
            </div>
          ) : (
            <Text size="xs" c="dimmed">
              {t('deadlines.manual')}
            </Text>
          )}
          {deadline.triggerDate && (
            <Text size="xs">
              {t('deadlines.trigger', { date: formatDate(deadline.triggerDate, lang, 'long') })}
            </Text>
          )}
          {deadline.computedDue && deadline.computedDue !== deadline.due && (
            <Text size="xs" c="orange.8">
              {t('deadlines.overridden', {
                computed: formatDate(deadline.computedDue, lang, 'long'),
                reason: deadline.overrideReason ?? ''
              })}
            </Text>
          )}
          {deadline.assignee && <Text size="xs">{t('deadlines.assignee', { name: deadline.assignee })}</Text>}
          {deadline.doneOn && (
            <Text size="xs">
              {t('deadlines.doneOn', { date: formatDate(deadline.doneOn, lang, 'long') })}
            </Text>
          )}
        </Stack>
      </Collapse>
    </Paper>
  )
}
