import { Button, EmptyState } from '@mantine/core'
import { IconMapQuestion } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../lib/router'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapQuestion size={32} stroke={1.5} />}
      title={t('notFound.title')}
      description={t('notFound.description')}
    >
      <EmptyState.Actions>
        <Button variant="default" onClick={() => navigate({ name: 'matters' })}>
          {t('notFound.back')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  )
}
