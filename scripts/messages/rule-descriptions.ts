import type { Language } from "./types.js";

/**
 * What each rule checks, in Finnish and Swedish, for `lint --list-rules` and the SARIF rule metadata; the
 * English is the rule's own `description`. Keyed by rule id: the meta-test in test/messages/rule-descriptions.test.ts
 * fails when a rule of the registry has no text here, or one is left over.
 */
export const RULE_DESCRIPTIONS: Readonly<Record<"fi" | "sv", Readonly<Record<string, string>>>> = {
  fi: {
    "agreed-in-cycle": "Päivämäärän agreed: on osuttava vuoden kierrokseen: ei ennen edellisen ohjeen määräaikaa eikä toimikauden jälkeen.",
    "bonus-not-applicable": "Sellaisen vuoden arvioinnissa, jolta ei makseta tulospalkkiota, ei saa ehdottaa tulospalkkiota.",
    "broken-link": "Tekstin suhteellisten linkkien ja kuvien on osoitettava tiedostoihin, jotka ovat säilössä.",
    catalogue: "Vuoden tavoiteluettelon (goals/<vuosi>.md) on noudatettava luettelon muotoa ja oltava ristiriidaton.",
    "comment-in-value": "Arvo ei saa katketa #-merkkiin, jonka YAML lukee kommentin aluksi.",
    "common-goals-missing": "Jokaisessa sopimuksessa on oltava ainakin yksi valtionhallinnon yhteisistä johtamisen tavoitteista (section: common).",
    "criteria-missing": "Kun tavoitteet vaikuttavat tulospalkkioon, jokaisella tavoitteella on oltava kriteerit onnistumisen arvioimiseksi.",
    "duplicate-goal-id": "Sopimuksen jokaisella tavoitteella on oltava oma tunnisteensa (id).",
    "evaluation-missing": "Vuoden ohjeen edellyttämän onnistumisen arvioinnin (edellisen vuoden) on oltava sopimuksessa.",
    "front-matter-syntax": "Tiedoston on oltava UTF-8-tekstiä, joka alkaa kahden ---rivin välisillä YAML-tiedoilla.",
    "id-file-name": "Sopimuksen tunnisteen (id) on oltava sen tiedostonimi ilman päätettä .md.",
    "late-update": "Sopimus sovittiin vasta sen vuoden ohjeen määräajan jälkeen, johon se vastaa.",
    "legacy-model": "Sopimus käyttää yhä vuotta 2017 edeltävää sopimusmallia.",
    "measures-missing": "Jokaisen yhteisen tavoitteen kohdalla on lueteltava sille sovitut kehittämistoimenpiteet.",
    "meters-missing": "Kun tavoitteet vaikuttavat tulospalkkioon, jokaisella tavoitteella on oltava vähintään yksi mittari.",
    "ministry-folder": "Sopimuksen kohdan ministry: on vastattava ministeriön kansiota, jossa se on (agreements/<ministeriön tunnus pienin kirjaimin>/).",
    "not-updated": "Sopimus on päivitettävä uudemman vuoden ohjeen mukaiseksi, kun ohjeen määräaika on mennyt.",
    "parties-distinct": "Virkamiehen ja esihenkilön on oltava kaksi eri GitHub-tiliä.",
    "personal-identity-code": "Missään tiedostossa ei saa olla henkilötunnusta.",
    schema: "Sopimuksen alun YAML-tiedoissa on oltava sopimusmuodon mukaiset kohdat ja arvot.",
    "sections-missing": "Sopimuksen tekstissä on oltava otsikko jokaiselle sopimusmallin osiolle sopimuksen kielellä.",
    "term-dates": "Toimikauden on alettava ennen kuin se päättyy, sopimusta ei saa sopia ennen sitä, ja sen arviointien on osuttava toimikauteen.",
    "to-be-filled": "Paikkamerkit (TO BE FILLED, tai to-be-filled arviona tai tulospalkkiona) on korvattava varsinaisella sisällöllä.",
    "unique-id": "Kunkin sopimuksen tunnistetta (id) saa käyttää vain se sopimus.",
    "unknown-common-goal": "Yhteisen tavoitteen on nimettävä jokin vuoden ohjeen yhteisten tavoitteiden tunnisteista.",
    "unknown-cycle": "Sopimuksen kohdan cycle: on nimettävä vuosi, jolle kansiossa goals/ on luettava tavoiteluettelo.",
    "waiver-expired": "Poikkeus (waiver), joka vaientaa säännön tämän sopimuksen osalta, ei saa olla päättynyt.",
  },
  sv: {
    "agreed-in-cycle": "Datumet agreed: ska ligga inom årets omgång: inte före den föregående anvisningens tidsfrist och inte efter mandatperioden.",
    "bonus-not-applicable": "En utvärdering av ett år utan resultatpremiesystem får inte föreslå en resultatpremie.",
    "broken-link": "Relativa länkar och bilder i texten ska peka på filer som finns i förrådet.",
    catalogue: "En årlig målkatalog (goals/<år>.md) ska följa katalogens format och vara konsekvent i sig.",
    "comment-in-value": "Ett värde får inte klippas av ett #-tecken som YAML läser som början på en kommentar.",
    "common-goals-missing": "Varje avtal ska innehålla minst ett av statsförvaltningens gemensamma mål för ledningen (section: common).",
    "criteria-missing": "När målen påverkar resultatpremien ska varje mål ha kriterier för att bedöma framgången.",
    "duplicate-goal-id": "Varje mål i ett avtal ska ha sin egen identifierare (id).",
    "evaluation-missing": "Utvärderingen av framgången som årets anvisning kräver (föregående års) ska finnas i avtalet.",
    "front-matter-syntax": "Filen ska vara UTF-8-text som börjar med YAML-uppgifter mellan två ---rader.",
    "id-file-name": "Avtalets identifierare (id) ska vara dess filnamn utan .md.",
    "late-update": "Avtalet avtalades efter tidsfristen i den årliga anvisning som det svarar på.",
    "legacy-model": "Avtalet använder fortfarande avtalsmodellen från före 2017.",
    "measures-missing": "Varje gemensamt mål ska ange de utvecklingsåtgärder som avtalats för det.",
    "meters-missing": "När målen påverkar resultatpremien ska varje mål ha minst en mätare.",
    "ministry-folder": "Avtalets ministry: ska stämma med ministeriets mapp där det ligger (agreements/<ministeriets kod med små bokstäver>/).",
    "not-updated": "Avtalet ska uppdateras enligt en nyare årlig anvisning när den anvisningens tidsfrist har gått ut.",
    "parties-distinct": "Tjänstemannen och den överordnade ska vara två olika GitHub-konton.",
    "personal-identity-code": "Ingen fil får innehålla en finländsk personbeteckning.",
    schema: "Avtalets YAML-uppgifter i början ska ha avtalsformatets nycklar och värden.",
    "sections-missing": "Avtalets text ska ha en rubrik för varje avsnitt i avtalsmodellen, på avtalets språk.",
    "term-dates": "Mandatperioden ska börja innan den slutar, avtalet får inte avtalas före den, och dess utvärderingar ska dateras inom den.",
    "to-be-filled": "Platshållare (TO BE FILLED, eller to-be-filled som bedömning eller resultatpremie) ska ersättas med det verkliga innehållet.",
    "unique-id": "Varje avtals identifierare (id) får användas av det avtalet endast.",
    "unknown-common-goal": "Ett gemensamt mål ska ange en identifierare bland de gemensamma målen i årets anvisning.",
    "unknown-cycle": "Avtalets cycle: ska ange ett år som har en läsbar målkatalog i mappen goals/.",
    "waiver-expired": "Ett undantag (waiver) som tystar en regel för detta avtal får inte ha passerat sitt slutdatum.",
  },
};

/** The rule's description in the language; English is the rule's own. */
export function ruleDescription(rule: { id: string; description: string }, language: Language | undefined): string {
  if (language === undefined || language === "en") return rule.description;
  return RULE_DESCRIPTIONS[language][rule.id] ?? rule.description;
}

/** The words SARIF's help adds after the description. */
export const SARIF_HELP: Readonly<Record<Language, { text: (docs: string) => string; markdown: (docs: string) => string }>> = {
  en: {
    text: (docs) => `Each finding says what to change. The rule's documentation shows a bad and a good example and how to fix it: ${docs}`,
    markdown: (docs) => `Each finding says what to change. [The rule's documentation](${docs}) shows a bad and a good example and how to fix it.`,
  },
  fi: {
    text: (docs) => `Jokainen havainto kertoo, mitä muuttaa. Säännön ohjeessa on huono ja hyvä esimerkki ja neuvot korjaamiseen: ${docs}`,
    markdown: (docs) => `Jokainen havainto kertoo, mitä muuttaa. [Säännön ohjeessa](${docs}) on huono ja hyvä esimerkki ja neuvot korjaamiseen.`,
  },
  sv: {
    text: (docs) => `Varje fynd säger vad som ska ändras. Regelns dokumentation visar ett dåligt och ett bra exempel och hur det rättas: ${docs}`,
    markdown: (docs) => `Varje fynd säger vad som ska ändras. [Regelns dokumentation](${docs}) visar ett dåligt och ett bra exempel och hur det rättas.`,
  },
};
