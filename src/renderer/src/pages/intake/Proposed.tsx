// A field the letter reader filled: marked "proposed" (or "uncertain") until accepted, with its
// source sentence on hover; hovering or focusing it highlights that sentence beside the form.
import { createContext, useContext, type ReactNode } from 'react'
import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Pending } from './letterReading'
import classes from './Intake.module.css'

export interface ProposalControls {
  pending: Pending
  /** The proposal whose source the letter view highlights. */
  active: string | null
  setActive: (key: string | null) => void
  accept: (key: string) => void
}

const ProposalContext = createContext<ProposalControls>({
  pending: {},
  active: null,
  setActive: () => {},
  accept: () => {}
})
export const ProposalProvider = ProposalContext.Provider
export const useProposals = (): ProposalControls => useContext(ProposalContext)

/** Wraps one field (or one row) of the form; renders it unchanged once nothing is proposed. */
export function Proposed({ field, label, children }: { field: string; label: string; children: ReactNode }) {
  const { t } = useTranslation()
  const { pending, active, setActive, accept } = useProposals()
  const proposal = pending[field]
  if (!proposal) return <>{children}</>
  const page = proposal.source.page
  const tip = (
    <div className={classes.sourceTip}>
      <Text size="xs" fw={600}>
        {page ? t('intakeRead.fromPage', { page }) : t('intakeRead.fromText')}
      </Text>
      <Text size="xs">“{proposal.source.text}”</Text>
      {proposal.alternatives?.length ? (
        <Text size="xs" mt={4}>
          {t('intakeRead.alternatives', { values: proposal.alternatives.join(' · ') })}
        </Text>
      ) : null}
    </div>
  )
  return (
    <div
      className={classes.proposed}
      data-proposed={proposal.certain ? 'certain' : 'uncertain'}
      data-active={active === field || undefined}
      data-field={field}
      onMouseEnter={() => setActive(field)}
      onFocusCapture={() => setActive(field)}
    >
      {children}
      <Group gap={4} mt={4} wrap="nowrap">
        <Tooltip label={tip} multiline w={360} withArrow openDelay={150}>
          <Badge
            size="xs"
            variant="light"
            color={proposal.certain ? 'blue' : 'orange'}
            tabIndex={0}
            aria-label={`${proposal.certain ? t('intakeRead.proposed') : t('intakeRead.uncertain')}: ${proposal.source.text}`}
          >
            {proposal.certain ? t('intakeRead.proposed') : t('intakeRead.uncertain')}
          </Badge>
        </Tooltip>
        <Tooltip label={t('intakeRead.acceptField', { field: label })}>
          <ActionIcon
            size="xs"
            variant="subtle"
            color="green"
            aria-label={t('intakeRead.acceptField', { field: label })}
            onClick={() => accept(field)}
          >
            <IconCheck size={12} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </div>
  )
}
