// The register's Columns menu: show or hide each column (the reference always shows) and give
// every column back its default width.
import { Button, Checkbox, Menu, Stack } from '@mantine/core'
import { IconColumns } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { REGISTER_COLUMNS } from './columns'
import { ALWAYS_SHOWN, EMPTY_LAYOUT, withHidden, type ColumnLayout } from './columnLayout'

export function ColumnsMenu({
  layout,
  onLayout
}: {
  layout: ColumnLayout
  onLayout: (l: ColumnLayout) => void
}) {
  const { t } = useTranslation()
  const changed = layout.hidden.length > 0 || Object.keys(layout.widths).length > 0
  return (
    <Menu position="bottom-end" withinPortal closeOnItemClick={false}>
      <Menu.Target>
        <Button size="xs" variant="default" leftSection={<IconColumns size={14} />}>
          {t('register.columns')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('register.columns')}>
        <Menu.Label>{t('register.columnsHint')}</Menu.Label>
        <Stack gap={6} px="sm" py={4}>
          {REGISTER_COLUMNS.map((column) => (
            <Checkbox
              key={column.id}
              size="xs"
              label={t(`registerColumns.${column.id}`)}
              checked={!layout.hidden.includes(column.id)}
              disabled={ALWAYS_SHOWN.includes(column.id)}
              onChange={(event) => onLayout(withHidden(layout, column.id, !event.currentTarget.checked))}
            />
          ))}
        </Stack>
        <Menu.Divider />
        <Menu.Item disabled={!changed} onClick={() => onLayout(EMPTY_LAYOUT)}>
          {t('register.columnsReset')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
