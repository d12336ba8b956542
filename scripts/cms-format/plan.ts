import type { PullRequest, PullRequestFile } from "../github/types.js";

/** What `agreements cms-format` will do for one pull request: nothing (and why), or format these files of its branch. */
export type CmsFormatPlan =
  | { kind: "skip"; reason: string }
  | { kind: "format"; branch: string; headSha: string; paths: string[]; ignored: string[] };

/**
 * A branch the form editor opens (Decap's editorial workflow: `cms/<collection>/<slug>`), spelled only in
 * letters, digits, `.`, `_` and `-`, no part starting with `.` or `-`, no `..`: a name Git, a shell and a
 * refspec all take literally. Anything else is not the form's branch, so it is not pushed to.
 */
const CMS_BRANCH = /^cms(?:\/[A-Za-z0-9_][A-Za-z0-9._-]*)+$/;

/** An agreement where the lint expects one (agreements/<ministry>/<id>.md), in the same plain characters. */
const AGREEMENT_PATH = /^agreements\/[A-Za-z0-9_][A-Za-z0-9._-]*\/[A-Za-z0-9_][A-Za-z0-9._-]*\.md$/;

export function isCmsBranch(name: string): boolean {
  return CMS_BRANCH.test(name) && !name.includes("..") && !/\.(?:lock)?$/.test(name) && !/\.lock\//.test(name) && name.length <= 200;
}

/**
 * Decides from the pull request as GitHub describes it (never from its files' contents) whether its
 * branch may be formatted and pushed to: only an open pull request whose head is a form branch of this
 * same repository. A fork's branch is never pushed to, whatever it is called: its check "Check
 * agreements" names the files to format instead. Pure.
 */
export function planCmsFormat(pull: PullRequest, files: readonly PullRequestFile[]): CmsFormatPlan {
  if (pull.state !== "open") return { kind: "skip", reason: `Pull request #${pull.number} is closed, so nothing is formatted.` };
  if (pull.fromFork) {
    return { kind: "skip", reason: `Pull request #${pull.number} comes from another repository (a fork), so nothing is pushed to it. The check "Check agreements" names any file to format: run npx agreements format on it and push.` };
  }
  if (!isCmsBranch(pull.headRef)) {
    return { kind: "skip", reason: `Pull request #${pull.number} was not opened by the form editor (its branch does not start with cms/ or has unusual characters), so nothing is pushed to it.` };
  }
  const saved = files.filter((file) => file.status !== "removed" && file.path.startsWith("agreements/") && file.path.endsWith(".md")).map((file) => file.path);
  const paths = saved.filter((path) => AGREEMENT_PATH.test(path) && !path.endsWith("/README.md"));
  if (paths.length === 0) return { kind: "skip", reason: `Pull request #${pull.number} changes no agreement, so there is nothing to format.` };
  return { kind: "format", branch: pull.headRef, headSha: pull.headSha, paths, ignored: saved.filter((path) => !paths.includes(path)) };
}
