import type { ReactNode } from 'react'
import { AppShell, Button, Group, NavLink, Stack, Text } from '@mantine/core'
import {
  IconBriefcase,
  IconCalendarMonth,
  IconCertificate,
  IconHome,
  IconMailExclamation,
  IconPackage,
  IconPlus,
  IconReportAnalytics,
  IconScale,
  IconSettings,
  IconShieldHalf
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { navigate, routeHref } from '../lib/router'
import { GlobalSearchBox } from '../pages/search/GlobalSearchBox'
import classes from './AppLayout.module.css'
import { CommandPalette } from './CommandPalette'

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  // The navigation item of the section the current place belongs to: /matters/12 is in Matters.
  const section = useLocation().pathname.split('/')[1] || 'home'
  const inMatters = section === 'matters'

  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 208, breakpoint: 0 }} padding={0}>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap={8} wrap="nowrap">
            <IconScale size={20} stroke={1.7} className={classes.logo} />
            <Text fw={700} size="sm" className={classes.appName}>
              {t('app.name')}
            </Text>
          </Group>
          <GlobalSearchBox />
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} />}
              onClick={() => navigate({ name: 'new' })}
            >
              {t('actions.newMatter')}
            </Button>
            <Button
              size="xs"
              leftSection={<IconMailExclamation size={14} />}
              onClick={() => navigate({ name: 'intake' })}
            >
              {t('actions.logWarningLetter')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" className={classes.navbar}>
        <AppShell.Section grow component={Stack} gap={2}>
          <NavLink
            href={routeHref({ name: 'home' })}
            label={t('home.nav')}
            leftSection={<IconHome size={16} stroke={1.6} />}
            active={section === 'home'}
            className={classes.link}
          />
          <NavLink
            href={routeHref({ name: 'matters' })}
            label={t('nav.matters')}
            leftSection={<IconBriefcase size={16} stroke={1.6} />}
            active={inMatters}
            className={classes.link}
          />
          <NavLink
            href={routeHref({ name: 'calendar' })}
            label={t('calendar.nav')}
            leftSection={<IconCalendarMonth size={16} stroke={1.6} />}
            active={section === 'calendar'}
            className={classes.link}
          />
          <NavLink
            href="#/catalogue"
            label={t('catalogue.nav')}
            leftSection={<IconPackage size={16} stroke={1.6} />}
            active={section === 'catalogue'}
            className={classes.link}
          />
          <NavLink
            href="#/rights"
            label={t('registry.nav')}
            leftSection={<IconCertificate size={16} stroke={1.6} />}
            active={section === 'rights'}
            className={classes.link}
          />
          <NavLink
            href={routeHref({ name: 'portfolio' })}
            label={t('portfolio.nav')}
            leftSection={<IconShieldHalf size={16} stroke={1.6} />}
            active={section === 'portfolio'}
            className={classes.link}
          />
          <NavLink
            href="#/reports"
            label={t('reports.nav')}
            leftSection={<IconReportAnalytics size={16} stroke={1.6} />}
            active={section === 'reports'}
            className={classes.link}
          />
        </AppShell.Section>
        <AppShell.Section>
          <NavLink
            href={routeHref({ name: 'settings' })}
            label={t('nav.settings')}
            leftSection={<IconSettings size={16} stroke={1.6} />}
            active={section === 'settings'}
            className={classes.link}
          />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main className={classes.main}>{children}</AppShell.Main>
      <CommandPalette />
    </AppShell>
  )
}
