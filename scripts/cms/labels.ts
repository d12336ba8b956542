/**
 * The form's labels and help texts, in the three languages of the agreements, keyed by the path of the
 * field in the agreement schema (`goals[].meters[].target`). The type asks for every language of every
 * entry, so a missing translation does not compile; a field of the schema without an entry here stops
 * `buildCmsConfig` (and its test).
 */
export type Language = "fi" | "sv" | "en";
export interface Wording {
  label: string;
  hint?: string;
}
export type Labels = Readonly<Record<string, Readonly<Record<Language, Wording>>>>;

export const FIELD_LABELS: Labels = {
  id: {
    fi: { label: "Tunniste", hint: "Pysyvä tunniste, sama kuin tiedoston nimi: pienet kirjaimet, numerot ja viivat." },
    sv: { label: "Id", hint: "Ett bestående id, samma som filens namn: små bokstäver, siffror och bindestreck." },
    en: { label: "Id", hint: "A lasting id, the same as the file's name: small letters, digits and hyphens." },
  },
  title: { fi: { label: "Otsikko" }, sv: { label: "Rubrik" }, en: { label: "Title" } },
  language: { fi: { label: "Kieli" }, sv: { label: "Språk" }, en: { label: "Language" } },
  ministry: {
    fi: { label: "Ministeriö", hint: "Ministeriön lyhenne; se nimeää myös hallinnonalan." },
    sv: { label: "Ministerium", hint: "Ministeriets förkortning; den anger också förvaltningsområdet." },
    en: { label: "Ministry", hint: "The ministry's code; it also names the administrative sector." },
  },
  organisation: { fi: { label: "Virasto tai ministeriö" }, sv: { label: "Ämbetsverk eller ministerium" }, en: { label: "Agency or ministry" } },
  model: {
    fi: { label: "Sopimusmalli", hint: "2017 on nykyinen malli." },
    sv: { label: "Avtalsmodell", hint: "2017 är den nuvarande modellen." },
    en: { label: "Agreement model", hint: "2017 is the current model." },
  },
  kind: { fi: { label: "Virkamiehen asema" }, sv: { label: "Tjänstemannens ställning" }, en: { label: "Kind of official" } },
  parties: { fi: { label: "Osapuolet" }, sv: { label: "Parter" }, en: { label: "Parties" } },
  "parties.official": { fi: { label: "Virkamies" }, sv: { label: "Tjänsteman" }, en: { label: "Official" } },
  "parties.official.name": { fi: { label: "Nimi" }, sv: { label: "Namn" }, en: { label: "Name" } },
  "parties.official.title": { fi: { label: "Virkanimike" }, sv: { label: "Tjänstebeteckning" }, en: { label: "Title" } },
  "parties.official.github": {
    fi: { label: "GitHub-käyttäjätunnus", hint: "Ilman @-merkkiä." },
    sv: { label: "Användarnamn på GitHub", hint: "Utan @." },
    en: { label: "GitHub user name", hint: "Without @." },
  },
  "parties.superior": { fi: { label: "Esimies" }, sv: { label: "Överordnad" }, en: { label: "Superior" } },
  "parties.superior.name": { fi: { label: "Nimi" }, sv: { label: "Namn" }, en: { label: "Name" } },
  "parties.superior.title": { fi: { label: "Virkanimike" }, sv: { label: "Tjänstebeteckning" }, en: { label: "Title" } },
  "parties.superior.github": {
    fi: { label: "GitHub-käyttäjätunnus", hint: "Ilman @-merkkiä." },
    sv: { label: "Användarnamn på GitHub", hint: "Utan @." },
    en: { label: "GitHub user name", hint: "Without @." },
  },
  term: { fi: { label: "Sopimuskausi" }, sv: { label: "Avtalsperiod" }, en: { label: "Term" } },
  "term.start": { fi: { label: "Alkaa" }, sv: { label: "Börjar" }, en: { label: "Starts" } },
  "term.end": { fi: { label: "Päättyy" }, sv: { label: "Slutar" }, en: { label: "Ends" } },
  cycle: {
    fi: { label: "Vuoden ohje", hint: "Vuosi, jonka ohjeeseen tämä versio vastaa (goals/<vuosi>.md)." },
    sv: { label: "Årets anvisning", hint: "Året vars anvisning denna version svarar på (goals/<år>.md)." },
    en: { label: "Yearly instruction", hint: "The year whose instruction this version answers (goals/<year>.md)." },
  },
  agreed: {
    fi: { label: "Sovittu", hint: "Johtamiskeskustelun päivä, jossa tämä versio sovittiin." },
    sv: { label: "Avtalat", hint: "Dagen för ledningsdiskussionen där denna version avtalades." },
    en: { label: "Agreed", hint: "The day of the management discussion that agreed this version." },
  },
  goals: { fi: { label: "Tavoitteet" }, sv: { label: "Mål" }, en: { label: "Goals" } },
  "goals[].id": { fi: { label: "Tunniste" }, sv: { label: "Id" }, en: { label: "Id" } },
  "goals[].section": { fi: { label: "Osio" }, sv: { label: "Avsnitt" }, en: { label: "Section" } },
  "goals[].common": {
    fi: { label: "Yhteinen johtamisen tavoite", hint: "Vain yhteisten tavoitteiden osiossa: vuoden ohjeen tavoite." },
    sv: { label: "Gemensamt mål för ledningen", hint: "Endast i avsnittet om gemensamma mål: målet i årets anvisning." },
    en: { label: "Common management goal", hint: "Only in the common goals section: the goal in the year's instruction." },
  },
  "goals[].title": { fi: { label: "Tavoite" }, sv: { label: "Mål" }, en: { label: "Goal" } },
  "goals[].measures": { fi: { label: "Kehittämistoimenpiteet" }, sv: { label: "Utvecklingsåtgärder" }, en: { label: "Development measures" } },
  "goals[].meters": { fi: { label: "Mittarit" }, sv: { label: "Mätare" }, en: { label: "Meters" } },
  "goals[].meters[].name": { fi: { label: "Mittari" }, sv: { label: "Mätare" }, en: { label: "Meter" } },
  "goals[].meters[].target": { fi: { label: "Tavoitetaso" }, sv: { label: "Målnivå" }, en: { label: "Target" } },
  "goals[].meters[].baseline": { fi: { label: "Lähtötaso" }, sv: { label: "Utgångsnivå" }, en: { label: "Baseline" } },
  "goals[].meters[].unit": { fi: { label: "Yksikkö" }, sv: { label: "Enhet" }, en: { label: "Unit" } },
  "goals[].criteria": { fi: { label: "Kriteerit" }, sv: { label: "Kriterier" }, en: { label: "Criteria" } },
  "goals[].criteria.excellent": { fi: { label: "Erinomainen" }, sv: { label: "Utmärkt" }, en: { label: "Excellent" } },
  "goals[].criteria.good": { fi: { label: "Hyvä" }, sv: { label: "God" }, en: { label: "Good" } },
  "goals[].criteria.satisfactory": { fi: { label: "Tyydyttävä" }, sv: { label: "Nöjaktig" }, en: { label: "Satisfactory" } },
  "goals[].criteria.poor": { fi: { label: "Heikko" }, sv: { label: "Svag" }, en: { label: "Poor" } },
  evaluations: { fi: { label: "Onnistumisen arvioinnit" }, sv: { label: "Utvärderingar av framgången" }, en: { label: "Evaluations of success" } },
  "evaluations[].year": { fi: { label: "Arvioitava vuosi" }, sv: { label: "Utvärderat år" }, en: { label: "Year evaluated" } },
  "evaluations[].date": { fi: { label: "Arvioinnin päivä" }, sv: { label: "Utvärderingens datum" }, en: { label: "Date of the evaluation" } },
  "evaluations[].rating": { fi: { label: "Arvio" }, sv: { label: "Bedömning" }, en: { label: "Rating" } },
  "evaluations[].summary": { fi: { label: "Yhteenveto" }, sv: { label: "Sammanfattning" }, en: { label: "Summary" } },
  "evaluations[].bonus": { fi: { label: "Tulospalkkio" }, sv: { label: "Resultatpremie" }, en: { label: "Result bonus" } },
  waivers: {
    fi: { label: "Poikkeukset tarkistuksiin", hint: "Ylläpitäjien asia: tarkistus, joka ohitetaan määräpäivään asti." },
    sv: { label: "Undantag från kontrollerna", hint: "För förvaltarna: en kontroll som tystas till ett visst datum." },
    en: { label: "Waivers of checks", hint: "For the maintainers: a check silenced until a date." },
  },
  "waivers[].rule": { fi: { label: "Tarkistus" }, sv: { label: "Kontroll" }, en: { label: "Rule" } },
  "waivers[].reason": { fi: { label: "Peruste" }, sv: { label: "Skäl" }, en: { label: "Reason" } },
  "waivers[].until": { fi: { label: "Voimassa asti" }, sv: { label: "Gäller till" }, en: { label: "Until" } },
};

/** The collection's own name in the form. */
export const COLLECTION_LABELS: Readonly<Record<Language, { plural: string; singular: string }>> = {
  fi: { plural: "Johtamissopimukset", singular: "Johtamissopimus" },
  sv: { plural: "Ledningsavtal", singular: "Ledningsavtal" },
  en: { plural: "Management agreements", singular: "Management agreement" },
};

/** The name of each list of agreements (one per language they are written in), in the form's language. */
export const AGREEMENT_LIST_LABELS: Readonly<Record<Language, Readonly<Record<Language, string>>>> = {
  fi: { fi: "Suomenkieliset johtamissopimukset", sv: "Ruotsinkieliset johtamissopimukset", en: "Englanninkieliset johtamissopimukset" },
  sv: { fi: "Finskspråkiga ledningsavtal", sv: "Svenskspråkiga ledningsavtal", en: "Engelskspråkiga ledningsavtal" },
  en: { fi: "Agreements in Finnish", sv: "Agreements in Swedish", en: "Agreements in English" },
};

/** The body of the file: the agreement as text. */
export const BODY_LABEL: Readonly<Record<Language, Wording>> = {
  fi: { label: "Sopimusteksti" },
  sv: { label: "Avtalstext" },
  en: { label: "Text of the agreement" },
};
