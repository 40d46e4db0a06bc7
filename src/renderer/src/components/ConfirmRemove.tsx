// A trash icon that asks before it removes: the records of a matter and the catalogue's rows.
import { useState } from 'react'
import { ActionIcon, Button, Group, Popover, Stack, Text, Tooltip } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** A trash icon that asks before it removes. */
export function ConfirmRemove({
  label,
  confirm,
  onConfirm
}: {
  label: string
  confirm: string
  onConfirm: () => void
}) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <Tooltip label={label}>
          <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={() => setOpened((o) => !o)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" maw={260}>
          <Text size="sm">{confirm}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="compact-xs" variant="default" onClick={() => setOpened(false)}>
              {t('actions.cancel')}
            </Button>
            <Button
              size="compact-xs"
              color="red"
              onClick={() => {
                setOpened(false)
                onConfirm()
              }}
            >
              {t('actions.remove')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
