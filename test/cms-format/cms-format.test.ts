import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml, stringify } from "yaml";
import { main } from "../../scripts/cli.js";
import { isCmsBranch, planCmsFormat } from "../../scripts/cms-format/plan.js";
import type { PullRequest } from "../../scripts/github/types.js";
import { startFakeGitHub } from "../helpers/fake-github/index.js";
import { captureIO, createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

/**
 * `agreements cms-format`, the step of pr.yml that formats what the form editor saved: a real Git
 * repository with a bare one as the remote it fetches from and pushes to, the pull request read from the
 * fake GitHub. Every pull request here is hostile until the plan says otherwise.
 */

const PATH = "agreements/vm/vm-statssekreterare.md";
const BRANCH = "cms/agreements-sv/vm/vm-statssekreterare";
const ORIGINAL = readFileSync(join(REPOSITORY_ROOT, PATH), "utf8");

/** The example as the form writes it: the same data (a target changed), every key on its own line, the form's own quoting. */
function savedByTheForm(): string {
  const close = ORIGINAL.indexOf("\n---", 3);
  const data = parseYaml(ORIGINAL.slice(4, close + 1)) as { goals: { meters?: { target: string }[] }[] };
  data.goals.find((goal) => goal.meters?.length)!.meters![0]!.target = ">= 85 %";
  return `---\n${stringify(data, { lineWidth: 0 })}${ORIGINAL.slice(close + 1)}`;
}

/** Git in the bare remote itself (simple-git refuses --git-dir). */
function originGit(repo: TestRepository, origin: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: origin, env: repo.env, encoding: "utf8" });
}

async function agreements(repo: TestRepository, env: Record<string, string>, ...argv: string[]) {
  const { io, stdout, stderr } = captureIO(repo.dir, { ...repo.env, ...env });
  const code = await main({ argv, ...io });
  return { code, stdout: stdout(), stderr: stderr() };
}

/** main with the example, a bare origin, and the form's branch pushed to it with `files`; the pull request on the fake GitHub. */
async function setUp(files: Record<string, string | null> = { [PATH]: savedByTheForm() }, options: { branch?: string; fork?: string } = {}) {
  const repo = await createTestRepository();
  await repo.commit({ files: { [PATH]: ORIGINAL }, message: "Avtalet" });
  const origin = await repo.addOrigin();
  const branch = options.branch ?? BRANCH;
  await repo.run(["checkout", "--quiet", "-b", branch]);
  const head = await repo.commit({ files, message: "Update Agreements “vm/vm-statssekreterare”" });
  await repo.run(["push", "--quiet", "origin", `HEAD:refs/heads/${branch}`]);
  await repo.run(["checkout", "--quiet", "main"]);
  const fake = await startFakeGitHub();
  // A fork is another repository on GitHub; the fake must know it to describe the pull request's head.
  if (options.fork) fake.state.addRepository(options.fork);
  const pull = fake.repository.addPullRequest({
    author: "maria-exempel",
    headRef: branch,
    headSha: head,
    ...(options.fork ? { fork: options.fork } : {}),
    files: Object.keys(files).map((path) => ({ path, status: "modified" as const, text: files[path] ?? "" })),
  });
  const remoteHead = async () => originGit(repo, origin, "rev-parse", `refs/heads/${branch}`).trim();
  // As on GitHub, the pull request's head follows its branch (a test may still set it to something else).
  let pinned: string | undefined;
  Object.defineProperty(pull.head, "sha", {
    get: () => pinned ?? originGit(repo, origin, "rev-parse", `refs/heads/${branch}`).trim(),
    set: (sha: string) => void (pinned = sha),
  });
  const run = (...argv: string[]) => agreements(repo, fake.env, "cms-format", "--pr", String(pull.number), "--remote", origin, ...argv);
  return { repo, origin, head, fake, pull, run, remoteHead };
}

describe("agreements cms-format: the form's saves formatted on their pull request", () => {
  it("pushes one commit by GitHub Actions' bot on top of the form's, after which the diff is only the changed line and the data is the form's", async () => {
    const { repo, origin, head, run, remoteHead } = await setUp();
    // file:// makes Git fetch and push through its transport, as over https: a shallow fetch, then a push on top of it.
    const result = await run("--remote", `file://${origin}`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const pushed = await remoteHead();
    expect(result.stdout).toContain(`pushed it to ${BRANCH} as commit ${pushed}`);
    expect(result.stdout).toContain(`/agree ${pushed}`);
    expect(result.stdout).not.toContain("does not show the new commit");
    const git = async (...args: string[]) => originGit(repo, origin, ...args);
    // One new commit, a fast-forward from what the form saved, by the bot (never anyone's consent).
    expect((await git("rev-list", "--parents", "-n", "1", pushed)).trim()).toBe(`${pushed} ${head}`);
    expect((await git("log", "-1", "--format=%an <%ae>|%cn <%ce>", pushed)).trim()).toBe(
      "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
    );
    expect((await git("diff", "--name-only", head, pushed)).trim()).toBe(PATH);
    const changed = (await git("diff", "--unified=0", "--no-color", "main", pushed, "--", PATH)).split("\n").filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changed).toEqual([
      '-      - { name: Andel propositioner med konsekvensbedömning, target: ">= 80 %", baseline: "55 % (2019)" }',
      '+      - { name: Andel propositioner med konsekvensbedömning, target: ">= 85 %", baseline: "55 % (2019)" }',
    ]);
    const data = async (commit: string) => {
      const text = await git("show", `${commit}:${PATH}`);
      return parseYaml(text.slice(4, text.indexOf("\n---", 3) + 1)) as unknown;
    };
    expect(await data(pushed)).toEqual(await data(head));
    // The local repository was never touched: the command works in a scratch repository of its own.
    expect((await repo.run(["status", "--porcelain"])).trim()).toBe("");
  });

  it("starts the check workflow on the branch after pushing, since a push with Actions' token starts none itself", async () => {
    const { fake, run, remoteHead } = await setUp();
    const result = await run("--check-workflow", "check.yml");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Started check.yml on ${BRANCH}, so its check runs on the formatted commit.`);
    expect(fake.repository.dispatches).toEqual([{ workflow: "check.yml", ref: BRANCH }]);
    expect(await remoteHead()).not.toBe("");
  });

  it("says plainly when the check workflow could not be started, and fails", async () => {
    const { fake, run } = await setUp();
    fake.repository.refs.delete(`heads/${BRANCH}`);
    const result = await run("--check-workflow", "check.yml");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/The formatted version was pushed, but the workflow check\.yml could not be started on it \(GitHub answered 422\)/);
    expect(fake.repository.dispatches).toEqual([]);
  });

  it("refuses a --check-workflow that is not a workflow file name, before anything else", async () => {
    const { run, head, remoteHead } = await setUp();
    const result = await run("--check-workflow", "check.yml; rm -rf /");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--check-workflow must be the file name of a workflow/);
    expect(await remoteHead()).toBe(head);
  });

  it("refuses a --remote that Git could take for an option", async () => {
    const { run, head, remoteHead } = await setUp();
    const result = await run("--remote=--upload-pack=touch pwned");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--remote must be an https address, a file:\/\/\/ address or an absolute path/);
    expect(await remoteHead()).toBe(head);
  });

  it("--dry-run names what it would format and pushes nothing", async () => {
    const { run, head, remoteHead } = await setUp();
    const result = await run("--dry-run");
    expect(result.stdout).toBe(`Would format and push to ${BRANCH}: ${PATH}.\n`);
    expect(await remoteHead()).toBe(head);
  });

  it("is idempotent: run again on the formatted head, it pushes nothing", async () => {
    const { pull, run, remoteHead } = await setUp();
    expect((await run()).code).toBe(0);
    pull.head.sha = await remoteHead();
    const again = await run();
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Every agreement on ${BRANCH} is already formatted; nothing was pushed.`);
    expect(await remoteHead()).toBe(pull.head.sha);
  });

  it("never pushes to a fork, even one whose branch is named cms/...", async () => {
    const { head, run, remoteHead } = await setUp(undefined, { fork: "mallory/agreements" });
    const result = await run();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/comes from another repository \(a fork\), so nothing is pushed to it\. The check "Check agreements" names any file to format/);
    expect(await remoteHead()).toBe(head);
  });

  it.each(["main", "feature/cms/x", "cms/x;touch pwned", "cms/$(id)", "cms/../main", "cms/-x", "cms/a..b", "cms/x.lock", "cms/x/", "cms/.hidden", "cms/x y", "cms/`id`", "cms/x\nmain"])(
    "never pushes to the branch %j: only the form's plain cms/ names are taken",
    (branch) => {
      expect(isCmsBranch(branch)).toBe(false);
      const pull = { number: 7, state: "open", fromFork: false, headRef: branch, headSha: "a".repeat(40) } as PullRequest;
      expect(planCmsFormat(pull, [{ path: PATH, status: "modified" }])).toMatchObject({ kind: "skip" });
    },
  );

  it("takes Decap's own branch names", () => {
    for (const branch of [BRANCH, "cms/agreements-fi/vm/vm-uusi-sopimus", "cms/agreements/x_1.2"]) expect(isCmsBranch(branch), branch).toBe(true);
  });

  it("leaves a branch that is not the form's alone, through the whole command", async () => {
    const { head, run, remoteHead } = await setUp(undefined, { branch: "main-copy" });
    const result = await run();
    expect(result.stdout).toMatch(/was not opened by the form editor/);
    expect(await remoteHead()).toBe(head);
  });

  it("says so when GitHub does not show the pushed commit on the pull request in time, so nobody expects a fresh approval yet", async () => {
    const { pull, head, run, remoteHead } = await setUp();
    pull.head.sha = head; // GitHub keeps describing the form's commit
    const result = await run();
    expect(result.code).toBe(0);
    expect(await remoteHead()).not.toBe(head);
    expect(result.stdout).toContain(`GitHub does not show the new commit on pull request #${pull.number} yet; the approval is checked again at the next review or /agree comment.`);
  });

  it("pushes nothing when the branch moved on since GitHub described the pull request (a newer save has its own run)", async () => {
    const { pull, head, run, remoteHead } = await setUp();
    pull.head.sha = "b".repeat(40);
    const result = await run();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("has moved on since this run started");
    expect(await remoteHead()).toBe(head);
  });

  it("formats only agreements where they belong, reports a broken file with its line and column, and still formats the others", async () => {
    const broken = "---\nid: om-kanslichef\ntitle: [unclosed\n---\n# Text\n";
    const { run, remoteHead, repo, origin } = await setUp({ [PATH]: savedByTheForm(), "agreements/om/om-kanslichef.md": broken, "agreements/README.md": "# Not an agreement\n" });
    const result = await run();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^agreements\/om\/om-kanslichef\.md:3:\d+: /m);
    expect(result.stdout).toContain("agreements/README.md: not where an agreement belongs");
    const pushed = await remoteHead();
    expect(originGit(repo, origin, "diff", "--name-only", `${pushed}~1`, pushed).trim()).toBe(PATH);
  });

  it("runs nothing the pull request names: a .gitattributes filter that the machine's Git knows is never started", async () => {
    const marker = join(mkdtempSync(join(tmpdir(), "agreements-filter-")), "ran");
    const { repo, run, head, remoteHead } = await setUp({ [PATH]: savedByTheForm(), ".gitattributes": "*.md filter=evil diff=evil\n" });
    // Only now, so the set-up's own commits do not start it: a filter and a diff driver that leave a mark.
    writeFileSync(join(repo.env.HOME!, ".gitconfig"), `[filter "evil"]\n\tclean = touch ${marker}\n\tsmudge = touch ${marker}\n\trequired = true\n[diff "evil"]\n\ttextconv = touch ${marker}\n`);
    const result = await run();
    expect(result.code).toBe(0);
    expect(await remoteHead()).not.toBe(head);
    expect(existsSync(marker)).toBe(false);
  });

  it("does not follow a link saved where an agreement belongs", async () => {
    const { repo, pull, run, remoteHead } = await setUp();
    await repo.run(["checkout", "--quiet", BRANCH]);
    rmSync(join(repo.dir, PATH));
    symlinkSync("../../../../etc/passwd", join(repo.dir, PATH));
    await repo.run(["add", "--all"]);
    await repo.run(["commit", "--quiet", "-m", "A link"]);
    await repo.run(["push", "--quiet", "origin", `HEAD:refs/heads/${BRANCH}`]);
    pull.head.sha = (await repo.run(["rev-parse", "HEAD"])).trim();
    const result = await run();
    expect(result.stdout).toContain(`${PATH}: not a regular file on the branch (a link, say), so it was not formatted.`);
    expect(result.code).toBe(0);
    expect(await remoteHead()).toBe(pull.head.sha);
  });

  it("never prints the token, even when Git cannot reach the remote", async () => {
    const { fake, pull, repo } = await setUp();
    const token = fake.env.GITHUB_TOKEN!;
    const result = await agreements(repo, fake.env, "cms-format", "--pr", String(pull.number), "--remote", "https://127.0.0.1:9/valtioneuvosto/agreements.git");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Git could not fetch the branch cms\/agreements-sv\/vm\/vm-statssekreterare/);
    for (const secret of [token, Buffer.from(`x-access-token:${token}`).toString("base64")]) expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it("the bot's formatting commit is nobody's consent: the official who saved confirms it with /agree, and is not locked out", async () => {
    const fake = await startFakeGitHub();
    const repo = fake.repository;
    repo.setFiles("main", { [PATH]: ORIGINAL, "goals/2020.md": readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8") });
    // The official (a party) saved through the form: GitHub's web-flow commit, verified, tied to her.
    const pull = repo.addPullRequest({ author: "maria-exempel", headRef: BRANCH, files: [{ path: PATH, status: "modified", text: savedByTheForm() }] });
    const approvals = async () => {
      const { io, stdout } = captureIO(REPOSITORY_ROOT, fake.env);
      const code = await main({ argv: ["approvals", "--pr", String(pull.number), "--lang", "en", "--no-status"], ...io });
      return { code, stdout: stdout() };
    };
    // Then the formatting commit, by GitHub Actions' bot; even signed by GitHub it is not hers.
    const formatted = repo.pushToPull(pull.number, { [PATH]: ORIGINAL.replace('target: ">= 80 %"', 'target: ">= 85 %"') }, { author: "github-actions[bot]", committer: "github-actions[bot]", verified: true });
    repo.addReview(pull.number, { user: "anders-exempel", state: "APPROVED" });
    const waiting = await approvals();
    expect(waiting.code).toBe(1);
    expect(waiting.stdout).toContain(`/agree ${formatted}`);
    repo.addComment(pull.number, { user: "maria-exempel", body: `/agree ${formatted}` });
    const agreed = await approvals();
    expect(agreed.stdout).not.toContain(`/agree ${formatted}\n`);
    expect(agreed.code).toBe(0);
  });
});
