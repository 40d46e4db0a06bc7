import { useEffect, useState } from 'react'
import { Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { invalidate, keys, useCall } from '../../lib/queries'
import { BundleExport } from './BundleExport'
import { DocumentTable } from './DocumentTable'
import { DocumentUpload } from './DocumentUpload'

/** A matter's documents: import, list (emails hold their attachments), edit, bundle. */
export function DocumentsTab({ matterId }: { matterId: number }) {
  const { t } = useTranslation()
  const list = useCall(keys.documents(matterId), 'documents.list', { matterId })
  const [selected, setSelected] = useState<Set<number>>(new Set())

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
  useEffect(() => {
    if (!pendingKey) return
    let live = true
    const ids = pendingKey.split(',').map(Number)
    // The text made the documents searchable and may have changed their status.
    void call('documents.waitForText', { ids, timeoutMs: 30_000 }).then(() => {
      if (live) void invalidate(['documents', 'search'])
    })
    return () => {
      live = false
    }
  }, [pendingKey])

  const known = new Set((list.data ?? []).flatMap((d) => [d.id, ...d.attachments.map((a) => a.id)]))
  const selectedIds = [...selected].filter((id) => known.has(id))

  return (
    <Stack gap="md" p="lg" maw={1100}>
      <DocumentUpload matterId={matterId} />
      <Paper withBorder p="sm">
        {list.error ? (
          <QueryError query={list} />
        ) : !list.data ? (
          <LoadingPanel />
        ) : list.data.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('documents.none')}
          </Text>
        ) : (
          <DocumentTable documents={list.data} selected={selected} onSelect={select} />
        )}
      </Paper>
      {list.data && list.data.length > 0 && <BundleExport matterId={matterId} selected={selectedIds} />}
    </Stack>
  )
}
