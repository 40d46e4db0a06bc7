export type IngestErrorCode =
  | 'not_found'
  | 'not_a_file'
  | 'not_pdf'
  | 'malformed_pdf'
  | 'encrypted'
  | 'timeout'
  | 'too_large'
  | 'out_of_memory'
  | 'aborted'
  | 'worker_missing'
  | 'worker_failed'
  | 'unreadable'

export class IngestError extends Error {
  readonly code: IngestErrorCode

  constructor(code: IngestErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'IngestError'
    this.code = code
  }
}

export function isIngestError(err: unknown, code?: IngestErrorCode): err is IngestError {
  return err instanceof IngestError && (code === undefined || err.code === code)
}
