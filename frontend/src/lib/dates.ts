/** An ISO date (YYYY-MM-DD) as Russian users write it: 01.09.2025. */
export function formatDate(iso: string | null | undefined): string | undefined {
  if (!iso) {
    return undefined;
  }
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}
