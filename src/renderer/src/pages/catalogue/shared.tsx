// Small pieces the catalogue and rights pages share: an empty cell, a confirmed remove button,
// money in the reader's locale, and hrefs to the pages they link.
import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ListingStatusCode } from '../../../../shared/contract'

export const productHref = (id: number): string => `#/catalogue/${id}`
export const rightHref = (id: number): string => `#/rights/${id}`
export const matterHref = (id: number): string => `#/matters/${id}`

export const LISTING_STATUS_COLOR: Record<ListingStatusCode, string> = {
  live: 'teal',
  removed: 'red',
  suspended: 'orange',
  reinstated: 'blue'
}

export function Dimmed({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation()
  return value ? (
    <>{value}</>
  ) : (
    <Text span c="dimmed" size="sm">
      {t('common.none')}
    </Text>
  )
}

/** A sum of money as the reader writes it; an unknown currency code falls back to "1,234.50 XYZ". */
export function formatMoney(value: number, currency: string, lang: string): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(value)
  } catch {
    return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value)} ${currency}`
  }
}

/** "2026-03" as "Mar 2026" / "2026年3月". */
export function formatMonth(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number)
  if (!y || !m) return month
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1))
  )
}

export { ConfirmRemove } from '../../components/ConfirmRemove'
