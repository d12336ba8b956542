import { isAgreementPath } from "../layout/paths.js";
import type { FileStatus } from "../changes/types.js";
import type { PullRequestFile } from "../github/types.js";

/**
 * An agreement the pull request changes and where to read its two versions: the head's at `headPath`
 * (absent when it is removed) and the base's at `basePath` (absent when it is new).
 */
export interface ChangedAgreementFile {
  status: FileStatus;
  /** The path on the head; for a removed agreement, the path it had on the base. */
  path: string;
  /** The path on the base of a renamed or moved agreement. */
  previousPath?: string;
  headPath?: string;
  basePath?: string;
}

/**
 * The agreements among a pull request's changed files, classified as the approval rule classifies them
 * (`evaluateApprovals`): a file moved out of agreements/ is a removed agreement, a copy is a new one,
 * README.md files and anything outside agreements/ are not agreements. Sorted by path.
 */
export function changedAgreementFiles(files: readonly PullRequestFile[]): ChangedAgreementFile[] {
  const found = new Map<string, ChangedAgreementFile>();
  for (const file of files) {
    if (file.status === "unchanged") continue;
    const isAgreement = isAgreementPath(file.path);
    if (file.status === "removed") {
      if (isAgreement) found.set(file.path, { status: "removed", path: file.path, basePath: file.path });
    } else if (file.status === "renamed" && !isAgreement && file.previousPath !== undefined && isAgreementPath(file.previousPath)) {
      found.set(file.previousPath, { status: "removed", path: file.previousPath, basePath: file.previousPath });
    } else if (isAgreement) {
      if (file.status === "added" || file.status === "copied") found.set(file.path, { status: "added", path: file.path, headPath: file.path });
      else if (file.status === "renamed" && file.previousPath !== undefined) {
        found.set(file.path, { status: "renamed", path: file.path, previousPath: file.previousPath, headPath: file.path, basePath: file.previousPath });
      } else found.set(file.path, { status: "modified", path: file.path, headPath: file.path, basePath: file.path });
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
