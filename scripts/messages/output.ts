import type { Language } from "./types.js";
import { countOf } from "./format.js";

/** The words of the lint's own output: totals line, severities, job summary. */
const en = {
  error: "error",
  warning: "warning",
  errors: (count: number) => countOf("en", count, { one: "error", other: "errors" }),
  warnings: (count: number) => countOf("en", count, { one: "warning", other: "warnings" }),
  files: (count: number) => countOf("en", count, { one: "file", other: "files" }),
  clean: (checked: string) => `${checked}: no problems.`,
  /** "in 2 files": Finnish puts the number of files in the inessive, not as a plural count. */
  filesIn: (count: number) => `in ${countOf("en", count, { one: "file", other: "files" })}`,
  logClean: (checked: string) => `agreements: ${checked}, no problems.`,
  logTotals: (totals: string) => `agreements: ${totals} The job summary lists them all.`,
  and: "and",
  checkedFiles: (count: number) => `${countOf("en", count, { one: "file", other: "files" })} checked`,
  summaryHeading: "## Agreements lint",
  summaryColumns: "| Where | Severity | Rule | Problem and how to fix it |",
  summaryCut: (count: number) =>
    `… and ${countOf("en", count, { one: "more finding", other: "more findings" })}: the summary is limited to 1 MB. Run \`npx agreements lint\` to see them all.`,
};

export type OutputWords = typeof en;

const fi: OutputWords = {
  error: "virhe",
  warning: "varoitus",
  errors: (count) => countOf("fi", count, { one: "virhe", other: "virhettä" }),
  warnings: (count) => countOf("fi", count, { one: "varoitus", other: "varoitusta" }),
  files: (count) => countOf("fi", count, { one: "tiedosto", other: "tiedostoa" }),
  clean: (checked) => `${checked}: ei huomautettavaa.`,
  filesIn: (count) => `${count} tiedostossa`,
  logClean: (checked) => `agreements: ${checked}, ei huomautettavaa.`,
  logTotals: (totals) => `agreements: ${totals} Työn yhteenveto (job summary) luettelee ne kaikki.`,
  and: "ja",
  checkedFiles: (count) => `${countOf("fi", count, { one: "tiedosto", other: "tiedostoa" })} tarkistettu`,
  summaryHeading: "## Sopimusten tarkistus",
  summaryColumns: "| Kohta | Vakavuus | Sääntö | Ongelma ja miten sen korjaa |",
  summaryCut: (count) =>
    `… ja ${countOf("fi", count, { one: "havainto", other: "havaintoa" })} lisää: yhteenvedon enimmäiskoko on 1 Mt. Komento \`npx agreements lint\` näyttää ne kaikki.`,
};

const sv: OutputWords = {
  error: "fel",
  warning: "varning",
  errors: (count) => countOf("sv", count, { one: "fel", other: "fel" }),
  warnings: (count) => countOf("sv", count, { one: "varning", other: "varningar" }),
  files: (count) => countOf("sv", count, { one: "fil", other: "filer" }),
  clean: (checked) => `${checked}: inga problem.`,
  filesIn: (count) => `i ${countOf("sv", count, { one: "fil", other: "filer" })}`,
  logClean: (checked) => `agreements: ${checked}, inga problem.`,
  logTotals: (totals) => `agreements: ${totals} Sammanfattningen av jobbet (job summary) listar dem alla.`,
  and: "och",
  checkedFiles: (count) => countOf("sv", count, { one: "fil kontrollerad", other: "filer kontrollerade" }),
  summaryHeading: "## Kontroll av avtalen",
  summaryColumns: "| Var | Allvarlighet | Regel | Problemet och hur det rättas |",
  summaryCut: (count) =>
    `… och ${countOf("sv", count, { one: "fynd", other: "fynd" })} till: sammanfattningen är begränsad till 1 MB. Kör \`npx agreements lint\` för att se alla.`,
};

/**
 * "2 errors and 1 warning in 2 files (5 files checked)." in the language; `strong` bolds the counts (Markdown).
 */
export function totalsLine(words: OutputWords, counts: { errors: number; warnings: number; files: number; checked: number }, strong = false): string {
  const bold = (text: string) => (strong ? `**${text}**` : text);
  return `${bold(words.errors(counts.errors))} ${words.and} ${bold(words.warnings(counts.warnings))} ${words.filesIn(counts.files)} (${words.checkedFiles(counts.checked)}).`;
}

const WORDS: Readonly<Record<Language, OutputWords>> = { en, fi, sv };

export function outputWords(language: Language | undefined): OutputWords {
  return WORDS[language ?? "en"];
}
