import type { PullRequest } from "../github/types.js";
import type { Agreement, Catalogue } from "../model/types.js";
import { partyLogins } from "../github/logins.js";
import { pullRequestBody, type PlaceToFill } from "./pull-request-body.js";
import { WORDING } from "./wording.js";

/** An agreement as rolled forward on the cycle branch. */
export interface CycleAgreement {
  path: string;
  agreement: Agreement;
  /** Where the rolled-forward file is still marked to be filled in (its `to-be-filled` findings). */
  toFill: readonly PlaceToFill[];
  /** False when the base branch already has this version: there is nothing for a pull request to carry. */
  changed: boolean;
}

/**
 * An open pull request as listed by GitHub. `labels` and `requestedReviewers`, when known, let a re-run
 * add what an interrupted run did not; when absent, labels and reviewers of an existing pull request are
 * left as they are.
 */
export interface ExistingPullRequest extends PullRequest {
  labels?: string[];
  requestedReviewers?: string[];
}

export type PullRequestAction =
  | { kind: "create" }
  | { kind: "update"; number: number; changes: ("title" | "body")[]; addLabels: string[]; requestReviewers: string[] }
  | { kind: "keep"; number: number }
  | { kind: "skip"; reason: string };

export interface PlannedPullRequest {
  path: string;
  agreementId: string;
  /** The head branch: `cycle/<year>/<agreement id>`. */
  branch: string;
  base: string;
  title: string;
  body: string;
  /** The parties' GitHub user names, minus whoever opens the pull request (GitHub refuses to ask the author). */
  reviewers: string[];
  labels: string[];
  action: PullRequestAction;
  /** Things a person should know that change nothing. */
  notes: string[];
}

export interface CyclePullRequestsInput {
  year: number;
  catalogue: { path: string; catalogue: Catalogue };
  agreements: readonly CycleAgreement[];
  /** The repository's open pull requests (at least those whose head is a cycle branch). */
  existingOpen: readonly ExistingPullRequest[];
  baseBranch: string;
  /** The GitHub user the pull requests are opened as, when known. */
  author?: string;
  /** The repository's web address, for links in the bodies. */
  repositoryUrl?: string;
}

/** The branch that carries one agreement's update for a cycle. */
export function agreementBranch(year: number, id: string): string {
  return `cycle/${year}/${id}`;
}

/** A person ticking boxes in the body is progress, not a difference to undo. */
function withoutTicks(body: string): string {
  return body.replace(/^(\s*[-*] )\[[xX]\]/gm, "$1[ ]").replace(/\r\n/g, "\n");
}

const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * One pull request per agreement the roll-forward changed, from `cycle/<year>/<id>` into the base branch:
 * created when there is no open one for that branch in this repository (a fork's branch of the same name is
 * not ours), otherwise brought up to date, never duplicated. Pure: the same inputs give the same plan, and a
 * plan made after it was carried out has nothing left to do.
 */
export function buildCyclePullRequests(input: CyclePullRequestsInput): PlannedPullRequest[] {
  const { year, baseBranch } = input;
  return [...input.agreements]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ path, agreement, toFill, changed }) => {
      const branch = agreementBranch(year, agreement.id);
      const existing = input.existingOpen
        .filter((pull) => pull.state === "open" && !pull.fromFork && pull.headRef === branch)
        .sort((a, b) => a.number - b.number)[0];
      const opener = existing?.author ?? input.author;
      const planned: PlannedPullRequest = {
        path,
        agreementId: agreement.id,
        branch,
        base: existing?.baseRef ?? baseBranch,
        title: WORDING[agreement.language].title(year, agreement.id),
        body: pullRequestBody({ year, catalogue: input.catalogue, path, agreement, toFill, branch, ...(input.repositoryUrl ? { repositoryUrl: input.repositoryUrl } : {}) }),
        reviewers: partyLogins(agreement.parties).filter((login) => opener === undefined || !sameLogin(login, opener)),
        labels: [`cycle-${year}`, agreement.ministry],
        action: { kind: "create" },
        notes: [],
      };
      if (existing && existing.baseRef !== baseBranch) {
        planned.notes.push(`the open pull request #${existing.number} is into ${existing.baseRef}, not ${baseBranch}: it is kept there`);
      }
      if (!changed) {
        planned.action = { kind: "skip", reason: `${baseBranch} already has this version: no pull request is needed` };
        if (existing) planned.notes.push(`#${existing.number} is still open for it: close it if it is no longer needed`);
        return planned;
      }
      if (!existing) return planned;

      const changes: ("title" | "body")[] = [];
      if (existing.title !== planned.title) changes.push("title");
      if (withoutTicks(existing.body) !== withoutTicks(planned.body)) changes.push("body");
      const labels = existing.labels;
      const addLabels = labels === undefined ? [] : planned.labels.filter((label) => !labels.includes(label));
      const requested = existing.requestedReviewers;
      // Without the list of requested reviewers, asking again could re-notify someone who already reviewed.
      const requestReviewers = requested === undefined ? [] : planned.reviewers.filter((login) => !requested.some((other) => sameLogin(other, login)));
      planned.action =
        changes.length > 0 || addLabels.length > 0 || requestReviewers.length > 0
          ? { kind: "update", number: existing.number, changes, addLabels, requestReviewers }
          : { kind: "keep", number: existing.number };
      return planned;
    });
}
