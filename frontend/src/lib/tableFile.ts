/** One cell of a table the browser writes to a file itself. */
export type Cell = string | number | null | undefined;

export interface TableFile {
  /** The file name without its extension. */
  name: string;
  header: string[];
  rows: Cell[][];
}

function csvCell(cell: Cell): string {
  if (cell == null) {
    return '';
  }
  // Russian Excel reads a decimal comma; a number written with a point would open as text or as a date.
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as the server's CSV exports write it: UTF-8 with a BOM, ';', CRLF — Russian Excel opens it by double-click. */
export function toCsv({ header, rows }: Pick<TableFile, 'header' | 'rows'>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** Hands a file made in the browser to the user as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Downloads a table shown on the page, with exactly the numbers it shows. */
export function downloadCsv(table: TableFile): void {
  saveBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${table.name}.csv`);
}

/** Downloads a table shown on the page as an Excel workbook; the writer loads only now. */
export async function downloadXlsx(table: TableFile): Promise<void> {
  const { workbook } = await import('./xlsx');
  saveBlob(
    new Blob([workbook(table)], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    `${table.name}.xlsx`,
  );
}
