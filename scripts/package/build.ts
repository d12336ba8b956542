import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { loadAgreements } from "../document/load.js";
import { renderAgreementFiles } from "../document/render-files.js";
import type { OutputFile } from "../document/write-outputs.js";
import { repositoryLanguage } from "../reader/config.js";
import { lintWholeRepository } from "../lint/run.js";
import type { Language } from "../model/types.js";
import { chooseCatalogue } from "../model/choose-catalogue.js";
import { cataloguePath } from "../layout/paths.js";
import { buildReport } from "../report/build.js";
import { renderCsv } from "../report/csv.js";
import { renderHtml } from "../report/html/page.js";
import type { ReportModel } from "../report/model.js";
import { checkPackageNames } from "./names.js";
import { buildPackageManifest, PACKAGE_MANIFEST_NAME, renderPackageManifest, RESTRICTED_MANIFEST_NAME, type ManifestApproval } from "./manifest.js";
import type { Reader } from "../reader/reader.js";

export interface PackageInput {
  /** A folder holding the repository's files: the tagged tree (read out of Git) or the working folder. */
  root: string;
  year: number;
  /**
   * The date of the submission (the tag's): what deadlines are measured against and what each PDF says it
   * was made on. Never the day the command runs, so a re-run gives the same bytes.
   */
  date: string;
  tag: string | null;
  commit: string | null;
  /** Language of the report's headings (the agreements are always in their own). Default: en. */
  language?: Language;
  /** Also the restricted-* files: the report with ratings and bonus proposals per person, and each agreement with its evaluations' summaries, ratings and bonus proposals. */
  restricted?: boolean;
  /** One browser for every PDF of the package. */
  browser: Browser;
  config?: string;
  /** Reads the agreements and the config with the command's rules. */
  reader: Reader;
  /** The parties' approvals per agreement path, when the caller (release) has them: listed in the manifest's sources. */
  approvals?: ReadonlyMap<string, readonly ManifestApproval[]>;
}

export interface BuiltPackage {
  files: OutputFile[];
  report: ReportModel;
  /** The language of the report's files (the release notes use the same). */
  language: Language;
}

function utf8(name: string, content: string): OutputFile {
  return { name, bytes: Buffer.from(content, "utf8") };
}

/**
 * The submission to the Ministry of Finance as files: each agreement of the cycle as PDF and HTML, the
 * sector report (HTML page and CSV tables), and manifest.json with every file's SHA-256 and size, the
 * commit and tag, the report's figures, and the submitted source files' hashes. With `restricted`, also
 * the restricted-* files and restricted-manifest.json listing them; the public files stay the same.
 *
 * `release` attaches exactly these files (scripts/release/collect.ts calls this), so the two never differ.
 */
export async function buildPackage(input: PackageInput): Promise<BuiltPackage> {
  const { root, year, date } = input;
  const result = await lintWholeRepository({ root, reader: input.reader, today: date, config: input.config });
  // The report is the repository's text: in the language its config names (default Finnish) unless asked otherwise.
  const language = input.language ?? repositoryLanguage(result.config);
  const notThere = (cycle: number) => `there is no readable goal catalogue for ${cycle} (${cataloguePath(cycle)}), so there is no submission of ${cycle} to package. Check the year, or run "agreements lint goals".`;
  const { catalogues, entry: catalogue } = chooseCatalogue(year, result.files, { absent: notThere, helpHint: { absent: false } });
  const paths = result.files.filter((file) => file.kind === "agreement" && file.agreement?.cycle === year).map((file) => file.path);
  const { loaded } = loadAgreements(root, paths, input.reader);

  const report = buildReport({ files: result.files, findings: result.findings, catalogues, cycle: year, today: date, restricted: false });
  const reportFiles = [...renderHtml(report, { language }), ...renderCsv(report, { language })].map((file) => utf8(file.name, file.content));
  checkPackageNames(paths, [...reportFiles.map((file) => file.name), PACKAGE_MANIFEST_NAME]);
  const documents = await renderAgreementFiles(loaded, { formats: ["pdf", "html"], browser: input.browser, pdfDate: date });
  const manifestFor = (listed: readonly OutputFile[]) =>
    renderPackageManifest(
      buildPackageManifest({
        year,
        tag: input.tag,
        commit: input.commit,
        date,
        browserVersion: input.browser.version(),
        report,
        catalogue: { path: catalogue.path, bytes: readFileSync(join(root, catalogue.path)) },
        agreements: result.files
          .filter((file) => file.kind === "agreement")
          .map((file) => ({ path: file.path, bytes: readFileSync(join(root, file.path)), ...(file.agreement ? { agreement: file.agreement } : {}) })),
        ...(input.approvals ? { approvals: input.approvals } : {}),
        files: listed,
      }),
    );
  const publicFiles = [...documents, ...reportFiles];
  // manifest.json lists the public files only, so the public part of any package (with --restricted or not)
  // is byte for byte the release's; the restricted files have their own manifest, named as they are.
  const files = [...publicFiles, utf8(PACKAGE_MANIFEST_NAME, manifestFor(publicFiles))];
  if (input.restricted === true) {
    const restrictedReport = buildReport({ files: result.files, findings: result.findings, catalogues, cycle: year, today: date, restricted: true });
    const restrictedFiles = [
      ...(await renderAgreementFiles(loaded, { formats: ["pdf", "html"], browser: input.browser, pdfDate: date, restricted: true })),
      ...[...renderHtml(restrictedReport, { language }), ...renderCsv(restrictedReport, { language })].map((file) => utf8(`restricted-${file.name}`, file.content)),
    ];
    files.push(...restrictedFiles, utf8(RESTRICTED_MANIFEST_NAME, manifestFor(restrictedFiles)));
  }
  // By name, the manifests last: the release uploads in this order, and a manifest is only attached once all it lists is.
  const isManifest = (file: OutputFile) => file.name === PACKAGE_MANIFEST_NAME || file.name === RESTRICTED_MANIFEST_NAME;
  files.sort((a, b) => Number(isManifest(a)) - Number(isManifest(b)) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, report, language };
}
