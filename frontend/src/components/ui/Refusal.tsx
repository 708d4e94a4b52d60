import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ApiError, describeError } from '../../lib/api/problem';

/** A personal link that opens nothing (unknown, used, revoked, expired): the server's reason as the page. */
export function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const title = error instanceof ApiError ? error.problem.title : t('app.error');
  const detail = error instanceof ApiError ? error.problem.detail : describeError(error);
  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="xl" radius="md" role="alert">
        <Stack>
          <Title order={1}>{title}</Title>
          {detail && <Text>{detail}</Text>}
        </Stack>
      </Paper>
    </Container>
  );
}
