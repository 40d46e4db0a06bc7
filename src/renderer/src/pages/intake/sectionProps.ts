import type { IntakeDraft } from './intakeDraft'

export interface SectionProps {
  draft: IntakeDraft
  update: (patch: Partial<IntakeDraft>) => void
  /** Translated error for a field path, if any. */
  fieldError: (path: string) => string | undefined
}
