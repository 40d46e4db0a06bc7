import { useEffect, useRef, useState } from 'react'
import { Divider, Paper, Popover, Text, TextInput, UnstyledButton } from '@mantine/core'
import { IconFileText, IconBriefcase, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { GlobalSearchResult } from '../../../../shared/contract'
import { call } from '../../api'
import { navigate, type Route } from '../../lib/router'
import { Snippet } from './Snippet'
import classes from './Search.module.css'

// Short enough that the results settle within 150 ms of the last key (npm run bench,
// browser.search_settled); a stale answer is dropped by `latest`, so fast typing costs nothing.
const DEBOUNCE_MS = 100

/** The header's search: quick results while typing, Enter opens the full results page. */
export function GlobalSearchBox() {
  const { t } = useTranslation()
  const [value, setValue] = useState('')
  const [result, setResult] = useState<GlobalSearchResult | null>(null)
  const [open, setOpen] = useState(false)
  const latest = useRef(0)

  useEffect(() => {
    const term = value.trim()
    if (!term) {
      setResult(null)
      return
    }
    const mine = ++latest.current
    const timer = window.setTimeout(() => {
      void call('search.global', { query: term, limit: 6 }).then((r) => {
        if (mine === latest.current) setResult(r.ok ? r.value : null)
      })
    }, DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [value])

  const go = (route: Route) => {
    setOpen(false)
    navigate(route)
  }
  const hasHits = result && (result.matters.length > 0 || result.documents.length > 0)

  return (
    <Popover
      opened={open && Boolean(value.trim())}
      position="bottom-start"
      width={440}
      shadow="md"
      trapFocus={false}
    >
      <Popover.Target>
        <TextInput
          size="xs"
          w={280}
          leftSection={<IconSearch size={14} />}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          data-shortcut="search"
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && value.trim()) go({ name: 'search', q: value.trim() })
            if (e.key === 'Escape') setOpen(false)
          }}
        />
      </Popover.Target>
      <Popover.Dropdown p={4}>
        <Paper>
          {!hasHits ? (
            <Text size="xs" c="dimmed" p="xs">
              {result ? t('search.noResults') : t('search.searching')}
            </Text>
          ) : (
            <>
              {result.matters.map((m) => (
                <UnstyledButton
                  key={`m${m.id}`}
                  className={classes.quick}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => go({ name: 'matter', id: m.id, tab: 'overview' })}
                >
                  <IconBriefcase size={14} />
                  <Text size="xs" fw={600} className="mono">
                    {m.reference}
                  </Text>
                  <Text size="xs" truncate="end">
                    {m.title}
                  </Text>
                </UnstyledButton>
              ))}
              {result.documents.map((d) => (
                <UnstyledButton
                  key={`d${d.documentId}-${d.page}`}
                  className={classes.quick}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => go({ name: 'document', id: d.documentId, page: d.page, q: value.trim() })}
                >
                  <IconFileText size={14} />
                  <Text size="xs" fw={500} truncate="end" maw={150}>
                    {d.originalName}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    <Snippet parts={d.snippet} />
                  </Text>
                </UnstyledButton>
              ))}
            </>
          )}
          <Divider my={4} />
          <UnstyledButton
            className={classes.quick}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go({ name: 'search', q: value.trim() })}
          >
            <Text size="xs" c="indigo">
              {t('search.allResults', { query: value.trim() })}
            </Text>
          </UnstyledButton>
        </Paper>
      </Popover.Dropdown>
    </Popover>
  )
}
