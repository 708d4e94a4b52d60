import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  field: string;
  sort: string;
  onSort: (sort: string) => void;
  children: ReactNode;
}

/**
 * A column header that sorts by its field, toggling the direction on a second click. Screen readers hear the
 * order from aria-sort; the arrow is for the eyes.
 */
export function SortableTh({ field, sort, onSort, children }: Props) {
  const [current, direction] = sort.split(',');
  const active = current === field;
  const next = active && direction === 'asc' ? 'desc' : 'asc';
  return (
    <Table.Th aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(`${field},${next}`)} fw={600}>
        {children} {active && <span aria-hidden>{direction === 'asc' ? '▲' : '▼'}</span>}
      </UnstyledButton>
    </Table.Th>
  );
}
