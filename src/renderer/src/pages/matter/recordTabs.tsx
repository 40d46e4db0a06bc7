// The parties, IP rights and accused products of a matter: a table each, and a dialog whose form
// the contract's schema (PartyInput, IpRightInput, ProductInput) validates.
import { Anchor, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { IpRightInput, PartyInput, ProductInput } from '../../../../shared/contract'
import {
  IP_RIGHT_TYPES,
  PARTY_ROLES,
  type AccusedProduct,
  type IpRight,
  type IpRightType,
  type Party,
  type PartyRole
} from '../../../../shared/model'
import { JurisdictionSelect, MarketplaceInput } from '../../components/fields'
import { change } from '../../lib/queries'
import type { MatterTabProps } from './MatterPage'
import { RecordList, useRecordEditor } from './RecordList'

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

const span = { gridColumn: '1 / -1' }

type PartyValues = {
  role: PartyRole
  name: string
  organisation: string
  email: string
  phone: string
  address: string
}

export function PartiesTab({ detail, onChange }: MatterTabProps) {
  const { t } = useTranslation()
  const matterId = detail.matter.id
  const editor = useRecordEditor<PartyValues>({
    schema: PartyInput,
    empty: () => ({ role: 'rights_holder', name: '', organisation: '', email: '', phone: '', address: '' }),
    add: (v) => change('parties.add', { ...v, matterId }),
    update: (id, v) => change('parties.update', { ...v, id }),
    remove: (id) => change('parties.remove', { id }),
    onChange
  })
  const input = editor.form.getInputProps
  return (
    <RecordList<Party, PartyValues>
      records={detail.parties}
      editor={editor}
      toValues={(p) => ({
        role: p.role,
        name: p.name,
        organisation: p.organisation ?? '',
        email: p.email ?? '',
        phone: p.phone ?? '',
        address: p.address ?? ''
      })}
      columns={[
        { header: t('fields.role'), cell: (p) => t(`partyRoles.${p.role}`) },
        { header: t('fields.name'), cell: (p) => p.name },
        { header: t('fields.organisation'), cell: (p) => <Dimmed value={p.organisation} /> },
        { header: t('fields.email'), cell: (p) => <Dimmed value={p.email} /> },
        { header: t('fields.phone'), cell: (p) => <Dimmed value={p.phone} /> }
      ]}
      labels={{
        add: t('parties.add'),
        edit: t('parties.edit'),
        none: t('parties.none'),
        remove: t('parties.remove')
      }}
      removedText={(p) => t('undo.partyRemoved', { name: p.name })}
    >
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={t('fields.role')}
          required
          allowDeselect={false}
          data={PARTY_ROLES.map((r) => ({ value: r, label: t(`partyRoles.${r}`) }))}
          {...input('role')}
        />
        <TextInput label={t('fields.name')} required {...input('name')} />
        <TextInput label={t('fields.organisation')} {...input('organisation')} />
        <TextInput label={t('fields.email')} {...input('email')} />
        <TextInput label={t('fields.phone')} {...input('phone')} />
        <Textarea label={t('fields.address')} autosize minRows={2} style={span} {...input('address')} />
      </SimpleGrid>
    </RecordList>
  )
}

type RightValues = { type: IpRightType; number: string; jurisdiction: string; title: string }

export function IpRightsTab({ detail, onChange }: MatterTabProps) {
  const { t } = useTranslation()
  const matterId = detail.matter.id
  const editor = useRecordEditor<RightValues>({
    schema: IpRightInput,
    empty: () => ({
      type: 'utility_patent',
      number: '',
      jurisdiction: detail.matter.jurisdiction ?? '',
      title: ''
    }),
    add: (v) => change('ipRights.add', { ...v, matterId }),
    update: (id, v) => change('ipRights.update', { ...v, id }),
    remove: (id) => change('ipRights.remove', { id }),
    onChange
  })
  const { form } = editor
  const input = form.getInputProps
  return (
    <RecordList<IpRight, RightValues>
      records={detail.ipRights}
      editor={editor}
      toValues={(r) => ({
        type: r.type,
        number: r.number,
        jurisdiction: r.jurisdiction,
        title: r.title ?? ''
      })}
      columns={[
        { header: t('fields.rightType'), cell: (r) => t(`ipRightTypes.${r.type}`) },
        {
          header: t('fields.rightNumber'),
          // The registry page holds the right's dates, claims and every other matter asserting it.
          cell: (r) => (
            <Anchor href={`#/rights/${r.rightId}`} inherit>
              <span className="mono">{r.number}</span>
            </Anchor>
          )
        },
        {
          header: t('fields.rightJurisdiction'),
          cell: (r) => t(`jurisdictions.${r.jurisdiction}`, { defaultValue: r.jurisdiction })
        },
        { header: t('fields.rightTitle'), cell: (r) => <Dimmed value={r.title} /> },
        {
          header: t('registry.assertedClaims'),
          cell: (r) => (r.assertedClaims.length ? r.assertedClaims.join(', ') : t('registry.wholeRight'))
        }
      ]}
      labels={{
        add: t('ipRights.add'),
        edit: t('ipRights.edit'),
        none: t('ipRights.none'),
        remove: t('ipRights.remove')
      }}
      removedText={(r) => t('undo.rightRemoved', { number: r.number })}
    >
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={t('fields.rightType')}
          required
          allowDeselect={false}
          data={IP_RIGHT_TYPES.map((r) => ({ value: r, label: t(`ipRightTypes.${r}`) }))}
          {...input('type')}
        />
        <TextInput
          label={t('fields.rightNumber')}
          required
          classNames={{ input: 'mono' }}
          {...input('number')}
        />
        <JurisdictionSelect
          label={t('fields.rightJurisdiction')}
          required
          error={input('jurisdiction').error as string | undefined}
          value={form.values.jurisdiction || null}
          onChange={(v) => form.setFieldValue('jurisdiction', v ?? '')}
        />
        <TextInput label={t('fields.rightTitle')} {...input('title')} />
      </SimpleGrid>
    </RecordList>
  )
}

type ProductValues = {
  name: string
  sku: string
  marketplaceItemId: string
  marketplace: string
  listingUrl: string
}

export function ProductsTab({ detail, onChange }: MatterTabProps) {
  const { t } = useTranslation()
  const matterId = detail.matter.id
  const editor = useRecordEditor<ProductValues>({
    schema: ProductInput,
    empty: () => ({
      name: '',
      sku: '',
      marketplaceItemId: '',
      marketplace: detail.matter.marketplace ?? '',
      listingUrl: ''
    }),
    add: (v) => change('products.add', { ...v, matterId }),
    update: (id, v) => change('products.update', { ...v, id }),
    remove: (id) => change('products.remove', { id }),
    onChange
  })
  const { form } = editor
  const input = form.getInputProps
  return (
    <RecordList<AccusedProduct, ProductValues>
      records={detail.products}
      editor={editor}
      toValues={(p) => ({
        name: p.name,
        sku: p.sku ?? '',
        marketplaceItemId: p.marketplaceItemId ?? '',
        marketplace: p.marketplace ?? '',
        listingUrl: p.listingUrl ?? ''
      })}
      columns={[
        {
          header: t('fields.productName'),
          // The product page holds its versions, listings and every matter that accuses it.
          cell: (p) => (
            <Anchor href={`#/catalogue/${p.productId}`} size="sm">
              {p.name}
            </Anchor>
          )
        },
        { header: t('catalogue.fields.versionName'), cell: (p) => p.versionName },
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
      labels={{
        add: t('products.add'),
        edit: t('products.edit'),
        none: t('products.none'),
        remove: t('products.remove')
      }}
      removedText={(p) => t('undo.productRemoved', { name: p.name })}
    >
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('fields.productName')} required style={span} {...input('name')} />
        <TextInput label={t('fields.sku')} classNames={{ input: 'mono' }} {...input('sku')} />
        <TextInput
          label={t('fields.marketplaceItemId')}
          classNames={{ input: 'mono' }}
          {...input('marketplaceItemId')}
        />
        <MarketplaceInput
          label={t('fields.marketplace')}
          error={input('marketplace').error as string | undefined}
          value={form.values.marketplace}
          onChange={(v) => form.setFieldValue('marketplace', v ?? '')}
        />
        <TextInput label={t('fields.listingUrl')} {...input('listingUrl')} />
      </SimpleGrid>
    </RecordList>
  )
}
