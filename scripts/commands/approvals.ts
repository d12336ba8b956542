import { toCommitStatus } from "../pull-request/approvals/commit-status.js";
import { evaluateApprovals } from "../pull-request/approvals/evaluate.js";
import { renderApprovalsJson } from "../pull-request/approvals/render-json.js";
import { renderApprovalsMarkdown } from "../pull-request/approvals/render-markdown.js";
import { renderApprovalsText } from "../pull-request/approvals/render-text.js";
import { appendStepSummary, writeOutputs } from "../github/event.js";
import { approvalInputOf } from "../pull-request/approval-input.js";
import { connectToPullRequest, PULL_REQUEST_FLAGS } from "../pull-request/connect.js";
import { loadPullRequest } from "../pull-request/load.js";
import { repositoryLanguage } from "../reader/config.js";
import { parseChoice, parseCommandArgs } from "./args.js";
import { LANG_FLAG, LANG_HELP, parseLang } from "./lang.js";
import { UsageError } from "../errors.js";
import { registryReader } from "./reader.js";
import type { Command, CommandIO } from "./io.js";

const FORMATS = ["text", "json"] as const;

const help = `Usage: agreements approvals [options]

Checks that every agreement a pull request changes has the consent of both parties named in it (the
official and the superior, by their github: user names): an approving review of the pull request's
latest commit. The author consents by having made every commit (verified by GitHub); once someone
else pushed, by a comment "/agree <full SHA of the latest commit>". An approval given before a later
push must be given again; a later request for changes blocks; reviews by anyone else do not count.
When the pull request changes who the parties are, the previous parties must approve as well. One
person as both parties, a party without a user name, an unreadable version on the base branch, or
a file list GitHub cut short (over 3000 files) fails. A change to the config, goals/, .github/,
scripts/, bin/ or the package files also needs a maintainer named in the base branch's config.

Sets the commit status "agreements/approvals" on the latest commit, which branch protection can
require. In GitHub Actions it also writes the step output satisfied=true|false and a job summary.

Options:
  --pr <number>          The pull request (default: the one of the GitHub Actions event)
  --format <format>      text (default) or json
  --repo <owner/name>    The repository (default: GITHUB_REPOSITORY)
  --token-env <name>     The environment variable holding the GitHub token (default: GITHUB_TOKEN)
  --no-status            Do not set the commit status (only show the result)
${LANG_HELP};
                         also of the commit status's description
  -h, --help             Show this help

Run it only from the base branch's code (the workflow pr.yml does): the pull request's own code must
never decide its approval. The token needs read access to the pull request, its contents and its
comments, and "statuses: write" unless --no-status is given. GITHUB_API_URL names the API of a
GitHub Enterprise Server.

Exit status: 0 every changed agreement has both parties' consent, 1 some still wait, 2 bad usage
or a problem with GitHub.
`;

/** `agreements approvals`: the approval rule for one pull request, as text or JSON and a commit status. */
export const approvalsCommand: Command = {
  name: "approvals",
  help,
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, { ...PULL_REQUEST_FLAGS, ...LANG_FLAG, format: { type: "string" }, "no-status": { type: "boolean" } });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`takes no arguments (got "${positionals.join(" ")}"); name the pull request with --pr N.`);
    const format = parseChoice("--format", values.format, FORMATS, "text");
    const lang = parseLang(values.lang);
    const { github, number, actions } = connectToPullRequest(io.env, { pr: values.pr, repo: values.repo, tokenEnv: values["token-env"] });
    const reader = registryReader();
    const snapshot = await loadPullRequest(github, number, reader);
    const result = evaluateApprovals(approvalInputOf(snapshot, reader));
    // The base branch's config decides the language, like everything else about the approval.
    const language = lang ?? repositoryLanguage(snapshot.baseConfig);

    // The answer is shown first, so a failure to record it below still leaves it in the log.
    io.stdout(format === "json" ? renderApprovalsJson(result) : renderApprovalsText(result, language));
    if (actions.inActions) {
      writeOutputs(io.env, { satisfied: String(result.satisfied) });
      appendStepSummary(io.env, renderApprovalsMarkdown(result, language));
    }
    if (!values["no-status"]) {
      const status = toCommitStatus(result, { language, ...(actions.runUrl !== undefined ? { targetUrl: actions.runUrl } : {}) });
      await github.createCommitStatus(result.headSha, status);
      // On stderr: stdout stays exactly the result, which --format json makes a document to parse.
      io.stderr(`Set the commit status "${status.context}" to ${status.state} on ${result.headSha.slice(0, 7)}.\n`);
    }
    return result.satisfied ? 0 : 1;
  },
};
