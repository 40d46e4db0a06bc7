// A right in the registry: its fields (marking for patents, registration dates for works), its
// claims, and the matters asserting it with the claims each asserts.
import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import pageClasses from '../../components/Page.module.css'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { formatDate } from '../../lib/dates'
import { keys, useCall } from '../../lib/queries'
import { Section } from '../catalogue/ProductRelations'
import { Dimmed, matterHref } from '../catalogue/shared'
import { NotFoundPage } from '../NotFoundPage'
import { ClaimsEditor } from './ClaimsEditor'
import { RightFieldsForm } from './RightFieldsForm'

export function RightRoute() {
  const raw = useParams().id
  if (!raw || !/^\d+$/.test(raw)) return <NotFoundPage />
  const id = Number(raw)
  return <RightPage key={id} id={id} />
}

function RightPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation()
  const record = useCall(keys.right(id), 'rights.get', { id })
  if (record.error) return <QueryError query={record} />
  if (!record.data) return <LoadingPanel />
  const { right, claims, assertions } = record.data
  return (
    <div className={pageClasses.scroll}>
      <div className={pageClasses.content}>
        <Stack gap="md">
          <div>
            <Anchor href="#/rights" size="xs">
              {t('registry.allRights')}
            </Anchor>
            <Group gap="sm" align="baseline">
              <Title order={3}>
                <span className="mono">{right.number}</span>
              </Title>
              <Text c="dimmed" size="sm">
                {[
                  t(`ipRightTypes.${right.type}`),
                  t(`jurisdictions.${right.jurisdiction}`, { defaultValue: right.jurisdiction }),
                  t(`registry.statuses.${right.status}`)
                ].join(' · ')}
              </Text>
            </Group>
            {right.title && <Text size="sm">{right.title}</Text>}
          </div>
          {/* Re-mounted after each save so the form shows what the registry now holds. */}
          <RightFieldsForm key={JSON.stringify(right)} right={right} />
          <ClaimsEditor key={JSON.stringify(claims)} rightId={right.id} claims={claims} />
          <Section
            title={t('registry.assertedIn')}
            empty={assertions.length ? null : t('registry.noAssertions')}
          >
            <Table fz="sm" verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('catalogue.fields.reference')}</Table.Th>
                  <Table.Th>{t('registry.assertedClaims')}</Table.Th>
                  <Table.Th>{t('registry.closedOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assertions.map((a) => (
                  <Table.Tr key={a.assertionId}>
                    <Table.Td className="mono">
                      <Anchor href={matterHref(a.matterId)} size="sm">
                        {a.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{a.claims.length ? a.claims.join(', ') : t('registry.wholeRight')}</Table.Td>
                    <Table.Td>
                      <Dimmed value={a.closedDate && formatDate(a.closedDate, i18n.language)} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
        </Stack>
      </div>
    </div>
  )
}
