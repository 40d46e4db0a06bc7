// What parties, rights and products share: a table with edit and remove actions (a removal
// offers Undo for ten seconds instead of asking first), and the add/edit dialog around a form.
// Each tab writes its own fields.
import { useState, type ReactNode } from 'react'
import { ActionIcon, Button, Group, Modal, Paper, Stack, Table, Text, Tooltip } from '@mantine/core'
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CallResult, Undoable } from '../../../../shared/contract'
import type { MatterDetail } from '../../../../shared/model'
import { FormButtons } from '../../components/FormButtons'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { offerUndo } from '../../lib/undo'
import type { ZodType } from 'zod'

export interface RecordLabels {
  add: string
  edit: string
  none: string
  remove: string
}

export interface ColumnSpec<R> {
  header: string
  cell: (record: R) => ReactNode
}

/** Which record the dialog edits: a new one, an existing one (by id), or none (closed). */
type Editing = { id: number | null } | null

/**
 * The add/edit/remove state of one kind of record on a matter: a contract-validated form, the
 * record being edited, and the saves (each hands back the fresh matter detail).
 */
export function useRecordEditor<V extends Record<string, unknown>>(options: {
  schema: ZodType
  empty: () => V
  add: (values: V) => Promise<CallResult<MatterDetail>>
  update: (id: number, values: V) => Promise<CallResult<MatterDetail>>
  remove: (id: number) => Promise<CallResult<MatterDetail & Undoable>>
  onChange: (detail: MatterDetail) => void
}) {
  const { t } = useTranslation()
  const form = useContractForm<V>(options.schema, options.empty())
  const [editing, setEditing] = useState<Editing>(null)

  function open(id: number | null, values: V): void {
    form.setValues(values)
    form.clearErrors()
    setEditing({ id })
  }
  const save = form.onSubmit(async (values) => {
    if (!editing) return
    const result = editing.id === null ? await options.add(values) : await options.update(editing.id, values)
    // What was typed stays in the dialog, with the core's reasons beside the fields.
    if (!result.ok) return showCallError(form, t, result.error)
    options.onChange(result.value)
    setEditing(null)
    notifySaved(t('common.saved'))
  })
  /** `removed` is the toast's text, e.g. "Party “Daniel R. Mercer” removed." */
  async function remove(id: number, removed: string): Promise<void> {
    const result = await options.remove(id)
    if (!result.ok) return notifyFailed(t, result.error)
    const { undoToken, ...detail } = result.value
    options.onChange(detail)
    offerUndo(t, removed, undoToken)
  }
  return {
    form,
    editing,
    openNew: () => open(null, options.empty()),
    openExisting: (id: number, values: V) => open(id, values),
    close: () => setEditing(null),
    save,
    remove
  }
}

export function RecordList<R extends { id: number }, V extends Record<string, unknown>>(props: {
  records: R[]
  columns: ColumnSpec<R>[]
  labels: RecordLabels
  /** The removal toast's text for a record. */
  removedText: (record: R) => string
  editor: ReturnType<typeof useRecordEditor<V>>
  toValues: (record: R) => V
  /** The dialog's fields, bound to editor.form. */
  children: ReactNode
}) {
  const { t } = useTranslation()
  const { editor, labels } = props
  return (
    <Stack gap="sm" maw={1040}>
      <Group justify="flex-end">
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={editor.openNew}>
          {labels.add}
        </Button>
      </Group>
      <Paper withBorder>
        {props.records.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            {labels.none}
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
                      <Tooltip label={labels.edit}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={labels.edit}
                          onClick={() => editor.openExisting(record.id, props.toValues(record))}
                        >
                          <IconEdit size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={labels.remove}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={labels.remove}
                          onClick={() => void editor.remove(record.id, props.removedText(record))}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Modal
        opened={editor.editing !== null}
        onClose={editor.close}
        title={editor.editing?.id === null ? labels.add : labels.edit}
        size="lg"
      >
        <form onSubmit={editor.save} noValidate>
          {props.children}
          <FormButtons form={editor.form} onCancel={editor.close} label={t('actions.save')} />
        </form>
      </Modal>
    </Stack>
  )
}
