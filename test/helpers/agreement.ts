import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/**
 * Most rule fixtures are one valid agreement with a small change. Keeping that agreement once and each case
 * as its change makes the point of a case visible in a few lines, and a change to the base (a new required
 * field) is made in one place instead of in every copy. Fixtures whose point is their exact bytes (an
 * encoding, a hostile file, a wholly different agreement) stay files.
 */
export const BASE_AGREEMENT = fileURLToPath(new URL("../fixtures/base-agreement.md", import.meta.url));

/** The file a case folder lists its changed copies of the base agreement in. */
export const CHANGES_FILE = "changes.yaml";

/** One edit of the base agreement: `replace` must occur exactly once in the text it is applied to. */
export interface Change {
  replace: string;
  with: string;
}

/** A valid agreement of the finance ministry's state secretary on the 2020 cycle, with no finding on 2020-05-01. */
export function baseAgreement(): string {
  return readFileSync(BASE_AGREEMENT, "utf8");
}

/**
 * Applies the changes in order. A change whose text is missing or ambiguous throws instead of being skipped:
 * a fixture that silently stays the base would pass or fail for the wrong reason.
 */
export function withChange(text: string, ...changes: readonly Change[]): string {
  let result = text;
  for (const change of changes) {
    const first = result.indexOf(change.replace);
    if (change.replace === "" || first < 0) throw new Error(`the change cannot be made: ${JSON.stringify(change.replace)} is not in the agreement.`);
    if (result.indexOf(change.replace, first + 1) >= 0) throw new Error(`the change is ambiguous: ${JSON.stringify(change.replace)} occurs more than once in the agreement.`);
    result = result.slice(0, first) + change.with + result.slice(first + change.replace.length);
  }
  return result;
}

/**
 * The agreements a fixture case builds from the base: `changes.yaml` maps each repository path to the list of
 * changes that make it (an empty list is the base itself). No file: no built agreements.
 */
export function builtAgreements(caseDirectory: string): { path: string; bytes: Buffer }[] {
  const file = join(caseDirectory, CHANGES_FILE);
  if (!existsSync(file)) return [];
  const listed = parse(readFileSync(file, "utf8")) as Record<string, Change[] | null>;
  const base = baseAgreement();
  return Object.entries(listed).map(([path, changes]) => {
    if (existsSync(join(caseDirectory, path))) throw new Error(`${file} builds ${path}, which is also a file in the case.`);
    return { path, bytes: Buffer.from(withChange(base, ...(changes ?? [])), "utf8") };
  });
}
