import type { Language } from "../model/types.js";
import { renderCsv } from "../report/csv.js";
import { renderHtml } from "../report/html/page.js";
import { renderJson } from "../report/json.js";
import { renderMarkdown } from "../report/markdown.js";
import type { ReportModel } from "../report/model.js";
import type { ReportFile } from "../report/renderer.js";
import { buildManifest, renderManifest, type ManifestInput } from "./manifest.js";
import { buildReleaseNotes } from "./notes.js";

/** One file to attach to the release. */
export interface ReleaseFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export const MANIFEST_NAME = "manifest.json";

const CONTENT_TYPES: Record<string, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json",
};

export function contentTypeOf(name: string): string {
  return CONTENT_TYPES[name.slice(name.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}

function asReleaseFile(file: ReportFile): ReleaseFile {
  return { name: file.name, contentType: contentTypeOf(file.name), bytes: Buffer.from(file.content, "utf8") };
}

export interface ReleaseFilesInput extends Omit<ManifestInput, "year" | "tag"> {
  tag: string;
  /** A public report: made without --restricted, so it holds no ratings or bonus proposals per person. */
  report: ReportModel;
  /** Language of the report's headings and labels (default en). */
  language?: Language;
}

/**
 * Everything the release carries, rendered: the report in every format (Markdown, the HTML page, one CSV
 * per table, the JSON model), the manifest of the agreements, and the release notes. Pure.
 */
export function renderReleaseFiles(input: ReleaseFilesInput): { files: ReleaseFile[]; notes: string } {
  if (input.report.restricted) throw new RangeError("a release is public: its report must not be a restricted one");
  const options = { language: input.language ?? "en" } as const;
  const markdown = renderMarkdown(input.report, options);
  const reportFiles = [...markdown, ...renderHtml(input.report, options), ...renderCsv(input.report, options), ...renderJson(input.report, options)];
  const manifest = buildManifest({ ...input, year: input.report.cycle });
  const files = [...reportFiles.map(asReleaseFile), { name: MANIFEST_NAME, contentType: contentTypeOf(MANIFEST_NAME), bytes: Buffer.from(renderManifest(manifest), "utf8") }];
  const notes = buildReleaseNotes({ tag: input.tag, year: input.report.cycle, reportMarkdown: markdown[0]!.content, assetNames: files.map((file) => file.name) });
  return { files, notes };
}
