import { compareAgreements } from "../changes/compare.js";
import type { AgreementParser } from "../changes/parse-version.js";
import type { AgreementDiff } from "../changes/types.js";
import type { PullRequestSnapshot } from "./load.js";

/** The structured diff of each changed agreement from the base branch to the pull request's head. */
export function pullRequestDiff(snapshot: PullRequestSnapshot, parse: AgreementParser): AgreementDiff {
  const { pullRequest, base } = snapshot;
  const read = (path: string | undefined, text: string | undefined) => (path === undefined || text === undefined ? undefined : parse(path, Buffer.from(text, "utf8")));
  return {
    from: { ref: base.ref, commit: base.sha },
    to: { ref: pullRequest.headRef, commit: pullRequest.headSha },
    agreements: snapshot.agreements.map((agreement) =>
      compareAgreements({
        status: agreement.status,
        path: agreement.path,
        ...(agreement.previousPath !== undefined ? { previousPath: agreement.previousPath } : {}),
        before: read(agreement.basePath, agreement.baseText),
        after: read(agreement.headPath, agreement.headText),
      }),
    ),
  };
}
