import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCodeowners, CODEOWNERS_PATH } from "../codeowners/build.js";
import { ownersFromSummaries } from "../codeowners/from-summaries.js";
import { UsageError } from "../errors.js";
import { lintWholeRepository } from "../lint/run.js";
import type { FileSummary } from "../model/summary.js";
import { chooseCatalogue } from "../model/choose-catalogue.js";
import { cataloguePath } from "../layout/paths.js";
import type { Reader } from "../reader/reader.js";
import { buildReport } from "../report/build.js";
import { submissionProblems } from "./checks.js";
import { submissionTagMessage } from "./tag-message.js";

export interface CheckedTagMessageInput {
  /** The working tree's top folder (clean: it is the commit being tagged). */
  root: string;
  reader: Reader;
  year: number;
  /** The date deadlines are checked against. */
  today: string;
  /** The real date the tag is made on. */
  madeOn: string;
  config?: string | undefined;
  commit: string;
  branch: string;
}

/**
 * Lints the repository the way `agreements lint` does (the working tree is clean, so it is the commit
 * being tagged), checks the submission, and builds the tag message from the report's figures; with it, a
 * warning for the command to print when CODEOWNERS is stale.
 */
export async function checkedTagMessage(options: CheckedTagMessageInput): Promise<{ message: string; warning?: string }> {
  const { root } = options;
  const result = await lintWholeRepository({ root, reader: options.reader, today: options.today, config: options.config });
  const unreadable = (year: number) => `${cataloguePath(year)} cannot be read as the ${year} goal catalogue, so the ${year} cycle cannot be checked; run "agreements lint ${cataloguePath(year)}" to see why.`;
  const { catalogues, entry: catalogue } = chooseCatalogue(options.year, result.files, { absent: unreadable });
  const problems = submissionProblems({ year: options.year, files: result.files, findings: result.findings, ...(catalogue ? { catalogue } : {}) });
  if (problems.length > 0) {
    throw new UsageError(`the agreements cannot be submitted for ${options.year} yet:\n\n${problems.join("\n\n")}`);
  }
  const stale = codeownersWarning(root, result.files);
  const report = buildReport({ files: result.files, findings: result.findings, catalogues, cycle: options.year, today: options.today, restricted: false });
  const message = submissionTagMessage({ report, commit: options.commit, branch: options.branch, madeOn: options.madeOn });
  return stale === undefined ? { message } : { message, warning: stale };
}

/**
 * A submission does not depend on CODEOWNERS, so a stale one is a warning, not a refusal; but once the
 * parties have changed, GitHub asks the wrong people to review next year's changes.
 */
function codeownersWarning(root: string, files: readonly FileSummary[]): string | undefined {
  const target = join(root, CODEOWNERS_PATH);
  const expected = buildCodeowners(ownersFromSummaries(files).owners).text;
  if (!existsSync(target)) return `there is no ${CODEOWNERS_PATH}, so GitHub does not ask the parties to review changes to their agreements; run "agreements codeowners" and commit the file.`;
  if (readFileSync(target, "utf8") === expected) return undefined;
  return `${CODEOWNERS_PATH} no longer matches the parties named in the agreements, so GitHub asks the wrong people to review; run "agreements codeowners" and commit the file.`;
}
