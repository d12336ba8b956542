import type { Root } from "mdast";
import { decodeText } from "./decode.js";
import { locateInFrontMatter, splitFrontMatter, type FrontMatter, type PathSegment, type Problem } from "./front-matter.js";
import { parseMarkdownBody } from "./markdown.js";
import { SourceText } from "./source.js";
import type { Agreement, AgreementView, Catalogue } from "./types.js";
import { checkFrontMatter, type Validators } from "./validate.js";

export type FileKind = "agreement" | "catalogue";

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

/** Parses one file: decoding, front matter, schema and Markdown, each exactly once. Never throws on content. */
export function parseFile(path: string, bytes: Uint8Array, kind: FileKind, validators: Validators): ParsedFile {
  const decoded = decodeText(bytes);
  const source = new SourceText(decoded.text);
  const base: ParsedFileBase = { path, source, body: "", bodyOffset: 0, syntaxProblems: [...decoded.problems], schemaProblems: [] };
  if (!decoded.parseable) return { ...base, kind } as ParsedFile;

  const split = splitFrontMatter(decoded.text);
  base.body = split.body;
  base.bodyOffset = split.bodyOffset;
  base.frontMatter = split.frontMatter;
  base.syntaxProblems.push(...split.problems);
  // remark's own parser (what remark-parse calls), bounded against hostile text: see markdown.ts.
  base.bodyTree = parseMarkdownBody(split.body);

  const data = split.problems.length === 0 ? split.frontMatter?.data : undefined;
  if (data === undefined || !split.frontMatter) return { ...base, kind } as ParsedFile;

  const checked = checkFrontMatter(kind === "agreement" ? validators.agreement : validators.catalogue, split.frontMatter, data);
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

/** Offsets of the YAML node at `path` (or its key), for rules that report on front matter. */
export function locate(file: ParsedFile, path: readonly PathSegment[], key = false): { start: number; end: number } {
  return file.frontMatter ? locateInFrontMatter(file.frontMatter, path, key) : { start: 0, end: 0 };
}

/** Whole-file offset of a Markdown node's start and end (mdast offsets are relative to the body). */
export function bodyRange(file: ParsedFile, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): { start: number; end: number } {
  const start = file.bodyOffset + (node.position?.start.offset ?? 0);
  const end = file.bodyOffset + (node.position?.end.offset ?? 0);
  return { start, end };
}
