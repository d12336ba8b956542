import { evaluateApprovals } from "../pull-request/approvals/evaluate.js";
import { createAgreementParser } from "../changes/parse-version.js";
import { findStickyComment, STICKY_MARKER } from "../pull-request/comment/marker.js";
import { buildPullRequestSummary } from "../pull-request/comment/pull-request-summary.js";
import type { GitHub } from "../github/client.js";
import { plural } from "../lint/formats/formatter.js";
import { appendStepSummary, writeOutputs } from "../github/event.js";
import { DEFAULT_TOKEN_ENV } from "../github/settings.js";
import { approvalInputOf } from "../pull-request/approval-input.js";
import { connectToPullRequest, PULL_REQUEST_FLAGS } from "../pull-request/connect.js";
import { pullRequestDiff } from "../pull-request/diff.js";
import { lintPullRequestHead } from "../pull-request/lint-head.js";
import { loadPullRequest } from "../pull-request/load.js";
import { repositoryLanguage } from "../reader/config.js";
import { parseCommandArgs, parseToday } from "./args.js";
import { LANG_FLAG, LANG_HELP, parseLang } from "./lang.js";
import { UsageError } from "../errors.js";
import { registryReader } from "./reader.js";
import type { Command, CommandIO } from "./io.js";

/** The account a workflow's GITHUB_TOKEN writes as. */
export const ACTIONS_BOT = "github-actions[bot]";

const help = `Usage: agreements comment [options]

Keeps one comment on a pull request up to date with who still has to approve each changed
agreement, what changed in each agreement (goals, meters, evaluations, parties, the text), and the
lint findings in the changed files. Run again after every push and review: the same comment is
edited (never a second one), and not touched at all when nothing in it changed. Everything is read
through GitHub's API: no checkout is needed.

Options:
  --pr <number>          The pull request (default: the one of the GitHub Actions event)
  --repo <owner/name>    The repository (default: GITHUB_REPOSITORY)
  --token-env <name>     The environment variable holding the GitHub token (default: GITHUB_TOKEN)
  --today <YYYY-MM-DD>   The date the lint measures deadlines against (default: today)
${LANG_HELP};
                         the findings are in each agreement's own language unless --lang is given
  -h, --help             Show this help

The comment is found again by a hidden first line, and only among the comments of the token's own
account: ${ACTIONS_BOT} in GitHub Actions with the workflow's own GITHUB_TOKEN, otherwise the
account GitHub names for the token (a token GitHub does not name, such as an app's, is refused).
Someone else's comment is never edited, whatever it starts with. A comment longer than GitHub
allows is shortened, with a note of what was left out; in GitHub Actions the whole text is also in
the job summary.

The token needs read access to the pull request and its contents, and "pull-requests: write" (or
"issues: write") to write the comment.

Exit status: 0 the comment is up to date, 2 bad usage or a problem with GitHub.
`;

/** `agreements comment`: the pull request's one sticky summary comment, created or edited in place. */
export const commentCommand: Command = {
  name: "comment",
  help,
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, { ...PULL_REQUEST_FLAGS, ...LANG_FLAG, today: { type: "string" } });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`takes no arguments (got "${positionals.join(" ")}"); name the pull request with --pr N.`);
    const today = parseToday(values.today);
    const lang = parseLang(values.lang);
    const { github, number, actions } = connectToPullRequest(io.env, { pr: values.pr, repo: values.repo, tokenEnv: values["token-env"] });
    const reader = registryReader();
    const snapshot = await loadPullRequest(github, number, reader);
    const approvals = evaluateApprovals(approvalInputOf(snapshot, reader));
    const diff = pullRequestDiff(snapshot, createAgreementParser(reader));
    const lint = await lintPullRequestHead(github, snapshot, { reader, today, lang });
    // The comment is the repository's text: in the base branch's config language unless --lang says otherwise.
    const summary = { approvals, diff, lint, language: lang ?? repositoryLanguage(snapshot.baseConfig) };
    const { body, cut } = buildPullRequestSummary({ ...summary, ...(actions.runUrl !== undefined ? { fullReportUrl: actions.runUrl } : {}) });

    if (actions.inActions) {
      // Uncut: the shortened comment's note sends readers here for everything.
      appendStepSummary(io.env, buildPullRequestSummary({ ...summary, limit: Number.MAX_SAFE_INTEGER }).body);
    }
    // Only a comment of the token's own account is ever edited: anyone can post a comment that starts with
    // the hidden marker, and a token that may edit others' comments must not take theirs over (issue 9).
    const author = await ownLogin(github, actions.inActions && (values["token-env"] ?? DEFAULT_TOKEN_ENV) === DEFAULT_TOKEN_ENV);
    const outcome = await upsertComment(github, number, body, author);

    const where = `pull request #${number}`;
    io.stdout(
      outcome.action === "unchanged"
        ? `The summary comment on ${where} is already up to date (comment ${outcome.id}).\n`
        : `${outcome.action === "created" ? "Wrote" : "Updated"} the summary comment on ${where} (comment ${outcome.id}).\n`,
    );
    if (cut.length > 0) io.stdout(`The comment was shortened to stay within GitHub's limit; left out: ${cut.map((part) => part.description.replace(/`/g, "")).join("; ")}.\n`);
    const extra = outcome.duplicates.length;
    if (extra > 0) {
      const one = extra === 1;
      io.stderr(
        `Note: ${plural(extra, "more summary comment")} on ${where} (${one ? "comment" : "comments"} ${outcome.duplicates.join(", ")}) ${one ? "was" : "were"} left by ${one ? "a run" : "runs"} at the same time; ` +
          `only the oldest is kept up to date, the ${one ? "other" : "others"} can be deleted.\n`,
      );
    }
    if (actions.inActions) writeOutputs(io.env, { "comment-id": String(outcome.id), action: outcome.action });
    return 0;
  },
};

/**
 * The login the comment is written as: the workflow's own token writes as the Actions bot (GitHub will
 * not tell such a token who it is); any other token's account comes from GET /user. A token GitHub will
 * not name (an app's) cannot tell our comment from a stranger's, so it is refused.
 */
async function ownLogin(github: GitHub, actionsToken: boolean): Promise<string> {
  if (actionsToken) return ACTIONS_BOT;
  const login = await github.getAuthenticatedLogin();
  if (login === undefined) {
    throw new UsageError(
      "GitHub does not say which account this token belongs to, so the summary comment could not be told apart from someone else's. Run the command in GitHub Actions with the workflow's own token, or with a personal token.",
    );
  }
  return login;
}

interface Outcome {
  action: "created" | "updated" | "unchanged";
  id: number;
  /** Ids of other comments carrying the marker, left untouched. */
  duplicates: number[];
}

/** Creates the sticky comment, or edits ours when its text differs; an unchanged text is not sent again. */
async function upsertComment(github: GitHub, number: number, body: string, author: string): Promise<Outcome> {
  const match = findStickyComment(await github.listIssueComments(number), STICKY_MARKER, { author });
  const duplicates = match.duplicates.map((comment) => comment.id);
  if (!match.comment) return { action: "created", id: (await github.createIssueComment(number, body)).id, duplicates };
  // GitHub may hand back a body with CRLF line ends; only a change in content is worth an edit (and its notification).
  if (match.comment.body.replace(/\r\n/g, "\n") === body) return { action: "unchanged", id: match.comment.id, duplicates };
  await github.updateIssueComment(match.comment.id, body);
  return { action: "updated", id: match.comment.id, duplicates };
}
