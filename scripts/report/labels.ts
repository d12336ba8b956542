import { localDate } from "../messages/format.js";
import type { Bonus, Language, MinistryCode, Rating, SectionId } from "../model/types.js";
import { MINISTRY_CODES, MINISTRY_NAMES } from "../model/ministries.js";
import type { Kind, SectorCode, SectorStatus } from "./model.js";

/** Every word a rendered report shows, in one language. Goal titles come from the catalogue instead. */
export interface Labels {
  reportTitle(cycle: number): string;
  situationOn(today: string): string;
  /** A date as people of this language write it (30.4.2020 in fi and sv); files and CSV data keep ISO where they are data. */
  date(iso: string): string;
  instruction: string;
  deadline: string;
  daysLeft(days: number): string;
  noDeadline: string;
  restrictedNotice: string;
  generatedBy: string;
  none: string;
  notApplicable: string;
  yes: string;
  no: string;

  sections: {
    update: string;
    coverage: string;
    goals: string;
    bonus: string;
    evaluations: string;
    findings: string;
    agreements: string;
    people: string;
  };
  captions: {
    update(cycle: number): string;
    coverage: string;
    goalMatrix: string;
    unusedGoals: string;
    bonus: string;
    goalsNotReady: string;
    evaluations: string;
    findings: string;
    agreements: string;
    unreadable: string;
    people: string;
    updateChart(cycle: number): string;
    modelChart: string;
    heatMap: string;
  };
  columns: {
    sector: string;
    files: string;
    unreadable: string;
    agreements: string;
    updated(cycle: number): string;
    notUpdated: string;
    placeholders: string;
    evaluationPresent(year: number): string;
    evaluationMissing(year: number): string;
    agreedAfterDeadline: string;
    status: string;
    withoutCommonGoal: string;
    goal: string;
    goalId: string;
    total: string;
    totalWithSubGoals: string;
    goals: string;
    ready: string;
    notReady: string;
    year: string;
    evaluations: string;
    bonusProposals: string;
    rule: string;
    errors: string;
    warnings: string;
    file: string;
    title: string;
    organisation: string;
    model: string;
    kind: string;
    cycle: string;
    agreed: string;
    updatedShort: string;
    evaluation: string;
    commonGoals: string;
    section: string;
    missing: string;
    official: string;
    officialTitle: string;
    rating: string;
    bonus: string;
  };
  models: Record<"2017" | "legacy", string>;
  kinds: Record<Kind, string>;
  statuses: Record<SectorStatus, string>;
  sectionNames: Record<SectionId, string>;
  missingParts: Record<"meters" | "criteria", string>;
  ratings: Record<Rating, string>;
  bonuses: Record<Bonus, string>;
  total: string;
  catalogueFiles: string;
  ministries: Record<SectorCode, string>;
}

/** The ministries' own names, shared with the scaffold so the two can never disagree. */
const ministryNames = (language: Language) => Object.fromEntries(MINISTRY_CODES.map((code) => [code, MINISTRY_NAMES[code][language]])) as Record<MinistryCode, string>;

const en: Labels = {
  reportTitle: (cycle) => `Management agreements: report for the ${cycle} cycle`,
  situationOn: (today) => `Situation on ${today}`,
  date: (iso) => localDate(iso, "en"),
  instruction: "Instruction",
  deadline: "Deadline",
  daysLeft: (days) => (days === 0 ? "today" : days > 0 ? `${days} ${days === 1 ? "day" : "days"} left` : `${-days} ${days === -1 ? "day" : "days"} ago`),
  noDeadline: "The instruction names no update deadline.",
  restrictedNotice: "Restricted: this report contains personal data (ratings and bonus proposals per person). Do not publish it.",
  generatedBy: "Made by agreements report from the agreement files as they stand.",
  none: "None.",
  notApplicable: "–",
  yes: "yes",
  no: "no",
  sections: {
    update: "Update for the cycle",
    coverage: "Agreements per administrative sector",
    goals: "Common management goals",
    bonus: "Readiness for the result bonus",
    evaluations: "Evaluations and bonus proposals",
    findings: "Lint findings",
    agreements: "Agreements",
    people: "Ratings and bonus proposals per person",
  },
  captions: {
    update: (cycle) => `Update for the ${cycle} cycle per administrative sector`,
    coverage: "Agreements per administrative sector, by model and kind of official",
    goalMatrix: "Agreements choosing each common goal, per administrative sector",
    unusedGoals: "Common goals that no agreement uses",
    bonus: "Goals with and without meters and criteria, per administrative sector",
    goalsNotReady: "Goals without meters or criteria",
    evaluations: "Evaluations and bonus proposals per year (counts only)",
    findings: "Lint findings per administrative sector and rule",
    agreements: "Agreements",
    unreadable: "Agreement files that could not be read",
    people: "Ratings and bonus proposals per person",
    updateChart: (cycle) => `Agreements updated for the ${cycle} cycle, per administrative sector`,
    modelChart: "Agreements on the 2017 model and on an older model, per administrative sector",
    heatMap: "Common goals chosen, per goal and administrative sector",
  },
  columns: {
    sector: "Administrative sector",
    files: "Agreement files",
    unreadable: "Unreadable",
    agreements: "Agreements",
    updated: (cycle) => `Updated for ${cycle}`,
    notUpdated: "Not updated",
    placeholders: "To be filled in",
    evaluationPresent: (year) => `Evaluation ${year} present`,
    evaluationMissing: (year) => `Evaluation ${year} missing`,
    agreedAfterDeadline: "Agreed after the deadline",
    status: "Status",
    withoutCommonGoal: "Without a common goal",
    goal: "Goal",
    goalId: "Goal id",
    total: "Total",
    totalWithSubGoals: "Total with sub-goals",
    goals: "Goals",
    ready: "With meters and criteria",
    notReady: "Without meters or criteria",
    year: "Year",
    evaluations: "Evaluations",
    bonusProposals: "Bonus proposals",
    rule: "Rule",
    errors: "Errors",
    warnings: "Warnings",
    file: "File",
    title: "Title",
    organisation: "Organisation",
    model: "Model",
    kind: "Official",
    cycle: "Cycle",
    agreed: "Agreed",
    updatedShort: "Updated",
    evaluation: "Evaluation",
    commonGoals: "Common goals",
    section: "Section",
    missing: "Missing",
    official: "Name",
    officialTitle: "Title of the official",
    rating: "Rating",
    bonus: "Bonus",
  },
  models: { "2017": "2017 model", legacy: "Older model" },
  kinds: { "ministry-head": "Permanent or state secretary", "agency-head": "Agency head", "director-general": "Director-general", other: "Other" },
  statuses: { complete: "Complete", open: "In progress", overdue: "Overdue", empty: "No agreements" },
  sectionNames: { common: "Common goal", result: "Result goal", leadership: "Management and leadership", development: "Personal development" },
  missingParts: { meters: "meters", criteria: "criteria" },
  ratings: { excellent: "excellent", good: "good", satisfactory: "satisfactory", poor: "poor", "to-be-filled": "to be filled in" },
  bonuses: { none: "none", proposed: "proposed", granted: "granted", "not-granted": "not granted", "to-be-filled": "to be filled in" },
  total: "Total",
  catalogueFiles: "Goal catalogues",
  ministries: { ...ministryNames("en"), unknown: "Unknown sector" },
};

const sv: Labels = {
  reportTitle: (cycle) => `Ledningsavtal: rapport för omgången ${cycle}`,
  situationOn: (today) => `Läget den ${localDate(today, "sv")}`,
  date: (iso) => localDate(iso, "sv"),
  instruction: "Anvisning",
  deadline: "Tidsfrist",
  daysLeft: (days) => (days === 0 ? "i dag" : days > 0 ? `${days} ${days === 1 ? "dag" : "dagar"} kvar` : `för ${-days} ${days === -1 ? "dag" : "dagar"} sedan`),
  noDeadline: "Anvisningen anger ingen tidsfrist för uppdateringen.",
  restrictedNotice: "Begränsad: rapporten innehåller personuppgifter (bedömningar och förslag till resultatpremie per person). Får inte publiceras.",
  generatedBy: "Gjord med agreements report utgående från avtalsfilerna som de är nu.",
  none: "Inga.",
  notApplicable: "–",
  yes: "ja",
  no: "nej",
  sections: {
    update: "Uppdatering för omgången",
    coverage: "Avtal per förvaltningsområde",
    goals: "Statsförvaltningens gemensamma mål för ledningen",
    bonus: "Beredskap för resultatpremie",
    evaluations: "Utvärderingar och förslag till resultatpremie",
    findings: "Granskningens fynd",
    agreements: "Avtal",
    people: "Bedömningar och förslag till resultatpremie per person",
  },
  captions: {
    update: (cycle) => `Uppdatering för omgången ${cycle} per förvaltningsområde`,
    coverage: "Avtal per förvaltningsområde, enligt modell och tjänsteman",
    goalMatrix: "Avtal som valt varje gemensamt mål, per förvaltningsområde",
    unusedGoals: "Gemensamma mål som inget avtal använder",
    bonus: "Mål med och utan mätare och kriterier, per förvaltningsområde",
    goalsNotReady: "Mål utan mätare eller kriterier",
    evaluations: "Utvärderingar och förslag till resultatpremie per år (endast antal)",
    findings: "Granskningens fynd per förvaltningsområde och regel",
    agreements: "Avtal",
    unreadable: "Avtalsfiler som inte kunde läsas",
    people: "Bedömningar och förslag till resultatpremie per person",
    updateChart: (cycle) => `Avtal uppdaterade för omgången ${cycle}, per förvaltningsområde`,
    modelChart: "Avtal enligt 2017 års modell och enligt en äldre modell, per förvaltningsområde",
    heatMap: "Valda gemensamma mål per mål och förvaltningsområde",
  },
  columns: {
    sector: "Förvaltningsområde",
    files: "Avtalsfiler",
    unreadable: "Oläsbara",
    agreements: "Avtal",
    updated: (cycle) => `Uppdaterade för ${cycle}`,
    notUpdated: "Inte uppdaterade",
    placeholders: "Att fylla i",
    evaluationPresent: (year) => `Utvärdering ${year} finns`,
    evaluationMissing: (year) => `Utvärdering ${year} saknas`,
    agreedAfterDeadline: "Avtalade efter tidsfristen",
    status: "Läge",
    withoutCommonGoal: "Utan gemensamt mål",
    goal: "Mål",
    goalId: "Målets id",
    total: "Totalt",
    totalWithSubGoals: "Totalt med delmål",
    goals: "Mål",
    ready: "Med mätare och kriterier",
    notReady: "Utan mätare eller kriterier",
    year: "År",
    evaluations: "Utvärderingar",
    bonusProposals: "Förslag till resultatpremie",
    rule: "Regel",
    errors: "Fel",
    warnings: "Varningar",
    file: "Fil",
    title: "Rubrik",
    organisation: "Organisation",
    model: "Modell",
    kind: "Tjänsteman",
    cycle: "Omgång",
    agreed: "Avtalat",
    updatedShort: "Uppdaterat",
    evaluation: "Utvärdering",
    commonGoals: "Gemensamma mål",
    section: "Avsnitt",
    missing: "Saknas",
    official: "Namn",
    officialTitle: "Tjänstemannens titel",
    rating: "Bedömning",
    bonus: "Resultatpremie",
  },
  models: { "2017": "2017 års modell", legacy: "Äldre modell" },
  kinds: { "ministry-head": "Kanslichef eller statssekreterare", "agency-head": "Ämbetsverkschef", "director-general": "Generaldirektör eller överdirektör", other: "Övrig" },
  statuses: { complete: "Klart", open: "Pågår", overdue: "Försenat", empty: "Inga avtal" },
  sectionNames: { common: "Gemensamt mål", result: "Resultatmål", leadership: "Ledning och ledarskap", development: "Personlig utveckling" },
  missingParts: { meters: "mätare", criteria: "kriterier" },
  ratings: { excellent: "utmärkt", good: "god", satisfactory: "nöjaktig", poor: "svag", "to-be-filled": "ska fyllas i" },
  bonuses: { none: "ingen", proposed: "föreslagen", granted: "beviljad", "not-granted": "inte beviljad", "to-be-filled": "ska fyllas i" },
  total: "Totalt",
  catalogueFiles: "Målkataloger",
  ministries: { ...ministryNames("sv"), unknown: "Okänt förvaltningsområde" },
};

const fi: Labels = {
  reportTitle: (cycle) => `Johtamissopimukset: raportti kierroksesta ${cycle}`,
  situationOn: (today) => `Tilanne ${localDate(today, "fi")}`,
  date: (iso) => localDate(iso, "fi"),
  instruction: "Ohje",
  deadline: "Määräaika",
  daysLeft: (days) => (days === 0 ? "tänään" : days > 0 ? `${days} ${days === 1 ? "päivä" : "päivää"} jäljellä` : `${-days} ${days === -1 ? "päivä" : "päivää"} sitten`),
  noDeadline: "Ohjeessa ei ole päivityksen määräaikaa.",
  restrictedNotice: "Rajoitettu: raportti sisältää henkilötietoja (arviot ja tulospalkkioehdotukset henkilöittäin). Ei saa julkaista.",
  generatedBy: "Tehty agreements report -komennolla sopimustiedostojen nykyisestä tilasta.",
  none: "Ei yhtään.",
  notApplicable: "–",
  yes: "kyllä",
  no: "ei",
  sections: {
    update: "Päivitys kierrokselle",
    coverage: "Sopimukset hallinnonaloittain",
    goals: "Valtionhallinnon yhteiset johtamisen tavoitteet",
    bonus: "Valmius tulospalkkioon",
    evaluations: "Arvioinnit ja tulospalkkioehdotukset",
    findings: "Tarkistuksen havainnot",
    agreements: "Sopimukset",
    people: "Arviot ja tulospalkkioehdotukset henkilöittäin",
  },
  captions: {
    update: (cycle) => `Päivitys kierrokselle ${cycle} hallinnonaloittain`,
    coverage: "Sopimukset hallinnonaloittain mallin ja virkamiehen mukaan",
    goalMatrix: "Kunkin yhteisen tavoitteen valinneet sopimukset hallinnonaloittain",
    unusedGoals: "Yhteiset tavoitteet, joita mikään sopimus ei käytä",
    bonus: "Tavoitteet mittareineen ja kriteereineen ja ilman, hallinnonaloittain",
    goalsNotReady: "Tavoitteet ilman mittareita tai kriteerejä",
    evaluations: "Arvioinnit ja tulospalkkioehdotukset vuosittain (vain lukumäärät)",
    findings: "Tarkistuksen havainnot hallinnonaloittain ja säännöittäin",
    agreements: "Sopimukset",
    unreadable: "Sopimustiedostot, joita ei voitu lukea",
    people: "Arviot ja tulospalkkioehdotukset henkilöittäin",
    updateChart: (cycle) => `Kierrokselle ${cycle} päivitetyt sopimukset hallinnonaloittain`,
    modelChart: "Vuoden 2017 mallin ja vanhemman mallin mukaiset sopimukset hallinnonaloittain",
    heatMap: "Valitut yhteiset tavoitteet tavoitteittain ja hallinnonaloittain",
  },
  columns: {
    sector: "Hallinnonala",
    files: "Sopimustiedostot",
    unreadable: "Lukukelvottomat",
    agreements: "Sopimukset",
    updated: (cycle) => `Päivitetty kierrokselle ${cycle}`,
    notUpdated: "Päivittämättä",
    placeholders: "Täytettävää",
    evaluationPresent: (year) => `Arviointi ${year} tehty`,
    evaluationMissing: (year) => `Arviointi ${year} puuttuu`,
    agreedAfterDeadline: "Sovittu määräajan jälkeen",
    status: "Tilanne",
    withoutCommonGoal: "Ilman yhteistä tavoitetta",
    goal: "Tavoite",
    goalId: "Tavoitteen tunniste",
    total: "Yhteensä",
    totalWithSubGoals: "Yhteensä alatavoitteineen",
    goals: "Tavoitteet",
    ready: "Mittarit ja kriteerit",
    notReady: "Ilman mittareita tai kriteerejä",
    year: "Vuosi",
    evaluations: "Arvioinnit",
    bonusProposals: "Tulospalkkioehdotukset",
    rule: "Sääntö",
    errors: "Virheet",
    warnings: "Varoitukset",
    file: "Tiedosto",
    title: "Otsikko",
    organisation: "Organisaatio",
    model: "Malli",
    kind: "Virkamies",
    cycle: "Kierros",
    agreed: "Sovittu",
    updatedShort: "Päivitetty",
    evaluation: "Arviointi",
    commonGoals: "Yhteiset tavoitteet",
    section: "Osio",
    missing: "Puuttuu",
    official: "Nimi",
    officialTitle: "Virkamiehen nimike",
    rating: "Arvio",
    bonus: "Tulospalkkio",
  },
  models: { "2017": "Vuoden 2017 malli", legacy: "Vanhempi malli" },
  kinds: { "ministry-head": "Kansliapäällikkö tai valtiosihteeri", "agency-head": "Virastopäällikkö", "director-general": "Pääjohtaja tai ylijohtaja", other: "Muu" },
  statuses: { complete: "Valmis", open: "Kesken", overdue: "Myöhässä", empty: "Ei sopimuksia" },
  sectionNames: { common: "Yhteinen tavoite", result: "Tulostavoite", leadership: "Johtaminen ja johtajuus", development: "Henkilökohtainen kehittyminen" },
  missingParts: { meters: "mittarit", criteria: "kriteerit" },
  ratings: { excellent: "erinomainen", good: "hyvä", satisfactory: "tyydyttävä", poor: "heikko", "to-be-filled": "täytettävä" },
  bonuses: { none: "ei", proposed: "ehdotettu", granted: "myönnetty", "not-granted": "ei myönnetty", "to-be-filled": "täytettävä" },
  total: "Yhteensä",
  catalogueFiles: "Tavoiteluettelot",
  ministries: { ...ministryNames("fi"), unknown: "Tuntematon hallinnonala" },
};

export const LABELS: Readonly<Record<Language, Labels>> = { en, sv, fi };

/** How a sector is named in a table: the ministry's name and its code, so both readers and filters find it. */
export function sectorName(labels: Labels, sector: SectorCode): string {
  return sector === "unknown" ? labels.ministries.unknown : `${labels.ministries[sector as MinistryCode]} (${sector})`;
}
