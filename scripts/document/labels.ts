import { countOf, localDate } from "../messages/format.js";
import type { Bonus, Language, Rating, SectionId } from "../model/types.js";

/**
 * Every word a rendered agreement or brief shows, in the agreement's language. The section titles and
 * the ministry's terms are those of GLOSSARY.md (the 2020 instruction's Swedish, the ministry's Finnish).
 */
export interface DocumentLabels {
  sections: Record<SectionId, string>;
  evaluation: string;
  legacyGoals: string;
  legacyNotice: string;
  bodyText: string;
  signatures: string;
  organisation: string;
  official: string;
  superior: string;
  term: string;
  cycle: string;
  agreed: string;
  facts: string;
  measures: string;
  meters: (goal: string) => string;
  meter: string;
  baseline: string;
  target: string;
  unit: string;
  criteria: string;
  criteriaLevels: Record<"excellent" | "good" | "satisfactory" | "poor", string>;
  noGoals: string;
  year: string;
  date: string;
  summary: string;
  rating: string;
  bonus: string;
  ratings: Record<Rating, string>;
  bonuses: Record<Bonus, string>;
  noEvaluations: string;
  evaluationsCaption: string;
  place: string;
  name: string;
  title: string;
  partyRole: Record<"official" | "superior", string>;
  restrictedNotice: string;
  /** Under a public document's evaluations: what is left out, and where it is. */
  restrictedLeftOut: string;
  page: string;
  /** Brief */
  briefTitle: (title: string) => string;
  briefFacts: (today: string) => string;
  changesSince: (ref: string) => string;
  changes: string;
  noChanges: string;
  noBaseline: string;
  goalsAndMeters: string;
  goal: string;
  lastEvaluation: string;
  requires: (cycle: number) => string;
  commonGoalsToChoose: string;
  chosen: string;
  notChosen: string;
  bonusNeedsMeters: string;
  bonusNoMeters: string;
  deadlines: string;
  deadline: string;
  daysLeft: (days: number) => string;
  daysLeftColumn: string;
  openPoints: string;
  noOpenPoints: string;
  toBeFilled: (line: number) => string;
  finding: (line: number, column: number, message: string) => string;
  changeLines: {
    goalAdded: string;
    goalRemoved: string;
    goalChanged: string;
    evaluationAdded: (year: number) => string;
    evaluationRemoved: (year: number) => string;
    evaluationChanged: (year: number) => string;
    field: (name: string) => string;
    text: (heading: string) => string;
    fileAdded: string;
    meterTarget: (name: string, before: string, after: string) => string;
  };
  notInRepositoryThen: string;
  noEarlier: string;
}

const dash = "–";

export const DOCUMENT_LABELS: Record<Language, DocumentLabels> = {
  fi: {
    sections: {
      common: "Valtionhallinnon yhteiset johtamisen tavoitteet",
      result: "Tulostavoitteet",
      leadership: "Johtaminen ja johtajuus",
      development: "Henkilökohtainen kehittyminen",
    },
    evaluation: "Onnistumisen arviointi",
    legacyGoals: "Tavoitteet",
    legacyNotice: "Sopimus on laadittu vanhemman mallin mukaan; tavoitteet näytetään sellaisinaan.",
    bodyText: "Sopimusteksti",
    signatures: "Allekirjoitukset",
    organisation: "Organisaatio",
    official: "Virkamies",
    superior: "Esimies",
    term: "Toimikausi",
    cycle: "Vuoden ohje",
    agreed: "Sovittu",
    facts: "Sopimuksen tiedot",
    measures: "Kehittämistoimenpiteet",
    meters: (goal) => `Mittarit: ${goal}`,
    meter: "Mittari",
    baseline: "Lähtötaso",
    target: "Tavoitetaso",
    unit: "Yksikkö",
    criteria: "Kriteerit",
    criteriaLevels: { excellent: "Erinomainen", good: "Hyvä", satisfactory: "Tyydyttävä", poor: "Heikko" },
    noGoals: "Tähän osioon ei ole kirjattu tavoitteita.",
    year: "Vuosi",
    date: "Päivämäärä",
    summary: "Yhteenveto",
    rating: "Arvio",
    bonus: "Tulospalkkioehdotus",
    ratings: { excellent: "erinomainen", good: "hyvä", satisfactory: "tyydyttävä", poor: "heikko", "to-be-filled": "TÄYDENNETTÄVÄ" },
    bonuses: { none: "ei tulospalkkiota", proposed: "ehdotettu", granted: "myönnetty", "not-granted": "ei myönnetty", "to-be-filled": "TÄYDENNETTÄVÄ" },
    noEvaluations: "Arviointeja ei ole kirjattu.",
    evaluationsCaption: "Onnistumisen arvioinnit",
    place: "Paikka",
    name: "Nimi",
    title: "Virka-asema",
    partyRole: { official: "Virkamies", superior: "Esimies" },
    restrictedNotice: "Luottamuksellinen: sisältää arviointien yhteenvedot, arviot ja tulospalkkioehdotukset (henkilötietoja). Ei julkaistavaksi.",
    restrictedLeftOut: "Arviointien yhteenvedot, arviot ja tulospalkkioehdotukset ovat henkilötietoja: ne ovat vain luottamuksellisessa versiossa.",
    page: "Sivu",
    briefTitle: (title) => `Johtamiskeskustelun tausta-aineisto: ${title}`,
    briefFacts: (today) => `Tilanne ${localDate(today, "fi")}`,
    changesSince: (ref) => `Muutokset versioon ${ref} nähden`,
    changes: "Muutokset",
    noChanges: "Ei muutoksia.",
    noBaseline: dash,
    goalsAndMeters: "Tavoitteet ja mittarit",
    goal: "Tavoite",
    lastEvaluation: "Viimeisin onnistumisen arviointi",
    requires: (cycle) => `Mitä vuoden ${cycle} ohje edellyttää`,
    commonGoalsToChoose: "Valittavat valtionhallinnon yhteiset johtamisen tavoitteet",
    chosen: "valittu",
    notChosen: "ei valittu",
    bonusNeedsMeters: "Tulospalkkiojärjestelmä edellyttää, että jokaisella tavoitteella on selkeät mittarit ja kriteerit.",
    bonusNoMeters: "Tämän vuoden ohje ei edellytä mittareita ja kriteerejä tulospalkkiota varten.",
    deadlines: "Määräajat",
    deadline: "Määräaika",
    daysLeft: (days) => (days > 0 ? `${countOf("fi", days, { one: "päivä", other: "päivää" })} jäljellä` : days === 0 ? "tänään" : `${countOf("fi", -days, { one: "päivä", other: "päivää" })} myöhässä`),
    daysLeftColumn: "Aikaa jäljellä",
    openPoints: "Avoimet kohdat",
    noOpenPoints: "Ei avoimia kohtia.",
    toBeFilled: (line) => `Rivillä ${line} on vielä kohta TO BE FILLED.`,
    finding: (line, column, message) => `Rivi ${line}, sarake ${column}: ${message}`,
    changeLines: {
      goalAdded: "Uusi tavoite",
      goalRemoved: "Poistettu tavoite",
      goalChanged: "Muutettu tavoite",
      evaluationAdded: (year) => `Uusi arviointi vuodelta ${year}`,
      evaluationRemoved: (year) => `Poistettu arviointi vuodelta ${year}`,
      evaluationChanged: (year) => `Muutettu arviointi vuodelta ${year}`,
      field: (name) => `Muutettu tieto: ${name}`,
      text: (heading) => `Muutettu teksti: ${heading}`,
      fileAdded: "Sopimus on uusi.",
      meterTarget: (name, before, after) => `${name}: tavoitetaso ${before} → ${after}`,
    },
    notInRepositoryThen: "Sopimusta ei ollut silloin olemassa.",
    noEarlier: "Aiempaa toimitusta (tunnistetta submission-vuosi) ei löytynyt. Anna vertailukohta valinnalla --since.",
  },
  sv: {
    sections: {
      common: "Statsförvaltningens gemensamma mål för ledningen",
      result: "Resultatmål",
      leadership: "Ledning och ledarskap",
      development: "Personlig utveckling",
    },
    evaluation: "Utvärdering av framgången",
    legacyGoals: "Mål",
    legacyNotice: "Avtalet följer en äldre modell; målen visas som de är.",
    bodyText: "Avtalets text",
    signatures: "Underskrifter",
    organisation: "Organisation",
    official: "Tjänsteman",
    superior: "Överordnad",
    term: "Mandatperiod",
    cycle: "Årets anvisning",
    agreed: "Överenskommet",
    facts: "Uppgifter om avtalet",
    measures: "Utvecklingsåtgärder",
    meters: (goal) => `Mätare: ${goal}`,
    meter: "Mätare",
    baseline: "Utgångsnivå",
    target: "Målnivå",
    unit: "Enhet",
    criteria: "Kriterier",
    criteriaLevels: { excellent: "Utmärkt", good: "God", satisfactory: "Nöjaktig", poor: "Svag" },
    noGoals: "Inga mål i denna del.",
    year: "År",
    date: "Datum",
    summary: "Sammanfattning",
    rating: "Bedömning",
    bonus: "Förslag till resultatpremie",
    ratings: { excellent: "utmärkt", good: "god", satisfactory: "nöjaktig", poor: "svag", "to-be-filled": "ATT FYLLA I" },
    bonuses: { none: "ingen resultatpremie", proposed: "föreslagen", granted: "beviljad", "not-granted": "inte beviljad", "to-be-filled": "ATT FYLLA I" },
    noEvaluations: "Inga utvärderingar.",
    evaluationsCaption: "Utvärderingar av framgången",
    place: "Ort",
    name: "Namn",
    title: "Befattning",
    partyRole: { official: "Tjänsteman", superior: "Överordnad" },
    restrictedNotice: "Konfidentiellt: innehåller utvärderingarnas sammanfattningar, bedömningar och förslag till resultatpremie (personuppgifter). Får inte publiceras.",
    restrictedLeftOut: "Utvärderingarnas sammanfattningar, bedömningar och förslag till resultatpremie är personuppgifter: de finns bara i den konfidentiella versionen.",
    page: "Sida",
    briefTitle: (title) => `Underlag för ledningsdiskussionen: ${title}`,
    briefFacts: (today) => `Läget den ${localDate(today, "sv")}`,
    changesSince: (ref) => `Ändringar sedan ${ref}`,
    changes: "Ändringar",
    noChanges: "Inga ändringar.",
    noBaseline: dash,
    goalsAndMeters: "Mål och mätare",
    goal: "Mål",
    lastEvaluation: "Senaste utvärdering av framgången",
    requires: (cycle) => `Vad anvisningen för ${cycle} kräver`,
    commonGoalsToChoose: "Statsförvaltningens gemensamma mål för ledningen att välja bland",
    chosen: "valt",
    notChosen: "inte valt",
    bonusNeedsMeters: "Resultatpremiesystemet kräver tydliga mätare och kriterier för varje mål.",
    bonusNoMeters: "Årets anvisning kräver inga mätare och kriterier för resultatpremien.",
    deadlines: "Tidsfrister",
    deadline: "Tidsfrist",
    daysLeft: (days) => (days > 0 ? `${countOf("sv", days, { one: "dag", other: "dagar" })} kvar` : days === 0 ? "i dag" : `${countOf("sv", -days, { one: "dag", other: "dagar" })} försenat`),
    daysLeftColumn: "Tid kvar",
    openPoints: "Öppna punkter",
    noOpenPoints: "Inga öppna punkter.",
    toBeFilled: (line) => `Rad ${line} har ännu TO BE FILLED.`,
    finding: (line, column, message) => `Rad ${line}, kolumn ${column}: ${message}`,
    changeLines: {
      goalAdded: "Nytt mål",
      goalRemoved: "Borttaget mål",
      goalChanged: "Ändrat mål",
      evaluationAdded: (year) => `Ny utvärdering för ${year}`,
      evaluationRemoved: (year) => `Borttagen utvärdering för ${year}`,
      evaluationChanged: (year) => `Ändrad utvärdering för ${year}`,
      field: (name) => `Ändrad uppgift: ${name}`,
      text: (heading) => `Ändrad text: ${heading}`,
      fileAdded: "Avtalet är nytt.",
      meterTarget: (name, before, after) => `${name}: målnivå ${before} → ${after}`,
    },
    notInRepositoryThen: "Avtalet fanns inte då.",
    noEarlier: "Ingen tidigare inlämning (taggen submission-år) hittades. Ange vad som ska jämföras med --since.",
  },
  en: {
    sections: {
      common: "Common management goals",
      result: "Result goals",
      leadership: "Management and leadership",
      development: "Personal development",
    },
    evaluation: "Evaluation of success",
    legacyGoals: "Goals",
    legacyNotice: "This agreement follows an older model; its goals are shown as they are.",
    bodyText: "Text of the agreement",
    signatures: "Signatures",
    organisation: "Organisation",
    official: "Official",
    superior: "Superior",
    term: "Term",
    cycle: "Yearly instruction",
    agreed: "Agreed",
    facts: "About the agreement",
    measures: "Development measures",
    meters: (goal) => `Meters: ${goal}`,
    meter: "Meter",
    baseline: "Baseline",
    target: "Target",
    unit: "Unit",
    criteria: "Criteria",
    criteriaLevels: { excellent: "Excellent", good: "Good", satisfactory: "Satisfactory", poor: "Poor" },
    noGoals: "No goals in this section.",
    year: "Year",
    date: "Date",
    summary: "Summary",
    rating: "Rating",
    bonus: "Bonus proposal",
    ratings: { excellent: "excellent", good: "good", satisfactory: "satisfactory", poor: "poor", "to-be-filled": "TO BE FILLED" },
    bonuses: { none: "no result bonus", proposed: "proposed", granted: "granted", "not-granted": "not granted", "to-be-filled": "TO BE FILLED" },
    noEvaluations: "No evaluations yet.",
    evaluationsCaption: "Evaluations of success",
    place: "Place",
    name: "Name",
    title: "Title",
    partyRole: { official: "Official", superior: "Superior" },
    restrictedNotice: "Restricted: holds the evaluations' summaries, ratings and bonus proposals (personal data). Not to be published.",
    restrictedLeftOut: "The evaluations' summaries, ratings and bonus proposals are personal data: they are only in the restricted version.",
    page: "Page",
    briefTitle: (title) => `Brief for the management discussion: ${title}`,
    briefFacts: (today) => `Situation on ${today}`,
    changesSince: (ref) => `Changes since ${ref}`,
    changes: "Changes",
    noChanges: "No changes.",
    noBaseline: dash,
    goalsAndMeters: "Goals and meters",
    goal: "Goal",
    lastEvaluation: "Last evaluation of success",
    requires: (cycle) => `What the ${cycle} instruction requires`,
    commonGoalsToChoose: "Common management goals to choose from",
    chosen: "chosen",
    notChosen: "not chosen",
    bonusNeedsMeters: "The result bonus system needs clear meters and criteria on every goal.",
    bonusNoMeters: "This year's instruction does not require meters and criteria for the result bonus.",
    deadlines: "Deadlines",
    deadline: "Deadline",
    daysLeft: (days) => (days > 0 ? `${countOf("en", days, { one: "day", other: "days" })} left` : days === 0 ? "today" : `${countOf("en", -days, { one: "day", other: "days" })} late`),
    daysLeftColumn: "Time left",
    openPoints: "Open points",
    noOpenPoints: "No open points.",
    toBeFilled: (line) => `Line ${line} still says TO BE FILLED.`,
    finding: (line, column, message) => `Line ${line}, column ${column}: ${message}`,
    changeLines: {
      goalAdded: "New goal",
      goalRemoved: "Goal removed",
      goalChanged: "Goal changed",
      evaluationAdded: (year) => `New evaluation for ${year}`,
      evaluationRemoved: (year) => `Evaluation for ${year} removed`,
      evaluationChanged: (year) => `Evaluation for ${year} changed`,
      field: (name) => `Changed: ${name}`,
      text: (heading) => `Text changed: ${heading}`,
      fileAdded: "The agreement is new.",
      meterTarget: (name, before, after) => `${name}: target ${before} → ${after}`,
    },
    notInRepositoryThen: "The agreement did not exist then.",
    noEarlier: "No earlier submission (a tag submission-<year>) was found. Give the version to compare with --since.",
  },
};
