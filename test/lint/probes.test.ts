import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../scripts/lint/engine.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

// What `lint --cache` keys an agreement's findings on besides its bytes: every "does this path exist" its
// rules asked, with the answer (see scripts/lint/cache.ts). A question left out would let a cached finding
// outlive the file it was about.

const EXAMPLE = readFileSync(join(REPOSITORY_ROOT, "agreements", "vm", "vm-statssekreterare.md"), "utf8");
const linked = EXAMPLE.replace(/^# .*$/m, "$&\n\nSe [bilagan](bilaga.md), [planen](/docs/plan.md#mål) och [webben](https://example.org/).");
const files = [
  { path: "goals/2020.md", bytes: readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md")) },
  { path: "agreements/vm/linked.md", bytes: Buffer.from(linked) },
  { path: "agreements/vm/plain.md", bytes: Buffer.from(EXAMPLE.replace("id: vm-statssekreterare", "id: vm-plain")) },
];
const existing = new Set(["docs/plan.md", "goals/2020.md"]);

describe("lint's record of the paths each agreement's rules asked about", () => {
  it("lists each question and its answer, per agreement, in the order asked", () => {
    const result = lint({ files, rules: RULES, today: "2020-05-01", pathExists: (path) => existing.has(path), recordProbes: true });
    expect(result.probes).toEqual({
      "agreements/vm/linked.md": [
        ["agreements/vm/bilaga.md", false],
        ["docs/plan.md", true],
        ["goals/2020.md", true],
      ],
      // The example links to its goal catalogue.
      "agreements/vm/plain.md": [["goals/2020.md", true]],
    });
    // The answers are the findings': the missing file is reported, the existing one not.
    expect(result.findings.filter((finding) => finding.rule === "broken-link").map((finding) => finding.message)).toEqual([expect.stringContaining("bilaga.md")]);
  });

  it("records nothing unless asked, and the findings are the same either way", () => {
    const plain = lint({ files, rules: RULES, today: "2020-05-01", pathExists: (path) => existing.has(path) });
    const recorded = lint({ files, rules: RULES, today: "2020-05-01", pathExists: (path) => existing.has(path), recordProbes: true });
    expect(plain.probes).toBeUndefined();
    expect(recorded.findings).toEqual(plain.findings);
    expect(recorded.files).toEqual(plain.files);
  });
});
