import { useState, type FormEvent, type ReactNode } from 'react'
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Paper,
  Popover,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip
} from '@mantine/core'
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ZodType } from 'zod'
import type { CallResult } from '../../../../shared/contract'
import type { MatterDetail } from '../../../../shared/model'
import { JurisdictionSelect, MarketplaceInput } from '../../components/fields'
import { fieldErrorGetter, zodFieldErrors, type FieldErrors } from '../../lib/errors'
import { notifyFailed, notifySaved } from '../../lib/notify'

export type RecordDraft = Record<string, string | null>

export interface FieldSpec {
  name: string
  label: string
  kind: 'text' | 'textarea' | 'select' | 'jurisdiction' | 'marketplace'
  options?: { value: string; label: string }[]
  required?: boolean
  mono?: boolean
  span?: boolean
}

export interface ColumnSpec<R> {
  header: string
  cell: (record: R) => ReactNode
}

export interface RecordTabProps<R extends { id: number }> {
  records: R[]
  columns: ColumnSpec<R>[]
  fields: FieldSpec[]
  schema: ZodType
  empty: () => RecordDraft
  fromRecord: (record: R) => RecordDraft
  add: (draft: RecordDraft) => Promise<CallResult<MatterDetail>>
  update: (id: number, draft: RecordDraft) => Promise<CallResult<MatterDetail>>
  remove: (id: number) => Promise<CallResult<MatterDetail>>
  onChange: (detail: MatterDetail) => void
  labels: { add: string; edit: string; none: string; remove: string; removeConfirm: string }
}

/** Parties, rights and products share one shape: a table, an add/edit dialog, a confirmed remove. */
export function RecordTab<R extends { id: number }>(props: RecordTabProps<R>) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<{ id: number | null; draft: RecordDraft } | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  function open(id: number | null, draft: RecordDraft): void {
    setErrors({})
    setEditing({ id, draft })
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (!editing) return
    const parsed = props.schema.safeParse(editing.draft)
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      return
    }
    setSaving(true)
    const result =
      editing.id === null ? await props.add(editing.draft) : await props.update(editing.id, editing.draft)
    setSaving(false)
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      notifyFailed(t, result.error)
      return
    }
    props.onChange(result.value)
    setEditing(null)
    notifySaved(t('common.saved'))
  }

  async function remove(id: number): Promise<void> {
    const result = await props.remove(id)
    if (!result.ok) notifyFailed(t, result.error)
    else {
      props.onChange(result.value)
      notifySaved(t('common.removed'))
    }
  }

  const fieldError = fieldErrorGetter(t, errors)
  const setField = (name: string, value: string | null) =>
    setEditing((e) => (e ? { ...e, draft: { ...e.draft, [name]: value } } : e))

  return (
    <Stack gap="sm" maw={1040}>
      <Group justify="flex-end">
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => open(null, props.empty())}>
          {props.labels.add}
        </Button>
      </Group>
      <Paper withBorder>
        {props.records.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            {props.labels.none}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={6} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((c) => (
                  <Table.Th key={c.header}>{c.header}</Table.Th>
                ))}
                <Table.Th w={80} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.records.map((record) => (
                <Table.Tr key={record.id}>
                  {props.columns.map((c) => (
                    <Table.Td key={c.header} style={{ overflowWrap: 'anywhere' }}>
                      {c.cell(record)}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Group gap={2} wrap="nowrap" justify="flex-end">
                      <Tooltip label={props.labels.edit}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={props.labels.edit}
                          onClick={() => open(record.id, props.fromRecord(record))}
                        >
                          <IconEdit size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <RemoveButton
                        label={props.labels.remove}
                        confirm={props.labels.removeConfirm}
                        onConfirm={() => void remove(record.id)}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.id === null ? props.labels.add : props.labels.edit}
        size="lg"
      >
        {editing && (
          <form onSubmit={(e) => void save(e)} noValidate>
            <SimpleGrid cols={2} spacing="sm">
              {props.fields.map((field) => (
                <div key={field.name} style={field.span ? { gridColumn: '1 / -1' } : undefined}>
                  <RecordField
                    field={field}
                    value={editing.draft[field.name] ?? ''}
                    error={fieldError(field.name)}
                    onChange={(v) => setField(field.name, v)}
                  />
                </div>
              ))}
            </SimpleGrid>
            <Group justify="flex-end" gap="xs" mt="md">
              <Button variant="default" onClick={() => setEditing(null)} disabled={saving}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('actions.save')}
              </Button>
            </Group>
          </form>
        )}
      </Modal>
    </Stack>
  )
}

function RemoveButton({
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
        <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={() => setOpened((o) => !o)}>
          <IconTrash size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" maw={240}>
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

function RecordField({
  field,
  value,
  error,
  onChange
}: {
  field: FieldSpec
  value: string
  error: string | undefined
  onChange: (value: string | null) => void
}) {
  const common = { label: field.label, required: field.required, error }
  switch (field.kind) {
    case 'select':
      return (
        <Select
          {...common}
          data={field.options ?? []}
          allowDeselect={false}
          value={value || null}
          onChange={onChange}
        />
      )
    case 'jurisdiction':
      return <JurisdictionSelect {...common} value={value || null} onChange={onChange} />
    case 'marketplace':
      return <MarketplaceInput {...common} value={value} onChange={onChange} />
    case 'textarea':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )
    case 'text':
      return (
        <TextInput
          {...common}
          classNames={field.mono ? { input: 'mono' } : undefined}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )
  }
}
