// A folder chosen with the system's picker in the desktop app (the main process accepts only a
// folder its picker gave: a typed path would be refused), or typed in the browser preview, which
// has no picker: the import's target folder and the second backup location.
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
        readOnly={Boolean(pickFolder)}
        onClick={pickFolder ? () => void chooseFolder() : undefined}
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
