import type { Language } from "./types.js";

/**
 * A date as people in that language write it: 30.4.2020 in Finnish and Swedish (the form of the Ministry of
 * Finance's own texts), ISO in English. Files always keep ISO; anything that is not an ISO date is shown as is.
 */
export function localDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || language === "en") return iso;
  return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** "1 file" / "2 files": the form chosen by the language's own plural rules (Intl.PluralRules). */
export function countOf(language: Language, count: number, forms: { one: string; other: string }): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return `${count} ${rules.select(count) === "one" ? forms.one : forms.other}`;
}

/** A list joined the language's way ("a, b and c" / "a, b ja c" / "a, b och c"). */
export function listOf(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: "conjunction" }).format(items);
}
