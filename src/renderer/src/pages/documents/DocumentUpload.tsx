import { useRef, useState, type DragEvent } from 'react'
import { Anchor, Box, Button, Group, Loader, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconUpload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AttachProblem, CallError, UploadedFile } from '../../../../shared/contract'
import { uploadFile } from '../../api'
import { change } from '../../lib/queries'
import { formatBytes } from '../../lib/format'
import { routeHref } from '../../lib/router'
import classes from '../../components/FileDrop.module.css'
import { docErrorText } from './docErrors'

interface FileProgress {
  key: string
  name: string
  state: 'storing' | 'stored' | 'failed'
  error?: CallError
}

let uploadSeq = 0

/** Drop or pick several files: each is streamed into the vault, then all are attached at once. */
export function DocumentUpload({ matterId }: { matterId: number }) {
  const { t, i18n } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const [progress, setProgress] = useState<FileProgress[]>([])
  const [problems, setProblems] = useState<AttachProblem[]>([])
  const [attachError, setAttachError] = useState<CallError | null>(null)
  const busy = progress.some((p) => p.state === 'storing')
  const problemText = (problem: AttachProblem) => {
    const params = { ...problem.params }
    if (typeof params.limit === 'number') params.limit = formatBytes(params.limit, i18n.language)
    return t(`docs.problems.${problem.code}`, { name: problem.name, ...params, defaultValue: problem.code })
  }

  const patch = (key: string, next: Partial<FileProgress>) =>
    setProgress((rows) => rows.map((row) => (row.key === key ? { ...row, ...next } : row)))

  async function store(files: File[]): Promise<void> {
    if (files.length === 0) return
    setProblems([])
    setAttachError(null)
    const rows = files.map((file) => ({
      key: `up-${++uploadSeq}`,
      name: file.name,
      state: 'storing' as const
    }))
    setProgress(rows)
    // One at a time: the vault hashes while streaming, parallel uploads only compete for disk.
    const stored: UploadedFile[] = []
    for (const [index, file] of files.entries()) {
      const key = rows[index]!.key
      const result = await uploadFile(file)
      if (result.ok) {
        stored.push(result.value)
        patch(key, { state: 'stored' })
      } else patch(key, { state: 'failed', error: result.error })
    }
    if (stored.length === 0) return
    const attached = await change('documents.attach', {
      matterId,
      files: stored.map((f) => ({ sha256: f.sha256, originalName: f.originalName }))
    })
    if (!attached.ok) {
      setAttachError(attached.error)
      return
    }
    setProblems(attached.value.problems)
    // Successful rows have done their job; failed ones stay so the user can read why.
    setProgress((current) => current.filter((row) => row.state === 'failed'))
  }

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault()
    setDragging(false)
    void store([...event.dataTransfer.files])
  }

  return (
    <Stack gap={6}>
      <Box
        className={classes.zone}
        data-dragging={dragging || undefined}
        data-testid="documents-drop"
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Group gap="sm">
          {busy ? <Loader size="xs" /> : <IconUpload size={20} stroke={1.5} />}
          <Text size="sm" c="dimmed">
            {t('docs.dropHere')}
          </Text>
          <Button size="xs" variant="default" disabled={busy} onClick={() => input.current?.click()}>
            {t('docs.choose')}
          </Button>
        </Group>
        <input
          ref={input}
          type="file"
          multiple
          // Visually hidden, not `hidden`: it stays labelled for assistive tech and tests.
          className={classes.input}
          tabIndex={-1}
          aria-label={t('docs.addFiles')}
          onChange={(event) => {
            void store([...(event.currentTarget.files ?? [])])
            event.currentTarget.value = ''
          }}
        />
      </Box>
      {progress.map((row) => (
        <Group key={row.key} gap={6} wrap="nowrap" data-testid="upload-row">
          {row.state === 'storing' && <Loader size={12} />}
          {row.state === 'stored' && <IconCheck size={14} color="var(--mantine-color-teal-7)" />}
          {row.state === 'failed' && <IconAlertTriangle size={14} color="var(--mantine-color-red-7)" />}
          <Text size="xs" fw={500} truncate="end" maw={280}>
            {row.name}
          </Text>
          <Text
            size="xs"
            c={row.state === 'failed' ? 'red' : 'dimmed'}
            role={row.error ? 'alert' : undefined}
          >
            {row.error ? docErrorText(t, row.error) : t(`docs.uploadState.${row.state}`)}
          </Text>
        </Group>
      ))}
      {problems.map((problem, index) => (
        <Text key={index} size="xs" c="orange.8" role="alert">
          {problem.name}: {problemText(problem)}
          {typeof problem.params?.documentId === 'number' && (
            <>
              {' '}
              <Anchor size="xs" href={routeHref({ name: 'document', id: problem.params.documentId })}>
                {t('docs.openExisting')}
              </Anchor>
            </>
          )}
        </Text>
      ))}
      {attachError && (
        <Text size="xs" c="red" role="alert">
          {docErrorText(t, attachError)}
        </Text>
      )}
    </Stack>
  )
}
