export type VaultErrorCode =
  | 'too_large'
  | 'empty'
  | 'not_found'
  | 'not_a_file'
  | 'invalid_hash'
  | 'outside_vault'
  | 'aborted'
  | 'disk_full'
  | 'io'

export interface VaultErrorOptions {
  /** The import limit that was exceeded (for 'too_large'), so the UI can say "over 1 GiB". */
  limitBytes?: number
  cause?: unknown
}

export class VaultError extends Error {
  readonly code: VaultErrorCode
  readonly limitBytes: number | undefined

  constructor(code: VaultErrorCode, message: string, options: VaultErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'VaultError'
    this.code = code
    this.limitBytes = options.limitBytes
  }
}

export function isVaultError(err: unknown, code?: VaultErrorCode): err is VaultError {
  return err instanceof VaultError && (code === undefined || err.code === code)
}

/** Node fs errors carry a string `code` (ENOENT, EEXIST, ...). */
export function errnoCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

/** No space left on the device, or the user's quota is used up. */
export function isDiskFullErrno(code: string | undefined): boolean {
  return code === 'ENOSPC' || code === 'EDQUOT'
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const rounded = unit === 0 ? String(value) : value.toFixed(value % 1 === 0 ? 0 : 1)
  return `${rounded} ${units[unit]}`
}
