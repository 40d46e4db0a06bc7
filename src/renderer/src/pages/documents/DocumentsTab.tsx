import { useEffect, useState } from 'react'
import { Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { call, query } from '../../api'
import { ErrorPanel, LoadingPanel } from '../../components/QueryState'
import { useAsync } from '../../hooks/useAsync'
import { BundleExport } from './BundleExport'
import { DocumentTable } from './DocumentTable'
import { DocumentUpload } from './DocumentUpload'

/** A matter's documents: import, list (emails hold their attachments), edit, bundle. */
export function DocumentsTab({ matterId, onChanged }: { matterId: number; onChanged?: () => void }) {
  const { t } = useTranslation()
  const list = useAsync(() => query('documents.list', { matterId }), [matterId])
  const [selected, setSelected] = useState<Set<number>>(new Set())

  const reload = () => {
    list.reload()
    onChanged?.()
  }
  const select = (ids: number[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      for (const id of ids) {
        if (on) next.add(id)
        else next.delete(id)
      }
      return next
    })

  // Text is read off the UI path after import; wait for it, then show the final status.
  const pending = (list.data ?? [])
    .flatMap((d) => [d, ...d.attachments])
    .filter((d) => d.textStatus === 'pending')
    .map((d) => d.id)
  const pendingKey = pending.join(',')
  const reloadList = list.reload
  useEffect(() => {
    if (!pendingKey) return
    let live = true
    const ids = pendingKey.split(',').map(Number)
    void call('documents.waitForText', { ids, timeoutMs: 30_000 }).then(() => live && reloadList())
    return () => {
      live = false
    }
  }, [pendingKey, reloadList])

  const known = new Set((list.data ?? []).flatMap((d) => [d.id, ...d.attachments.map((a) => a.id)]))
  const selectedIds = [...selected].filter((id) => known.has(id))

  return (
    <Stack gap="md" p="lg" maw={1100}>
      <DocumentUpload matterId={matterId} onAttached={reload} />
      <Paper withBorder p="sm">
        {list.error ? (
          <ErrorPanel error={list.error} onRetry={list.reload} />
        ) : !list.data ? (
          <LoadingPanel />
        ) : list.data.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('documents.none')}
          </Text>
        ) : (
          <DocumentTable documents={list.data} selected={selected} onSelect={select} onChanged={reload} />
        )}
      </Paper>
      {list.data && list.data.length > 0 && <BundleExport matterId={matterId} selected={selectedIds} />}
    </Stack>
  )
}
