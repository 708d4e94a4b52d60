import { Skeleton, Table } from '@mantine/core';

/** The placeholder row a table shows while its first page loads. */
export function LoadingRow({ columns }: { columns: number }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Skeleton height={20} />
      </Table.Td>
    </Table.Tr>
  );
}
