import type { Root } from "mdast";
import type { FileKind } from "../layout/paths.js";
import { decodeText } from "./decode.js";
import { locateTopLevelWord } from "./locate-quick.js";
import { locateInFrontMatter, splitFrontMatter, type FrontMatter, type PathSegment } from "./front-matter.js";
import type { Problem } from "./problem.js";
import { parseMarkdownBody } from "./markdown.js";
import { SourceText } from "./source.js";
import type { Agreement, AgreementView, Catalogue } from "./types.js";
import { checkFrontMatter, type Validators } from "./validate.js";

// FileKind lives with the paths that decide it (layout/ imports nothing above it); re-exported for the readers of a ParsedFile.
export type { FileKind };

interface ParsedFileBase {
  /** Repository-relative path with forward slashes, as shown in every finding. */
  path: string;
  source: SourceText;
  frontMatter?: FrontMatter;
  body: string;
  bodyOffset: number;
  /** The Markdown body, parsed once; absent when the file could not be read as text. */
  bodyTree?: Root;
  /** Reading or YAML problems: reported by `front-matter-syntax`. */
  syntaxProblems: Problem[];
  /** Schema problems: reported by `schema` (agreements) or `catalogue` (catalogues). */
  schemaProblems: Problem[];
}

export interface AgreementFile extends ParsedFileBase {
  kind: "agreement";
  /** The front matter, present only when it passed the schema as a whole. */
  agreement?: Agreement;
  /**
   * The parts of the front matter that passed the schema, present whenever the front matter is a group
   * of keys: what rules read, so a wrong value hides no finding about the rest of the file.
   */
  view?: AgreementView;
}

export interface CatalogueFile extends ParsedFileBase {
  kind: "catalogue";
  catalogue?: Catalogue;
}

export type ParsedFile = AgreementFile | CatalogueFile;

/**
 * Parses one file: decoding, front matter, schema and Markdown, each exactly once. Never throws on content.
 * With `fast`, the front matter is read by the fast data reader (fast-yaml.ts) when it can vouch for it and
 * the data passes the schema; the positioned parse is then made only when a rule asks where something is
 * (see FrontMatter.fast). A file with any reading or schema problem is read the positioned way throughout.
 */
export function parseFile(path: string, bytes: Uint8Array, kind: FileKind, validators: Validators, options: ParseOptions = {}): ParsedFile {
  const lazyBody = options.lazyBody ?? false;
  if (options.fast) {
    const file = parseFileOnce(path, bytes, kind, validators, true, lazyBody);
    // A file read the positioned way after all keeps a lazy body too: the rules read its headings and links
    // by the scan where it is certain (body-outline.ts, byte-exact against the tree: test/model/markdown-scan.test.ts),
    // so the 5 % of files with a finding no longer pay for micromark either.
    if (!file.frontMatter?.fast || file.syntaxProblems.length > 0 || file.schemaProblems.length > 0) return parseFileOnce(path, bytes, kind, validators, false, lazyBody);
    return file;
  }
  return parseFileOnce(path, bytes, kind, validators, false, lazyBody);
}

export interface ParseOptions {
  /** Read the front matter the fast way when it can be (see parseFile). */
  fast?: boolean;
  /**
   * Parse the Markdown body only when `bodyTree` is first read. A diff or history compares the bodies of two
   * versions as text first and needs the tree only where they differ; lint's rules read headings and links
   * by a cheap scan where it can tell for certain (body-outline.ts). The body's parse is most of a file's cost.
   */
  lazyBody?: boolean;
}

function parseFileOnce(path: string, bytes: Uint8Array, kind: FileKind, validators: Validators, fast: boolean, lazyBody: boolean): ParsedFile {
  const decoded = decodeText(bytes);
  const source = new SourceText(decoded.text);
  const base: ParsedFileBase = { path, source, body: "", bodyOffset: 0, syntaxProblems: [...decoded.problems], schemaProblems: [] };
  if (!decoded.parseable) return { ...base, kind } as ParsedFile;

  const split = splitFrontMatter(decoded.text, { fast });
  base.body = split.body;
  base.bodyOffset = split.bodyOffset;
  base.frontMatter = split.frontMatter;
  base.syntaxProblems.push(...split.problems);
  // remark's own parser (what remark-parse calls), bounded against hostile text: see markdown.ts.
  if (!lazyBody) base.bodyTree = parseMarkdownBody(split.body);
  const file = withData(base, kind, split.frontMatter, split.problems.length === 0 ? split.frontMatter?.data : undefined, validators);
  return lazyBody ? deferBodyTree(file) : file;
}

/** `bodyTree` as a property that parses the body when first read (and only then). */
function deferBodyTree(file: ParsedFile): ParsedFile {
  let tree: Root | undefined;
  Object.defineProperty(file, "bodyTree", {
    enumerable: true,
    configurable: true,
    get: () => (tree ??= parseMarkdownBody(file.body)),
    set: (value: Root) => {
      tree = value;
    },
  });
  return file;
}

/** The front matter's data checked against the schema, and the file as a whole. */
function withData(base: ParsedFileBase, kind: FileKind, frontMatter: FrontMatter | undefined, data: unknown, validators: Validators): ParsedFile {
  if (data === undefined || !frontMatter) return { ...base, kind } as ParsedFile;

  const checked = checkFrontMatter(kind === "agreement" ? validators.agreement : validators.catalogue, frontMatter, data);
  base.schemaProblems = checked.problems;
  if (kind === "agreement") {
    const view = checked.valid as AgreementView | undefined;
    if (view?.model !== undefined) view.model = String(view.model) as Agreement["model"];
    if (base.schemaProblems.length > 0) return { ...base, kind, ...(view ? { view } : {}) };
    return { ...base, kind, agreement: view as Agreement, view: view! };
  }
  if (base.schemaProblems.length > 0) return { ...base, kind } as ParsedFile;
  return { ...base, kind, catalogue: data as Catalogue };
}

/**
 * Offsets of the YAML node at `path` (or its key), for rules that report on front matter. On a fast-read
 * file (see parseFile) the place is worked out only when its start or end is read, that is when a rule
 * reports: rules may ask for a place before they know whether they report, and a clean file should never
 * pay for the positioned parse.
 */
export function locate(file: ParsedFile, path: readonly PathSegment[], key = false): { start: number; end: number } {
  const frontMatter = file.frontMatter;
  if (!frontMatter) return { start: 0, end: 0 };
  if (!frontMatter.fast || frontMatter.fast.positioned) return locateInFrontMatter(frontMatter, path, key);
  const quick = locateTopLevelWord(frontMatter, path, key);
  if (quick) return quick;
  let place: { start: number; end: number } | undefined;
  const resolve = () => (place ??= locateInFrontMatter(frontMatter, path, key));
  return {
    get start() {
      return resolve().start;
    },
    get end() {
      return resolve().end;
    },
  };
}

/** Whole-file offset of a Markdown node's start and end (mdast offsets are relative to the body). */
export function bodyRange(file: ParsedFile, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): { start: number; end: number } {
  const start = file.bodyOffset + (node.position?.start.offset ?? 0);
  const end = file.bodyOffset + (node.position?.end.offset ?? 0);
  return { start, end };
}
