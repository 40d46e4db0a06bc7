import { Button, Group } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'

/** Cancel and submit, disabled while the form is saving. */
export function FormButtons<V>({
  form,
  onCancel,
  label
}: {
  form: UseFormReturnType<V>
  onCancel: () => void
  label: string
}) {
  const { t } = useTranslation()
  return (
    <Group justify="flex-end" gap="xs" mt="md">
      <Button variant="default" onClick={onCancel} disabled={form.submitting}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={form.submitting}>
        {label}
      </Button>
    </Group>
  )
}
