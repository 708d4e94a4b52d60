import { Button, Group, Loader, Paper, Title } from '@mantine/core';
import { Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A section of a first page that the user opens: its heading and a button, then the section itself, whose code
 * and data are fetched only then. Keeps the first view after login within its budget of JavaScript while the
 * section stays one click away, under its own heading.
 */
export function SectionOnRequest({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [shown, setShown] = useState(false);
  if (shown) {
    return <Suspense fallback={<Loader role="status" aria-label={t('app.loading')} />}>{children}</Suspense>;
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        <Button variant="light" aria-describedby={headingId} onClick={() => setShown(true)}>
          {t('common.open')}
        </Button>
      </Group>
    </Paper>
  );
}
