import { useState } from 'react'
import { Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/model'
import { ClosuresSection } from '../../components/deadlines/ClosuresSection'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import pageClasses from '../../components/Page.module.css'
import { applyLanguage, isLanguage } from '../../i18n'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change, keys, useCall } from '../../lib/queries'
import { VaultVerifyPanel } from '../documents/VaultVerifyPanel'
import { BackupsSection } from './BackupsSection'
import { OwnStoresSection } from './OwnStoresSection'
import { PeopleSection } from './PeopleSection'

export function SettingsPage() {
  const { t, i18n } = useTranslation()
  const info = useCall(keys.workspaceInfo, 'workspace.info', {})
  const [saving, setSaving] = useState(false)

  async function changeLanguage(value: string): Promise<void> {
    if (!isLanguage(value)) return
    const previous = i18n.language as Language
    // Switch at once; put it back if the workspace refuses to remember it.
    await applyLanguage(value)
    setSaving(true)
    const result = await change('settings.update', { language: value })
    setSaving(false)
    if (!result.ok) {
      await applyLanguage(previous)
      notifyFailed(t, result.error)
      return
    }
    // In the language just chosen: `t` of this render still speaks the previous one.
    notifySaved(i18n.t('settings.languageSaved', { lng: value }))
  }

  return (
    <div className={pageClasses.scroll}>
      <div className={pageClasses.content}>
        <Stack gap="md" maw={720}>
          <Title order={3}>{t('settings.title')}</Title>
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Text fw={600} size="sm" id="language-label">
                {t('settings.language')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('settings.languageHint')}
              </Text>
              <SegmentedControl
                aria-labelledby="language-label"
                w={280}
                disabled={saving}
                value={i18n.language}
                onChange={(value) => void changeLanguage(value)}
                data={[
                  { value: 'en', label: t('languageNames.en') },
                  { value: 'zh-CN', label: t('languageNames.zh-CN') }
                ]}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Text fw={600} size="sm" mb="xs">
              {t('settings.workspace')}
            </Text>
            {info.error ? (
              <QueryError query={info} />
            ) : !info.data ? (
              <LoadingPanel />
            ) : (
              <Table variant="vertical" layout="fixed" withTableBorder={false} fz="sm">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={200}>{t('settings.folder')}</Table.Th>
                    <Table.Td className="mono">{info.data.dir}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('settings.matterCount')}</Table.Th>
                    <Table.Td>{info.data.matterCount.toLocaleString(i18n.language)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('settings.schemaVersion')}</Table.Th>
                    <Table.Td>{info.data.schemaVersion}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('settings.appVersion')}</Table.Th>
                    <Table.Td>{info.data.appVersion}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
          </Paper>
          <PeopleSection />
          <OwnStoresSection />
          <ClosuresSection />
          <VaultVerifyPanel />
          <BackupsSection />
        </Stack>
      </div>
    </div>
  )
}
