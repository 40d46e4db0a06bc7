// What touches a product: the matters accusing it, the rights those matters assert, and the
// opinions of counsel covering its versions. Each links to its own page.
import type { ReactNode } from 'react'
import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OpinionConclusionCode, ProductPage } from '../../../../shared/contract'
import type { MatterKind, MatterStatus } from '../../../../shared/model'
import { StatusBadge } from '../../components/badges'
import { formatDate } from '../../lib/dates'
import { Dimmed, matterHref, rightHref } from './shared'

export function Section({
  title,
  empty,
  children
}: {
  title: string
  empty: string | null
  children: ReactNode
}) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      <Paper withBorder>
        {empty ? (
          <Text size="sm" c="dimmed" p="md">
            {empty}
          </Text>
        ) : (
          children
        )}
      </Paper>
    </Stack>
  )
}

const CONCLUSION_COLOR: Record<OpinionConclusionCode, string> = {
  favourable: 'teal',
  unfavourable: 'red',
  mixed: 'orange',
  pending: 'gray'
}

export function ConclusionBadge({ conclusion }: { conclusion: OpinionConclusionCode }) {
  const { t } = useTranslation()
  return (
    <Badge size="sm" variant="light" radius="sm" color={CONCLUSION_COLOR[conclusion]}>
      {t(`catalogue.conclusions.${conclusion}`)}
    </Badge>
  )
}

export function MattersSection({ page }: { page: ProductPage }) {
  const { t } = useTranslation()
  const versionName = new Map(page.versions.map((v) => [v.id, v.name]))
  const listingName = new Map(
    page.versions.flatMap((v) => v.listings.map((l) => [l.id, l.itemId ?? l.marketplace] as const))
  )
  return (
    <Section title={t('catalogue.matters')} empty={page.matters.length ? null : t('catalogue.noMatters')}>
      <Table fz="sm" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalogue.fields.reference')}</Table.Th>
            <Table.Th>{t('catalogue.fields.matterTitle')}</Table.Th>
            <Table.Th>{t('catalogue.fields.kind')}</Table.Th>
            <Table.Th>{t('catalogue.fields.status')}</Table.Th>
            <Table.Th>{t('catalogue.fields.accused')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.matters.map((m) => (
            <Table.Tr key={m.linkId}>
              <Table.Td className="mono">
                <Anchor href={matterHref(m.matterId)} size="sm">
                  {m.reference}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{m.title}</Table.Td>
              <Table.Td>{t(`matterKinds.${m.kind as MatterKind}`, { defaultValue: m.kind })}</Table.Td>
              <Table.Td>
                <StatusBadge status={m.status as MatterStatus} />
              </Table.Td>
              <Table.Td>
                {[versionName.get(m.versionId), m.listingId !== null ? listingName.get(m.listingId) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  )
}

export function RightsSection({ page }: { page: ProductPage }) {
  const { t } = useTranslation()
  return (
    <Section title={t('catalogue.rights')} empty={page.rights.length ? null : t('catalogue.noRights')}>
      <Table fz="sm" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('registry.fields.number')}</Table.Th>
            <Table.Th>{t('registry.fields.type')}</Table.Th>
            <Table.Th>{t('registry.fields.title')}</Table.Th>
            <Table.Th>{t('registry.assertedClaims')}</Table.Th>
            <Table.Th>{t('catalogue.fields.reference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.rights.map((a) => (
            <Table.Tr key={a.assertionId}>
              <Table.Td className="mono">
                <Anchor href={rightHref(a.right.id)} size="sm">
                  {a.right.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`ipRightTypes.${a.right.type}`)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Dimmed value={a.right.title} />
              </Table.Td>
              <Table.Td>{a.claims.length ? a.claims.join(', ') : t('registry.wholeRight')}</Table.Td>
              <Table.Td className="mono">
                <Anchor href={matterHref(a.matterId)} size="sm">
                  {a.reference}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  )
}

export function OpinionsSection({ page }: { page: ProductPage }) {
  const { t, i18n } = useTranslation()
  return (
    <Section title={t('catalogue.opinions')} empty={page.opinions.length ? null : t('catalogue.noOpinions')}>
      <Table fz="sm" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalogue.fields.opinionType')}</Table.Th>
            <Table.Th>{t('catalogue.fields.counsel')}</Table.Th>
            <Table.Th>{t('catalogue.fields.delivered')}</Table.Th>
            <Table.Th>{t('catalogue.fields.conclusion')}</Table.Th>
            <Table.Th>{t('catalogue.fields.coversVersions')}</Table.Th>
            <Table.Th>{t('catalogue.fields.reference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.opinions.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{t(`catalogue.opinionTypes.${o.type}`)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {[o.firm, o.attorney].filter(Boolean).join(', ') || t(`catalogue.counselKinds.${o.counsel}`)}
                <Text size="xs" c="dimmed">
                  {t(`catalogue.counselKinds.${o.counsel}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                {o.deliveredDate ? formatDate(o.deliveredDate, i18n.language) : <Dimmed value={null} />}
              </Table.Td>
              <Table.Td>
                <ConclusionBadge conclusion={o.conclusion} />
              </Table.Td>
              <Table.Td>
                {o.versions
                  .filter((v) => page.versions.some((pv) => pv.id === v.id))
                  .map((v) => v.versionName)
                  .join(', ')}
              </Table.Td>
              <Table.Td className="mono">
                <Anchor href={matterHref(o.matterId)} size="sm">
                  {o.matterReference}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  )
}
