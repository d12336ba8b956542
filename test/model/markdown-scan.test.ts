import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Heading, Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { compareAgreements } from "../../scripts/changes/compare.js";
import { collectMarkdownFiles } from "../../scripts/lint/collect.js";
import { fileKind } from "../../scripts/layout/paths.js";
import { lint } from "../../scripts/lint/engine.js";
import { bodyHeadings, bodyLinkTargets } from "../../scripts/model/body-outline.js";
import { decodeText } from "../../scripts/model/decode.js";
import { parseFile, type AgreementFile } from "../../scripts/model/document.js";
import { splitFrontMatter } from "../../scripts/model/front-matter.js";
import { parseMarkdownBody } from "../../scripts/model/markdown.js";
import { headingNode, linkNode, scanBody, scanHeadings } from "../../scripts/model/markdown-scan.js";
import { loadValidators } from "../../scripts/model/validate.js";
import { RULES } from "../../scripts/rules/index.js";
import { builtFixtureAgreements, REPOSITORY_ROOT } from "../helpers/fixtures.js";

const validators = loadValidators(RULES.map((rule) => rule.id));

/** The top-level headings as the full parse (what lint and the renderers read) gives them. */
function parsedHeadings(body: string) {
  return parseMarkdownBody(body)
    .children.filter((node): node is Heading => node.type === "heading")
    .map((node) => ({ depth: node.depth, line: node.position!.start.line, text: textOf(node), start: node.position!.start.offset, end: node.position!.end.offset }));
}

/** Every link, image and definition of the full parse, in document order, as the scan reports links. */
function parsedLinks(body: string) {
  const found: Array<{ type: string; url: string; start: number; end: number }> = [];
  const stack: Nodes[] = [parseMarkdownBody(body)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "link" || node.type === "image" || node.type === "definition") found.push({ type: node.type, url: node.url, start: node.position!.start.offset!, end: node.position!.end.offset! });
    if ("children" in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return found;
}

/** The same for the scan's links, each also turned into the node lint's fast path reads, position for position. */
function scannedLinks(body: string) {
  const links = scanBody(body)?.links;
  return links?.map((link) => {
    const node = linkNode(link);
    return { type: node.type, url: node.url, start: node.position!.start.offset!, end: node.position!.end.offset! };
  });
}

/** The parse's link nodes' url, title and position (line and column too), to compare with linkNode's. */
function parsedLinkNodes(body: string) {
  const positions: unknown[] = [];
  const stack: Nodes[] = [parseMarkdownBody(body)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "link") positions.push({ url: node.url, title: node.title, position: node.position });
    if ("children" in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return positions;
}

function parsedHeadingNodes(body: string): Heading[] {
  return parseMarkdownBody(body).children.filter((node): node is Heading => node.type === "heading");
}

function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(textOf).join("");
  return "";
}

/** The rule fixtures' agreements built from the base agreement (test/helpers/agreement.ts), by the path they would have as files. */
const BUILT = new Map(builtFixtureAgreements().map((file) => [file.path, file.bytes] as const));

function everyMarkdownFile(): string[] {
  return [...collectMarkdownFiles(REPOSITORY_ROOT, ["agreements", "goals", "test/fixtures"], []), ...BUILT.keys()];
}

/** A file of the corpus: on disk, or built in memory. */
function bytesOf(path: string): Buffer {
  return BUILT.get(path) ?? readFileSync(join(REPOSITORY_ROOT, path));
}

function bodyOf(path: string): string | undefined {
  const decoded = decodeText(bytesOf(path));
  return decoded.parseable ? splitFrontMatter(decoded.text).body : undefined;
}

describe("the cheap heading scan", () => {
  it("finds exactly the parser's headings in every fixture, example and catalogue it reads, and reads most of them", () => {
    const paths = everyMarkdownFile();
    expect(paths.length).toBeGreaterThan(100);
    let read = 0;
    let headings = 0;
    for (const path of paths) {
      const body = bodyOf(path);
      if (body === undefined) continue;
      const scanned = scanHeadings(body);
      if (!scanned) continue;
      read++;
      headings += scanned.length;
      expect(scanned, path).toEqual(parsedHeadings(body));
      // As nodes, position for position: what sections-missing reads in lint's fast path.
      expect(scanned.map(headingNode), path).toEqual(parsedHeadingNodes(body));
    }
    // A scan that gives up on everything would pass the comparison and save nothing.
    expect(read).toBeGreaterThan(paths.length * 0.7);
    expect(headings).toBeGreaterThan(500);
  });

  it("reads every shipped example agreement (the common case it exists for)", () => {
    for (const path of collectMarkdownFiles(REPOSITORY_ROOT, ["agreements"], [])) expect(scanHeadings(bodyOf(path)!), path).toBeDefined();
  });

  it("agrees with the parser or gives up, for any mix of Markdown lines", () => {
    const line = fc.constantFrom(
      "", "", "", "# Rubrik", "## Resultatmål", "###### Sex", "####### Sju", "#Utan mellanslag", "## Med # inne", "## Slut #", "##  Två mellanslag", "## Slut ", "   ## Indrag",
      "    ## Kod", "\t## Flik", "## *Kursiv*", "## Länk [a](b.md)", "## A &amp; B", "## `kod`", "## \\# fly", "## Rubrik ä ö 😀", "#", "## ",
      "Text med [länk](../x.md).", "Rubrik", "===", "---", "- punkt", "* punkt", "+ punkt", "1. numrerad", "2) numrerad", "> citat", "```", "~~~",
      "<!-- kommentar", "-->", "<div>", "[ref]: mål.md", "  fortsättning", "    kod", "___", "text\r", "a\u2028b", "\u00a0## nbsp", "## nbsp\u00a0",
    );
    // Mostly lines the scan reads, so that many bodies are read through and the odd line is tried in context.
    const common = fc.constantFrom("", "# Rubrik", "## Resultatmål", "### Under", "Text.", "Text med [länk](../x.md).", "[a](b.md) i början", "  fortsättning", "    indragen");
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: common, weight: 30 }, { arbitrary: line, weight: 1 }), { maxLength: 40 }), (lines) => {
        const body = lines.join("\n");
        const scanned = scanHeadings(body);
        if (scanned) {
          answered++;
          expect(scanned).toEqual(parsedHeadings(body));
          expect(scanned.map(headingNode)).toEqual(parsedHeadingNodes(body));
        }
      }),
      { numRuns: 2000 },
    );
    expect(answered).toBeGreaterThan(200);
  });

  it("reads a plain body whatever its paragraphs hold, so the common case is never left to the parser", () => {
    const paragraph = fc.string({ unit: fc.constantFrom(..."abc äö 1.,:;()'\"%-=/#*_[]<>&!`".split("")), maxLength: 60 }).map((text) => `Text ${text}`);
    const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.string({ unit: fc.constantFrom(..."Abc äö 1-,.:()".split("")), minLength: 1, maxLength: 30 }))
      .filter(([, text]) => text.trim() === text)
      .map(([depth, text]) => `${"#".repeat(depth)} ${text}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(paragraph, heading, fc.constant("")), { maxLength: 30 }), (lines) => {
        const body = lines.join("\n");
        const scanned = scanHeadings(body);
        expect(scanned).toBeDefined();
        expect(scanned).toEqual(parsedHeadings(body));
      }),
      { numRuns: 500 },
    );
  });
});

describe("a lazily parsed body (history and diff)", () => {
  const paths = everyMarkdownFile();

  it("is the same model as the eager parse once read", () => {
    for (const path of paths) {
      const bytes = bytesOf(path);
      const kind = fileKind(path.replace(/^test\/fixtures\/.*?\/(?=agreements\/|goals\/)/, ""));
      const eager = parseFile(path, bytes, kind, validators, { fast: true });
      const lazy = parseFile(path, bytes, kind, validators, { fast: true, lazyBody: true });
      const model = (file: typeof eager) => ({ ...file, frontMatter: file.frontMatter?.data, source: file.source.text });
      expect(model(lazy), path).toStrictEqual(model(eager));
    }
  });

  it("gives the same change between any two versions as the eager parse", () => {
    const agreements = paths.filter((path) => fileKind(path.replace(/^test\/fixtures\/.*?\/(?=agreements\/|goals\/)/, "")) === "agreement");
    expect(agreements.length).toBeGreaterThan(50);
    const read = (path: string, lazyBody: boolean) => parseFile(path, bytesOf(path), "agreement", validators, { fast: true, lazyBody }) as AgreementFile;
    let withSections = 0;
    // Each file against the next: unrelated agreements, fixtures that differ in one place, broken ones.
    for (const [index, path] of agreements.entries()) {
      const other = agreements[(index + 1) % agreements.length]!;
      const lazy = compareAgreements({ status: "modified", path, before: read(other, true), after: read(path, true) });
      const eager = compareAgreements({ status: "modified", path, before: read(other, false), after: read(path, false) });
      expect(lazy, `${other} -> ${path}`).toEqual(eager);
      if (eager.sections.length > 0) withSections++;
    }
    expect(withSections).toBeGreaterThan(10);
  });

  it("is not parsed when the two versions' texts are the same", () => {
    const path = "agreements/vm/vm-statssekreterare.md";
    const text = readFileSync(join(REPOSITORY_ROOT, path), "utf8");
    const read = (source: string) => parseFile(path, Buffer.from(source), "agreement", validators, { fast: true, lazyBody: true }) as AgreementFile;
    let reads = 0;
    /** The file, with each read of its tree counted. */
    const counted = (file: AgreementFile) => {
      const lazy = Object.getOwnPropertyDescriptor(file, "bodyTree")!;
      expect(lazy.get).toBeDefined();
      Object.defineProperty(file, "bodyTree", { ...lazy, get: () => (reads++, lazy.get!.call(file)) });
      return file;
    };
    const before = counted(read(text));
    const after = counted(read(text.replace(/^cycle: 2020$/m, "cycle: 2021")));
    expect(after.agreement?.cycle).toBe(2021);
    const change = compareAgreements({ status: "modified", path, before, after });
    expect(change.fields.map((field) => field.field)).toContain("cycle");
    expect(change.sections).toEqual([]);
    expect(reads).toBe(0);
    // A changed text is compared: its sections are read (by the scan), and the tree is still there on demand.
    const edited = counted(read(text.replace("## ", "## Ny rubrik ")));
    expect(compareAgreements({ status: "modified", path, before, after: edited }).sections).not.toEqual([]);
    expect(edited.bodyTree?.type).toBe("root");
    expect(reads).toBe(1);
  });
});

describe("lint's fast path over the scan", () => {
  const path = "agreements/vm/vm-statssekreterare.md";
  const text = readFileSync(join(REPOSITORY_ROOT, path), "utf8");
  const goals = { path: "goals/2020.md", bytes: readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md")) };
  const lintText = (source: string, positioned: boolean) =>
    lint({ files: [{ path, bytes: Buffer.from(source) }, goals], rules: RULES, today: "2020-05-01", validators, positioned, pathExists: (target) => existsSync(join(REPOSITORY_ROOT, target)) }).findings;

  /** A lazily read file whose tree reads are counted. */
  function counted(source: string) {
    const file = parseFile(path, Buffer.from(source), "agreement", validators, { fast: true, lazyBody: true }) as AgreementFile;
    const lazy = Object.getOwnPropertyDescriptor(file, "bodyTree")!;
    const reads = { count: 0 };
    Object.defineProperty(file, "bodyTree", { ...lazy, get: () => (reads.count++, lazy.get!.call(file)) });
    return { file, reads };
  }

  it("reads a plain body's headings and links without parsing it, and parses a body with a link", () => {
    // An example whose text has no link at all.
    const plain = counted(readFileSync(join(REPOSITORY_ROOT, "agreements", "okm", "okm-kanslichef.md"), "utf8"));
    expect(bodyHeadings(plain.file).map((heading) => heading.depth)).toContain(2);
    expect(bodyLinkTargets(plain.file)).toEqual([]);
    expect(plain.reads.count).toBe(0);
    // A plain inline link is read by the scan too; an image is left to the parser.
    const linked = counted(`${text}\nSe [anvisningen](../../goals/2020.md).\n`);
    expect(bodyLinkTargets(linked.file).map((node) => node.url)).toContain("../../goals/2020.md");
    expect(linked.reads.count).toBe(0);
    const image = counted(`${text}\nSe ![bild](../../goals/2020.md).\n`);
    expect(bodyLinkTargets(image.file).map((node) => node.url)).toContain("../../goals/2020.md");
    expect(image.reads.count).toBe(1);
  });

  it.each([
    ["inside fenced code", (heading: string) => `\`\`\`\n${heading}\n\`\`\``, true],
    ["inside an HTML comment", (heading: string) => `<!--\n${heading}\n-->`, true],
    ["as indented code", (heading: string) => `    ${heading}`, true],
    ["after a line it continues", (heading: string) => `Text\n    ${heading}`, true],
    ["in a quote", (heading: string) => `> ${heading}`, false],
    ["in a list", (heading: string) => `- ${heading}`, false],
    ["in a link definition's title", (heading: string) => `[x]: /y "\n${heading}\n"`, false],
  ])("reads a section heading written %s as the parser does", (_, hide, missing) => {
    const heading = "## Resultatmål";
    expect(text).toContain(`\n${heading}\n`);
    const hostile = text.replace(`\n${heading}\n`, `\n${hide(heading)}\n`);
    const fast = lintText(hostile, false);
    expect(fast.map((finding) => finding.rule).includes("sections-missing")).toBe(missing);
    expect(fast).toEqual(lintText(hostile, true));
  });

  it("reads a catalogue's links only when its body has any (its body is lazy on every path)", () => {
    const catalogue = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
    expect(catalogue).not.toMatch(/^---\n[\s\S]*?\n---\n[\s\S]*[[<]/);
    const run = (text: string) =>
      lint({ files: [{ path: "goals/2020.md", bytes: Buffer.from(text) }], rules: RULES, today: "2020-05-01", validators, pathExists: (target) => existsSync(join(REPOSITORY_ROOT, target)) }).findings;
    expect(run(catalogue).filter((finding) => finding.rule === "broken-link")).toEqual([]);
    const broken = run(`${catalogue}\nSe [bilagan](bilaga-saknas.md).\n`).filter((finding) => finding.rule === "broken-link");
    expect(broken.map((finding) => finding.file)).toEqual(["goals/2020.md"]);
  });

  it("still finds a broken link written as an image, a reference definition or inside HTML", () => {
    for (const link of ["![bild](../../missing.png)", "[x]\n\n[x]: ../../missing.md", "<a href=x>[y](../../missing.md)</a>"]) {
      const broken = `${text}\n${link}\n`;
      const fast = lintText(broken, false);
      expect(fast.map((finding) => finding.rule), link).toContain("broken-link");
      expect(fast).toEqual(lintText(broken, true));
    }
  });
});

describe("the cheap link scan", () => {
  /** Checks the scan against the parse for one body; true when the scan read the links. */
  function agrees(body: string, label = body): boolean {
    const scanned = scanBody(body);
    if (!scanned) return false;
    expect(scanned.headings, label).toEqual(parsedHeadings(body));
    if (!scanned.links) return false;
    expect(scannedLinks(body), label).toEqual(parsedLinks(body));
    expect(scanned.links.map(linkNode).map(({ url, title, position }) => ({ url, title, position })), label).toEqual(parsedLinkNodes(body));
    return true;
  }

  it("finds exactly the parser's links in every fixture, example and catalogue it reads", () => {
    const paths = everyMarkdownFile();
    let read = 0;
    let links = 0;
    for (const path of paths) {
      const body = bodyOf(path);
      if (body === undefined || !agrees(body, path)) continue;
      read++;
      links += scanBody(body)!.links!.length;
    }
    expect(read).toBeGreaterThan(paths.length * 0.7);
    expect(links).toBeGreaterThan(10);
  });

  it("reads the bodies of the benchmark's generated agreements (a bulleted list and a link)", () => {
    const body = [
      "# Ledningsavtal: Generaldirektör, Statens utbildningscenter",
      "",
      "## Statsförvaltningens gemensamma mål för ledningen",
      "",
      "- **Kompetensutveckling för personalen**: Kompetenskartläggning för alla enheter",
      "- **Digitalisering**: Nya tjänster",
      "",
      "## Utvärdering av framgången",
      "",
      "Utvärderingen för 2019 gjordes den 16.2.2020. Se [anvisningen](../../goals/2020.md).",
      "",
    ].join("\n");
    expect(agrees(body)).toBe(true);
    expect(scanBody(body)!.links!.map((link) => link.url)).toEqual(["../../goals/2020.md"]);
  });

  it.each([
    ["a link in a code span", "Se `[a](b.md)` här."],
    ["a code span across lines", "Se `kod\n[a](b.md)` här."],
    ["nested brackets", "Se [[a](b.md)] här."],
    ["brackets in the text", "Se [a [b] c](d.md)."],
    ["a reference link with its definition", "Se [a][b].\n\n[b]: c.md"],
    ["a shortcut reference", "[a]\n\n[a]: c.md"],
    ["a definition in a list", "- [a]: c.md\n\n[a]"],
    ["an autolink", "Se <https://example.org/x.md> och [a](b.md)."],
    ["a link title", "Se [a](b.md \"titel\")."],
    ["a link title in quotes only", "Se [a](b.md'titel')."],
    ["escaped brackets", "Se \\[a](b.md) och [c](d.md)."],
    ["an escape in the target", "Se [a](b\\_c.md)."],
    ["a character reference in the target", "Se [a](b&amp;c.md)."],
    ["HTML around the link", "<a href=\"[x](y.md)\">[a](b.md)</a>"],
    ["inline HTML before", "Text <span title=\"[\">[a](b.md)</span>"],
    ["an image", "Se ![bild](b.png)."],
    ["a link with a space before the target", "Se [a] (b.md)."],
    ["a target in angle brackets", "Se [a](<b c.md>)."],
    ["parentheses in the target", "Se [a](b(c).md)."],
    ["a link over two lines", "Se [a\nb](c.md)."],
    ["a link in indented code", "    [a](b.md)"],
    ["a link in a list item's indented paragraph", "- punkt\n\n    [a](b.md)"],
    ["a link in a lazy continuation", "- punkt\n[a](b.md)"],
    ["a link in a nested list", "- punkt\n  - [a](b.md)"],
    ["a link after a four-space continuation", "Text\n    [a](b.md)"],
    ["a link in a numbered list", "1. Se [a](b.md).\n2) Och [c](d.md)."],
    ["a link in a quote", "> [a](b.md)"],
    ["a link under a setext heading", "[a](b.md)\n---"],
    ["a thematic break that looks like a list", "- - -\n[a](b.md)"],
    ["a list item after a paragraph", "Text\n- [a](b.md)"],
    ["a numbered item after a paragraph", "Text\n2. [a](b.md)"],
    ["an empty link", "[](b.md) och [a]()"],
    ["a non-breaking space line", "Text\n\u00a0\n    [a](b.md)"],
    ["a bold list item", "- **Mål**: [a](b.md)\n* **Mål**: c\n+ d"],
    ["a line of stars", "***\n[a](b.md)"],
    ["a thematic break that starts like a list item", "* **\n    [a](b.md)"],
    ["indented code in a list item", "- punkt\n\n        [a](b.md)"],
    ["a heading in a list item's second paragraph", "- punkt\n\n  ## Resultatmål\n"],
    ["a bold paragraph", "**Fet** text [a](b.md)\n__x__"],
    ["brackets in the target", "Se [a](b[c].md) och [d](e]f.md)."],
    ["an unclosed link before many brackets", `Se [a](x${"[y".repeat(2000)}`],
  ])("agrees with the parser on %s, or leaves it to the parser", (_, body) => {
    agrees(body);
    agrees(`# Rubrik\n\n${body}\n\n## Slut\n`);
  });

  it("gives up on every hostile case whose links it cannot read for certain", () => {
    for (const body of ["Se `[a](b.md)` här.", "Se [a][b].\n\n[b]: c.md", "Se [[a](b.md)] här.", "<a href=\"[x](y.md)\">[a](b.md)</a>", "Se \\[a](b.md).", "Se ![bild](b.png).", "Se [a](b.md \"t\")."]) {
      expect(scanBody(body)?.links, body).toBeUndefined();
    }
  });

  it("agrees with the parser or gives up, for any mix of lists, links and odd lines", () => {
    const cleanLink = fc.tuple(fc.constantFrom("länk", "", "a b", "**fet**", "16.2.", "_x_"), fc.constantFrom("../x.md", "b.md", "https://example.org/a?b=c#d", "#ankare", "a%20b.md", "ä.md"))
      .map(([label, url]) => `[${label}](${url})`);
    const oddLink = fc.tuple(
      fc.constantFrom("", "!", "\\", "<", "`", "["),
      fc.constantFrom("länk", "`kod`", "[inre]", "a\\]", "!", "<b>"),
      fc.constantFrom("](", "] (", "]", "]["),
      fc.constantFrom("../x.md", "(x)", "a b", "<a>", "a\\)", "a&amp;b", "", "a\"b", "a'b"),
      fc.constantFrom(")", " \"t\")", "", "]"),
    ).map((parts) => parts.join(""));
    const cleanWords = fc.constantFrom("Text", "Se", "**Mål**:", "16.2.2020", "a & b", "(x)", "*", "_x_", "");
    const oddWords = fc.constantFrom("#", "]:", "<!--", "`", "\\", "[", "]");
    const inline = (link: fc.Arbitrary<string>, words: fc.Arbitrary<string>) => fc.array(fc.oneof(link, words, cleanWords), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" "));
    const cleanPrefix = fc.constantFrom("", "", "", "- ", "- ", "* ", "+ ", "1. ", "2) ", "  ", "    ");
    const oddPrefix = fc.constantFrom("  - ", "> ", "-  ", "-\t", "\t", "- # ", "# ", "## ", "1.", "- [a]: ", "[", "    - ", "   ");
    const cleanLine = fc.tuple(cleanPrefix, inline(cleanLink, cleanWords)).map(([head, tail]) => head + tail);
    const oddLine = fc.oneof(
      fc.tuple(fc.oneof(cleanPrefix, oddPrefix), inline(fc.oneof(cleanLink, oddLink), fc.oneof(cleanWords, oddWords))).map(([head, tail]) => head + tail),
      fc.constantFrom("---", "===", "- - -", "***", "```", "\u00a0", "[a]: b.md", "    kod", "--", "-"),
    );
    const line = fc.oneof({ arbitrary: cleanLine, weight: 12 }, { arbitrary: fc.constantFrom("", "## Rubrik"), weight: 4 }, { arbitrary: oddLine, weight: 1 });
    let answered = 0;
    let withLinks = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        const body = lines.join("\n");
        if (agrees(body)) {
          answered++;
          if (scanBody(body)!.links!.length > 0) withLinks++;
        }
      }),
      { numRuns: 2000 },
    );
    expect(answered).toBeGreaterThan(400);
    expect(withLinks).toBeGreaterThan(300);
  });

  it("reads generated bodies of headings, paragraphs, simple lists and plain links through", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abc äö 1.,:;()%-=/#*_&".split("")), maxLength: 30 });
    const plainLink = fc.tuple(fc.string({ unit: fc.constantFrom(..."abc äö 1-*_".split("")), maxLength: 12 }), fc.string({ unit: fc.constantFrom(..."abc./-_%#?=:".split("")), minLength: 1, maxLength: 20 }))
      .map(([label, url]) => `[${label}](${url})`);
    const inline = fc.array(fc.oneof(word, plainLink), { minLength: 1, maxLength: 4 }).map((parts) => `Text ${parts.join(" ")}`);
    const item = fc.tuple(fc.constantFrom("- ", "* ", "+ ", "1. ", "12) "), inline).map(([marker, body]) => marker + body);
    const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.string({ unit: fc.constantFrom(..."Abc äö 1-,.:()".split("")), minLength: 1, maxLength: 30 }))
      .filter(([, value]) => value.trim() === value)
      .map(([depth, value]) => `${"#".repeat(depth)} ${value}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(inline, item, heading, fc.constant("")), { maxLength: 30 }), (lines) => {
        const body = lines.join("\n");
        expect(agrees(body), body).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
