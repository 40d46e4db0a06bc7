import { Tabs } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MatterDetail } from '../../../../shared/model'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { keys, queryClient, useCall } from '../../lib/queries'
import { MATTER_TABS, navigate, type MatterTab } from '../../lib/router'
import { DocumentsTab } from '../documents/DocumentsTab'
import { NotFoundPage } from '../NotFoundPage'
import { DeadlinesTab } from './DeadlinesTab'
import { DefendantsTab } from './DefendantsTab'
import { ExposureTab } from './ExposureTab'
import { MatterHeader } from './MatterHeader'
import classes from './Matter.module.css'
import { OpinionsTab } from './OpinionsTab'
import { OverviewTab } from './OverviewTab'
import { IpRightsTab, PartiesTab, ProductsTab } from './recordTabs'
import { TimelineTab } from './TimelineTab'

export interface MatterTabProps {
  detail: MatterDetail
  /** Adopt the fresh detail a mutation returned (its change() has invalidated the rest). */
  onChange: (detail: MatterDetail) => void
}

function count(detail: MatterDetail, tab: MatterTab): number | null {
  if (tab === 'parties') return detail.parties.length
  if (tab === 'rights') return detail.ipRights.length
  if (tab === 'products') return detail.products.length
  if (tab === 'deadlines') return detail.deadlines.filter((d) => d.status === 'open').length
  if (tab === 'documents') return detail.documents.length
  return null
}

export function MatterPage({ id, tab }: { id: number; tab: MatterTab }) {
  const { t } = useTranslation()
  const detail = useCall(keys.matter(id), 'matters.get', { id })

  if (detail.callError?.code === 'not_found') return <NotFoundPage />
  if (detail.error && !detail.data) return <QueryError query={detail} />
  if (!detail.data) return <LoadingPanel />

  const props: MatterTabProps = {
    detail: detail.data,
    onChange: (fresh) => queryClient.setQueryData(keys.matter(id), fresh)
  }

  return (
    <div className={classes.page}>
      <MatterHeader {...props} />
      <Tabs
        value={tab}
        onChange={(next) =>
          next && navigate({ name: 'matter', id, tab: next as MatterTab }, { replace: true })
        }
        className={classes.tabs}
        keepMounted={false}
      >
        {/* Nine tabs: one line that scrolls sideways rather than wrapping at 1280 wide. */}
        <Tabs.List
          className={classes.tabList}
          style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}
        >
          {MATTER_TABS.filter((name) => name !== 'defendants' || detail.data!.matter.kind === 'lawsuit').map(
            (name) => {
              const n = count(detail.data!, name)
              return (
                <Tabs.Tab key={name} value={name} px="sm" style={{ flexShrink: 0 }}>
                  {t(`matter.tabs.${name}`)}
                  {n !== null && n > 0 && <span className={classes.tabCount}>{n}</span>}
                </Tabs.Tab>
              )
            }
          )}
        </Tabs.List>
        <div className={classes.panel}>
          <Tabs.Panel value="overview">
            <OverviewTab {...props} />
          </Tabs.Panel>
          <Tabs.Panel value="parties">
            <PartiesTab {...props} />
          </Tabs.Panel>
          <Tabs.Panel value="rights">
            <IpRightsTab {...props} />
          </Tabs.Panel>
          <Tabs.Panel value="products">
            <ProductsTab {...props} />
          </Tabs.Panel>
          <Tabs.Panel value="defendants">
            <DefendantsTab {...props} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <TimelineTab {...props} />
          </Tabs.Panel>
          <Tabs.Panel value="deadlines">
            <DeadlinesTab {...props} />
          </Tabs.Panel>
          <Tabs.Panel value="documents">
            <DocumentsTab matterId={id} />
          </Tabs.Panel>
          <Tabs.Panel value="opinions">
            <OpinionsTab {...props} />
          </Tabs.Panel>
          <Tabs.Panel value="exposure">
            <ExposureTab {...props} />
          </Tabs.Panel>
        </div>
      </Tabs>
    </div>
  )
}
