// Contract -> core for the document calls (src/shared/contract/documents.ts).
import type { documentCalls } from '../../shared/contract/documents'
import type { Handlers } from './dispatch'

export const documentHandlers: Pick<Handlers, keyof typeof documentCalls> = {}
