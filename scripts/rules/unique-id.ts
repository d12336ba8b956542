import type { PlacedReport, RepositoryRule } from "./rule.js";
import { say } from "../messages/catalogue.js";

/**
 * Reports, in every file involved, an agreement id that more than one agreement uses: reports,
 * history and pull requests find an agreement by its id, so two files with one id would be mixed up.
 */
export const uniqueId: RepositoryRule = {
  id: "unique-id",
  defaultSeverity: "error",
  description: "Each agreement's id must be used by that agreement only.",
  appliesTo: ["agreement"],
  checkRepository(files) {
    const pathsById = new Map<string, string[]>();
    for (const file of files) if (file.id) pathsById.set(file.id.value, [...(pathsById.get(file.id.value) ?? []), file.path]);
    const reports: PlacedReport[] = [];
    for (const file of files) {
      const others = file.id ? pathsById.get(file.id.value)!.filter((path) => path !== file.path) : [];
      if (others.length === 0) continue;
      reports.push({
        path: file.path,
        text: say("unique-id", { id: file.id!.value, others }),
        range: file.id!.range,
      });
    }
    return reports;
  },
};
