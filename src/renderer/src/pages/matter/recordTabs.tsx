import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { IpRightInput, PartyInput, ProductInput } from '../../../../shared/contract'
import {
  IP_RIGHT_TYPES,
  PARTY_ROLES,
  type AccusedProduct,
  type IpRight,
  type Party
} from '../../../../shared/model'
import { change } from '../../lib/queries'
import type { MatterTabProps } from './MatterPage'
import { RecordTab, type RecordDraft } from './RecordTab'

// The record dialogs hold strings; the contract's schemas coerce '' to null where optional.
const asInput = <T,>(draft: RecordDraft) => draft as unknown as T

function Dimmed({ value }: { value: string | null }) {
  const { t } = useTranslation()
  return value ? (
    <>{value}</>
  ) : (
    <Text span c="dimmed" size="sm">
      {t('common.none')}
    </Text>
  )
}

export function PartiesTab({ detail, onChange }: MatterTabProps) {
  const { t } = useTranslation()
  const matterId = detail.matter.id
  type PartyDraft = Omit<Party, 'id' | 'matterId'>
  return (
    <RecordTab<Party>
      records={detail.parties}
      columns={[
        { header: t('fields.role'), cell: (p) => t(`partyRoles.${p.role}`) },
        { header: t('fields.name'), cell: (p) => p.name },
        { header: t('fields.organisation'), cell: (p) => <Dimmed value={p.organisation} /> },
        { header: t('fields.email'), cell: (p) => <Dimmed value={p.email} /> },
        { header: t('fields.phone'), cell: (p) => <Dimmed value={p.phone} /> }
      ]}
      fields={[
        {
          name: 'role',
          label: t('fields.role'),
          kind: 'select',
          required: true,
          options: PARTY_ROLES.map((r) => ({ value: r, label: t(`partyRoles.${r}`) }))
        },
        { name: 'name', label: t('fields.name'), kind: 'text', required: true },
        { name: 'organisation', label: t('fields.organisation'), kind: 'text' },
        { name: 'email', label: t('fields.email'), kind: 'text' },
        { name: 'phone', label: t('fields.phone'), kind: 'text' },
        { name: 'address', label: t('fields.address'), kind: 'textarea', span: true }
      ]}
      schema={PartyInput}
      empty={() => ({ role: 'rights_holder', name: '', organisation: '', email: '', phone: '', address: '' })}
      fromRecord={(p) => ({
        role: p.role,
        name: p.name,
        organisation: p.organisation,
        email: p.email,
        phone: p.phone,
        address: p.address
      })}
      add={(d) => change('parties.add', { ...asInput<PartyDraft>(d), matterId })}
      update={(id, d) => change('parties.update', { ...asInput<PartyDraft>(d), id })}
      remove={(id) => change('parties.remove', { id })}
      onChange={onChange}
      labels={{
        add: t('parties.add'),
        edit: t('parties.edit'),
        none: t('parties.none'),
        remove: t('parties.remove'),
        removeConfirm: t('parties.removeConfirm')
      }}
    />
  )
}

export function IpRightsTab({ detail, onChange }: MatterTabProps) {
  const { t } = useTranslation()
  const matterId = detail.matter.id
  type RightDraft = Omit<IpRight, 'id' | 'matterId'>
  return (
    <RecordTab<IpRight>
      records={detail.ipRights}
      columns={[
        { header: t('fields.rightType'), cell: (r) => t(`ipRightTypes.${r.type}`) },
        { header: t('fields.rightNumber'), cell: (r) => <span className="mono">{r.number}</span> },
        {
          header: t('fields.rightJurisdiction'),
          cell: (r) => t(`jurisdictions.${r.jurisdiction}`, { defaultValue: r.jurisdiction })
        },
        { header: t('fields.rightTitle'), cell: (r) => <Dimmed value={r.title} /> }
      ]}
      fields={[
        {
          name: 'type',
          label: t('fields.rightType'),
          kind: 'select',
          required: true,
          options: IP_RIGHT_TYPES.map((r) => ({ value: r, label: t(`ipRightTypes.${r}`) }))
        },
        { name: 'number', label: t('fields.rightNumber'), kind: 'text', required: true, mono: true },
        { name: 'jurisdiction', label: t('fields.rightJurisdiction'), kind: 'jurisdiction', required: true },
        { name: 'title', label: t('fields.rightTitle'), kind: 'text' }
      ]}
      schema={IpRightInput}
      empty={() => ({
        type: 'utility_patent',
        number: '',
        jurisdiction: detail.matter.jurisdiction ?? '',
        title: ''
      })}
      fromRecord={(r) => ({ type: r.type, number: r.number, jurisdiction: r.jurisdiction, title: r.title })}
      add={(d) => change('ipRights.add', { ...asInput<RightDraft>(d), matterId })}
      update={(id, d) => change('ipRights.update', { ...asInput<RightDraft>(d), id })}
      remove={(id) => change('ipRights.remove', { id })}
      onChange={onChange}
      labels={{
        add: t('ipRights.add'),
        edit: t('ipRights.edit'),
        none: t('ipRights.none'),
        remove: t('ipRights.remove'),
        removeConfirm: t('ipRights.removeConfirm')
      }}
    />
  )
}

export function ProductsTab({ detail, onChange }: MatterTabProps) {
  const { t } = useTranslation()
  const matterId = detail.matter.id
  type ProductDraft = Omit<AccusedProduct, 'id' | 'matterId'>
  return (
    <RecordTab<AccusedProduct>
      records={detail.products}
      columns={[
        { header: t('fields.productName'), cell: (p) => p.name },
        {
          header: t('fields.sku'),
          cell: (p) => (p.sku ? <span className="mono">{p.sku}</span> : <Dimmed value={null} />)
        },
        {
          header: t('fields.marketplaceItemId'),
          cell: (p) =>
            p.marketplaceItemId ? (
              <span className="mono">{p.marketplaceItemId}</span>
            ) : (
              <Dimmed value={null} />
            )
        },
        { header: t('fields.marketplace'), cell: (p) => <Dimmed value={p.marketplace} /> },
        // Listing links are shown, not opened: the app loads no remote content.
        { header: t('fields.listingUrl'), cell: (p) => <Dimmed value={p.listingUrl} /> }
      ]}
      fields={[
        { name: 'name', label: t('fields.productName'), kind: 'text', required: true, span: true },
        { name: 'sku', label: t('fields.sku'), kind: 'text', mono: true },
        { name: 'marketplaceItemId', label: t('fields.marketplaceItemId'), kind: 'text', mono: true },
        { name: 'marketplace', label: t('fields.marketplace'), kind: 'marketplace' },
        { name: 'listingUrl', label: t('fields.listingUrl'), kind: 'text' }
      ]}
      schema={ProductInput}
      empty={() => ({
        name: '',
        sku: '',
        marketplaceItemId: '',
        marketplace: detail.matter.marketplace ?? '',
        listingUrl: ''
      })}
      fromRecord={(p) => ({
        name: p.name,
        sku: p.sku,
        marketplaceItemId: p.marketplaceItemId,
        marketplace: p.marketplace,
        listingUrl: p.listingUrl
      })}
      add={(d) => change('products.add', { ...asInput<ProductDraft>(d), matterId })}
      update={(id, d) => change('products.update', { ...asInput<ProductDraft>(d), id })}
      remove={(id) => change('products.remove', { id })}
      onChange={onChange}
      labels={{
        add: t('products.add'),
        edit: t('products.edit'),
        none: t('products.none'),
        remove: t('products.remove'),
        removeConfirm: t('products.removeConfirm')
      }}
    />
  )
}
