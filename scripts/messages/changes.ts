import type { Language, SectionId } from "./types.js";
import { countOf } from "./format.js";

/**
 * The words of the change list (`agreements diff`, `agreements history`, the pull request comment's
 * changes, the brief's changed fields), in the glossary's terms. A sentence that holds something taken from
 * the file gets it as a piece `P` and returns our words and the pieces in the language's order: the caller
 * decides how a piece is printed (quoted, as inline code, escaped), so no value from a file ever passes
 * through these words unescaped.
 */
export type Parts<P> = (string | P)[];

export type EvaluationFieldName = "date" | "rating" | "summary" | "bonus";
export type MeterFieldName = "target" | "baseline" | "unit";
type Status = "modified" | "added" | "removed" | "renamed";

export interface ChangeWords {
  /** The model's four sections, as a goal's section is named. */
  sections: Record<SectionId, string>;
  /** Front-matter fields by their dotted path ("term.end"); a field not named here is shown by its key. */
  fields: Readonly<Record<string, string>>;
  /** A waiver's field: the waiver is named by the rule it silences (an id, a piece as it is written), and the part's name. */
  waiver: <P>(rule: P, part: string | P | undefined) => Parts<P>;
  waiverParts: Readonly<Record<string, string>>;
  evaluationFields: Record<EvaluationFieldName, string>;
  meterFields: Record<MeterFieldName, string>;
  /** Criteria levels in words; a level not named here (and every level in English) is shown as written. */
  levels: Readonly<Record<string, string>>;
  /** An evaluation's rating and bonus values in words; a value not named here (and every value in English) is shown as written. */
  ratings: Readonly<Record<string, string>>;
  bonuses: Readonly<Record<string, string>>;
  groups: { unreadable: string; details: string; goals: string; evaluations: string; text: string };

  fileAdded: string;
  fileRemoved: string;
  fileRenamed: <P>(previous: P) => Parts<P>;
  fileMoved: <P>(previous: P) => Parts<P>;
  andChanged: string;
  layoutOnly: string;
  fileChanged: string;

  unreadable: <P>(side: "before" | "after", line: number, column: number, message: P, rule: P) => Parts<P>;
  unreadableMore: (count: number) => string;

  added: <P>(after: P) => Parts<P>;
  removed: <P>(before: P) => Parts<P>;
  fromTo: <P>(before: P, after: P) => Parts<P>;
  /** "<label>: <change>", the line of a field, a goal's detail or an evaluation's field. */
  labelled: <P>(label: string | Parts<P>, change: Parts<P>) => Parts<P>;

  goalAdded: <P>(title: P, id: P, section: string, common: P | undefined) => Parts<P>;
  goalRemoved: <P>(title: P, id: P, section: string, common: P | undefined) => Parts<P>;
  goalChanged: <P>(title: P, id: P) => Parts<P>;
  retitled: string;
  moved: (before: string, after: string) => string;
  commonGoal: string;
  measureAdded: string;
  measureRemoved: string;
  meterAdded: <P>(name: P, target: P, baseline: P | undefined, unit: P | undefined) => Parts<P>;
  meterRemoved: <P>(name: P, target: P) => Parts<P>;
  meterChanged: <P>(name: P, field: string, change: Parts<P>) => Parts<P>;
  /** `level` is a known level in words (a string) or the level as written in the file (a piece). */
  criterionChanged: <P>(level: string | P, change: Parts<P>) => Parts<P>;

  evaluationChanged: (year: number) => string;
  evaluationAdded: <P>(year: number, rating: P, bonus: P, date: P) => Parts<P>;
  evaluationRemoved: <P>(year: number, rating: P, bonus: P, date: P) => Parts<P>;

  beforeFirstHeading: string;
  sectionAdded: <P>(heading: P, lines: number) => Parts<P>;
  sectionRemoved: <P>(heading: P, lines: number) => Parts<P>;
  headingRenamed: <P>(before: P, after: P) => Parts<P>;
  sectionEdited: <P>(heading: P) => Parts<P>;
  moreLines: (count: number) => string;

  /** The counts of the summary line, by what happened to the file. */
  statuses: Record<Status, string>;
  summary: (count: number, parts: readonly string[]) => string;
  submittedIn: (tags: string) => string;
  containedIn: (tags: string, alsoSubmitted: boolean) => string;
  pullRequest: (number: number) => string;

  diffHeading: (from: string, to: string) => string;
  noneChanged: string;
  historyHeading: (name: string) => string;
  versions: (count: number) => string;
  /** A value that is not there, and one that is there but empty. */
  none: string;
  empty: string;
}

const enLines = (count: number) => countOf("en", count, { one: "line", other: "lines" });

const en: ChangeWords = {
  sections: { common: "common management goals", result: "result goals", leadership: "management and leadership", development: "personal development" },
  fields: {
    id: "id",
    title: "title",
    language: "language",
    ministry: "ministry",
    organisation: "organisation",
    model: "agreement model",
    kind: "kind of post",
    "parties.official.name": "official's name",
    "parties.official.title": "official's title",
    "parties.official.github": "official's GitHub account",
    "parties.superior.name": "superior's name",
    "parties.superior.title": "superior's title",
    "parties.superior.github": "superior's GitHub account",
    "term.start": "term starts",
    "term.end": "term ends",
    cycle: "cycle (yearly instruction)",
    agreed: "agreed on",
  },
  waiver: (rule, part) => ["waiver of rule ", rule, ...(part !== undefined ? [": ", part] : [])],
  waiverParts: { until: "until", reason: "reason", rule: "rule" },
  evaluationFields: { date: "date", rating: "rating", summary: "summary", bonus: "bonus" },
  meterFields: { target: "target", baseline: "baseline", unit: "unit" },
  levels: {},
  ratings: {},
  bonuses: {},
  groups: { unreadable: "Could not be read", details: "Details", goals: "Goals", evaluations: "Evaluations", text: "Text" },
  fileAdded: ": new agreement",
  fileRemoved: ": removed",
  fileRenamed: (previous) => [": renamed from ", previous],
  fileMoved: (previous) => [": moved from ", previous],
  andChanged: ", and changed",
  layoutOnly: ": changed in layout only (the same content)",
  fileChanged: ": changed",
  unreadable: (side, line, column, message, rule) => [
    side === "before" ? "The older version" : "The newer version",
    ` cannot be read, line ${line} column ${column}: `,
    message,
    " (rule ",
    rule,
    ")",
  ],
  unreadableMore: (count) => ` (and ${countOf("en", count, { one: "more problem", other: "more problems" })}; run agreements lint)`,
  added: (after) => ["added ", after],
  removed: (before) => ["removed (was ", before, ")"],
  fromTo: (before, after) => [before, " → ", after],
  labelled: (label, change) => [...(typeof label === "string" ? [label] : label), ": ", ...change],
  goalAdded: (title, id, section, common) => ["Added ", title, " (", id, `, ${section}`, ...(common !== undefined ? [", common goal ", common] : []), ")"],
  goalRemoved: (title, id, section, common) => ["Removed ", title, " (", id, `, ${section}`, ...(common !== undefined ? [", common goal ", common] : []), ")"],
  goalChanged: (title, id) => [title, " (", id, ")"],
  retitled: "title",
  moved: (before, after) => `moved from ${before} to ${after}`,
  commonGoal: "common goal",
  measureAdded: "measure added",
  measureRemoved: "measure removed",
  meterAdded: (name, target, baseline, unit) => [
    "meter added: ",
    name,
    ", target ",
    target,
    ...(baseline !== undefined ? [", baseline ", baseline] : []),
    ...(unit !== undefined ? [", unit ", unit] : []),
  ],
  meterRemoved: (name, target) => ["meter removed: ", name, " (target was ", target, ")"],
  meterChanged: (name, field, change) => ["meter ", name, `, ${field}: `, ...change],
  criterionChanged: (level, change) => ["criterion for ", level, ": ", ...change],
  evaluationChanged: (year) => `${year}:`,
  evaluationAdded: (year, rating, bonus, date) => [`${year} added: rating `, rating, ", bonus ", bonus, ", dated ", date],
  evaluationRemoved: (year, rating, bonus, date) => [`${year} removed: rating `, rating, ", bonus ", bonus, ", dated ", date],
  beforeFirstHeading: "the text before the first heading",
  sectionAdded: (heading, lines) => ["Section ", heading, ` added (${enLines(lines)})`],
  sectionRemoved: (heading, lines) => ["Section ", heading, ` removed (${enLines(lines)})`],
  headingRenamed: (before, after) => ["Heading ", before, " renamed to ", after],
  sectionEdited: (heading) => ["Section ", heading, " edited:"],
  moreLines: (count) => `… and ${count} more changed ${count === 1 ? "line" : "lines"}`,
  statuses: { modified: "changed", added: "new", removed: "removed", renamed: "renamed or moved" },
  summary: (count, parts) => `${countOf("en", count, { one: "agreement", other: "agreements" })}: ${parts.join(", ")}`,
  submittedIn: (tags) => `submitted in ${tags}`,
  containedIn: (tags, alsoSubmitted) => `${alsoSubmitted ? "also contained in" : "contained in"} ${tags}`,
  pullRequest: (number) => `pull request #${number}`,
  diffHeading: (from, to) => `Changes in agreements from ${from} to ${to}`,
  noneChanged: "no agreement changed",
  historyHeading: (name) => `History of ${name}`,
  versions: (count) => `${countOf("en", count, { one: "version", other: "versions" })}, newest first`,
  none: "(none)",
  empty: "(empty)",
};

const fiLines = (count: number) => countOf("fi", count, { one: "rivi", other: "riviä" });

const fi: ChangeWords = {
  sections: {
    common: "valtionhallinnon yhteiset johtamisen tavoitteet",
    result: "tulostavoitteet",
    leadership: "johtaminen ja johtajuus",
    development: "henkilökohtainen kehittyminen",
  },
  fields: {
    id: "tunniste",
    title: "otsikko",
    language: "kieli",
    ministry: "ministeriö",
    organisation: "virasto tai ministeriö",
    model: "sopimusmalli",
    kind: "virkamiehen asema",
    "parties.official.name": "virkamiehen nimi",
    "parties.official.title": "virkamiehen virkanimike",
    "parties.official.github": "virkamiehen GitHub-käyttäjätunnus",
    "parties.superior.name": "esihenkilön nimi",
    "parties.superior.title": "esihenkilön virkanimike",
    "parties.superior.github": "esihenkilön GitHub-käyttäjätunnus",
    "term.start": "toimikausi alkaa",
    "term.end": "toimikausi päättyy",
    cycle: "vuoden ohje",
    agreed: "sovittu (johtamiskeskustelun päivä)",
  },
  waiver: (rule, part) => ["poikkeus tarkistukseen ", rule, ...(part !== undefined ? [": ", part] : [])],
  waiverParts: { until: "voimassa asti", reason: "peruste", rule: "tarkistus" },
  evaluationFields: { date: "päivä", rating: "arvio", summary: "yhteenveto", bonus: "tulospalkkio" },
  meterFields: { target: "tavoitetaso", baseline: "lähtötaso", unit: "yksikkö" },
  levels: { excellent: "erinomainen", good: "hyvä", satisfactory: "tyydyttävä", poor: "heikko" },
  ratings: { excellent: "erinomainen", good: "hyvä", satisfactory: "tyydyttävä", poor: "heikko" },
  bonuses: { none: "ei tulospalkkiota", proposed: "ehdotettu", granted: "myönnetty", "not-granted": "ei myönnetty" },
  groups: { unreadable: "Ei voitu lukea", details: "Tiedot", goals: "Tavoitteet", evaluations: "Onnistumisen arvioinnit", text: "Teksti" },
  fileAdded: ": uusi sopimus",
  fileRemoved: ": poistettu",
  fileRenamed: (previous) => [": nimetty uudelleen, aiempi nimi ", previous],
  fileMoved: (previous) => [": siirretty, aiempi sijainti ", previous],
  andChanged: ", ja sitä on muutettu",
  layoutOnly: ": vain muotoilua on muutettu (sisältö on sama)",
  fileChanged: ": muutettu",
  unreadable: (side, line, column, message, rule) => [
    side === "before" ? "Vanhempaa versiota" : "Uudempaa versiota",
    ` ei voi lukea, rivi ${line} sarake ${column}: `,
    message,
    " (sääntö ",
    rule,
    ")",
  ],
  unreadableMore: (count) => ` (ja ${countOf("fi", count, { one: "muu ongelma", other: "muuta ongelmaa" })}; komento agreements lint näyttää kaikki)`,
  added: (after) => ["lisätty ", after],
  removed: (before) => ["poistettu (oli ", before, ")"],
  fromTo: (before, after) => [before, " → ", after],
  labelled: (label, change) => [...(typeof label === "string" ? [label] : label), ": ", ...change],
  goalAdded: (title, id, section, common) => ["Lisätty tavoite ", title, " (", id, `, ${section}`, ...(common !== undefined ? [", yhteinen tavoite ", common] : []), ")"],
  goalRemoved: (title, id, section, common) => ["Poistettu tavoite ", title, " (", id, `, ${section}`, ...(common !== undefined ? [", yhteinen tavoite ", common] : []), ")"],
  goalChanged: (title, id) => [title, " (", id, ")"],
  retitled: "otsikko",
  // "osiosta … osioon …" would need the section names inflected: an arrow keeps them in the basic form.
  moved: (before, after) => `siirretty toiseen osioon: ${before} → ${after}`,
  commonGoal: "yhteinen johtamisen tavoite",
  measureAdded: "kehittämistoimenpide lisätty",
  measureRemoved: "kehittämistoimenpide poistettu",
  meterAdded: (name, target, baseline, unit) => [
    "mittari lisätty: ",
    name,
    ", tavoitetaso ",
    target,
    ...(baseline !== undefined ? [", lähtötaso ", baseline] : []),
    ...(unit !== undefined ? [", yksikkö ", unit] : []),
  ],
  meterRemoved: (name, target) => ["mittari poistettu: ", name, " (tavoitetaso oli ", target, ")"],
  meterChanged: (name, field, change) => ["mittari ", name, `, ${field}: `, ...change],
  criterionChanged: (level, change) => ["kriteeri (", level, "): ", ...change],
  evaluationChanged: (year) => `Vuoden ${year} arviointi:`,
  evaluationAdded: (year, rating, bonus, date) => [`Vuoden ${year} arviointi lisätty: arvio `, rating, ", tulospalkkio ", bonus, ", päivätty ", date],
  evaluationRemoved: (year, rating, bonus, date) => [`Vuoden ${year} arviointi poistettu: arvio `, rating, ", tulospalkkio ", bonus, ", päivätty ", date],
  beforeFirstHeading: "ensimmäistä otsikkoa edeltävä teksti",
  sectionAdded: (heading, lines) => ["Osio ", heading, ` lisätty (${fiLines(lines)})`],
  sectionRemoved: (heading, lines) => ["Osio ", heading, ` poistettu (${fiLines(lines)})`],
  headingRenamed: (before, after) => ["Otsikko ", before, " muutettu: ", after],
  sectionEdited: (heading) => ["Osiota ", heading, " muokattu:"],
  moreLines: (count) => `… ja ${countOf("fi", count, { one: "muu muutettu rivi", other: "muuta muutettua riviä" })}`,
  statuses: { modified: "muutettu", added: "uusi", removed: "poistettu", renamed: "nimetty uudelleen tai siirretty" },
  summary: (count, parts) => `${countOf("fi", count, { one: "sopimus", other: "sopimusta" })}: ${parts.join(", ")}`,
  submittedIn: (tags) => `toimitettu valtiovarainministeriöön: ${tags}`,
  containedIn: (tags, alsoSubmitted) => `${alsoSubmitted ? "mukana myös" : "mukana"}: ${tags}`,
  pullRequest: (number) => `muutosehdotus #${number}`,
  diffHeading: (from, to) => `Sopimusten muutokset: ${from} → ${to}`,
  noneChanged: "yhtään sopimusta ei muutettu",
  historyHeading: (name) => `Sopimuksen ${name} historia`,
  versions: (count) => `${countOf("fi", count, { one: "versio", other: "versiota" })}, uusin ensin`,
  none: "(ei arvoa)",
  empty: "(tyhjä)",
};

const svLines = (count: number) => countOf("sv", count, { one: "rad", other: "rader" });

const sv: ChangeWords = {
  sections: {
    common: "statsförvaltningens gemensamma mål för ledningen",
    result: "resultatmål",
    leadership: "ledning och ledarskap",
    development: "personlig utveckling",
  },
  fields: {
    id: "id",
    title: "rubrik",
    language: "språk",
    ministry: "ministerium",
    organisation: "ämbetsverk eller ministerium",
    model: "avtalsmodell",
    kind: "tjänstemannens ställning",
    "parties.official.name": "tjänstemannens namn",
    "parties.official.title": "tjänstemannens tjänstebeteckning",
    "parties.official.github": "tjänstemannens användarnamn på GitHub",
    "parties.superior.name": "den överordnades namn",
    "parties.superior.title": "den överordnades tjänstebeteckning",
    "parties.superior.github": "den överordnades användarnamn på GitHub",
    "term.start": "mandatperioden börjar",
    "term.end": "mandatperioden slutar",
    cycle: "årets anvisning",
    agreed: "avtalat (ledningsdiskussionens datum)",
  },
  waiver: (rule, part) => ["undantag från kontrollen ", rule, ...(part !== undefined ? [": ", part] : [])],
  waiverParts: { until: "gäller till", reason: "skäl", rule: "kontroll" },
  evaluationFields: { date: "datum", rating: "bedömning", summary: "sammanfattning", bonus: "resultatpremie" },
  meterFields: { target: "målnivå", baseline: "utgångsnivå", unit: "enhet" },
  levels: { excellent: "utmärkt", good: "god", satisfactory: "nöjaktig", poor: "svag" },
  ratings: { excellent: "utmärkt", good: "god", satisfactory: "nöjaktig", poor: "svag" },
  bonuses: { none: "ingen resultatpremie", proposed: "föreslagen", granted: "beviljad", "not-granted": "inte beviljad" },
  groups: { unreadable: "Kunde inte läsas", details: "Uppgifter", goals: "Mål", evaluations: "Utvärderingar av framgången", text: "Text" },
  fileAdded: ": nytt avtal",
  fileRemoved: ": borttaget",
  fileRenamed: (previous) => [": nytt namn, tidigare ", previous],
  fileMoved: (previous) => [": flyttat, tidigare ", previous],
  andChanged: ", och ändrat",
  layoutOnly: ": ändrat endast i formen (samma innehåll)",
  fileChanged: ": ändrat",
  unreadable: (side, line, column, message, rule) => [
    side === "before" ? "Den äldre versionen" : "Den nyare versionen",
    ` kan inte läsas, rad ${line} kolumn ${column}: `,
    message,
    " (regel ",
    rule,
    ")",
  ],
  unreadableMore: (count) => ` (och ${countOf("sv", count, { one: "problem", other: "problem" })} till; kommandot agreements lint visar alla)`,
  added: (after) => ["tillagt ", after],
  removed: (before) => ["borttaget (var ", before, ")"],
  fromTo: (before, after) => [before, " → ", after],
  labelled: (label, change) => [...(typeof label === "string" ? [label] : label), ": ", ...change],
  goalAdded: (title, id, section, common) => ["Nytt mål ", title, " (", id, `, ${section}`, ...(common !== undefined ? [", gemensamt mål ", common] : []), ")"],
  goalRemoved: (title, id, section, common) => ["Borttaget mål ", title, " (", id, `, ${section}`, ...(common !== undefined ? [", gemensamt mål ", common] : []), ")"],
  goalChanged: (title, id) => [title, " (", id, ")"],
  retitled: "rubrik",
  moved: (before, after) => `flyttat till ett annat avsnitt: ${before} → ${after}`,
  commonGoal: "gemensamt mål för ledningen",
  measureAdded: "utvecklingsåtgärd tillagd",
  measureRemoved: "utvecklingsåtgärd borttagen",
  meterAdded: (name, target, baseline, unit) => [
    "mätare tillagd: ",
    name,
    ", målnivå ",
    target,
    ...(baseline !== undefined ? [", utgångsnivå ", baseline] : []),
    ...(unit !== undefined ? [", enhet ", unit] : []),
  ],
  meterRemoved: (name, target) => ["mätare borttagen: ", name, " (målnivån var ", target, ")"],
  meterChanged: (name, field, change) => ["mätare ", name, `, ${field}: `, ...change],
  criterionChanged: (level, change) => ["kriterium (", level, "): ", ...change],
  evaluationChanged: (year) => `Utvärderingen för ${year}:`,
  evaluationAdded: (year, rating, bonus, date) => [`Utvärderingen för ${year} tillagd: bedömning `, rating, ", resultatpremie ", bonus, ", daterad ", date],
  evaluationRemoved: (year, rating, bonus, date) => [`Utvärderingen för ${year} borttagen: bedömning `, rating, ", resultatpremie ", bonus, ", daterad ", date],
  beforeFirstHeading: "texten före den första rubriken",
  sectionAdded: (heading, lines) => ["Avsnittet ", heading, ` tillagt (${svLines(lines)})`],
  sectionRemoved: (heading, lines) => ["Avsnittet ", heading, ` borttaget (${svLines(lines)})`],
  headingRenamed: (before, after) => ["Rubriken ", before, " ändrad till ", after],
  sectionEdited: (heading) => ["Avsnittet ", heading, " redigerat:"],
  moreLines: (count) => `… och ${countOf("sv", count, { one: "ändrad rad", other: "ändrade rader" })} till`,
  statuses: { modified: "ändrat", added: "nytt", removed: "borttaget", renamed: "nytt namn eller flyttat" },
  summary: (count, parts) => `${countOf("sv", count, { one: "avtal", other: "avtal" })}: ${parts.join(", ")}`,
  submittedIn: (tags) => `inlämnat till finansministeriet: ${tags}`,
  containedIn: (tags, alsoSubmitted) => `${alsoSubmitted ? "finns också i" : "finns i"} ${tags}`,
  pullRequest: (number) => `ändringsförslag #${number}`,
  diffHeading: (from, to) => `Ändringar i avtalen från ${from} till ${to}`,
  noneChanged: "inget avtal ändrades",
  historyHeading: (name) => `Historik för ${name}`,
  versions: (count) => `${countOf("sv", count, { one: "version", other: "versioner" })}, nyaste först`,
  none: "(inget)",
  empty: "(tomt)",
};

const WORDS: Readonly<Record<Language, ChangeWords>> = { en, fi, sv };

/** A word looked up by a key that may come from a file: only the table's own entries ("constructor" is not one). */
export function wordFor(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The change list's words in a language (English when none is given: the library's own default). */
export function changeWords(language: Language | undefined): ChangeWords {
  return WORDS[language ?? "en"];
}

/**
 * A front-matter field ("term.end", "waivers[schema].until") by its name in the language, as the change list
 * and the brief show it. What comes from the file (a waiver's rule, a key the change list has no name for) is
 * a piece made by `piece`, so each format escapes it as it escapes any value.
 */
export function fieldLabel<P>(field: string, language: Language | undefined, piece: (raw: string) => P): Parts<P> {
  const words = changeWords(language);
  const known = wordFor(words.fields, field);
  if (known !== undefined) return [known];
  const waiver = /^waivers\[(.+?)\](?:\.(\w+))?$/.exec(field);
  if (waiver) {
    const part = waiver[2];
    return words.waiver(piece(waiver[1]!), part === undefined ? undefined : (wordFor(words.waiverParts, part) ?? piece(part)));
  }
  return [piece(field)];
}

/** The field's name as plain text (for a medium that escapes the whole line, such as the brief's HTML). */
export function fieldName(field: string, language: Language | undefined): string {
  return fieldLabel(field, language, (raw) => raw).join("");
}

/** Fields whose values are dates: shown the local way (30.4.2020) in Finnish and Swedish. */
export function isDateField(field: string): boolean {
  return field === "agreed" || field === "term.start" || field === "term.end" || field === "date" || /^waivers\[.+?\]\.until$/.test(field);
}
