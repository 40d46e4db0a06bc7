// Contract -> core for the document calls (src/shared/contract/documents.ts).
import type { documentCalls } from '../../../shared/contract/documents'
import { attachDocuments } from './attach'
import { exportBundle } from './bundle'
import { listCustody } from './custody'
import type { Handlers } from '../kernel/dispatch'
import { verifyVault } from './content'
import { deleteBytes, documentText, getDocument, listDocuments, updateDocument } from './documents'
import { removeDocument } from './removal'
import { emailHtml } from './email-html'
import { openWithSystem } from './open-with-system'
import { waitForText } from './text-index'

export const documentHandlers: Pick<Handlers, keyof typeof documentCalls> = {
  'documents.attach': (ws, input) => attachDocuments(ws, input),
  'documents.get': (ws, input) => getDocument(ws.ctx, input.id),
  'documents.openWithSystem': (ws, input) => openWithSystem(ws, input.id),
  'documents.list': (ws, input) => listDocuments(ws.ctx, input),
  'documents.update': (ws, input) => updateDocument(ws.ctx, input),
  'documents.remove': (ws, input) => removeDocument(ws.ctx, input.id),
  'documents.deleteBytes': (ws, input) => deleteBytes(ws, input),
  'documents.custody': (ws, input) => listCustody(ws.ctx, input),
  'documents.text': (ws, input) => documentText(ws.ctx, input),
  'documents.emailHtml': (ws, input) => emailHtml(ws, input.id),
  'documents.waitForText': (ws, input) => waitForText(ws, input.ids, input.timeoutMs),
  'documents.exportBundle': (ws, input) => exportBundle(ws, input),
  'vault.verify': (ws) => verifyVault(ws)
}
