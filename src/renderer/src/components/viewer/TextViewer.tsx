import { Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { documentUrl } from '../../api'
import { useQuery } from '@tanstack/react-query'
import { keys } from '../../lib/queries'
import classes from './Viewer.module.css'

/** Plain text, rendered as text (a <pre>), never as markup. */
export function TextViewer({ documentId }: { documentId: number }) {
  const { t } = useTranslation()
  const content = useQuery({
    queryKey: [...keys.document(documentId), 'content'],
    queryFn: async () => {
      const response = await fetch(documentUrl(documentId), { credentials: 'same-origin' })
      if (!response.ok)
        throw Object.assign(new Error('file_missing'), { callError: { code: 'file_missing' } })
      return response.text()
    }
  })
  return (
    <div className={classes.scrollArea}>
      <Paper withBorder p="md" m="lg">
        {content.error ? (
          <Text c="red">{t('viewer.errors.missing')}</Text>
        ) : (
          <pre className={classes.text}>{content.data ?? t('common.loading')}</pre>
        )}
      </Paper>
    </div>
  )
}
