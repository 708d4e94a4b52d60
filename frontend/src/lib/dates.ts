/** An ISO date (YYYY-MM-DD) as Russian users write it: 01.09.2025. */
export function formatDate(iso: string | null | undefined): string | undefined {
  if (!iso) {
    return undefined;
  }
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** An ISO date moved by whole months, the day clamped to the month's end (as the server counts). */
export function addMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's date where the user is, as an ISO date. */
export function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The academic year now under way, by its first calendar year: it starts in September. */
export function currentStartYear(today = new Date()): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

/** An academic year as Russian documents write it: 2026/27. */
export function academicYearLabel(startYear: number): string {
  return `${startYear}/${String(startYear + 1).slice(2)}`;
}
