import { UserError } from "../errors.js";
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
    throw new UserError(
      `${restricted}: a name that starts with restricted- is kept for files with personal data, so this agreement cannot be packaged under it. Rename the file (the usual name is the agreement's id).`,
    );
  }
  // GitHub renames a release file whose name has other characters (a space or a parenthesis becomes a
  // period, ä is dropped), so a re-run would no longer find it by name: the release could neither be
  // completed nor checked against the package. The package keeps the names the release can keep.
  const unkept = paths.find((path) => !/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(documentName(path, "pdf", false)));
  if (unkept !== undefined) {
    throw new UserError(
      `${unkept}: the package names each agreement's PDF after its file, and GitHub renames a release file with a name like this one, so the release could not be checked against the package. ` +
        "Rename the file using only the letters a to z, digits and hyphens (the usual name is the agreement's id).",
    );
  }
  for (const path of paths) {
    const taken = ["pdf", "html"].map((extension) => documentName(path, extension, false)).find((name) => reserved.includes(name));
    if (taken !== undefined) {
      throw new UserError(
        `${path} would be ${taken} in the package, the name of the package's own ${taken}. Rename the file (the usual name is the agreement's id).`,
      );
    }
  }
  const byName = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const name = documentName(path, "pdf", false);
    const other = byName.get(name);
    if (other !== undefined) {
      throw new UserError(
        `${other} and ${path} would both be ${name} in the package, one over the other. Rename one of the files (the usual name is the agreement's id, which is unique).`,
      );
    }
    byName.set(name, path);
  }
}
