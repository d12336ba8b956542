import { UsageError } from "../commands/errors.js";
import { documentName } from "../document/render-files.js";

/**
 * Every agreement of a package becomes `<file name>.pdf` and `.html` in one folder, whatever its ministry's
 * folder, beside the report's files (`reserved`): two files of the same name would overwrite each other's
 * document or the report (or stop the release), and a public document named restricted-* would pass for
 * personal data and be refused from the release. All are refused here, before anything is printed, with
 * the file to rename.
 */
export function checkPackageNames(paths: readonly string[], reserved: readonly string[]): void {
  const restricted = paths.find((path) => documentName(path, "pdf", false).startsWith("restricted-"));
  if (restricted !== undefined) {
    throw new UsageError(
      `${restricted}: a name that starts with restricted- is kept for files with personal data, so this agreement cannot be packaged under it. Rename the file (the usual name is the agreement's id).`,
      undefined,
      false,
    );
  }
  for (const path of paths) {
    const taken = ["pdf", "html"].map((extension) => documentName(path, extension, false)).find((name) => reserved.includes(name));
    if (taken !== undefined) {
      throw new UsageError(
        `${path} would be ${taken} in the package, the name of the package's own ${taken}. Rename the file (the usual name is the agreement's id).`,
        undefined,
        false,
      );
    }
  }
  const byName = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const name = documentName(path, "pdf", false);
    const other = byName.get(name);
    if (other !== undefined) {
      throw new UsageError(
        `${other} and ${path} would both be ${name} in the package, one over the other. Rename one of the files (the usual name is the agreement's id, which is unique).`,
        undefined,
        false,
      );
    }
    byName.set(name, path);
  }
}
