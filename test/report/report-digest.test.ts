import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint } from "../../scripts/lint/engine.js";
import { readableCatalogues } from "../../scripts/model/choose-catalogue.js";
import type { DataKept } from "../../scripts/model/summary.js";
import { buildReport } from "../../scripts/report/build.js";
import { RULES } from "../../scripts/rules/index.js";
import { FIXTURE_TODAY, REPORT_FIXTURE } from "../fixtures/report/load-fixture.js";

// The report command lints with `withData: "digest"` (issue 13, round 4): the workers send only what the
// report reads. The report must be the same as from the whole data, on every cycle, public and restricted.
const REPOSITORY = fileURLToPath(new URL("../..", import.meta.url));

function markdownFiles(directory: string, root: string, found: string[] = []): string[] {
  for (const entry of readdirSync(directory).sort()) {
    const absolute = join(directory, entry);
    if (statSync(absolute).isDirectory()) markdownFiles(absolute, root, found);
    else if (entry.endsWith(".md")) found.push(relative(root, absolute).split(sep).join("/"));
  }
  return found;
}

function lintWith(root: string, folders: string[], withData: DataKept) {
  const paths = folders.flatMap((folder) => markdownFiles(join(root, folder), root));
  return lint({ files: paths.map((path) => ({ path, bytes: readFileSync(join(root, path)) })), rules: RULES, today: FIXTURE_TODAY, pathExists: (path) => existsSync(join(root, path)), withData });
}

describe("the report from digests", () => {
  for (const [name, root] of [["the report fixture", REPORT_FIXTURE], ["the shipped examples", REPOSITORY]] as const) {
    it(`is the report from the whole data, for ${name}`, () => {
      const whole = lintWith(root, ["agreements", "goals"], true);
      const digested = lintWith(root, ["agreements", "goals"], "digest");
      expect(digested.findings).toEqual(whole.findings);
      const catalogues = readableCatalogues(whole.files);
      expect(catalogues.size).toBeGreaterThan(0);
      let compared = 0;
      for (const cycle of catalogues.keys()) {
        for (const restricted of [false, true]) {
          const input = { findings: whole.findings, catalogues, cycle, today: FIXTURE_TODAY, restricted };
          const expected = buildReport({ ...input, files: whole.files });
          expect(buildReport({ ...input, files: digested.files, catalogues: readableCatalogues(digested.files) })).toEqual(expected);
          expect(expected.agreements.length).toBeGreaterThan(0);
          compared++;
        }
      }
      expect(compared).toBeGreaterThanOrEqual(2);
    });
  }

  it("keeps neither the whole data nor the texts the report does not read", () => {
    const digested = lintWith(REPORT_FIXTURE, ["agreements", "goals"], "digest");
    const readable = digested.files.filter((file) => file.digest !== undefined);
    expect(readable.length).toBeGreaterThan(0);
    for (const file of readable) {
      expect(file.data).toBeUndefined();
      expect(file.agreement).toBeUndefined();
      const text = JSON.stringify(file.digest);
      for (const dropped of ['"measures"', '"term"', '"superior"', '"waivers"', '"github"', '"target"']) expect(text).not.toContain(dropped);
    }
    // An unreadable agreement keeps its data: the report finds its sector by its `ministry` key.
    expect(digested.files.some((file) => file.kind === "agreement" && file.digest === undefined && file.data !== undefined)).toBe(true);
    expect(digested.files.filter((file) => file.kind === "catalogue").every((file) => file.catalogue !== undefined || file.data === undefined)).toBe(true);
  });
});
