import { useState } from 'react'
import { Badge, Button, Checkbox, Popover, ScrollArea, Stack, Text, TextInput } from '@mantine/core'
import { IconChevronDown, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

export interface FilterOption {
  value: string
  label: string
}

interface FilterMenuProps {
  label: string
  options: FilterOption[]
  value: string[]
  onChange: (value: string[]) => void
}

/** A compact multi-select: a button that shows how many values are on, a checklist below. */
export function FilterMenu({ label, options, value, onChange }: FilterMenuProps) {
  const { t } = useTranslation()
  const [filter, setFilter] = useState('')
  const shown = options.filter((o) => o.label.toLowerCase().includes(filter.trim().toLowerCase()))

  return (
    <Popover position="bottom-start" shadow="md" width={240} trapFocus>
      <Popover.Target>
        <Button
          size="xs"
          variant={value.length ? 'light' : 'default'}
          rightSection={<IconChevronDown size={14} />}
          aria-label={t('register.filterBy', { field: label })}
        >
          {label}
          {value.length > 0 && (
            <Badge size="xs" circle ml={6} variant="filled">
              {value.length}
            </Badge>
          )}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Stack gap="xs">
          {options.length > 8 && (
            <TextInput
              size="xs"
              leftSection={<IconSearch size={12} />}
              placeholder={t('register.filterOptions')}
              aria-label={t('register.filterOptions')}
              value={filter}
              onChange={(event) => setFilter(event.currentTarget.value)}
            />
          )}
          <ScrollArea.Autosize mah={280} type="auto">
            <Checkbox.Group value={value} onChange={onChange} aria-label={label}>
              <Stack gap={6}>
                {shown.map((option) => (
                  <Checkbox key={option.value} size="xs" value={option.value} label={option.label} />
                ))}
                {shown.length === 0 && (
                  <Text size="xs" c="dimmed">
                    {t('common.noMatches')}
                  </Text>
                )}
              </Stack>
            </Checkbox.Group>
          </ScrollArea.Autosize>
          {value.length > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => onChange([])}>
              {t('register.clearFilter')}
            </Button>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
