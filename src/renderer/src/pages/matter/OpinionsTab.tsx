// The opinions of counsel a matter relies on: who gave them, when they were asked for and
// delivered, what they cover, and whether privilege over them is kept or waived.
import { useState } from 'react'
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Popover,
  SimpleGrid,
  Stack,
  Text,
  Title
} from '@mantine/core'
import { IconFileText, IconLock, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { OpinionConclusionCode, OpinionRecord } from '../../../../shared/contract'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { formatDate } from '../../lib/dates'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change, keys, useCall } from '../../lib/queries'
import { routeHref } from '../../lib/router'
import type { MatterTabProps } from './MatterPage'
import { OpinionForm } from './OpinionForm'

export const CONCLUSION_COLOR: Record<OpinionConclusionCode, string> = {
  favourable: 'teal',
  unfavourable: 'red',
  mixed: 'yellow',
  pending: 'gray'
}

export function OpinionsTab({ detail }: MatterTabProps) {
  const { t } = useTranslation()
  const matterId = detail.matter.id
  const opinions = useCall(keys.opinions({ matterId }), 'opinions.list', { matterId })
  // undefined: closed; null: a new opinion.
  const [editing, setEditing] = useState<OpinionRecord | null | undefined>(undefined)

  return (
    <Stack gap="md" maw={1040}>
      <Group justify="space-between">
        <Title order={5}>{t('opinions.title')}</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing(null)}>
          {t('opinions.add')}
        </Button>
      </Group>
      {opinions.error ? (
        <QueryError query={opinions} />
      ) : !opinions.data ? (
        <LoadingPanel />
      ) : opinions.data.length === 0 ? (
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('opinions.empty')}
          </Text>
        </Paper>
      ) : (
        opinions.data.map((opinion) => (
          <OpinionCard
            key={opinion.id}
            opinion={opinion}
            matterId={matterId}
            onEdit={() => setEditing(opinion)}
          />
        ))
      )}
      <OpinionForm
        detail={detail}
        opinion={editing ?? null}
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </Stack>
  )
}

function OpinionCard({
  opinion,
  matterId,
  onEdit
}: {
  opinion: OpinionRecord
  matterId: number
  onEdit: () => void
}) {
  const { t, i18n } = useTranslation()
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : t('common.none'))
  const counsel = [opinion.firm, opinion.attorney].filter(Boolean).join(' · ')
  const foreign = opinion.matterId !== matterId

  return (
    <Paper withBorder p="md" data-testid="opinion" aria-label={t(`opinions.types.${opinion.type}`)}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="xs">
          <Text fw={600}>{t(`opinions.types.${opinion.type}`)}</Text>
          <Badge color={CONCLUSION_COLOR[opinion.conclusion]} variant="light" radius="sm" size="sm">
            {t(`opinions.conclusions.${opinion.conclusion}`)}
          </Badge>
          {opinion.privileged && (
            <Badge color="grape" variant="outline" radius="sm" size="sm" leftSection={<IconLock size={10} />}>
              {t('opinions.privileged')}
            </Badge>
          )}
          {foreign && (
            <Badge color="gray" variant="outline" radius="sm" size="sm">
              {t('opinions.fromMatter', { reference: opinion.matterReference })}
            </Badge>
          )}
        </Group>
        {!foreign && (
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('opinions.editOne', { type: t(`opinions.types.${opinion.type}`) })}
              onClick={onEdit}
            >
              <IconPencil size={16} />
            </ActionIcon>
            <RemoveOpinion opinion={opinion} />
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" mt="sm">
        <Item label={t('opinions.fields.counsel')}>
          {t(`opinions.counselKinds.${opinion.counsel}`)}
          {counsel && ` · ${counsel}`}
        </Item>
        <Item label={t('opinions.requestedDelivered')}>
          {date(opinion.requestedDate)} → {date(opinion.deliveredDate)}
        </Item>
        <Item label={t('opinions.fields.form')}>{t(`opinions.forms.${opinion.form}`)}</Item>
        <Item label={t('opinions.fields.waiver')}>
          {t(`opinions.waivers.${opinion.waiver}`)}
          {opinion.waiverDecidedOn && ` · ${date(opinion.waiverDecidedOn)}`}
        </Item>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt="sm">
        <Item label={t('opinions.fields.covers')}>
          {opinion.covers.length === 0
            ? t('common.none')
            : opinion.covers.map((c) => (
                <div key={c.rightId}>
                  <Anchor href={`#/rights/${c.rightId}`} size="sm" className="mono">
                    {c.number}
                  </Anchor>{' '}
                  <Text span size="sm" c="dimmed">
                    {c.claims.length
                      ? t('opinions.claimList', { claims: c.claims.join(', ') })
                      : t('opinions.allClaims')}
                  </Text>
                </div>
              ))}
        </Item>
        <Item label={t('opinions.fields.versions')}>
          {opinion.versions.length === 0
            ? t('common.none')
            : opinion.versions.map((v) => (
                <div key={v.id}>
                  {v.productName} {v.versionName}
                </div>
              ))}
        </Item>
        <Item label={t('opinions.fields.document')}>
          {opinion.documentId ? (
            <Anchor
              href={routeHref({ name: 'document', id: opinion.documentId })}
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
            >
              <IconFileText size={14} style={{ verticalAlign: 'middle' }} /> {opinion.documentName}
            </Anchor>
          ) : (
            t('common.none')
          )}
        </Item>
      </SimpleGrid>
      {opinion.factsGiven && (
        <Item label={t('opinions.fields.factsGiven')} mt="sm">
          <span style={{ whiteSpace: 'pre-wrap' }}>{opinion.factsGiven}</span>
        </Item>
      )}
    </Paper>
  )
}

function Item({ label, children, mt }: { label: string; children: React.ReactNode; mt?: string }) {
  return (
    <div style={mt ? { marginTop: `var(--mantine-spacing-${mt})` } : undefined}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  )
}

function RemoveOpinion({ opinion }: { opinion: OpinionRecord }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const remove = async () => {
    setOpened(false)
    const result = await change('opinions.remove', { id: opinion.id })
    if (!result.ok) return notifyFailed(t, result.error)
    notifySaved(t('common.removed'))
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('opinions.remove')}
          onClick={() => setOpened((o) => !o)}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" maw={260}>
          <Text size="sm">{t('opinions.removeConfirm')}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="compact-xs" variant="default" onClick={() => setOpened(false)}>
              {t('actions.cancel')}
            </Button>
            <Button size="compact-xs" color="red" onClick={() => void remove()}>
              {t('actions.remove')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
