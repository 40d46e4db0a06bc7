// What is still missing before a version's listing goes live: the clearance matter, the rights
// searched, the search report, a favourable opinion, and a decision to launch.
import { Anchor, Badge, Group, List, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconCheck, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ChecklistItem } from '../../../../shared/contract'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { formatDate } from '../../lib/dates'
import { keys, useCall } from '../../lib/queries'
import { matterHref } from './shared'

export function ChecklistPanel({ versionId }: { versionId: number }) {
  const { t } = useTranslation()
  const checklist = useCall(keys.checklist(versionId), 'clearance.checklist', { versionId })
  if (checklist.error) return <QueryError query={checklist} />
  if (!checklist.data) return <LoadingPanel />
  const c = checklist.data
  return (
    <Stack gap="xs" aria-label={t('catalogue.checklistTab')} role="region">
      <Group gap="xs">
        <Badge color={c.ready ? 'teal' : 'orange'} variant="light" radius="sm">
          {c.ready ? t('catalogue.checklist.ready') : t('catalogue.checklist.notReady')}
        </Badge>
        {c.clearanceMatterId !== null && (
          <Anchor size="sm" href={matterHref(c.clearanceMatterId)}>
            {t('catalogue.checklist.openMatter')}
          </Anchor>
        )}
      </Group>
      <List spacing={4} size="sm" center>
        {c.items.map((item) => (
          <List.Item
            key={item.code}
            icon={
              <ThemeIcon color={item.done ? 'teal' : 'gray'} variant="light" size={20} radius="xl">
                {item.done ? <IconCheck size={13} /> : <IconX size={13} />}
              </ThemeIcon>
            }
          >
            <ChecklistLine item={item} />
          </List.Item>
        ))}
      </List>
    </Stack>
  )
}

function ChecklistLine({ item }: { item: ChecklistItem }) {
  const { t, i18n } = useTranslation()
  const p = item.params ?? {}
  const label = t(`catalogue.checklist.${item.code}`)
  let detail: string | null = null
  if (item.code === 'rights_searched' && p.kinds)
    detail = [
      String(p.kinds)
        .split(', ')
        .map((k) => t(`catalogue.searchKinds.${k}`, { defaultValue: k }))
        .join(', '),
      p.countries
    ]
      .filter(Boolean)
      .join(' · ')
  if (item.code === 'clearance_opinion' && p.conclusion)
    detail = [
      t(`catalogue.conclusions.${String(p.conclusion)}`),
      p.delivered ? formatDate(String(p.delivered), i18n.language) : null
    ]
      .filter(Boolean)
      .join(' · ')
  if (item.code === 'decision' && p.decision)
    detail = [
      t(`catalogue.decisions.${String(p.decision)}`),
      p.date ? formatDate(String(p.date), i18n.language) : null
    ]
      .filter(Boolean)
      .join(' · ')
  return (
    <Text size="sm" span>
      {label}
      {detail && (
        <Text span c="dimmed" size="sm">
          {' — '}
          {detail}
        </Text>
      )}
    </Text>
  )
}
