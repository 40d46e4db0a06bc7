// The letter's text beside the form: the sentence of the proposal being looked at is marked and
// scrolled into view. The text is rendered as text, never as HTML.
import { useEffect, useRef } from 'react'
import { Badge, Group, Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { IntakeReading, ReadSource } from '../../../../shared/contract'
import classes from './Intake.module.css'

function PageText({ text, start, mark }: { text: string; start: number; mark: ReadSource | null }) {
  const ref = useRef<HTMLElement>(null)
  const from = mark ? Math.max(0, mark.start - start) : -1
  const to = mark ? Math.min(text.length, mark.end - start) : -1
  const marked = mark !== null && from < text.length && to > 0
  useEffect(() => {
    const el = ref.current
    const pane = el?.closest<HTMLElement>('[data-letter-pane]')
    if (!el || !pane) return
    // scroll the pane only, never the page around it
    const top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop
    pane.scrollTo({ top: Math.max(0, top - pane.clientHeight / 3) })
  }, [from, to])
  if (!marked) return <>{text}</>
  return (
    <>
      {text.slice(0, from)}
      <mark ref={ref} className={classes.sourceMark} data-testid="source-highlight">
        {text.slice(from, to)}
      </mark>
      {text.slice(to)}
    </>
  )
}

export function LetterTextView({ reading, source }: { reading: IntakeReading; source: ReadSource | null }) {
  const { t } = useTranslation()
  const page = source?.page ?? 1
  return (
    <Paper
      component="section"
      withBorder
      radius="sm"
      className={classes.letterPane}
      data-letter-pane
      aria-label={t('intakeRead.textTitle')}
    >
      <Group justify="space-between" className={classes.letterPaneHead}>
        <Text size="sm" fw={600}>
          {t('intakeRead.textTitle')}
        </Text>
        {reading.ocr && (
          <Badge size="sm" color="orange" variant="light">
            {t('intakeRead.ocrText')}
          </Badge>
        )}
      </Group>
      {reading.pages.map((p) => (
        <section
          key={p.page}
          className={classes.letterPage}
          aria-label={t('intakeRead.page', { page: p.page })}
        >
          <Text size="xs" c="dimmed" mb={4}>
            {t('intakeRead.pageOf', { page: p.page, pages: reading.pages.length })}
          </Text>
          <div className={classes.letterText} lang={reading.language === 'zh' ? 'zh-CN' : undefined}>
            <PageText text={p.text} start={p.start} mark={source && page === p.page ? source : null} />
          </div>
        </section>
      ))}
    </Paper>
  )
}
