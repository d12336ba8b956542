// Words the generator builds agreements from: ministries, obviously invented people, goals and prose in
// Swedish and Finnish. Headings are those of goals/2020.md, so a clean generated agreement lints clean.

const minister = (sv, fi) => ({ sv, fi });
const kanslichef = { sv: "Kanslichef", fi: "Kansliapäällikkö", slug: "kansliapaallikko" };
const statssekreterare = { sv: "Statssekreterare", fi: "Valtiosihteeri", slug: "valtiosihteeri" };

export const MINISTRIES = [
  { code: "VNK", name: { sv: "Statsrådets kansli", fi: "Valtioneuvoston kanslia" }, head: kanslichef, minister: minister("Statsminister", "Pääministeri") },
  { code: "UM", name: { sv: "Utrikesministeriet", fi: "Ulkoministeriö" }, head: statssekreterare, minister: minister("Utrikesminister", "Ulkoministeri") },
  { code: "OM", name: { sv: "Justitieministeriet", fi: "Oikeusministeriö" }, head: kanslichef, minister: minister("Justitieminister", "Oikeusministeri") },
  { code: "SM", name: { sv: "Inrikesministeriet", fi: "Sisäministeriö" }, head: kanslichef, minister: minister("Inrikesminister", "Sisäministeri") },
  { code: "PLM", name: { sv: "Försvarsministeriet", fi: "Puolustusministeriö" }, head: kanslichef, minister: minister("Försvarsminister", "Puolustusministeri") },
  { code: "VM", name: { sv: "Finansministeriet", fi: "Valtiovarainministeriö" }, head: statssekreterare, minister: minister("Finansminister", "Valtiovarainministeri") },
  { code: "OKM", name: { sv: "Undervisnings- och kulturministeriet", fi: "Opetus- ja kulttuuriministeriö" }, head: kanslichef, minister: minister("Undervisningsminister", "Opetusministeri") },
  { code: "MMM", name: { sv: "Jord- och skogsbruksministeriet", fi: "Maa- ja metsätalousministeriö" }, head: kanslichef, minister: minister("Jord- och skogsbruksminister", "Maa- ja metsätalousministeri") },
  { code: "LVM", name: { sv: "Kommunikationsministeriet", fi: "Liikenne- ja viestintäministeriö" }, head: kanslichef, minister: minister("Kommunikationsminister", "Liikenne- ja viestintäministeri") },
  { code: "TEM", name: { sv: "Arbets- och näringsministeriet", fi: "Työ- ja elinkeinoministeriö" }, head: kanslichef, minister: minister("Näringsminister", "Elinkeinoministeri") },
  { code: "STM", name: { sv: "Social- och hälsovårdsministeriet", fi: "Sosiaali- ja terveysministeriö" }, head: kanslichef, minister: minister("Social- och hälsovårdsminister", "Sosiaali- ja terveysministeri") },
  { code: "YM", name: { sv: "Miljöministeriet", fi: "Ympäristöministeriö" }, head: kanslichef, minister: minister("Miljö- och klimatminister", "Ympäristö- ja ilmastoministeri") },
];

export const AGENCIES = [
  { sv: "Centralen för datatjänster", fi: "Tietopalvelukeskus" },
  { sv: "Verket för digitala tjänster", fi: "Digipalveluvirasto" },
  { sv: "Forskningsinstitutet för förvaltning", fi: "Hallinnon tutkimuslaitos" },
  { sv: "Tillståndsverket", fi: "Lupavirasto" },
  { sv: "Utvecklingscentret för offentlig service", fi: "Julkisten palvelujen kehittämiskeskus" },
  { sv: "Registerverket", fi: "Rekisterivirasto" },
  { sv: "Inspektionsverket", fi: "Tarkastusvirasto" },
  { sv: "Servicecentret för ekonomi", fi: "Talouden palvelukeskus" },
  { sv: "Statens utbildningscenter", fi: "Valtion koulutuskeskus" },
  { sv: "Miljöinstitutet", fi: "Ympäristölaitos" },
];

// Names nobody carries: the corpus must never look like real people.
export const FIRST_NAMES = ["Maria", "Anders", "Matti", "Liisa", "Johanna", "Mikko", "Anna", "Timo", "Sanna", "Jukka", "Eva", "Pekka", "Katja", "Henrik", "Aino", "Olli"];
export const SURNAMES = ["Exempel", "Esimerkki", "Testinen", "Malli", "Påhittad", "Kuvitteellinen", "Provare", "Keksitty", "Exemplarsson", "Mallinen"];

export const HEADINGS = {
  sv: {
    common: "Statsförvaltningens gemensamma mål för ledningen",
    result: "Resultatmål",
    leadership: "Ledning och ledarskap",
    development: "Personlig utveckling",
    evaluation: "Utvärdering av framgången",
  },
  fi: {
    common: "Valtionhallinnon yhteiset johtamisen tavoitteet",
    result: "Tulostavoitteet",
    leadership: "Johtaminen ja johtajuus",
    development: "Henkilökohtainen kehittyminen",
    evaluation: "Onnistumisen arviointi",
  },
};

const goal = (id, section, sv, fi, common) => ({ id, section, common, sv, fi });

/** One per catalogue goal the agreements may choose (leaves of the 2020 tree, and knowledge-based management). */
export const COMMON_GOAL_TEMPLATES = [
  goal("tietojohtaminen", "common",
    { title: "Kunskapsbaserad ledning i beredningen", measures: ["Gemensam lägesbild för ledningsgruppen varje kvartal", "Analysenheten stöder beredningen av de största ärendena"], meter: "Andel beslut med kunskapsunderlag" },
    { title: "Tietoon perustuva johtaminen valmistelussa", measures: ["Johtoryhmälle yhteinen tilannekuva neljännesvuosittain", "Analyysiyksikkö tukee suurimpien asioiden valmistelua"], meter: "Tietopohjaisesti valmisteltujen päätösten osuus" },
    "knowledge-based-management"),
  goal("osaaminen", "common",
    { title: "Kompetensutveckling för personalen", measures: ["Kompetenskartläggning för alla enheter", "Utvecklingssamtal med en kompetensplan för var och en"], meter: "Andel anställda med kompetensplan" },
    { title: "Henkilöstön osaamisen kehittäminen", measures: ["Osaamiskartoitus kaikissa yksiköissä", "Kehityskeskustelut ja jokaiselle oma osaamissuunnitelma"], meter: "Osaamissuunnitelman tehneiden osuus" },
    "competence-development"),
  goal("liikkuvuus", "common",
    { title: "Rörlighet inom förvaltningsområdet", measures: ["Arbetsrotation mellan ministeriet och ämbetsverken", "Lediga uppgifter utlyses inom hela staten"], meter: "Andel anställda i arbetsrotation" },
    { title: "Liikkuvuus hallinnonalalla", measures: ["Työkierto ministeriön ja virastojen välillä", "Avoimet tehtävät haettavaksi koko valtionhallinnossa"], meter: "Työkierrossa olleiden osuus" },
    "mobility"),
  goal("tyonantajakuva", "common",
    { title: "Statens arbetsgivarprofil förnyas", measures: ["Rekryteringsmaterialet förnyas tillsammans med personalen", "Praktikplatser för studerande varje sommar"], meter: "Andel sökande som rekommenderar oss" },
    { title: "Valtion työnantajakuvan uudistaminen", measures: ["Rekrytointiaineisto uudistetaan yhdessä henkilöstön kanssa", "Harjoittelupaikkoja opiskelijoille joka kesä"], meter: "Meitä suosittelevien hakijoiden osuus" },
    "employer-profile"),
  goal("palvelut", "common",
    { title: "Förnyade processer och tjänster", measures: ["Kundresan kartläggs för de viktigaste tjänsterna", "Processerna beskrivs och förenklas"], meter: "Andel förnyade processer" },
    { title: "Uudistetut prosessit ja palvelut", measures: ["Tärkeimpien palvelujen asiakaspolku kartoitetaan", "Prosessit kuvataan ja niitä yksinkertaistetaan"], meter: "Uudistettujen prosessien osuus" },
    "competence-and-services"),
  goal("tietojarjestelmat", "common",
    { title: "Informationssystemen i bättre bruk", measures: ["Gemensamma system i stället för egna", "Utbildning i de nya systemen för hela personalen"], meter: "Andel ärenden i det gemensamma systemet" },
    { title: "Tietojärjestelmät parempaan käyttöön", measures: ["Yhteiset järjestelmät omien sijaan", "Koulutus uusien järjestelmien käyttöön koko henkilöstölle"], meter: "Yhteisessä järjestelmässä käsiteltyjen asioiden osuus" },
    "information-systems"),
];

/** Result, leadership and development goals; at least seven, so an agreement of eight goals finds enough. */
export const GOAL_TEMPLATES = [
  goal("talousarvio", "result",
    { title: "Budgetberedningen sker i tid", measures: ["Tidtabellen för beredningen fastställs i januari"], meter: "Andel beredningar klara enligt tidtabellen" },
    { title: "Talousarvion valmistelu aikataulussa", measures: ["Valmistelun aikataulu vahvistetaan tammikuussa"], meter: "Aikataulussa valmistuneiden valmistelujen osuus" }),
  goal("lupakasittely", "result",
    { title: "Snabbare tillståndsbehandling", measures: ["Elektronisk ansökan för alla tillstånd"], meter: "Andel ärenden avgjorda inom tre månader" },
    { title: "Nopeampi lupakäsittely", measures: ["Sähköinen hakemus kaikkiin lupiin"], meter: "Kolmessa kuukaudessa ratkaistujen asioiden osuus" }),
  goal("asiakastyytyvaisyys", "result",
    { title: "Nöjdare kunder", measures: ["Kundenkät två gånger om året"], meter: "Andel nöjda kunder i kundenkäten" },
    { title: "Tyytyväisemmät asiakkaat", measures: ["Asiakaskysely kahdesti vuodessa"], meter: "Tyytyväisten asiakkaiden osuus asiakaskyselyssä" }),
  goal("saadosvalmistelu", "result",
    { title: "Lagberedning av god kvalitet", measures: ["Konsekvensbedömning i ett tidigt skede"], meter: "Andel propositioner med konsekvensbedömning" },
    { title: "Laadukas säädösvalmistelu", measures: ["Vaikutusten arviointi jo alkuvaiheessa"], meter: "Vaikutusarvioitujen esitysten osuus" }),
  goal("tulossopimus", "result",
    { title: "Resultatavtalets mål nås", measures: ["Uppföljning av målen i ledningsgruppen varje månad"], meter: "Andel uppnådda mål i resultatavtalet" },
    { title: "Tulossopimuksen tavoitteet saavutetaan", measures: ["Tavoitteiden seuranta johtoryhmässä kuukausittain"], meter: "Saavutettujen tulostavoitteiden osuus" }),
  goal("sahkoiset-palvelut", "result",
    { title: "Fler tjänster på nätet", measures: ["Den vanligaste blanketten blir en e-tjänst"], meter: "Andel ärenden som inleds elektroniskt" },
    { title: "Enemmän palveluja verkossa", measures: ["Yleisimmästä lomakkeesta tehdään verkkopalvelu"], meter: "Sähköisesti vireille tulleiden asioiden osuus" }),
  goal("johtoryhma", "leadership",
    { title: "En ledningsgrupp som delar information", measures: ["Ledningsgruppens protokoll publiceras på intranätet"], meter: "Andel positiva svar om informationen i personalenkäten" },
    { title: "Tietoa jakava johtoryhmä", measures: ["Johtoryhmän muistiot julkaistaan intranetissä"], meter: "Myönteisten vastausten osuus tiedonkulusta henkilöstökyselyssä" }),
  goal("tyohyvinvointi", "leadership",
    { title: "Välmående på arbetsplatsen", measures: ["Chefer och personal går igenom enkätens resultat tillsammans"], meter: "Andel som trivs i arbetet" },
    { title: "Työhyvinvointi", measures: ["Esihenkilöt ja henkilöstö käyvät kyselyn tulokset läpi yhdessä"], meter: "Työssään viihtyvien osuus" }),
  goal("esihenkilotyo", "leadership",
    { title: "Stöd för chefsarbetet", measures: ["Coachning för nya chefer"], meter: "Andel chefer som fått coachning" },
    { title: "Esihenkilötyön tuki", measures: ["Valmennus uusille esihenkilöille"], meter: "Valmennusta saaneiden esihenkilöiden osuus" }),
  goal("yhteistyo", "leadership",
    { title: "Samarbete över gränserna", measures: ["Gemensamma projekt med andra ämbetsverk"], meter: "Andel projekt med en annan myndighet" },
    { title: "Yhteistyö yli rajojen", measures: ["Yhteishankkeita muiden virastojen kanssa"], meter: "Toisen viranomaisen kanssa tehtyjen hankkeiden osuus" }),
  goal("muutosjohtaminen", "leadership",
    { title: "Ledning av förändringen", measures: ["Informationsmöten om förändringen varje månad"], meter: "Andel anställda som känner till förändringens mål" },
    { title: "Muutoksen johtaminen", measures: ["Muutoksesta kerrotaan tiedotustilaisuuksissa kuukausittain"], meter: "Muutoksen tavoitteet tuntevien osuus" }),
  goal("valmennus", "development",
    { title: "Coachning i strategiskt ledarskap", measures: ["Sex coachningstillfällen under året"], meter: "Andel genomförda coachningstillfällen" },
    { title: "Valmennus strategisessa johtamisessa", measures: ["Kuusi valmennuskertaa vuoden aikana"], meter: "Toteutuneiden valmennuskertojen osuus" }),
  goal("kielitaito", "development",
    { title: "Språkkunskaper", measures: ["Språkkurs en gång i veckan"], meter: "Andel genomförda lektioner" },
    { title: "Kielitaidon kehittäminen", measures: ["Kielikurssi kerran viikossa"], meter: "Toteutuneiden oppituntien osuus" }),
  goal("digitaidot", "development",
    { title: "Digital kompetens", measures: ["Kurser i dataanalys och informationssäkerhet"], meter: "Andel genomförda kurser" },
    { title: "Digitaalinen osaaminen", measures: ["Kursseja data-analytiikasta ja tietoturvasta"], meter: "Suoritettujen kurssien osuus" }),
  goal("verkostot", "development",
    { title: "Internationella nätverk", measures: ["Deltagande i det nordiska chefsnätverket"], meter: "Andel möten i nätverket som jag deltagit i" },
    { title: "Kansainväliset verkostot", measures: ["Osallistuminen pohjoismaiseen johtajaverkostoon"], meter: "Osallistuttujen verkostotapaamisten osuus" }),
];

const dmy = (iso) => iso.split("-").reverse().map(Number).join(".");

export const TEXT = {
  sv: {
    agreementTitle: "Ledningsavtal",
    agencyHead: "Generaldirektör",
    directorGeneral: "Avdelningschef",
    goalWord: "Mål",
    intro: [
      "Avtalet är ett fiktivt exempel som genererats för prestandamätning. Parterna är påhittade.",
      "Detta ledningsavtal är påhittat och används bara för att mäta verktygets hastighet.",
    ],
    commonIntro: [
      "Av statsförvaltningens gemensamma mål för ledningen har vi valt de mål som är väsentliga för vårt förvaltningsområde och avtalat om utvecklingsåtgärder för dem.",
      "Vid ledningsdiskussionen bedömdes utvecklingsbehoven, och parterna valde följande gemensamma mål med tillhörande utvecklingsåtgärder.",
    ],
    paragraphs: [
      "Resultatmålen följer ämbetsverkets resultatavtal och regeringsprogrammets mål för förvaltningsområdet.",
      "Målen följs upp i ledningsgruppen varje kvartal. Avvikelser tas upp vid nästa ledningsdiskussion.",
      "Ledningsgruppen delar information öppet och förankrar besluten hos personalen i god tid.",
      "Chefen ansvarar för att varje enhet har en plan för kompetensutveckling och att planen följs upp.",
      "Utvecklingsåtgärderna genomförs i samarbete med personalförvaltningen och de andra ämbetsverken inom förvaltningsområdet.",
      "Mätarna har valts så att uppgifterna finns i befintliga system och kan tas fram utan extra arbete.",
      "Kriterierna för bedömningen av framgången har avtalats så att de kan användas i resultatpremiesystemet från år 2020.",
      "Personalenkätens resultat gås igenom i varje enhet, och åtgärderna antecknas i enhetens verksamhetsplan.",
      "Den personliga utvecklingen stöds med coachning, mentorskap och deltagande i statens program för ledarutveckling.",
      "Arbetet med kunden i centrum fortsätter: tjänsterna utvecklas utifrån kundernas respons och uppgifterna om användningen.",
      "Digitaliseringen av ärendehanteringen framskrider enligt den plan som ledningsgruppen godkände i början av året.",
      "Parterna kan precisera avtalet vid behov, men ändringarna görs i första hand i samband med den årliga ledningsdiskussionen.",
    ],
    evaluationSummaries: ["Målen nåddes till största delen.", "Målen nåddes väl.", "Målen nåddes delvis; arbetet fortsätter.", "De flesta målen nåddes enligt planen."],
    evaluation: (date) => `Utvärderingen för 2019 gjordes vid ledningsdiskussionen den ${dmy(date)}. Se [anvisningen](../../goals/2020.md).`,
    brokenLinks: [
      "Se även [bilagan om mätarna](bilaga-matare.md).",
      "Resultatavtalet finns i [avtalsmappen](../../resultatavtal/2020.md).",
      "Se [anvisningen för 2019](../../goals/2019.md).",
    ],
  },
  fi: {
    agreementTitle: "Johtamissopimus",
    agencyHead: "Pääjohtaja",
    directorGeneral: "Osastopäällikkö",
    goalWord: "Tavoite",
    intro: [
      "Sopimus on suorituskyvyn mittaamista varten tuotettu kuvitteellinen esimerkki. Osapuolet ovat keksittyjä.",
      "Tämä johtamissopimus on keksitty, ja sitä käytetään vain työkalun nopeuden mittaamiseen.",
    ],
    commonIntro: [
      "Valtionhallinnon yhteisistä johtamisen tavoitteista on valittu hallinnonalan kannalta olennaiset ja sovittu niihin liittyvistä kehittämistoimenpiteistä.",
      "Johtamiskeskustelussa arvioitiin kehittämistarpeet, ja osapuolet valitsivat seuraavat yhteiset tavoitteet kehittämistoimenpiteineen.",
    ],
    paragraphs: [
      "Tulostavoitteet noudattavat viraston tulossopimusta ja hallitusohjelman tavoitteita hallinnonalalla.",
      "Tavoitteiden toteutumista seurataan johtoryhmässä neljännesvuosittain. Poikkeamat käsitellään seuraavassa johtamiskeskustelussa.",
      "Johtoryhmä jakaa tietoa avoimesti ja käy päätökset läpi henkilöstön kanssa hyvissä ajoin.",
      "Johtaja vastaa siitä, että jokaisella yksiköllä on osaamisen kehittämisen suunnitelma ja että sen toteutumista seurataan.",
      "Kehittämistoimenpiteet toteutetaan yhdessä henkilöstöhallinnon ja hallinnonalan muiden virastojen kanssa.",
      "Mittarit on valittu niin, että tiedot ovat olemassa olevissa järjestelmissä ja ne saadaan ilman lisätyötä.",
      "Onnistumisen arvioinnin kriteerit on sovittu niin, että niitä voidaan käyttää tulospalkkiojärjestelmässä vuodesta 2020 alkaen.",
      "Henkilöstökyselyn tulokset käydään läpi jokaisessa yksikössä, ja toimenpiteet kirjataan yksikön toimintasuunnitelmaan.",
      "Henkilökohtaista kehittymistä tuetaan valmennuksella, mentoroinnilla ja osallistumalla valtion johtajakehittämisen ohjelmaan.",
      "Asiakaslähtöistä työtä jatketaan: palveluja kehitetään asiakkaiden palautteen ja käyttötietojen perusteella.",
      "Asianhallinnan digitalisointi etenee johtoryhmän vuoden alussa hyväksymän suunnitelman mukaisesti.",
      "Osapuolet voivat tarvittaessa täsmentää sopimusta, mutta muutokset tehdään ensisijaisesti vuosittaisen johtamiskeskustelun yhteydessä.",
    ],
    evaluationSummaries: ["Tavoitteet saavutettiin pääosin.", "Tavoitteet saavutettiin hyvin.", "Tavoitteet saavutettiin osittain; työ jatkuu.", "Useimmat tavoitteet saavutettiin suunnitellusti."],
    evaluation: (date) => `Vuoden 2019 onnistumisen arviointi tehtiin johtamiskeskustelussa ${dmy(date)}. Katso [ohje](../../goals/2020.md).`,
    brokenLinks: [
      "Katso myös [mittareita koskeva liite](liite-mittarit.md).",
      "Tulossopimus on [sopimuskansiossa](../../tulossopimukset/2020.md).",
      "Katso [vuoden 2019 ohje](../../goals/2019.md).",
    ],
  },
};
