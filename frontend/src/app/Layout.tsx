import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation, useNavigationType } from 'react-router';

import type { Me } from '../features/me/api';
import classes from './Layout.module.css';
import { PageErrorBoundary } from './PageErrorBoundary';
import { PageLoader } from './PageLoader';
import { usePageTitle } from './usePageTitle';

const MAIN_ID = 'main';
const NAV_ID = 'sections';

interface NavItem {
  to: string;
  label: string;
}

/** The navigation follows what /api/me says the user is, never what the token seems to say. */
export function navItems(me: Me, t: (key: string) => string): NavItem[] {
  switch (me.role) {
    case 'regional':
      return [
        { to: '/monitoring', label: t('nav.monitoring') },
        { to: '/schools', label: t('nav.schools') },
        { to: '/municipalities', label: t('nav.municipalities') },
        { to: '/questionnaires', label: t('nav.questionnaires') },
        { to: '/best-practices', label: t('nav.practicesBank') },
        { to: '/mentor-nominations', label: t('nav.nominationsRegional') },
        { to: '/mentor-registry', label: t('nav.mentorRegistry') },
        { to: '/events', label: t('nav.events') },
        { to: '/reports', label: t('nav.reports') },
        { to: '/roadmaps', label: t('nav.roadmaps') },
        { to: '/imports', label: t('nav.imports') },
        { to: '/audit', label: t('nav.audit') },
      ];
    case 'municipal':
      return [
        ...(me.municipalityId ? [{ to: '/monitoring', label: t('nav.monitoring') }] : []),
        { to: '/schools', label: t('nav.schools') },
        { to: '/questionnaires', label: t('nav.questionnaires') },
        ...(me.municipalityId
          ? [
              { to: '/matching', label: t('nav.matching') },
              { to: '/best-practices', label: t('nav.practicesReview') },
              { to: '/mentor-nominations', label: t('nav.nominationsReview') },
              { to: '/mentor-registry', label: t('nav.mentorRegistry') },
              { to: '/events', label: t('nav.events') },
              { to: '/reports', label: t('nav.reports') },
              { to: '/roadmaps', label: t('nav.roadmaps') },
            ]
          : []),
        { to: '/imports', label: t('nav.imports') },
        ...(me.municipalityId ? [{ to: '/audit', label: t('nav.audit') }] : []),
      ];
    case 'portal':
      return [{ to: '/portal', label: t('nav.portal') }];
    case 'school':
      return me.schoolId
        ? [
            { to: `/schools/${me.schoolId}`, label: t('nav.mySchool') },
            { to: '/participants', label: t('nav.participants') },
            { to: '/questionnaires', label: t('nav.questionnaires') },
            { to: '/matching', label: t('nav.matching') },
            { to: '/mentorships', label: t('nav.mentorships') },
            { to: '/rewards', label: t('nav.rewards') },
            { to: '/best-practices', label: t('nav.bestPractices') },
            { to: '/mentor-nominations', label: t('nav.mentorNominations') },
            { to: '/mentor-registry', label: t('nav.mentorRegistry') },
            { to: '/events', label: t('nav.events') },
            { to: '/reports', label: t('nav.reports') },
            { to: '/roadmaps', label: t('nav.roadmaps') },
            { to: '/imports', label: t('nav.imports') },
            { to: '/audit', label: t('nav.audit') },
          ]
        : [];
  }
}

export function Layout({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  usePageTitle(main);
  // After a move to another page the focus starts at its content rather than staying on the link or the button
  // that led there. A redirect (the first page after login among them) leaves it where a page load puts it, so
  // that the first Tab still reaches the skip link.
  const navigationType = useNavigationType();
  const shownPath = useRef(location.pathname);
  useEffect(() => {
    if (shownPath.current !== location.pathname) {
      shownPath.current = location.pathname;
      if (navigationType !== 'REPLACE') {
        main.current?.focus();
      }
    }
  }, [location.pathname, navigationType]);
  const scope = me.schoolName ?? me.municipalityName ?? me.regionName;
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a
        href={`#${MAIN_ID}`}
        className={classes.skipLink}
        onClick={(event) => {
          // Focus moves without touching the router's location.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.menu')}
              aria-expanded={opened}
              aria-controls={NAV_ID}
            />
            <Text fz="xl" fw={700} component="span">
              {t('app.name')}
            </Text>
          </Group>
          <Group>
            <Stack gap={0} align="flex-end">
              <Text size="sm" fw={600} data-testid="user-name">
                {me.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`roles.${me.role}`)} · {scope}
              </Text>
            </Stack>
            <Button variant="default" onClick={onLogout}>
              {t('app.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id={NAV_ID} aria-label={t('app.sections')}>
        {navItems(me, t).map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            label={item.label}
            onClick={close}
            active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} ref={main} className={classes.main}>
        {/* A page's code is fetched on its first visit; a failure, there or in the page, stays in this page. */}
        <PageErrorBoundary key={location.pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
