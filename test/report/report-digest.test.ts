import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readableCatalogues } from "../../scripts/model/choose-catalogue.js";
import { buildReport } from "../../scripts/report/build.js";
import { FIXTURE_TODAY, lintReportFixture, REPORT_FIXTURE } from "../fixtures/report/load-fixture.js";

// The report command lints with `withData: "digest"` (issue 13, round 4): the workers send only what the
// report reads. The report must be the same as from the whole data, on every cycle, public and restricted.
const REPOSITORY = fileURLToPath(new URL("../..", import.meta.url));

describe("the report from digests", () => {
  for (const [name, root] of [["the report fixture", REPORT_FIXTURE], ["the shipped examples", REPOSITORY]] as const) {
    it(`is the report from the whole data, for ${name}`, () => {
      const whole = lintReportFixture(root, FIXTURE_TODAY, true);
      const digested = lintReportFixture(root, FIXTURE_TODAY, "digest");
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
    const digested = lintReportFixture(REPORT_FIXTURE, FIXTURE_TODAY, "digest");
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
