import { Box, Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  total: number;
  page: number;
  size: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

/**
 * Pages are zero-based in the API and one-based on screen. Changing the page size goes back to the first page.
 * The arrows have no text, so each control is named for screen readers.
 */
export function Pager({ total, page, size, onPage, onSize }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed">
        {t('common.total', { count: total })}
      </Text>
      <Group>
        <Select
          aria-label={t('common.perPage')}
          w={90}
          data={['10', '20', '50', '100']}
          value={String(size)}
          onChange={(v) => {
            if (v) {
              onSize(Number(v));
              onPage(0);
            }
          }}
          allowDeselect={false}
        />
        <Box component="nav" aria-label={t('common.pages')}>
          <Pagination
            total={pages}
            value={page + 1}
            onChange={(p) => onPage(p - 1)}
            getControlProps={(control) => ({ 'aria-label': t(`common.${control}Page`) })}
            getItemProps={(p) => ({ 'aria-label': t('common.page', { page: p }) })}
          />
        </Box>
      </Group>
    </Group>
  );
}
