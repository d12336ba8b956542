const DAY_MS = 86_400_000;

/** Whole days from one ISO date (YYYY-MM-DD) to another: positive when `to` is later. Calendar days, no time zones. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
