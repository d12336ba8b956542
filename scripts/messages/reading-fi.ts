import type { readingEn } from "./reading-en.js";
import type { Place, Shown } from "./types.js";

// The Finnish messages for reading a file. "Alkutiedot" is the front matter: the data between the two --- lines.

/** `"ministry"`, `"target" ("meters"-luettelon 1. kohta)`, `"goals"-luettelon 2. kohta`. */
function placeName(path: Place): string {
  if (path.length === 0) return "alkutiedot";
  const last = path.at(-1)!;
  if (typeof last === "number") return `"${String(path.at(-2))}"-luettelon ${last + 1}. kohta`;
  const index = path.findLastIndex((segment) => typeof segment === "number");
  if (index > 0) return `"${last}" ("${String(path[index - 1])}"-luettelon ${(path[index] as number) + 1}. kohta)`;
  return `"${last}"`;
}

function shown(value: Shown): string {
  switch (value.kind) {
    case "empty":
      return "tyhjä";
    case "list":
      return "luettelo";
    case "group":
      return "ryhmä avaimia";
    case "text":
      return `"${value.text}"`;
    case "boolean":
      return `kyllä/ei-arvo ${value.text}`;
    case "number":
      return value.text;
  }
}

const TYPES: Record<string, string> = {
  string: "tekstiä",
  integer: "kokonaisluku (kuten 2020)",
  number: "luku",
  array: "luettelo (rivit, jotka alkavat \"- \")",
  object: "ryhmä \"avain: arvo\" -rivejä",
  boolean: "true tai false",
};

const CHECK_SYNTAX = "Tarkista sisennykset ja kaksoispiste jokaisen avaimen jälkeen; kirjoita teksti, jossa on : tai #, lainausmerkkeihin.";
const ALIASES_HINT = "Kirjoita arvot kokonaan auki äläkä käytä YAML-ankkureita ja -viittauksia (& ja *).";
const README = "Katso sopimuksen muoto README.md-tiedostosta.";
const SAVE_UTF8 = "Tallenna tiedosto UTF-8-muodossa (useimmissa ohjelmissa: Tallenna nimellä… → Koodaus: UTF-8)";

export const readingFi: typeof readingEn = {
  "decode.utf16": () => ({ message: "Tiedosto on tallennettu UTF-16-muodossa (\"Unicode\"), ei UTF-8-muodossa.", hint: `${SAVE_UTF8}.` }),
  "decode.binary": () => ({
    message: "Tämä ei ole tekstitiedosto (siinä on binääridataa).",
    hint: "Sopimusten on oltava UTF-8-muodossa tallennettuja Markdown-tekstitiedostoja; siirrä muut tiedostot pois kansioista agreements/ ja goals/.",
  }),
  "decode.bad-byte": (p) => ({
    message: `Tiedostoa ei ole tallennettu UTF-8-muodossa: tavu 0x${p.byte} tässä kohdassa ei ole kelvollista UTF-8:aa.`,
    hint: `${SAVE_UTF8} ja tarkista sitten kirjaimet å, ä ja ö.`,
  }),
  "decode.too-large": (p) => ({
    message: `Tiedosto on liian suuri ollakseen sopimus (${p.size}; enimmäiskoko on ${p.limit}).`,
    hint: "Pidä liitteet ja aineistot kansion agreements/ ulkopuolella ja linkitä niihin.",
  }),
  "decode.too-many-lines": (p) => ({
    message: `Tiedostossa on yli ${p.limit} riviä, paljon enemmän kuin sopimuksessa; sitä ei tarkisteta pidemmälle.`,
    hint: "Pidä liitteet ja aineistot kansioiden agreements/ ja goals/ ulkopuolella ja linkitä niihin.",
  }),
  "decode.nesting": (p) => ({
    message: `Teksti on tässä sisäkkäin yli ${p.max} tasoa (luetteloita, lainauksia, hakasulkeita tai merkkejä * ja _ toistensa sisällä), mitä mikään sopimus ei tarvitse.`,
    hint: "Tarkista sisennykset ja tämän rivin alun merkit, että jokaisella [ on parinaan ], ja ettei tekstiin ole jäänyt pitkää * tai _ -merkkien jonoa.",
  }),
  "parse.empty": () => ({ message: "Tiedosto on tyhjä.", hint: "Sopimus alkaa alkutiedoilla: rivi ---, avaimet ja toinen rivi ---." }),
  "parse.no-opening": () => ({
    message: "Tiedosto ei ala alkutiedoilla (ensimmäisenä rivinä kolme viivaa: ---).",
    hint: "Kirjoita sopimuksen tiedot kahden ---‑rivin väliin aivan tiedoston alkuun; ensimmäisen ---‑rivin yläpuolella ei saa olla mitään.",
  }),
  "parse.unclosed": () => ({
    message: "Tällä rivillä alkavia alkutietoja ei ole suljettu.",
    hint: "Lisää kolmen viivan rivi (---) alkutietojen viimeisen avaimen jälkeen.",
  }),
  "parse.not-a-map": () => ({
    message: "Alkutietojen on oltava luettelo avaimia ja arvoja (avain: arvo), yksi kullakin rivillä.",
    hint: "Aloita jokainen rivi avaimella, kuten id:, title: tai ministry:.",
  }),
  "parse.duplicate-key": (p) => ({
    message: `Avain "${p.key}" esiintyy tässä kahdesti.`,
    hint: "Säilytä vain toinen tämän avaimen riveistä ja yhdistä niiden arvot.",
  }),
  "parse.too-deep": (p) => ({
    message: `Alkutiedot ovat tässä sisäkkäin yli ${p.max} tasoa, mitä mikään sopimus ei tarvitse.`,
    hint: "Tarkista sisennykset ja että jokaisella [ on parinaan ] ja jokaisella { parinaan }.",
  }),
  "parse.too-many": (p) => ({
    message: `Alkutiedoissa on yli ${p.max.toLocaleString("fi")} arvoa, paljon enemmän kuin sopimuksessa; niitä ei tarkisteta tästä eteenpäin.`,
    hint: "Pidä alkutiedoissa vain sopimuksen omat tiedot; siirrä luettelot ja taulukot muualle ja linkitä niihin.",
  }),
  "parse.unresolved-alias": (p) => ({
    message: `"*${p.name}" viittaa ankkuriin (&${p.name}), jota ei ole määritelty sen yläpuolella.`,
    hint: "Arvo, joka alkaa merkillä * tai &, on kirjoitettava lainausmerkkeihin, esimerkiksi \"*teksti*\".",
  }),
  "parse.looping-alias": (p) => ({ message: `"*${p.name}" viittaa arvoon, jonka osa se itse on, joten se ei pääty koskaan.`, hint: ALIASES_HINT }),
  "parse.alias-bomb": () => ({ message: "Alkutiedot toistavat ankkureita (*nimi) niin monta kertaa, ettei niitä voi lukea turvallisesti.", hint: ALIASES_HINT }),
  "parse.alias-unresolvable": () => ({ message: "Alkutietojen ankkureita (&nimi) ja viittauksia (*nimi) ei voi selvittää.", hint: ALIASES_HINT }),
  "yaml.too-deep": () => ({
    message: "Alkutiedot ovat liian syvälle sisäkkäin, jotta ne voitaisiin lukea.",
    hint: "Tarkista sisennykset ja että jokaisella [ on parinaan ] ja jokaisella { parinaan }.",
  }),
  "yaml.tab": () => ({ message: "Tämä rivi on sisennetty sarkaimella.", hint: "Sisennä välilyönneillä sarkainten sijaan (kaksi välilyöntiä tasoa kohden)." }),
  "yaml.bad-scalar-start": (p) => ({
    message: `Arvo ei voi alkaa merkillä ${p.character}, ellei se ole lainausmerkeissä.`,
    hint: `Kirjoita koko arvo lainausmerkkeihin, esimerkiksi "${p.character}…".`,
  }),
  "yaml.indented-continuation": () => ({
    message: "Tämä rivi on sisennetty enemmän kuin sen yläpuolella oleva avain, joten se luetaan tuon avaimen arvon jatkoksi.",
    hint: "Aloita jokainen avain samasta sarakkeesta kuin yläpuolella olevat avaimet; sisennä välilyönneillä, kaksi tasoa kohden.",
  }),
  "yaml.colon-space": () => ({
    message: "Tässä arvossa on kaksoispiste ja sen jälkeen välilyönti, joka luetaan toiseksi avaimeksi samalla rivillä.",
    hint: "Kirjoita koko arvo lainausmerkkeihin, esimerkiksi title: \"Sopimus: 2020\".",
  }),
  "yaml.not-lined-up": () => ({
    message: "Tämä rivi ei ole samassa linjassa yläpuolella olevien rivien kanssa.",
    hint: "Saman luettelokohdan avaimet alkavat samasta sarakkeesta; sisennä välilyönneillä, kaksi tasoa kohden.",
  }),
  "yaml.unclosed-quote": (p) => ({ message: `Tästä alkavaa lainausmerkkiä ${p.quote} ei ole suljettu.`, hint: `Lisää sulkeva ${p.quote} arvon loppuun.` }),
  "yaml.unclosed-flow": (p) => ({
    message: `Tästä alkavalla merkillä ${p.open} ei ole parina merkkiä ${p.close}, tai seuraavia rivejä ei ole sisennetty tarpeeksi.`,
    hint: `Sulje se merkillä ${p.close} samalla rivillä tai kirjoita kukin kohta omalle rivilleen.`,
  }),
  "yaml.key-not-lined-up": () => ({
    message: "Tämä avain ei ole samassa linjassa yläpuolella olevien avainten kanssa.",
    hint: "Saman tason avainten on alettava samasta sarakkeesta; sisennä välilyönneillä, kaksi tasoa kohden.",
  }),
  "yaml.not-key-value": () => ({
    message: "Tämä rivi ei ole muotoa \"avain: arvo\" (puuttuuko kaksoispiste avaimen jälkeen?).",
    hint: "Kirjoita jokainen rivi muodossa avain, kaksoispiste, välilyönti ja arvo; luettelon kohdat alkavat merkeillä \"- \" avaimensa alla.",
  }),
  "yaml.bad-escape": () => ({
    message: "Kenoviiva (\\) lainausmerkkien sisällä aloittaa erikoismerkin, eikä tämä erikoismerkki ole kelvollinen.",
    hint: "Kirjoita kenoviiva muodossa \\\\ tai kirjoita arvo yksinkertaisiin lainausmerkkeihin.",
  }),
  "yaml.multiple-docs": () => ({
    message: "Tämä rivi (... tai ---) päättää alkutiedot liian aikaisin.",
    hint: "Poista rivi tai kirjoita sen teksti lainausmerkkeihin.",
  }),
  "yaml.long-key": () => ({ message: "Tämä avain on yli 1 024 merkkiä pitkä; todennäköisesti jonkin avaimen jälkeen puuttuu kaksoispiste.", hint: CHECK_SYNTAX }),
  "yaml.anchors": () => ({
    message: "Tämän kohdan ankkurit (&nimi) ja viittaukset (*nimi) eivät ole kelvollista YAMLia.",
    hint: "Kirjoita arvot kokonaan auki; arvo, joka alkaa merkillä & tai *, on kirjoitettava lainausmerkkeihin.",
  }),
  "yaml.block-in-flow": () => ({
    message: "Tässä on merkeillä - alkavia luettelorivejä merkkien [ ] tai { } sisällä.",
    hint: "Kirjoita kohdat joko sulkeiden sisään yhdelle riville pilkuin erotettuina tai poista sulkeet ja kirjoita kukin kohta omalle rivilleen merkin - jälkeen.",
  }),
  "yaml.block-scalar-header": (p) => ({
    message: `Tämän rivin lopussa oleva ${p.indicator} aloittaa seuraaville riveille kirjoitettavan tekstin, joten sen jälkeen ei saa olla mitään tällä rivillä.`,
    hint: `Siirrä merkin ${p.indicator} jälkeinen teksti seuraavalle riville sisennettynä tai poista ${p.indicator} ja kirjoita koko arvo lainausmerkkeihin.`,
  }),
  "yaml.invisible-indent": (p) => ({
    message: `Tämä rivi on sisennetty näkymättömällä merkillä (${p.character}), joka ei ole välilyönti; se on usein kopioitu Wordista.`,
    hint: "Poista rivin alun sisennys ja kirjoita se uudelleen tavallisilla välilyönneillä (kaksi tasoa kohden).",
  }),
  // The yaml package's own words are English: the Finnish reader gets the place and what to check instead.
  "yaml.other": () => ({ message: "Alkutietoja ei voi lukea tästä kohdasta.", hint: CHECK_SYNTAX }),
  "schema.common-missing": (p) => ({
    message: `Tavoite ${placeName(p.place)} on yhteisten tavoitteiden osiossa, mutta siitä puuttuu tieto, mihin yhteiseen johtamisen tavoitteeseen se vastaa.`,
    hint: "Lisää \"common: <tavoitteen tunnus>\" tämän vuoden tavoiteluettelosta, esimerkiksi common: knowledge-based-management.",
  }),
  "schema.required": (p) => {
    const keys = p.missing.map((key) => `"${key}"`).join(", ");
    const where = p.place.length === 0 ? "alkutietoihin" : `kohdan ${placeName(p.place)} alle`;
    return {
      message: `${p.place.length === 0 ? "Alkutiedoista" : `Kohdasta ${placeName(p.place)}`} puuttuu ${p.missing.length > 1 ? "avaimet" : "avain"} ${keys}.`,
      hint: p.missing.length === 1 ? `Lisää rivi "${p.missing[0]}: …" ${where}.` : `Lisää rivi kullekin avaimelle ${keys} ${where}.`,
    };
  },
  "schema.unknown-key": (p) => ({
    message: `"${p.key}" ei ole tunnettu avain ${p.place.length === 0 ? "alkutiedoissa" : `kohdan ${placeName(p.place)} alla`}.`,
    hint: p.suggestion ? `Tarkoititko "${p.suggestion}"?` : `Tässä tunnetut avaimet: ${p.allowed.join(", ")}.`,
  }),
  "schema.enum": (p) => ({
    message: `Kohdan ${placeName(p.place)} arvon on oltava jokin seuraavista: ${p.allowed.join(", ")}; nyt se on ${shown(p.value)}.`,
    hint: p.suggestion ? `Tarkoititko "${p.suggestion}"?` : `Kirjoita jokin seuraavista: ${p.allowed.join(", ")}.`,
  }),
  "schema.type": (p) => ({
    message: `Kohdan ${placeName(p.place)} arvon on oltava ${p.expected.map((type) => TYPES[type] ?? type).join(" tai ")}; nyt se on ${shown(p.value)}.`,
    hint:
      p.expected.includes("string") && (p.value.kind === "number" || p.value.kind === "boolean")
        ? `Kirjoita arvo lainausmerkkeihin, esimerkiksi "${p.value.text}".`
        : p.expected.includes("integer") && p.value.kind === "text" && /^(?:0|[1-9]\d*)$/.test(p.value.text)
          ? `Poista lainausmerkit: kirjoita ${p.value.text} ilman niitä.`
          : p.expected.includes("integer") && p.value.kind === "text" && /^[-+]?(?:0[xo]|\d)/i.test(p.value.text)
            ? "Kirjoita luku pelkkinä numeroina, esimerkiksi 2020 (ei 2020.0, 0x7e4 tai +2020)."
          : p.value.kind === "empty"
            ? "Kirjoita arvo kaksoispisteen jälkeen tai poista rivi."
            : README,
  }),
  "schema.date": (p) => ({
    message: `Kohdan ${placeName(p.place)} arvon on oltava todellinen päivämäärä muodossa VVVV-KK-PP; nyt se on ${shown(p.value)}.`,
    hint: p.suggestion ? `Kirjoita ${p.suggestion}.` : "Kirjoita päivämäärä muodossa vuosi-kuukausi-päivä etunollineen, esimerkiksi 2020-04-30.",
  }),
  "schema.github": (p) => ({
    message: `Kohdan ${placeName(p.place)} arvon on oltava GitHub-käyttäjätunnus; nyt se on ${shown(p.value)}.`,
    hint: "Kirjoita pelkkä käyttäjätunnus ilman @-merkkiä tai verkko-osoitetta, esimerkiksi maria-exempel.",
  }),
  "schema.id": (p) => ({
    message: `Kohdassa ${placeName(p.place)} saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä; nyt se on ${shown(p.value)}.`,
    hint: p.suggestion ? `Tarkoititko "${p.suggestion}"?` : "Käytä lyhyttä tunnusta, kuten vm-kansliapaallikko: ei välilyöntejä, isoja kirjaimia eikä kirjaimia å, ä, ö.",
  }),
  "schema.min-items": (p) => ({
    message: `Kohdassa ${placeName(p.place)} on oltava vähintään ${p.limit} ${p.limit === 1 ? "kohta" : "kohtaa"}.`,
    hint: `Lisää kohtia kohdan ${placeName(p.place)} alle, kukin omalle rivilleen merkkien "- " jälkeen.`,
  }),
  "schema.empty": (p) => ({ message: `Kohta ${placeName(p.place)} on tyhjä.`, hint: `Kirjoita arvo kohtaan ${placeName(p.place)}.` }),
  "schema.empty-levels": (p) => ({ message: `Kohta ${placeName(p.place)} on tyhjä.`, hint: "Anna vähintään yksi taso, esimerkiksi good: \">= 80 %\"." }),
  "schema.year": (p) => ({
    message: `Kohdan ${placeName(p.place)} arvon on oltava vuosi väliltä 2000–2100; nyt se on ${shown(p.value)}.`,
    hint: "Kirjoita vuosi neljällä numerolla, esimerkiksi 2020.",
  }),
  "schema.other": (p) => ({ message: `Kohdan ${placeName(p.place)} arvo ei kelpaa.`, hint: README }),
  "schema.too-many": (p) => ({
    message: `Alkutiedoissa on enemmän ongelmia kuin tätä ennen luetellut ${p.max}.`,
    hint: "Korjaa ensin luetellut ongelmat ja tarkista tiedosto sitten uudelleen nähdäksesi loput.",
  }),
};
