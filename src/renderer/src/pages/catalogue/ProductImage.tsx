// The product's photo on its page: picked or dropped, it goes through the upload path every
// file takes (into the vault, its type read from its bytes, HTML and scripted SVG refused), then
// is named on the product; a PDF or an over-large file is refused with a message.
import { useRef, useState } from 'react'
import { Button, Group, Image, Paper, Stack, Text } from '@mantine/core'
import { IconPhoto } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CallError, Product } from '../../../../shared/contract'
import { uploadFile } from '../../api'
import { callErrorText, errorText } from '../../lib/errors'
import { notifySaved } from '../../lib/notify'
import { change, keys, useCall } from '../../lib/queries'
import { ConfirmRemove } from './shared'

export function ProductImage({ product }: { product: Product }) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CallError | null>(null)
  const image = useCall(
    [...keys.productImage(product.id), product.imageSha256] as ReturnType<typeof keys.productImage>,
    'catalogue.image',
    { id: product.id },
    { enabled: product.imageSha256 !== null }
  )

  async function pick(file: File | undefined): Promise<void> {
    if (!file) return
    setError(null)
    setBusy(true)
    const uploaded = await uploadFile(file)
    const result = uploaded.ok
      ? await change('catalogue.setImage', { id: product.id, sha256: uploaded.value.sha256 })
      : uploaded
    setBusy(false)
    if (input.current) input.current.value = ''
    if (!result.ok) return setError(result.error)
    notifySaved(t('common.saved'))
  }

  async function remove(): Promise<void> {
    const result = await change('catalogue.setImage', { id: product.id, sha256: null })
    if (!result.ok) return setError(result.error)
    notifySaved(t('common.removed'))
  }

  const src = product.imageSha256 ? image.data?.dataUrl : undefined
  return (
    <Stack gap={4} w={180} style={{ flexShrink: 0 }} component="section" aria-label={t('catalogue.image')}>
      <Paper
        withBorder
        radius="sm"
        h={140}
        style={{ overflow: 'hidden', display: 'grid', placeItems: 'center' }}
      >
        {src ? (
          <Image src={src} alt={t('catalogue.imageAlt', { name: product.name })} h={140} fit="contain" />
        ) : (
          <Stack gap={2} align="center">
            <IconPhoto size={28} stroke={1.3} color="var(--mantine-color-gray-5)" />
            <Text size="xs" c="dimmed">
              {t('catalogue.noImage')}
            </Text>
          </Stack>
        )}
      </Paper>
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Button size="compact-xs" variant="subtle" loading={busy} onClick={() => input.current?.click()}>
          {product.imageSha256 ? t('catalogue.replaceImage') : t('catalogue.addImage')}
        </Button>
        {product.imageSha256 && (
          <ConfirmRemove
            label={t('catalogue.removeImage')}
            confirm={t('catalogue.removeImageConfirm')}
            onConfirm={() => void remove()}
          />
        )}
      </Group>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('catalogue.image')}
        accept="image/png,image/jpeg,image/webp,image/gif"
        onChange={(e) => void pick(e.currentTarget.files?.[0])}
      />
      {error && (
        <Text size="xs" c="red" role="alert">
          {error.fields?.sha256 ? errorText(t, error.fields.sha256) : callErrorText(t, error)}
        </Text>
      )}
    </Stack>
  )
}
