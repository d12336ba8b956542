import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFile } from "../../scripts/model/document.js";
import type { Agreement, Catalogue } from "../../scripts/model/types.js";
import { loadValidators } from "../../scripts/model/validate.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "./fixtures.js";

export const CATALOGUE_2021_PATH = "goals/2021.md";

/** The fixture catalogue test/fixtures/cycle/goals/2021.md, parsed and validated. */
export function loadCatalogue2021(): Catalogue {
  const bytes = readFileSync(join(REPOSITORY_ROOT, "test", "fixtures", "cycle", "goals", "2021.md"));
  const file = parseFile(CATALOGUE_2021_PATH, bytes, "catalogue", loadValidators(RULES.map((rule) => rule.id)));
  if (file.kind !== "catalogue" || !file.catalogue) throw new Error("the 2021 fixture catalogue must be valid");
  return file.catalogue;
}

/** A valid agreement of the finance ministry's state secretary on the 2021 cycle, with no evaluations unless given. */
export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: "vm-statssekreterare",
    title: "Ledningsavtal för statssekreteraren",
    language: "sv",
    ministry: "VM",
    organisation: "Finansministeriet",
    model: "2017",
    parties: {
      official: { name: "Maria Exempel", title: "Statssekreterare", github: "maria-exempel" },
      superior: { name: "Anders Exempel", title: "Finansminister", github: "anders-exempel" },
    },
    term: { start: "2019-09-01", end: "2024-08-31" },
    cycle: 2021,
    agreed: "2021-03-15",
    goals: [],
    evaluations: [],
    ...overrides,
  };
}
