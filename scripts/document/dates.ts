import type { Language } from "../model/types.js";

const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * An ISO date (YYYY-MM-DD) the way officials write it: 30.4.2020 in Finnish and Swedish, 30 April 2020 in
 * English. Anything that is not such a date is shown as it stands.
 */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (language === "en") return `${Number(day)} ${ENGLISH_MONTHS[Number(month) - 1] ?? month} ${year}`;
  return `${Number(day)}.${Number(month)}.${year}`;
}
