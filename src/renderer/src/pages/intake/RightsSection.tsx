import { ActionIcon, Button, Group, Select, Text, TextInput, Tooltip } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { IP_RIGHT_TYPES, type IpRightType } from '../../../../shared/model'
import { JurisdictionSelect } from '../../components/fields'
import { FormSection } from '../../components/FormSection'
import { emptyRight, type RightRow } from './intakeDraft'
import classes from './Intake.module.css'
import { Proposed } from './Proposed'
import type { SectionProps } from './sectionProps'

export function RightsSection({ draft, update, fieldError }: SectionProps) {
  const { t } = useTranslation()
  const typeOptions = IP_RIGHT_TYPES.map((type) => ({ value: type, label: t(`ipRightTypes.${type}`) }))

  function setRow(index: number, patch: Partial<RightRow>): void {
    update({ ipRights: draft.ipRights.map((row, i) => (i === index ? { ...row, ...patch } : row)) })
  }

  return (
    <FormSection id="intake-rights" title={t('intake.sections.rights')}>
      <Proposed field="rightsHolder" label={t('fields.rightsHolder')}>
        <TextInput
          label={t('fields.rightsHolder')}
          aria-label={t('fields.rightsHolder')}
          required
          value={draft.rightsHolder}
          onChange={(e) => update({ rightsHolder: e.currentTarget.value })}
          error={fieldError('rightsHolder')}
        />
      </Proposed>
      <Text size="sm" fw={500}>
        {t('intake.rightsAsserted')}
      </Text>
      {draft.ipRights.map((row, index) => (
        <Proposed key={row.key} field={`ipRights.${row.key}`} label={t('intake.rightRow', { n: index + 1 })}>
          <div className={classes.rightRow} role="group" aria-label={t('intake.rightRow', { n: index + 1 })}>
            <Select
              label={t('fields.rightType')}
              data={typeOptions}
              value={row.type}
              allowDeselect={false}
              onChange={(value) => value && setRow(index, { type: value as IpRightType })}
              error={fieldError(`ipRights.${index}.type`)}
            />
            <TextInput
              label={t('fields.rightNumber')}
              aria-label={t('fields.rightNumber')}
              required
              value={row.number}
              onChange={(e) => setRow(index, { number: e.currentTarget.value })}
              error={fieldError(`ipRights.${index}.number`)}
              classNames={{ input: 'mono' }}
            />
            <JurisdictionSelect
              label={t('fields.rightJurisdiction')}
              aria-label={t('fields.rightJurisdiction')}
              required
              value={row.jurisdiction}
              onChange={(jurisdiction) => setRow(index, { jurisdiction })}
              error={fieldError(`ipRights.${index}.jurisdiction`)}
            />
            <TextInput
              label={t('fields.rightTitle')}
              value={row.title}
              onChange={(e) => setRow(index, { title: e.currentTarget.value })}
              error={fieldError(`ipRights.${index}.title`)}
            />
            <Tooltip label={t('intake.removeRight')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={26}
                aria-label={t('intake.removeRight')}
                onClick={() => update({ ipRights: draft.ipRights.filter((_, i) => i !== index) })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </div>
        </Proposed>
      ))}
      {fieldError('ipRights') && (
        <Text size="xs" c="red" role="alert">
          {fieldError('ipRights')}
        </Text>
      )}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => update({ ipRights: [...draft.ipRights, emptyRight(draft.jurisdiction)] })}
        >
          {t('intake.addRight')}
        </Button>
      </Group>
    </FormSection>
  )
}
