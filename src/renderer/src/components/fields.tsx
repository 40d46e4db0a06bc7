import { Autocomplete, Select, type AutocompleteProps, type SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { COMMON_MARKETPLACES, JURISDICTIONS } from '../../../shared/model'

type JurisdictionSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null
  onChange: (value: string | null) => void
}

/** Jurisdiction codes with translated labels; a stored code we do not know is still shown. */
export function JurisdictionSelect({ value, onChange, ...rest }: JurisdictionSelectProps) {
  const { t } = useTranslation()
  const codes: string[] = [...JURISDICTIONS]
  if (value && !codes.includes(value)) codes.push(value)
  const data = codes.map((code) => ({
    value: code,
    label: t(`jurisdictions.${code}`, { defaultValue: code })
  }))
  return (
    <Select
      {...rest}
      data={data}
      value={value}
      onChange={(next) => onChange(next)}
      searchable
      clearable={!rest.required}
      nothingFoundMessage={t('common.noMatches')}
    />
  )
}

type MarketplaceInputProps = Omit<AutocompleteProps, 'data' | 'value' | 'onChange'> & {
  value: string
  onChange: (value: string) => void
}

/** Common marketplaces are suggested; sellers use many shops, so any text is allowed. */
export function MarketplaceInput({ value, onChange, ...rest }: MarketplaceInputProps) {
  return (
    <Autocomplete
      {...rest}
      data={[...COMMON_MARKETPLACES]}
      value={value}
      onChange={onChange}
      autoComplete="off"
    />
  )
}
