// The keyboard: Ctrl/Cmd+K opens a palette that jumps to any matter, document, page or action;
// "/" focuses the header's search, "n" starts a new matter, "?" lists the shortcuts. Single keys
// never fire while the user types in a field, composes with an IME (Chinese input) or has a
// dialog open. Built on Mantine's Combobox (keyboard selection, ARIA listbox) in a Modal:
// @mantine/spotlight's latest release requires @mantine/core 9.7.3 exactly, we are on 9.8.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  Combobox,
  Group,
  Kbd,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
  useCombobox
} from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import {
  IconBriefcase,
  IconCalendarMonth,
  IconCertificate,
  IconFileText,
  IconHome,
  IconMailExclamation,
  IconPackage,
  IconPlus,
  IconSearch,
  IconSettings,
  IconShieldHalf
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { GlobalSearchResult } from '../../../shared/contract'
import { call } from '../api'
import { navigate } from '../lib/router'

const SEARCH_DELAY_MS = 150

interface Command {
  id: string
  label: string
  /** Shown dimmed on the right: a reference, a shortcut. */
  hint?: string
  icon: ReactNode
  run: () => void
}

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform)

/** A single-key shortcut may fire: not in a field, not while composing, not over a dialog. */
function singleKeyAllowed(event: KeyboardEvent): boolean {
  if (event.isComposing || event.keyCode === 229) return false
  return document.querySelector('.mantine-Modal-content') === null
}

export function CommandPalette() {
  const [palette, setPalette] = useState(false)
  const [help, setHelp] = useState(false)
  const single = (run: () => void) => (event: KeyboardEvent) => {
    if (singleKeyAllowed(event)) run()
  }
  // Ctrl/Cmd+K works in fields too (that is where the hand is); single keys do not.
  useHotkeys([['mod+K', () => setPalette((open) => !open)]], [])
  useHotkeys([
    ['/', single(() => document.querySelector<HTMLInputElement>('[data-shortcut="search"]')?.focus())],
    ['n', single(() => navigate({ name: 'new' }))],
    ['shift+?', single(() => setHelp(true))],
    ['?', single(() => setHelp(true))]
  ])
  return (
    <>
      {palette && <Palette onClose={() => setPalette(false)} />}
      <ShortcutHelp opened={help} onClose={() => setHelp(false)} />
    </>
  )
}

function Palette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<GlobalSearchResult | null>(null)
  const latest = useRef(0)
  // The list is always shown: the store's keyboard handling (arrows, Enter) needs it "opened".
  const store = useCombobox({ opened: true })

  const actions = useMemo<Command[]>(() => {
    const go = (hash: string) => () => {
      window.location.hash = hash
    }
    return [
      {
        id: 'new',
        label: t('actions.newMatter'),
        hint: 'N',
        icon: <IconPlus size={16} />,
        run: () => navigate({ name: 'new' })
      },
      {
        id: 'intake',
        label: t('actions.logWarningLetter'),
        icon: <IconMailExclamation size={16} />,
        run: () => navigate({ name: 'intake' })
      },
      {
        id: 'home',
        label: t('palette.goTo', { place: t('home.nav') }),
        icon: <IconHome size={16} />,
        run: () => navigate({ name: 'home' })
      },
      {
        id: 'matters',
        label: t('palette.goTo', { place: t('nav.matters') }),
        icon: <IconBriefcase size={16} />,
        run: () => navigate({ name: 'matters' })
      },
      {
        id: 'calendar',
        label: t('palette.goTo', { place: t('calendar.nav') }),
        icon: <IconCalendarMonth size={16} />,
        run: () => navigate({ name: 'calendar' })
      },
      {
        id: 'catalogue',
        label: t('palette.goTo', { place: t('catalogue.nav') }),
        icon: <IconPackage size={16} />,
        run: go('#/catalogue')
      },
      {
        id: 'rights',
        label: t('palette.goTo', { place: t('registry.nav') }),
        icon: <IconCertificate size={16} />,
        run: go('#/rights')
      },
      {
        id: 'portfolio',
        label: t('palette.goTo', { place: t('portfolio.nav') }),
        icon: <IconShieldHalf size={16} />,
        run: () => navigate({ name: 'portfolio' })
      },
      {
        id: 'settings',
        label: t('palette.goTo', { place: t('nav.settings') }),
        icon: <IconSettings size={16} />,
        run: () => navigate({ name: 'settings' })
      }
    ]
  }, [t])

  const term = query.trim()
  useEffect(() => {
    const mine = ++latest.current
    if (term.length < 2) {
      setFound(null)
      return
    }
    const timer = window.setTimeout(() => {
      void call('search.global', { query: term, limit: 6 }).then((r) => {
        if (mine === latest.current) setFound(r.ok ? r.value : null)
      })
    }, SEARCH_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [term])

  const needle = term.toLocaleLowerCase()
  const commands: Command[] = [
    ...(found?.matters ?? []).map((m) => ({
      id: `matter-${m.id}`,
      label: m.title,
      hint: m.reference,
      icon: <IconBriefcase size={16} />,
      run: () => navigate({ name: 'matter', id: m.id, tab: 'overview' })
    })),
    ...(found?.documents ?? []).map((d) => ({
      id: `document-${d.documentId}-${d.page}`,
      label: d.originalName,
      hint: t('palette.page', { page: d.page }),
      icon: <IconFileText size={16} />,
      run: () => navigate({ name: 'document', id: d.documentId, page: d.page, q: term })
    })),
    ...actions.filter((a) => !needle || a.label.toLocaleLowerCase().includes(needle)),
    ...(term
      ? [
          {
            id: 'search',
            label: t('search.allResults', { query: term }),
            icon: <IconSearch size={16} />,
            run: () => navigate({ name: 'search', q: term })
          }
        ]
      : [])
  ]
  const byId = new Map(commands.map((c) => [c.id, c]))
  const listKey = commands.map((c) => c.id).join('|')

  // The first option is highlighted whenever the list changes, so Enter always does something
  // visible; arrows move the highlight until the list changes again.
  const { selectFirstOption } = store
  useEffect(() => {
    selectFirstOption()
  }, [selectFirstOption, listKey])

  return (
    // The parts, so the dialog itself (not a wrapper) is named for screen readers: it has no title.
    <Modal.Root opened onClose={onClose} size="lg" yOffset="12vh" padding={0}>
      <Modal.Overlay />
      <Modal.Content aria-label={t('palette.title')}>
        <Modal.Body>
          <Combobox
            store={store}
            onOptionSubmit={(id) => {
              const command = byId.get(id)
              if (!command) return
              onClose()
              command.run()
            }}
          >
            <Combobox.EventsTarget>
              <TextInput
                data-autofocus
                size="md"
                variant="unstyled"
                px="md"
                py={6}
                leftSection={<IconSearch size={16} />}
                placeholder={t('palette.placeholder')}
                aria-label={t('palette.title')}
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
              />
            </Combobox.EventsTarget>
            <ScrollArea.Autosize mah="50vh" type="scroll">
              <Combobox.Options p={6} data-testid="palette-options">
                {commands.length === 0 ? (
                  <Combobox.Empty>{t('search.noResults')}</Combobox.Empty>
                ) : (
                  commands.map((c) => (
                    <Combobox.Option key={c.id} value={c.id}>
                      <Group gap="sm" wrap="nowrap">
                        {c.icon}
                        <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate="end">
                          {c.label}
                        </Text>
                        {c.hint && (
                          <Text size="xs" c="dimmed" className="mono">
                            {c.hint}
                          </Text>
                        )}
                      </Group>
                    </Combobox.Option>
                  ))
                )}
              </Combobox.Options>
            </ScrollArea.Autosize>
          </Combobox>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  )
}

function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const mod = isMac() ? '⌘' : 'Ctrl'
  const rows: [ReactNode, string][] = [
    [
      <Group gap={4} key="k">
        <Kbd>{mod}</Kbd>+<Kbd>K</Kbd>
      </Group>,
      t('palette.shortcutPalette')
    ],
    [<Kbd key="/">/</Kbd>, t('palette.shortcutSearch')],
    [<Kbd key="n">N</Kbd>, t('palette.shortcutNew')],
    [<Kbd key="?">?</Kbd>, t('palette.shortcutHelp')]
  ]
  return (
    <Modal opened={opened} onClose={onClose} title={t('palette.shortcutsTitle')} size="md">
      <Stack gap="sm">
        <Table data-testid="shortcut-list">
          <Table.Tbody>
            {rows.map(([keys, what]) => (
              <Table.Tr key={what}>
                <Table.Td w={120}>{keys}</Table.Td>
                <Table.Td>{what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          {t('palette.shortcutNote')}
        </Text>
      </Stack>
    </Modal>
  )
}
