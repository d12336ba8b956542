import { AGREEMENTS_FOLDER } from "../layout/paths.js";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../errors.js";
import { collectMarkdownFiles } from "../lint/collect.js";
import type { AgreementFile } from "../model/document.js";
import type { Agreement } from "../model/types.js";
import type { Reader } from "../reader/reader.js";

/** An agreement read and parsed as the lint reads it, ready to render. */
export interface LoadedAgreement {
  path: string;
  agreement: Agreement;
  file: AgreementFile;
}

/** A file that could not be rendered, with where and why, in the lint's words. */
export interface UnreadableAgreement {
  path: string;
  line: number;
  column: number;
  message: string;
}

/**
 * The agreement files that paths (files or folders) or ids name, relative to the repository root. An id is
 * an agreement's file name without `.md`, wherever it is under agreements/. Nothing named: every agreement.
 */
export function resolveAgreementPaths(root: string, selectors: readonly string[]): string[] {
  if (selectors.length === 0) return existsSync(join(root, AGREEMENTS_FOLDER)) ? collectMarkdownFiles(root, [AGREEMENTS_FOLDER], []) : [];
  const all = existsSync(join(root, AGREEMENTS_FOLDER)) ? collectMarkdownFiles(root, [AGREEMENTS_FOLDER], []) : [];
  const found = new Set<string>();
  for (const selector of selectors) {
    if (existsSync(join(root, selector))) {
      for (const path of collectMarkdownFiles(root, [selector], [])) found.add(path);
      continue;
    }
    const byId = all.filter((path) => path.split("/").at(-1) === `${selector}.md`);
    if (byId.length === 0) {
      throw new UsageError(`"${selector}" is neither a file or folder nor the id of an agreement under agreements/. Give a path such as agreements/vm/vm-statssekreterare.md or an id such as vm-statssekreterare.`);
    }
    for (const path of byId) found.add(path);
  }
  return [...found].sort();
}

/** Reads and parses each file once; a file that fails the schema is reported with its first problem's position. */
export function loadAgreements(root: string, paths: readonly string[], reader: Reader): { loaded: LoadedAgreement[]; unreadable: UnreadableAgreement[] } {
  const parse = reader.parseAgreementVersion;
  const loaded: LoadedAgreement[] = [];
  const unreadable: UnreadableAgreement[] = [];
  for (const path of paths) {
    const absolute = join(root, path);
    if (!statSync(absolute).isFile()) continue;
    const file = parse(path, readFileSync(absolute));
    if (file.agreement) {
      loaded.push({ path, agreement: file.agreement, file });
      continue;
    }
    const problem = file.syntaxProblems[0] ?? file.schemaProblems[0];
    const position = file.source.positionAt(problem?.start ?? 0);
    unreadable.push({
      path,
      ...position,
      message: problem ? `${problem.message} ${problem.hint}`.trim() : "the front matter could not be read as an agreement.",
    });
  }
  return { loaded, unreadable };
}
