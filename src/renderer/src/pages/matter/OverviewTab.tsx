import { useState, type ReactNode } from 'react'
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconEdit } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatMomentFull } from '../../lib/dates'
import { ClearanceSection } from './ClearanceSection'
import { DocumentsList } from './DocumentsList'
import classes from './Matter.module.css'
import { MatterEditForm } from './MatterEditForm'
import { usePersonLabel } from '../../components/PersonSelect'
import type { MatterTabProps } from './MatterPage'

function Field({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation()
  const empty = children === null || children === undefined || children === ''
  return (
    <div>
      <Text className={classes.fieldLabel}>{label}</Text>
      <div className={classes.fieldValue}>
        {empty ? (
          <Text span c="dimmed" size="sm">
            {t('common.none')}
          </Text>
        ) : (
          children
        )}
      </div>
    </div>
  )
}

export function OverviewTab(props: MatterTabProps) {
  const { t, i18n } = useTranslation()
  const [editing, setEditing] = useState(false)
  const { matter } = props.detail
  const lang = i18n.language
  const personLabel = usePersonLabel()
  const date = (value: string | null) => (value ? formatDate(value, lang, 'long') : null)

  if (editing) {
    return <MatterEditForm {...props} onDone={() => setEditing(false)} />
  }

  return (
    <Stack gap="md" maw={1040}>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={5}>{t('matter.details')}</Title>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconEdit size={14} />}
            onClick={() => setEditing(true)}
          >
            {t('actions.edit')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm">
          <Field label={t('fields.reference')}>
            <span className="mono">{matter.reference}</span>
          </Field>
          <Field label={t('fields.kind')}>{t(`matterKinds.${matter.kind}`)}</Field>
          <Field label={t('fields.status')}>{t(`matterStatuses.${matter.status}`)}</Field>
          <Field label={t('fields.rightsHolder')}>{matter.rightsHolder}</Field>
          <Field label={t('fields.jurisdiction')}>
            {matter.jurisdiction &&
              t(`jurisdictions.${matter.jurisdiction}`, { defaultValue: matter.jurisdiction })}
          </Field>
          <Field label={t('fields.marketplace')}>{matter.marketplace}</Field>
          <Field label={t('people.field')}>{personLabel(matter.responsiblePersonId)}</Field>
          <Field label={t('fields.letterDate')}>{date(matter.letterDate)}</Field>
          <Field label={t('fields.receivedDate')}>{date(matter.receivedDate)}</Field>
          <Field label={t('fields.senderReference')}>{matter.senderReference}</Field>
        </SimpleGrid>
        {matter.kind === 'lawsuit' && (
          <>
            <Title order={6} mt="md" mb="xs">
              {t('lawsuit.caseDetails')}
            </Title>
            <SimpleGrid
              cols={{ base: 1, sm: 2, md: 3 }}
              spacing="md"
              verticalSpacing="sm"
              data-testid="case-fields"
            >
              <Field label={t('lawsuit.fields.court')}>{matter.court}</Field>
              <Field label={t('lawsuit.fields.division')}>{matter.division}</Field>
              <Field label={t('lawsuit.fields.caseNumber')}>
                {matter.caseNumber && <span className="mono">{matter.caseNumber}</span>}
              </Field>
              <Field label={t('lawsuit.fields.judge')}>{matter.judge}</Field>
              <Field label={t('lawsuit.fields.magistrateJudge')}>{matter.magistrateJudge}</Field>
              <Field label={t('lawsuit.fields.filingDate')}>{date(matter.filingDate)}</Field>
            </SimpleGrid>
          </>
        )}
        <Stack gap="sm" mt="md">
          <Field label={t('fields.title')}>{matter.title}</Field>
          <Field label={t('fields.demands')}>{matter.demands}</Field>
          <Field label={t('fields.notes')}>{matter.notes}</Field>
        </Stack>
        <Text size="xs" c="dimmed" mt="md">
          {t('matter.created', { when: formatMomentFull(matter.createdAt, lang) })} ·{' '}
          {t('matter.updated', { when: formatMomentFull(matter.updatedAt, lang) })}
        </Text>
      </Paper>
      {matter.kind === 'clearance' && <ClearanceSection detail={props.detail} />}
      <DocumentsList documents={props.detail.documents} />
    </Stack>
  )
}
