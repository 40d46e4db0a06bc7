// A document's kind in the list, with the kind its content reads as when one is proposed: the
// user accepts it or picks another (picking "Other" keeps it and dismisses the proposal).
import { useState } from 'react'
import { Button, Group, Select, Stack, Text } from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { DocumentRecord, KindProposal } from '../../../../shared/contract'
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/model'
import { change } from '../../lib/queries'
import { notifySaved } from '../../lib/notify'
import { docErrorText } from './docErrors'

/** Why the kind is proposed, in the reader's language: "Reads as a warning letter: a response deadline and …". */
export function kindReasonText(t: TFunction, language: string, proposal: KindProposal): string {
  const signals = proposal.signals.map((s) => t(`docs.kindProposal.signals.${s}`))
  if (signals.length === 0 && proposal.reason === 'marketplace_notice')
    return t('docs.kindProposal.reasons.marketplace_notice_plain')
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(signals)
  return t(`docs.kindProposal.reasons.${proposal.reason}`, { signals: list })
}

export function DocumentKindCell({ doc }: { doc: DocumentRecord }) {
  const { t, i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const proposal = doc.kindProposal

  async function choose(kind: DocumentKind): Promise<void> {
    setBusy(true)
    setError(null)
    const result = await change('documents.update', { id: doc.id, kind })
    setBusy(false)
    if (!result.ok) setError(docErrorText(t, result.error))
    else notifySaved(t('docs.kindProposal.accepted', { kind: t(`documentKinds.${kind}`) }))
  }

  if (!proposal) return <Text size="sm">{t(`documentKinds.${doc.kind}`)}</Text>
  const kindName = t(`documentKinds.${proposal.kind}`)
  return (
    <Stack gap={4} data-testid="kind-proposal" data-proposed-kind={proposal.kind} maw={300}>
      <Text size="sm" c="dimmed">
        {t(`documentKinds.${doc.kind}`)}
      </Text>
      <Group gap={4} wrap="nowrap">
        <IconSparkles size={14} color="var(--mantine-color-blue-6)" style={{ flexShrink: 0 }} />
        <Text size="sm" fw={500} c="blue.8">
          {proposal.certain
            ? t('docs.kindProposal.proposed', { kind: kindName })
            : t('docs.kindProposal.proposedUnsure', { kind: kindName })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {kindReasonText(t, i18n.language, proposal)}
      </Text>
      <Group gap={6} wrap="nowrap">
        <Button size="compact-xs" loading={busy} onClick={() => void choose(proposal.kind)}>
          {t('docs.kindProposal.accept')}
        </Button>
        <Select
          size="xs"
          w={150}
          placeholder={t('docs.kindProposal.change')}
          aria-label={t('docs.kindProposal.changeLabel', { name: doc.originalName })}
          data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documentKinds.${k}`) }))}
          value={null}
          disabled={busy}
          onChange={(value) => value && void choose(value as DocumentKind)}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  )
}
