// Our own stores (names as marketplaces show them, seller ids): listings name one, and a
// Schedule A is searched for them. Saved as one list through settings.update.
import { ActionIcon, Autocomplete, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { SettingsInput, type Settings } from '../../../../shared/contract'
import { COMMON_MARKETPLACES } from '../../../../shared/model'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change, keys, useCall } from '../../lib/queries'

type StoreRow = { name: string; sellerId: string; marketplace: string }
type Values = { ownStores: StoreRow[] }

const toRows = (s: Settings): StoreRow[] =>
  s.ownStores.map((o) => ({ name: o.name, sellerId: o.sellerId ?? '', marketplace: o.marketplace ?? '' }))

export function OwnStoresSection() {
  const { t } = useTranslation()
  const settings = useCall(keys.settings, 'settings.get', {})
  const form = useContractForm<Values>(SettingsInput, { ownStores: [] })
  const saved = settings.data
  useEffect(() => {
    if (saved) form.setInitialValues({ ownStores: toRows(saved) })
    if (saved) form.setValues({ ownStores: toRows(saved) })
    // The form's setters change identity on every render; the saved list is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved])

  const submit = form.onSubmit(async (values) => {
    const result = await change('settings.update', { ownStores: values.ownStores })
    if (!result.ok) {
      showCallError(form, t, result.error)
      return
    }
    form.resetDirty()
    notifySaved(t('settings.stores.saved'))
  })

  if (settings.error) return <QueryError query={settings} />
  if (!saved) return <LoadingPanel />
  const rows = form.values.ownStores
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="own-stores">
      <Stack gap="xs">
        <Text fw={600} size="sm" id="own-stores">
          {t('settings.stores.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('settings.stores.hint')}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('settings.stores.none')}
          </Text>
        ) : (
          <Table layout="fixed" fz="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.stores.name')}</Table.Th>
                <Table.Th>{t('settings.stores.sellerId')}</Table.Th>
                <Table.Th>{t('settings.stores.marketplace')}</Table.Th>
                <Table.Th w={44} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((_, i) => (
                <Table.Tr key={form.key(`ownStores.${i}`)}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('settings.stores.name')}
                      {...form.getInputProps(`ownStores.${i}.name`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      className="mono"
                      aria-label={t('settings.stores.sellerId')}
                      {...form.getInputProps(`ownStores.${i}.sellerId`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Autocomplete
                      size="xs"
                      data={[...COMMON_MARKETPLACES]}
                      autoComplete="off"
                      aria-label={t('settings.stores.marketplace')}
                      {...form.getInputProps(`ownStores.${i}.marketplace`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('settings.stores.remove', { name: rows[i]?.name ?? '' })}
                      onClick={() => form.removeListItem('ownStores', i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="space-between">
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('ownStores', { name: '', sellerId: '', marketplace: '' })}
          >
            {t('settings.stores.add')}
          </Button>
          <Button type="submit" size="xs" loading={form.submitting} disabled={!form.isDirty()}>
            {t('settings.stores.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
