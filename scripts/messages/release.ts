import type { Language } from "./types.js";

/** The words of the release notes (the yearly submission's page on GitHub), in the glossary's terms. */
const en = {
  intro: (year: number, tag: string) =>
    `The yearly submission of the management agreements for ${year} to the Ministry of Finance, recorded by the tag \`${tag}\`. ` +
    `The files below are the submission package, the same files \`agreements package ${year}\` makes.`,
  attached: "Attached below:",
  pdfs: (count: number) => (count === 1 ? "- the agreement as PDF, also as a web page (HTML)" : `- the ${count} agreements as PDF, each also as a web page (HTML)`),
  reportHtml: "- `report.html`: the report as a web page with charts",
  csvs: (count: number) => `- ${count} CSV files: the report's tables, for a spreadsheet`,
  manifest: "- `manifest.json`: every file here and every submitted agreement with its SHA-256 hash, so anyone can check later that a file is the one submitted",
  cut: "_The report is longer than a release note can hold: it continues in `report.html`, attached below._",
};

export type ReleaseWords = typeof en;

const fi: ReleaseWords = {
  intro: (year, tag) =>
    `Vuoden ${year} johtamissopimusten vuosittainen toimittaminen valtiovarainministeriöön, kirjattu tunnisteella (tag) \`${tag}\`. ` +
    `Alla olevat tiedostot ovat toimitettava aineisto, samat tiedostot, jotka komento \`agreements package ${year}\` tekee.`,
  attached: "Liitteenä alla:",
  pdfs: (count) => (count === 1 ? "- sopimus PDF-tiedostona ja verkkosivuna (HTML)" : `- ${count} sopimusta PDF-tiedostoina ja kukin myös verkkosivuna (HTML)`),
  reportHtml: "- `report.html`: raportti verkkosivuna kaavioineen",
  csvs: (count) => `- ${count} CSV-tiedostoa: raportin taulukot taulukkolaskentaa varten`,
  manifest: "- `manifest.json`: jokainen tämän julkaisun tiedosto ja jokainen toimitettu sopimus SHA-256-tiivisteineen, jotta kuka tahansa voi myöhemmin tarkistaa, että tiedosto on toimitettu tiedosto",
  cut: "_Raportti on pidempi kuin julkaisun kuvaukseen mahtuu: se jatkuu alla liitetyssä tiedostossa `report.html`._",
};

const sv: ReleaseWords = {
  intro: (year, tag) =>
    `Den årliga inlämningen till finansministeriet av ledningsavtalen för ${year}, registrerad med taggen \`${tag}\`. ` +
    `Filerna nedan är inlämningspaketet, samma filer som kommandot \`agreements package ${year}\` gör.`,
  attached: "Bifogat nedan:",
  pdfs: (count) => (count === 1 ? "- avtalet som PDF och som webbsida (HTML)" : `- de ${count} avtalen som PDF, vart och ett också som webbsida (HTML)`),
  reportHtml: "- `report.html`: rapporten som webbsida med diagram",
  csvs: (count) => `- ${count} CSV-filer: rapportens tabeller för ett kalkylprogram`,
  manifest: "- `manifest.json`: varje fil här och varje inlämnat avtal med sin SHA-256-kontrollsumma, så att vem som helst senare kan kontrollera att en fil är den inlämnade",
  cut: "_Rapporten är längre än en versionsbeskrivning rymmer: den fortsätter i den bifogade filen `report.html`._",
};

const WORDS: Readonly<Record<Language, ReleaseWords>> = { en, fi, sv };

/** The release notes' words in a language (English when none is given). */
export function releaseWords(language: Language | undefined): ReleaseWords {
  return WORDS[language ?? "en"];
}
