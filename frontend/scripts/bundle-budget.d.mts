/** The budget of gzipped JavaScript for the first page after login, in bytes. */
export const BUDGET_BYTES: number;
