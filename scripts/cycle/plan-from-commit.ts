import { existsSync } from "node:fs";
import { join } from "node:path";
import picomatch from "picomatch";
import { AGREEMENTS_FOLDER, cataloguePath as cataloguePathOf, isAgreementPath } from "../layout/paths.js";
import { UsageError } from "../errors.js";
import { readTreeFiles } from "../git/tree-files.js";
import type { WorkingCopy } from "../git/working-copy.js";
import { parseFile, type AgreementFile } from "../model/document.js";
import type { Reader } from "../reader/reader.js";
import { buildCyclePlan, type CyclePlan } from "./plan.js";

/** Reads the agreements and the year's catalogue as committed at `base`, and plans the roll-forward. */
export async function planFromCommit(workingCopy: WorkingCopy, reader: Reader, year: number, base: string, current: string, today: string): Promise<CyclePlan> {
  const cataloguePath = cataloguePathOf(year);
  const commit = await workingCopy.repository.assertCommit(base);
  const files = await readTreeFiles(workingCopy, commit, [AGREEMENTS_FOLDER, cataloguePath]);
  const validators = reader.validators();

  const catalogueBytes = files.find((file) => file.path === cataloguePath)?.bytes;
  if (catalogueBytes === undefined) {
    const where = base === "HEAD" ? `the last commit of ${current}` : `the branch ${base}`;
    throw new UsageError(
      existsSync(join(workingCopy.root, cataloguePath))
        ? `${cataloguePath} is not committed yet (it is not in ${where}). Commit the ${year} instruction first, then open the cycle.`
        : `there is no ${cataloguePath} in ${where}. Add the ${year} instruction as ${cataloguePath} (a copy of the previous year's file, updated), commit it, then open the cycle.`,
    );
  }
  const catalogueFile = parseFile(cataloguePath, catalogueBytes, "catalogue", validators);
  if (catalogueFile.kind !== "catalogue" || !catalogueFile.catalogue) {
    throw new UsageError(`${cataloguePath} has problems, so no agreement can be rolled forward to it. Run "agreements lint ${cataloguePath}" to see them.`);
  }
  if (catalogueFile.catalogue.cycle !== year) {
    throw new UsageError(`${cataloguePath} says it is the instruction for ${catalogueFile.catalogue.cycle}, not ${year}. Correct its cycle: line first.`);
  }

  const ignore = reader.config(workingCopy.root).ignore;
  const isIgnored = ignore.length > 0 ? picomatch(ignore, { dot: true }) : () => false;
  const agreements = files
    .filter((file) => isAgreementPath(file.path) && !isIgnored(file.path))
    .map((file) => ({ file: parseFile(file.path, file.bytes, "agreement", validators) as AgreementFile, bytes: file.bytes }));
  return buildCyclePlan({ year, catalogue: { path: cataloguePath, catalogue: catalogueFile.catalogue }, agreements, today });
}
