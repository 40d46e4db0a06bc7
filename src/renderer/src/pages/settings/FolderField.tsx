// A folder typed in, or chosen with the system's picker where the desktop app has one: the
// import's target folder and the second backup location.
import { Button, TextInput } from '@mantine/core'
import { IconFolder } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { pickFolder } from '../../api'

export function FolderField(props: {
  label: string
  description?: string
  placeholder: string
  value: string
  onChange: (folder: string) => void
  error?: string
}) {
  const { t } = useTranslation()
  async function chooseFolder(): Promise<void> {
    const picked = await pickFolder?.()
    if (picked) props.onChange(picked)
  }
  return (
    <>
      <TextInput
        size="xs"
        style={{ flex: 1 }}
        label={props.label}
        description={props.description}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        error={props.error}
      />
      {pickFolder && (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFolder size={14} />}
          onClick={() => void chooseFolder()}
        >
          {t('backups.import.chooseFolder')}
        </Button>
      )}
    </>
  )
}
