import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../commands/errors.js";
import { lintWholeRepository } from "../lint/run.js";
import type { Language } from "../model/types.js";
import { buildReport, readableCatalogues } from "../report/build.js";
import type { ReportModel } from "../report/model.js";
import { submissionTag } from "../submission/plan.js";
import { renderReleaseFiles, type ReleaseFile } from "./files.js";
import type { ManifestApproval } from "./manifest.js";

export interface CollectReleaseInput {
  /** The repository's working tree: in Actions, the checked-out tag. */
  root: string;
  year: number;
  /**
   * The date the report measures deadlines against. Pass the submission's date (the tag's), not the day
   * the command runs: the files must come out byte for byte the same when the release is re-run, or the
   * assets already uploaded would look like conflicts.
   */
  today: string;
  language?: Language;
  approvals?: ReadonlyMap<string, readonly ManifestApproval[]>;
  /** Config file for the lint (default: agreements.config.json, .yaml or .yml if present). */
  config?: string;
}

export interface CollectedRelease {
  report: ReportModel;
  files: ReleaseFile[];
  notes: string;
}

/**
 * Lints the repository at the working tree as `agreements report` does, builds the public report for the
 * year, and renders the release's files and notes. The only part of the release that reads the disk.
 */
export async function collectReleaseFiles(input: CollectReleaseInput): Promise<CollectedRelease> {
  const { root, year, today } = input;
  const result = await lintWholeRepository({ root, today, config: input.config });
  const catalogues = readableCatalogues(result.files);
  const catalogue = catalogues.get(year);
  if (!catalogue) {
    throw new UsageError(`there is no readable goal catalogue for ${year} (goals/${year}.md) here, so there is no submission of ${year} to publish. Check the year, or run "agreements lint goals".`);
  }
  const report = buildReport({ files: result.files, findings: result.findings, catalogues, cycle: year, today, restricted: false });
  const agreements = result.files
    .filter((file) => file.kind === "agreement")
    .map((file) => ({ path: file.path, bytes: readFileSync(join(root, file.path)), ...(file.agreement ? { agreement: file.agreement } : {}) }));
  const { files, notes } = renderReleaseFiles({
    tag: submissionTag(year),
    report,
    agreements,
    catalogue: { path: catalogue.path, bytes: readFileSync(join(root, catalogue.path)) },
    ...(input.approvals ? { approvals: input.approvals } : {}),
    ...(input.language ? { language: input.language } : {}),
  });
  return { report, files, notes };
}
