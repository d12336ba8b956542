import { cataloguePath } from "../layout/paths.js";
import type { en } from "./en.js";
import { countOf, localDate } from "./format.js";
import { readingFi } from "./reading-fi.js";

// The Ministry of Finance's Finnish terms (see GLOSSARY.md). YAML keys and values (agreed:, none) stay as
// they must be written in the file; dates are shown the Finnish way (30.4.2020).
const d = (iso: string) => localDate(iso, "fi");
const evaluationOf = (year: string | undefined) => (year === undefined ? "Arvioinnin" : `Vuoden ${year} arvioinnin`);

const BROKEN_LINK_HINT =
  "Tarkista osoitteen kirjoitusasu ja ../-merkintöjen määrä: osoite lasketaan tämän tiedoston kansiosta. " +
  "Verkkosivun linkkiin tarvitaan koko osoite, joka alkaa https://.";
const NOT_UPDATED_HINT =
  "Käykää johtamiskeskustelu ja päivittäkää sitten sopimus uudemman ohjeen mukaiseksi: kirjoita cycle: ja agreed:, " +
  "käykää tavoitteet läpi ohjeen yhteisten tavoitteiden valossa ja lisää edellisen vuoden onnistumisen arviointi.";
const AGREED_HINT = "Tarkista agreed: (johtamiskeskustelun päivämäärä) ja term:. Uuden toimikauden sopimus on uusi sopimus.";
const EVALUATION_DATE_HINT =
  "Tarkista arvioinnin date: (sen keskustelun päivä, jossa vuotta arvioitiin). Arviointi voi olla enintään vuoden toimikauden päättymisen jälkeen.";
const WHAT = { goal: "tavoitteen", deadline: "määräajan", section: "osion" } as const;

// The catalogue's `decision` text is English (goals/<year>.md has one language), so the bonus message names the years instead.
// Typed by the English catalogue (not by catalogue.ts, which imports this file): a missing key is a compile error.
export const fi: typeof en = {
  ...readingFi,
  "tool-fault": (p) => ({
    message: `Tarkistusta "${p.rule}" ei voitu tehdä tälle tiedostolle (${p.reason}).`,
    hint: "Vika on työkalussa, ei tiedostossa: ilmoita siitä ylläpitäjille ja liitä mukaan tämä viesti.",
  }),
  "agreed-in-cycle.before-previous-deadline": (p) => ({
    message: `Tämän version mukaan se sovittiin ${d(p.agreed)}, ennen vuoden ${p.cycle - 1} määräaikaa (${d(p.previousDeadline)}), joten se ei voi vastata vuoden ${p.cycle} ohjetta.`,
    hint: `Kirjoita kohtaan agreed: sen johtamiskeskustelun päivämäärä, jossa tämä versio sovittiin vuodelle ${p.cycle}, tai palauta cycle: siihen vuoteen, jota keskustelu koski.`,
  }),
  "agreed-in-cycle.too-early": (p) => ({
    message: `Tämän version mukaan se sovittiin ${d(p.agreed)}, liian aikaisin vastatakseen vuoden ${p.cycle} ohjetta (sen johtamiskeskustelut käydään ${d(p.earliest)} alkaen).`,
    hint: `Kirjoita kohtaan agreed: sen johtamiskeskustelun päivämäärä, jossa tämä versio sovittiin vuodelle ${p.cycle}, tai palauta cycle: siihen vuoteen, jota keskustelu koski.`,
  }),
  "agreed-in-cycle.after-term": (p) => ({
    message: `Tämän version mukaan se sovittiin ${d(p.agreed)}, virkamiehen toimikauden päätyttyä (${d(p.termEnd)}).`,
    hint: AGREED_HINT,
  }),
  "bonus-not-applicable": (p) => ({
    message: `Vuoden ${p.year} arvioinnissa on bonus: ${p.bonus}, mutta vuonna ${p.year} ei ollut tulospalkkiojärjestelmää (${`${p.path} merkitsee arviointivuodet ${p.years} ilman sitä`}).`,
    hint: `Kirjoita vuoden ${p.year} arviointiin bonus: none. Tulospalkkiota voi ehdottaa vain muille vuosille kuin ${p.years}.`,
  }),
  "broken-link.outside": (p) => ({ message: `Linkki "${p.url}" osoittaa repositorion ulkopuolelle.`, hint: BROKEN_LINK_HINT }),
  "broken-link.nowhere": (p) => ({ message: `Linkki "${p.url}" ei johda mihinkään: ${p.path} puuttuu.`, hint: BROKEN_LINK_HINT }),
  "catalogue.file-name": (p) => ({
    message: `Vuoden ${p.cycle} tavoiteluettelo on tiedostossa ${p.path}; sopimukset etsivät sitä tiedostosta ${cataloguePath(p.cycle)}.`,
    hint: `Nimeä tiedosto uudelleen nimellä ${cataloguePath(p.cycle)} tai korjaa cycle:, jos vuosi on väärä.`,
  }),
  "catalogue.update-deadline": (p) => ({
    message: `updateDeadline viittaa määräaikaan "${p.deadline}", jota ei ole määräaikojen joukossa.${p.suggestion ? ` Tarkoititko "${p.suggestion}"?` : ""}`,
    hint: `Käytä sen määräajan tunnusta, johon mennessä päivitetyt sopimukset on toimitettava; tämän luettelon määräajat ovat: ${p.ids.join(", ")}.`,
  }),
  "catalogue.duplicate-id": (p) => ({
    message: `${WHAT[p.what].charAt(0).toUpperCase()}${WHAT[p.what].slice(1)} tunnus "${p.id}" esiintyy tässä luettelossa useammin kuin kerran.`,
    hint: `Sopimukset viittaavat ${WHAT[p.what]} tunnukseen, joten kukin tunnus saa esiintyä vain kerran. Vaihda tämän tunnus tai poista se.`,
  }),
  "catalogue.without-bonus-range": (p) => ({
    message: `Vuodet ilman tulospalkkiota alkavat vuodesta ${p.from} ja päättyvät vuoteen ${p.to}, eli ne päättyvät ennen kuin alkavat.`,
    hint: "Kirjoita aiempi vuosi kohtaan from: ja myöhempi kohtaan to: (molemmat vuodet mukaan lukien).",
  }),
  "comment-in-value": (p) => ({
    message: `Tässä oleva # aloittaa kommentin, joten ${p.key === undefined ? "tämän kohdan" : `kohdan ${p.key}`} arvo on vain "${p.value}": rivin loppu ei kuulu siihen.`,
    hint: `Kirjoita koko arvo lainausmerkkeihin: ${p.key === undefined ? "- " : `${p.key}: `}"${p.full}".`,
  }),
  "common-goals-missing": (p) => ({
    message: "Sopimuksessa ei ole yhtään valtionhallinnon yhteistä johtamisen tavoitetta: millään sen tavoitteella ei ole section: common.",
    hint: `Lisää johtamiskeskustelussa valitut yhteiset tavoitteet, kukin merkinnöin section: common ja common: <tavoitteen tunnus> tiedostosta ${p.path} (esimerkiksi ${p.examples.join(", ")}).`,
  }),
  "criteria-missing": (p) => ({
    message: `Tavoitteella "${p.goal}" ei ole kriteerejä. Vuoden ${p.cycle} ohje edellyttää selkeitä kriteerejä jokaiselle tavoitteelle, koska tulospalkkio perustuu niihin.`,
    hint: "Kirjoita kohtaan criteria:, mikä on erinomainen (excellent), hyvä (good) ja tyydyttävä (satisfactory), esimerkiksi criteria: { excellent: \">= 15\", good: \">= 12\", satisfactory: \">= 8\" }.",
  }),
  "duplicate-goal-id": (p) => ({
    message: `Tavoitteella ${p.number} on tunnus "${p.id}", joka on jo tavoitteella ${p.first}.`,
    hint: "Anna jokaiselle tavoitteelle oma tunnus, esimerkiksi lisäämällä sana, joka erottaa tämän tavoitteen muista; säilytä ensin olleen tavoitteen tunnus.",
  }),
  "evaluation-missing": (p) => ({
    message: `Onnistumisen arviointi vuodelta ${p.year} puuttuu. Vuoden ${p.cycle} ohje (${p.path}) edellyttää sitä tämän päivityksen yhteydessä.`,
    hint: `Lisää kohtaan evaluations: johtamiskeskustelussa tehty vuoden ${p.year} arviointi: year: ${p.year}, date, rating, summary ja bonus.`,
  }),
  "id-file-name": (p) => ({
    message: `Sopimuksen tunnus on "${p.id}", mutta sen tiedoston nimi on ${p.name}.md.`,
    hint: `Nimeä tiedosto uudelleen nimellä ${p.id}.md tai kirjoita id: ${p.name}, jos se on sopimuksen tunnus (tunnusta ei koskaan käytetä uudelleen toiselle sopimukselle).`,
  }),
  "late-update": (p) => ({
    message: `Tämä versio sovittiin ${d(p.agreed)}, vuoden ${p.cycle} ohjeen määräajan (${d(p.deadline)}) jälkeen.`,
    hint:
      "Tarkista, että agreed: on johtamiskeskustelun päivämäärä. Jos päivitys todella myöhästyi, mainitse se, kun sopimus toimitetaan " +
      "valtiovarainministeriöön; sopikaa ensi vuonna keskustelu ennen määräaikaa.",
  }),
  "legacy-model": () => ({
    message: "Tämä sopimus noudattaa yhä vanhaa sopimusmallia (ajalta ennen vuotta 2017).",
    hint:
      "Siirrä sopimus seuraavassa päivityksessä vuoden 2017 malliin ja kirjoita model: \"2017\". Vuoden 2017 mallissa on neljä osiota: " +
      "valtionhallinnon yhteiset johtamisen tavoitteet, tulostavoitteet (kytkettyinä tulossopimukseen), johtaminen ja johtajuus " +
      "sekä henkilökohtainen kehittyminen.",
  }),
  "measures-missing": (p) => ({
    message: `Yhteiselle tavoitteelle "${p.goal}"${p.common ? ` (${p.common})` : ""} ei ole kirjattu kehittämistoimenpiteitä.`,
    hint: "Luettele kohtaan measures: johtamiskeskustelussa sovitut kehittämistoimenpiteet, kukin omalle rivilleen merkin - jälkeen.",
  }),
  "meters-missing": (p) => ({
    message: `Tavoitteella "${p.goal}" ei ole mittareita. Vuoden ${p.cycle} ohje edellyttää selkeitä mittareita jokaiselle tavoitteelle, koska tulospalkkio perustuu niihin.`,
    hint: "Lisää kohtaan meters: vähintään yksi johtamiskeskustelussa sovittu mittari, esimerkiksi - { name: Kiertojaksojen määrä, target: \"12\" }.",
  }),
  "ministry-folder": (p) => ({
    message: `Sopimuksessa on ministry: ${p.ministry}, mutta se on kansiossa agreements/${p.folder}/.`,
    hint: `Siirrä tiedosto kansioon agreements/${p.expected}/ tai korjaa ministry: sen ministeriön tunnukseksi, jonka kansiossa tiedosto on.`,
  }),
  "not-updated.overdue": (p) => ({
    message: `Tämä sopimus vastaa yhä vuoden ${p.cycle} ohjetta, mutta vuoden ${p.newer} ohje edellytti päivitettyjä sopimuksia ${d(p.deadline)} mennessä.`,
    hint: NOT_UPDATED_HINT,
  }),
  "not-updated.upcoming": (p) => ({
    message: `Tämä sopimus vastaa yhä vuoden ${p.cycle} ohjetta; vuoden ${p.newer} ohje edellyttää päivitettyjä sopimuksia ${d(p.deadline)} mennessä (${p.daysLeft === 0 ? "tänään on viimeinen päivä" : `${countOf("fi", p.daysLeft, { one: "päivä", other: "päivää" })} jäljellä`}).`,
    hint: NOT_UPDATED_HINT,
  }),
  "parties-distinct": (p) => ({
    message: `Sama GitHub-käyttäjä (@${p.login}) on merkitty sekä virkamieheksi että esihenkilöksi; sopimus tehdään kahden ihmisen kesken.`,
    hint: "Kirjoita esihenkilön oma GitHub-käyttäjätunnus kohtaan parties: superior: github: (isot ja pienet kirjaimet eivät tee siitä eri käyttäjää).",
  }),
  "personal-identity-code": (p) => ({
    message: `Tekstissä on suomalainen henkilötunnus (${p.masked}).`,
    hint:
      "Poista henkilötunnus: sopimuksessa ihmiset mainitaan nimeltä, heitä ei koskaan yksilöidä henkilötunnuksella. " +
      "Jos tunnus on jo tallennettu versiohistoriaan, pyydä repositorion ylläpitäjiä poistamaan se myös Git-historiasta.",
  }),
  "sections-missing": (p) => ({
    message: `Sopimuksen tekstistä puuttuu ${p.missing.length === 1 ? "osio" : "osiot"} ${p.missing.map((name) => `"${name}"`).join(", ")}.`,
    hint:
      `Lisää otsikko jokaiselle puuttuvalle osiolle, esimerkiksi "## ${p.missing[0]}". Otsikko kelpaa, kun se alkaa osion nimellä ` +
      `sopimuksen kielellä (${{ sv: "ruotsi", fi: "suomi", en: "englanti" }[p.language]}); kaikki hyväksytyt nimet ovat tiedoston ${cataloguePath(p.cycle)} kohdassa sections:.`,
  }),
  "sections-missing.other-language": (p) => ({
    message: `Otsikot ovat ${{ sv: "ruotsiksi", fi: "suomeksi", en: "englanniksi" }[p.written]}, mutta sopimuksessa on language: ${p.language}.`,
    hint: `Kirjoita language: ${p.written} tai käännä otsikot ${{ sv: "ruotsiksi", fi: "suomeksi", en: "englanniksi" }[p.language]}.`,
  }),
  "sections-missing.misspelt": (p) => ({
    message: `Otsikko "${p.heading}" ei ole sopimusmallin minkään osion nimi.`,
    hint: `Tarkoititko "${p.closest}"? Kirjoita otsikoksi "## ${p.closest}".`,
  }),
  "term-dates.reversed": (p) => ({
    message: `Toimikausi päättyy (${d(p.end)}) ennen kuin se alkaa (${d(p.start)}).`,
    hint: "Tarkista, että term: start on sopimuksen ensimmäinen päivä ja end sen viimeinen; päivämäärät ovat ehkä vaihtaneet paikkaa.",
  }),
  "term-dates.agreed-before-term": (p) => ({
    message: `Sopimus sovittiin ${d(p.agreed)}, ennen toimikauden alkua (${d(p.start)}).`,
    hint: AGREED_HINT,
  }),
  "term-dates.evaluation-before-term": (p) => ({
    message: `Vuoden ${p.year} arvioinnin päivämäärä on ${d(p.date)}, ennen toimikauden alkua (${d(p.start)}).`,
    hint: EVALUATION_DATE_HINT,
  }),
  "term-dates.evaluation-after-term": (p) => ({
    message: `Vuoden ${p.year} arvioinnin päivämäärä on ${d(p.date)}, yli vuosi toimikauden päättymisen (${d(p.end)}) jälkeen.`,
    hint: EVALUATION_DATE_HINT,
  }),
  "to-be-filled.github": (p) => ({
    message: `${p.party === "official" ? "Virkamiehen" : p.party === "superior" ? "Esihenkilön" : "Osapuolen"} GitHub-käyttäjätunnus on yhä to-be-filled.`,
    hint: "Kirjoita osapuolen GitHub-käyttäjätunnus ilman @-merkkiä.",
  }),
  "to-be-filled.rating": (p) => ({
    message: `${evaluationOf(p.year)} arvio (rating) on yhä to-be-filled.`,
    hint: "Kirjoita johtamiskeskustelussa sovittu arvio: excellent (erinomainen), good (hyvä), satisfactory (tyydyttävä) tai poor (heikko).",
  }),
  "to-be-filled.bonus": (p) => ({
    message: `${evaluationOf(p.year)} tulospalkkiokohta (bonus) on yhä to-be-filled.`,
    hint: "Kirjoita none (ei tulospalkkiota) tai, jos vuodella on tulospalkkiojärjestelmä, proposed (ehdotettu), granted (myönnetty) tai not-granted (ei myönnetty).",
  }),
  "to-be-filled.front-matter": (p) => ({
    message: `Paikkamerkki ${p.marker} on yhä ${p.key === undefined ? "alkutiedoissa" : `kohdassa ${p.key}:`}; tämä teksti on vielä kirjoittamatta.`,
    hint: `Korvaa ${p.marker} johtamiskeskustelussa sovitulla sisällöllä.`,
  }),
  "to-be-filled.note": (p) => ({
    message: `Arvon vieressä on yhä merkintä ${p.marker}.`,
    hint: "Kirjoita oikea arvo ja poista sitten merkintä.",
  }),
  "to-be-filled.body": (p) => ({
    message: `Paikkamerkki ${p.marker} on yhä tekstissä; tämä kohta on vielä kirjoittamatta.`,
    hint: `Korvaa ${p.marker} johtamiskeskustelussa sovitulla tekstillä.`,
  }),
  "unique-id": (p) => ({
    message: `Tunnus "${p.id}" on käytössä myös täällä: ${p.others.join(", ")}.`,
    hint: "Anna jokaiselle sopimukselle oma tunnus. Tavallisesti tunnus on tiedoston nimi ilman .md-päätettä; vaihda se kopioidussa tiedostossa.",
  }),
  "unknown-common-goal": (p) => ({
    message: `"${p.common}" ei ole vuoden ${p.cycle} ohjeen yhteinen tavoite (${p.path}).`,
    hint: p.suggestion !== undefined ? `Tarkoititko "${p.suggestion}"?` : `Käytä jotakin näistä tavoitteiden tunnuksista: ${p.ids.join(", ")}.`,
  }),
  "unknown-cycle.broken-catalogue": (p) => ({
    message: `Vuoden ${p.cycle} tavoiteluettelossa (${p.path}) on virheitä, joten tätä sopimusta ei voi tarkistaa sen tavoitteita vasten.`,
    hint: `Korjaa ensin tiedoston ${p.path} virheet; sen jälkeen sopimus tarkistetaan sitä vasten.`,
  }),
  "unknown-cycle.missing": (p) => ({
    message: `Vuodelle ${p.cycle} ei ole tavoiteluetteloa (tiedostoa ${cataloguePath(p.cycle)} ei ole).`,
    hint: p.known.length > 0
      ? `Kirjoita kohtaan cycle: sen ohjeen vuosi, johon tämä sopimus vastaa. Tunnetut vuodet: ${p.known.join(", ")}.`
      : "Kansiosta goals/ ei löytynyt yhtään tavoiteluetteloa. Lisää vuoden ohje tiedostoksi goals/<vuosi>.md.",
  }),
  "waiver-expired": (p) => ({
    message: `Poikkeus säännöstä "${p.rule}" päättyi ${d(p.until)}.`,
    hint:
      "Jos poikkeusta tarvitaan yhä, sopikaa siitä uudelleen johtamiskeskustelussa ja antakaa poikkeukselle uusi until:-päivämäärä ja perustelu. " +
      "Muuten poista poikkeus ja korjaa se, mistä sääntö huomauttaa.",
  }),
};
