import type { Language } from "../model/types.js";
import type { ReportModel } from "./model.js";

export interface RenderOptions {
  /** The language of headings and labels (goal titles come from the catalogue in the same language). */
  language: Language;
  /** CSV only: the field delimiter. Comma by default; Excel set to Finnish or Swedish expects a semicolon. */
  csvDelimiter?: "," | ";";
}

/** One output file: its name (no folder) and its full text. */
export interface ReportFile {
  name: string;
  content: string;
}

/** Every report format has this one shape: a model in, one or more files out. Pure. */
export type ReportRenderer = (model: ReportModel, options: RenderOptions) => ReportFile[];
