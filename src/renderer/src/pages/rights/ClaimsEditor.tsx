// A right's claims: number, independent or dependent on another claim, and optional text.
// Saved all at once with rights.setClaims, whose schema refuses duplicates and unknown parents.
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { SetClaimsInput, type Claim } from '../../../../shared/contract'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'

type ClaimValues = { number: string; independent: boolean; dependsOn: string; text: string }
type ClaimsValues = { rightId: number; claims: ClaimValues[] }

export function ClaimsEditor({ rightId, claims }: { rightId: number; claims: Claim[] }) {
  const { t } = useTranslation()
  const form = useContractForm<ClaimsValues>(SetClaimsInput, {
    rightId,
    claims: claims.map((c) => ({
      number: c.number,
      independent: c.independent,
      dependsOn: c.dependsOn ?? '',
      text: c.text ?? ''
    }))
  })
  const input = form.getInputProps
  const rows = form.values.claims

  function addClaim(): void {
    const numbers = rows.map((c) => Number(c.number)).filter((n) => Number.isInteger(n))
    const next = numbers.length ? Math.max(...numbers) + 1 : 1
    form.insertListItem('claims', {
      number: String(next),
      independent: rows.length === 0,
      dependsOn: '',
      text: ''
    })
  }

  const submit = form.onSubmit(async (values) => {
    const result = await change('rights.setClaims', {
      rightId: values.rightId,
      claims: values.claims.map((c) => ({ ...c, dependsOn: c.independent ? '' : c.dependsOn }))
    })
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('registry.claimsSaved'))
  })

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('registry.claims')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>{t('registry.claims')}</Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={addClaim}>
            {t('registry.addClaim')}
          </Button>
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('registry.noClaims')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={4} layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>{t('registry.fields.claimNumber')}</Table.Th>
                <Table.Th w={130}>{t('registry.fields.independent')}</Table.Th>
                <Table.Th w={140}>{t('registry.fields.dependsOn')}</Table.Th>
                <Table.Th>{t('registry.fields.claimText')}</Table.Th>
                <Table.Th w={44} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((claim, i) => (
                <Table.Tr key={i} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('registry.claimNumberOf', { index: i + 1 })}
                      classNames={{ input: 'mono' }}
                      {...input(`claims.${i}.number`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      mt={6}
                      size="xs"
                      label={t('registry.fields.independent')}
                      aria-label={t('registry.independentOf', { number: claim.number })}
                      {...input(`claims.${i}.independent`, { type: 'checkbox' })}
                    />
                  </Table.Td>
                  <Table.Td>
                    {!claim.independent && (
                      <Select
                        size="xs"
                        aria-label={t('registry.dependsOnOf', { number: claim.number })}
                        placeholder={t('registry.pickClaim')}
                        data={[
                          ...new Set(
                            rows
                              .filter((_, j) => j !== i)
                              .map((c) => c.number)
                              .filter(Boolean)
                          )
                        ]}
                        clearable
                        {...input(`claims.${i}.dependsOn`)}
                        value={claim.dependsOn || null}
                        onChange={(v) => form.setFieldValue(`claims.${i}.dependsOn`, v ?? '')}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      size="xs"
                      autosize
                      minRows={1}
                      maxRows={6}
                      aria-label={t('registry.claimTextOf', { number: claim.number })}
                      {...input(`claims.${i}.text`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={t('registry.removeClaim')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('registry.removeClaimOf', { number: claim.number })}
                        onClick={() => form.removeListItem('claims', i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting} disabled={!form.isDirty()}>
            {t('registry.saveClaims')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
