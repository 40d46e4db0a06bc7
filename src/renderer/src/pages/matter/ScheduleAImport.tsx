// Reading the Schedule A of a document of this matter into its defendants: first what was read
// (our stores found, certain or to confirm), then the rows added on confirmation.
import { useState } from 'react'
import { Alert, Badge, Button, Checkbox, Group, Paper, Select, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ScheduleAImportResult } from '../../../../shared/contract'
import type { MatterDocument } from '../../../../shared/model'
import { errorText } from '../../lib/errors'
import { notifySaved } from '../../lib/notify'
import { call } from '../../api'
import { change } from '../../lib/queries'

export function ScheduleAImport({
  matterId,
  documents,
  onDone
}: {
  matterId: number
  documents: MatterDocument[]
  onDone: () => void
}) {
  const { t } = useTranslation()
  const pdfs = documents.filter((d) => d.mime === 'application/pdf' || d.mime.startsWith('text/'))
  const [documentId, setDocumentId] = useState<string | null>(pdfs[0] ? String(pdfs[0].id) : null)
  const [preview, setPreview] = useState<ScheduleAImportResult | null>(null)
  const [confirmed, setConfirmed] = useState<number[]>([])
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const read = async () => {
    if (!documentId) return
    setBusy(true)
    setFailure(null)
    const result = await call('defendants.importScheduleA', { matterId, documentId: Number(documentId) })
    setBusy(false)
    if (!result.ok) return setFailure(errorText(t, result.error.code, result.error.params))
    setPreview(result.value)
    setConfirmed([])
  }

  const save = async () => {
    if (!documentId) return
    setBusy(true)
    const result = await change('defendants.importScheduleA', {
      matterId,
      documentId: Number(documentId),
      confirm: true,
      confirmedDoes: confirmed
    })
    setBusy(false)
    if (!result.ok) return setFailure(errorText(t, result.error.code, result.error.params))
    notifySaved(t('defendants.importAdded', { count: result.value.added }))
    onDone()
  }

  const matches = preview?.rows.filter((r) => r.match !== null) ?? []
  const fresh = preview?.rows.filter((r) => !r.exists).length ?? 0

  return (
    <Paper withBorder p="sm" data-testid="schedule-a-import">
      <Stack gap="xs">
        <Group align="flex-end" gap="xs">
          <Select
            label={t('defendants.importDocument')}
            data={pdfs.map((d) => ({ value: String(d.id), label: d.originalName }))}
            value={documentId}
            onChange={(v) => {
              setDocumentId(v)
              setPreview(null)
            }}
            w={360}
          />
          <Button
            variant="default"
            onClick={() => void read()}
            loading={busy && !preview}
            disabled={!documentId}
          >
            {t('defendants.importRead')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
        </Group>
        {failure && (
          <Alert color="red" variant="light">
            {failure}
          </Alert>
        )}
        {preview && preview.rows.length === 0 && <Text size="sm">{t('defendants.importNone')}</Text>}
        {preview && preview.rows.length > 0 && (
          <>
            <Text size="sm">{t('defendants.importFound', { rows: preview.rows.length, fresh })}</Text>
            {matches.map((r) => (
              <Group key={r.doe} gap="xs" data-testid="import-match">
                <Badge color={r.match === 'seller_id' ? 'red' : 'orange'} variant="light">
                  Doe No. {r.doe}
                </Badge>
                {r.match === 'seller_id' ? (
                  <Text size="sm">
                    {t('defendants.matchCertain', { sellerId: r.sellerId, store: r.ownStore })}
                  </Text>
                ) : (
                  <Checkbox
                    size="sm"
                    label={t('defendants.matchPossible', { store: r.ownStore })}
                    checked={confirmed.includes(r.doe)}
                    onChange={(e) =>
                      setConfirmed((c) =>
                        e.currentTarget.checked ? [...c, r.doe] : c.filter((d) => d !== r.doe)
                      )
                    }
                  />
                )}
              </Group>
            ))}
            <Group justify="flex-end">
              <Button onClick={() => void save()} loading={busy} disabled={fresh === 0}>
                {t('defendants.importSave', { count: fresh })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  )
}
