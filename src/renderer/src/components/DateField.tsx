import { useState } from 'react'
import { ActionIcon, Group, Popover, Text, TextInput, type TextInputProps } from '@mantine/core'
import { DatePicker } from '@mantine/dates'
import { IconAlertTriangle, IconCalendar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatDate, isCalendarDate, isIsoDateShape } from '../lib/dates'

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  label: string
  value: string
  onChange: (value: string) => void
  /** A translated error from validation or the server. */
  error?: string | undefined
  /** A translated warning that does not block the save ("in the future"), under the date. */
  warning?: string | undefined
}

/** The user types YYYY-MM-DD (or picks it); the date is echoed in their own words below. */
export function DateField({ label, value, onChange, error, warning, ...rest }: DateFieldProps) {
  const { t, i18n } = useTranslation()
  const [opened, setOpened] = useState(false)
  const trimmed = value.trim()
  const valid = isCalendarDate(trimmed)

  let ownError: string | undefined
  if (trimmed && !valid) {
    ownError = isIsoDateShape(trimmed)
      ? t('errors.not_on_calendar', { value: trimmed })
      : t('errors.date_format', { value: trimmed })
  }

  const picker = (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('dates.pick')}
          onClick={() => setOpened((o) => !o)}
        >
          <IconCalendar size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          size="sm"
          value={valid ? trimmed : null}
          defaultDate={valid ? trimmed : undefined}
          onChange={(picked) => {
            if (picked) onChange(picked.slice(0, 10))
            setOpened(false)
          }}
        />
      </Popover.Dropdown>
    </Popover>
  )

  return (
    <TextInput
      {...rest}
      label={label}
      // Mantine puts the required asterisk inside the <label>; the name stays just the label.
      aria-label={label}
      value={value}
      placeholder="YYYY-MM-DD"
      autoComplete="off"
      spellCheck={false}
      onChange={(event) => onChange(event.currentTarget.value)}
      rightSection={picker}
      description={
        valid ? (
          <>
            {formatDate(trimmed, i18n.language, 'full')}
            {warning && (
              <Group component="span" gap={4} wrap="nowrap" c="orange.9" data-warning>
                <IconAlertTriangle size={14} aria-hidden />
                <Text span size="xs" inherit>
                  {warning}
                </Text>
              </Group>
            )}
          </>
        ) : undefined
      }
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={ownError ?? error}
    />
  )
}
