import { describe, expect, it } from "vitest";
import { UsageError, UserError } from "../../scripts/errors.js";
import { chooseCatalogue } from "../../scripts/model/choose-catalogue.js";
import type { FileSummary } from "../../scripts/model/summary.js";
import type { Catalogue } from "../../scripts/model/types.js";

describe("chooseCatalogue", () => {
  const catalogue = (cycle: number) => ({ cycle }) as unknown as Catalogue;
  const files = [
    { path: "goals/2020.md", kind: "catalogue", catalogue: catalogue(2020) },
    { path: "goals/2021.md", kind: "catalogue", catalogue: catalogue(2021) },
    { path: "goals/2022.md", kind: "catalogue" },
  ] as unknown as FileSummary[];
  const refusal = (run: () => unknown): UsageError => {
    try {
      run();
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error("expected a refusal");
  };

  it("takes the year asked for, else the newest readable catalogue", () => {
    expect(chooseCatalogue(2020, files).entry.path).toBe("goals/2020.md");
    expect(chooseCatalogue(undefined, files).cycle).toBe(2021);
    expect([...chooseCatalogue(undefined, files).catalogues.keys()]).toEqual([2020, 2021]);
  });

  it("says in the command's words why there is none: none at all, an unreadable file, or no file for the year", () => {
    const wording = { none: "none.", unreadable: (year: number) => `${year} unreadable.`, helpHint: { unreadable: false } };
    expect(refusal(() => chooseCatalogue(undefined, [], wording)).message).toBe("none.");
    const unreadable = refusal(() => chooseCatalogue(2022, files, wording));
    expect([unreadable.message, unreadable instanceof UsageError]).toEqual(["2022 unreadable.", false]);
    const absent = refusal(() => chooseCatalogue(2030, files, wording));
    expect([absent.message, absent instanceof UsageError]).toEqual(["there is no goal catalogue for 2030 (goals/2030.md). Catalogues exist for: 2020, 2021.", true]);
  });
});
