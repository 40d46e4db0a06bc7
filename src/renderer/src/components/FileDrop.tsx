import { useRef, useState, type DragEvent } from 'react'
import { Box, Button, CloseButton, Group, Loader, Paper, Stack, Text } from '@mantine/core'
import { IconFileText, IconUpload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CallError, UploadedFile } from '../../../shared/contract'
import { uploadFile } from '../api'
import { errorText } from '../lib/errors'
import { formatBytes } from '../lib/format'
import classes from './FileDrop.module.css'

interface FileDropProps {
  label: string
  file: UploadedFile | null
  onChange: (file: UploadedFile | null) => void
  accept?: string
}

/** Drop or pick a file; it is stored in the vault at once so a failed save loses nothing. */
export function FileDrop({ label, file, onChange, accept = 'application/pdf,image/*' }: FileDropProps) {
  const { t, i18n } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const [uploading, setUploading] = useState<string | null>(null)
  const [error, setError] = useState<CallError | null>(null)

  async function upload(picked: File | undefined): Promise<void> {
    if (!picked) return
    setError(null)
    setUploading(picked.name)
    const result = await uploadFile(picked)
    setUploading(null)
    if (result.ok) onChange(result.value)
    else setError(result.error)
  }

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault()
    setDragging(false)
    void upload(event.dataTransfer.files[0])
  }

  if (file) {
    return (
      <Paper withBorder p="sm" radius="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <IconFileText size={28} stroke={1.5} />
            <Stack gap={0} miw={0}>
              <Text size="sm" fw={500} truncate="end" data-testid="uploaded-file-name">
                {file.originalName}
              </Text>
              <Text size="xs" c="dimmed">
                {t('upload.summary', {
                  size: formatBytes(file.size, i18n.language),
                  type: file.detectedKind || file.mime
                })}
              </Text>
            </Stack>
          </Group>
          <CloseButton aria-label={t('upload.remove')} onClick={() => onChange(null)} />
        </Group>
      </Paper>
    )
  }

  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} component="div">
        {label}
      </Text>
      <Box
        className={classes.zone}
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {uploading ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('upload.uploading', { name: uploading })}</Text>
          </Group>
        ) : (
          <Group gap="sm">
            <IconUpload size={20} stroke={1.5} />
            <Text size="sm" c="dimmed">
              {t('upload.dropHere')}
            </Text>
            <Button size="xs" variant="default" onClick={() => input.current?.click()}>
              {t('upload.choose')}
            </Button>
          </Group>
        )}
        <input
          ref={input}
          type="file"
          accept={accept}
          // Visually hidden, not `hidden`: it stays labelled for assistive tech and tests.
          className={classes.input}
          tabIndex={-1}
          aria-label={label}
          onChange={(event) => {
            void upload(event.currentTarget.files?.[0])
            event.currentTarget.value = ''
          }}
        />
      </Box>
      {error && (
        <Text size="xs" c="red" role="alert">
          {errorText(t, error.code, error.params)}
        </Text>
      )}
    </Stack>
  )
}
