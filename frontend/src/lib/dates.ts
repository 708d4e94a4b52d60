/** An ISO date (YYYY-MM-DD) as Russian users write it: 01.09.2025. */
export function formatDate(iso: string | null | undefined): string | undefined {
  if (!iso) {
    return undefined;
  }
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** Today in the user's own time zone, as an ISO date. */
export function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
