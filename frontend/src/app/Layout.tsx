import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';

import type { Me } from '../features/me/api';

interface NavItem {
  to: string;
  label: string;
}

/** The navigation follows what /api/me says the user is, never what the token seems to say. */
export function navItems(me: Me, t: (key: string) => string): NavItem[] {
  switch (me.role) {
    case 'regional':
      return [
        { to: '/schools', label: t('nav.schools') },
        { to: '/municipalities', label: t('nav.municipalities') },
        { to: '/questionnaires', label: t('nav.questionnaires') },
        { to: '/best-practices', label: t('recognition.nav.bank') },
        { to: '/imports', label: t('nav.imports') },
      ];
    case 'municipal':
      return [
        { to: '/schools', label: t('nav.schools') },
        { to: '/questionnaires', label: t('nav.questionnaires') },
        ...(me.municipalityId
          ? [
              { to: '/matching', label: t('nav.matching') },
              { to: '/best-practices', label: t('recognition.nav.review') },
            ]
          : []),
        { to: '/imports', label: t('nav.imports') },
      ];
    case 'portal':
      return [
        { to: '/schools', label: t('nav.schools') },
        { to: '/questionnaires', label: t('nav.questionnaires') },
        { to: '/best-practices', label: t('recognition.nav.bank') },
      ];
    case 'school':
      return me.schoolId
        ? [
            { to: `/schools/${me.schoolId}`, label: t('nav.mySchool') },
            { to: '/participants', label: t('nav.participants') },
            { to: '/questionnaires', label: t('nav.questionnaires') },
            { to: '/matching', label: t('nav.matching') },
            { to: '/mentorships', label: t('nav.mentorships') },
            { to: '/rewards', label: t('recognition.nav.rewards') },
            { to: '/best-practices', label: t('recognition.nav.bestPractices') },
            { to: '/imports', label: t('nav.imports') },
          ]
        : [];
  }
}

export function Layout({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  const location = useLocation();
  const scope = me.schoolName ?? me.municipalityName ?? me.regionName;
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Меню" />
            <Title order={3}>{t('app.name')}</Title>
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
      <AppShell.Navbar p="xs" aria-label="Разделы">
        {navItems(me, t).map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            label={item.label}
            active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
