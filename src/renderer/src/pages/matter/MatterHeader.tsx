import { Anchor, Group, Stack, Text, Title } from '@mantine/core'
import { IconChevronLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DueDate, KindBadge, StatusBadge } from '../../components/badges'
import { routeHref } from '../../lib/router'
import classes from './Matter.module.css'
import type { MatterTabProps } from './MatterPage'
import { MatterReportButton } from '../reports/MatterReportButton'
import { StatusChanger } from './StatusChanger'

export function MatterHeader(props: MatterTabProps) {
  const { t } = useTranslation()
  const { matter } = props.detail
  return (
    <div className={classes.header}>
      <Anchor href={routeHref({ name: 'matters' })} size="xs" mb={4} display="inline-flex">
        <IconChevronLeft size={14} />
        {t('matter.backToRegister')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap={6} miw={0} className={classes.headerMain}>
          <Group gap="xs" wrap="nowrap" miw={0} align="baseline">
            <Text fw={600} c="dimmed" className={`mono ${classes.reference}`} data-testid="matter-reference">
              {matter.reference}
            </Text>
            <Title order={3} lineClamp={2} className={classes.headerTitle} title={matter.title}>
              {matter.title}
            </Title>
          </Group>
          <Group gap="xs">
            <KindBadge kind={matter.kind} />
            <StatusBadge status={matter.status} />
            {matter.rightsHolder && (
              <Text size="sm" c="dimmed">
                {t('matter.againstRightsHolder', { name: matter.rightsHolder })}
              </Text>
            )}
          </Group>
        </Stack>
        {/* Never squeezed: the reference, the date and the button keep their one line each. */}
        <Group gap="lg" wrap="nowrap" align="flex-start" className={classes.headerActions}>
          <Stack gap={2} align="flex-end" className={classes.nowrap} data-testid="matter-next-deadline">
            <Text className={classes.fieldLabel}>{t('registerColumns.nextDeadline')}</Text>
            <DueDate due={matter.nextDeadline} />
          </Stack>
          <MatterReportButton matterId={matter.id} />
          <StatusChanger {...props} />
        </Group>
      </Group>
    </div>
  )
}
