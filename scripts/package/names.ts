import { UsageError } from "../commands/errors.js";
import { documentName } from "../document/render-files.js";

/**
 * Every agreement of a package becomes `<file name>.pdf` and `.html` in one folder, whatever its ministry's
 * folder: two files of the same name would overwrite each other's document (or stop the release), and a
 * public document named restricted-* would pass for personal data and be refused from the release. Both
 * are refused here, before anything is printed, with the files to rename.
 */
export function checkPackageNames(paths: readonly string[]): void {
  const restricted = paths.find((path) => documentName(path, "pdf", false).startsWith("restricted-"));
  if (restricted !== undefined) {
    throw new UsageError(
      `${restricted}: a name that starts with restricted- is kept for files with personal data, so this agreement cannot be packaged under it. Rename the file (the usual name is the agreement's id).`,
      undefined,
      false,
    );
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
