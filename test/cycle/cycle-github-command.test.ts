import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { startFakeGitHub, type FakeGitHub, type FakeRepository } from "../helpers/fake-github/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, AUTHOR, createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { runCli } from "../helpers/cli.js";

const GOALS_2020 = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
/** goals/2020.md moved on a year (deadline 2021-04-30, evaluation of 2020). */
const GOALS_2021 = readFileSync(join(REPOSITORY_ROOT, "test", "fixtures", "cycle", "goals", "2021.md"), "utf8");
const TODAY = "2021-03-01";

/** Three agreements the roll-forward changes; the STM one does not know its superior's GitHub user name yet. */
const AGREEMENTS = [
  { path: "agreements/om/om-kanslichef.md", id: "om-kanslichef", ministry: "OM", reviewers: ["maria-exempel", "anders-exempel"] },
  { path: "agreements/stm/stm-kanslichef.md", id: "stm-kanslichef", ministry: "STM", reviewers: ["maria-exempel"] },
  { path: "agreements/vm/vm-statssekreterare.md", id: "vm-statssekreterare", ministry: "VM", reviewers: ["maria-exempel", "anders-exempel"] },
];
const branchOf = (id: string) => `cycle/2021/${id}`;

interface Setup {
  repository: TestRepository;
  /** The bare repository that is the remote "origin", and whose branches the fake GitHub shows. */
  origin: string;
  fake: FakeGitHub;
}

/**
 * Makes the fake GitHub's branches those of the bare `origin`, read afresh on every look-up, as on GitHub
 * where a `git push` and the REST API see one repository: a pull request can then be opened only from a
 * branch that was really pushed, and its base is the real commit of main.
 */
function showBranchesOf(origin: string, repository: FakeRepository): void {
  class OriginBranches extends Map<string, string> {
    private sync(): void {
      const output = execFileSync("git", ["for-each-ref", "--format=%(objectname) %(refname)", "refs/heads"], { cwd: origin, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
      for (const key of [...super.keys()]) if (key.startsWith("heads/")) super.delete(key);
      for (const line of output.split("\n").filter(Boolean)) {
        const [sha, ref] = line.split(" ");
        super.set(`heads/${ref!.slice("refs/heads/".length)}`, sha!);
      }
    }
    override get(key: string) {
      this.sync();
      return super.get(key);
    }
    override has(key: string) {
      this.sync();
      return super.has(key);
    }
    override values() {
      this.sync();
      return super.values();
    }
    override entries() {
      this.sync();
      return super.entries();
    }
  }
  Object.defineProperty(repository, "refs", { value: new OriginBranches() });
}

async function setup(): Promise<Setup> {
  const repository = await createTestRepository();
  await repository.run(["config", "user.name", AUTHOR.name]);
  await repository.run(["config", "user.email", AUTHOR.email]);
  const files: Record<string, string> = { "goals/2020.md": GOALS_2020, "goals/2021.md": GOALS_2021 };
  for (const agreement of AGREEMENTS) {
    const text = agreementText({ id: agreement.id, ministry: agreement.ministry });
    files[agreement.path] = agreement.ministry === "STM" ? text.replace("github: anders-exempel", "github: to-be-filled") : text;
  }
  await repository.commit({ message: "Agreements for 2020", files });
  const origin = await repository.addOrigin();
  const fake = await startFakeGitHub();
  showBranchesOf(origin, fake.repository);
  return { repository, origin, fake };
}

async function run(setup: Setup, ...extra: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return runCli(["cycle", "open", "2021", "--github", "--today", TODAY, ...extra], { cwd: setup.repository.dir, env: { ...setup.repository.env, ...setup.fake.env } });
}

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: cwd, GIT_CONFIG_NOSYSTEM: "1" } }).trim();

/** The remote's branches, name -> commit. */
function originBranches(origin: string): Record<string, string> {
  return Object.fromEntries(
    git(origin, "for-each-ref", "--format=%(refname:short) %(objectname)", "refs/heads")
      .split("\n")
      .filter(Boolean)
      .map((line) => line.split(" ") as [string, string]),
  );
}

/** Requests that change something on GitHub. */
const writes = (fake: FakeGitHub) => fake.requests.filter((request) => request.method !== "GET");

const openPulls = (fake: FakeGitHub) => [...fake.repository.pulls.values()].filter((pull) => pull.state === "open");

/** A person's commit on an agreement branch, pushed from a clone of their own. */
function pushAsPerson(origin: string, branch: string, path: string, edit: (text: string) => string): string {
  const clone = mkdtempSync(join(tmpdir(), "agreements-person-"));
  onTestFinished(() => rmSync(clone, { recursive: true, force: true }));
  git(clone, "clone", "--quiet", "--branch", branch, origin, "work");
  const work = join(clone, "work");
  writeFileSync(join(work, path), edit(readFileSync(join(work, path), "utf8")));
  git(work, "-c", "user.name=Liisa Lakimies", "-c", "user.email=liisa@example.invalid", "commit", "--quiet", "-am", "Fill in the evaluation of 2020");
  git(work, "push", "--quiet", "origin", `HEAD:refs/heads/${branch}`);
  return git(work, "rev-parse", "HEAD");
}

describe("agreements cycle open --github", () => {
  it("pushes one branch per agreement (never cycle/2021) and opens one pull request each, with reviewers and labels", async () => {
    const context = await setup();
    const { repository, origin, fake } = context;
    const main = git(origin, "rev-parse", "main");

    const result = await run(context);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Committed 3 agreements on cycle/2021 as "Open cycle 2021"');
    expect(result.stdout).toContain("in the pull requests made below (cycle/2021 itself stays in this copy)");
    expect(result.stdout).not.toContain("git push -u origin cycle/2021");
    expect(result.stdout).toContain(`cycle/2021/om-kanslichef\n  will be pushed to origin: main with only agreements/om/om-kanslichef.md rolled forward`);
    expect(result.stdout).toContain('Pushed 3 branches to "origin": cycle/2021/om-kanslichef, cycle/2021/stm-kanslichef, cycle/2021/vm-statssekreterare.');
    expect(result.stdout).toContain("Done: 3 branches pushed, 3 pull requests opened, 0 updated, 0 already up to date.");

    // The remote: main untouched, one branch per agreement, each one commit on main changing only its agreement.
    const branches = originBranches(origin);
    expect(Object.keys(branches).sort()).toEqual(["cycle/2021/om-kanslichef", "cycle/2021/stm-kanslichef", "cycle/2021/vm-statssekreterare", "main"]);
    expect(branches.main).toBe(main);
    for (const agreement of AGREEMENTS) {
      const branch = branchOf(agreement.id);
      expect(git(origin, "rev-parse", `${branch}^`)).toBe(main);
      expect(git(origin, "diff", "--name-only", "main", branch)).toBe(agreement.path);
      expect(git(origin, "show", `${branch}:${agreement.path}`)).toBe(git(repository.dir, "show", `cycle/2021:${agreement.path}`));
      expect(git(origin, "log", "-1", "--format=%B", branch)).toContain(`Agreements-Cycle-Branch: ${branch}`);
    }
    // Locally there is only cycle/2021: the per-agreement branches live on the remote alone.
    expect(git(repository.dir, "for-each-ref", "--format=%(refname)", "refs/heads")).toBe("refs/heads/cycle/2021\nrefs/heads/main");

    const pulls = openPulls(fake);
    expect(
      pulls.map((pull) => ({ head: pull.head.ref, headSha: pull.head.sha, base: pull.base.ref, title: pull.title, reviewers: pull.requestedReviewers, labels: pull.labels })),
    ).toEqual(
      AGREEMENTS.map((agreement) => ({
        head: branchOf(agreement.id),
        headSha: branches[branchOf(agreement.id)],
        base: "main",
        title: `Ledningsavtal 2021: ${agreement.id}`,
        reviewers: agreement.reviewers,
        labels: ["cycle-2021", agreement.ministry],
      })),
    );
    const vm = pulls.find((pull) => pull.head.ref === "cycle/2021/vm-statssekreterare")!;
    expect(vm.body).toContain("<!-- agreements cycle 2021: vm-statssekreterare -->");
    expect(vm.body).toContain(`${fake.serverUrl}/valtioneuvosto/agreements/blob/cycle/2021/vm-statssekreterare/agreements/vm/vm-statssekreterare.md#L`);
    expect(writes(fake).map((request) => request.operationId)).toEqual(
      AGREEMENTS.flatMap(() => ["pulls/create", "pulls/request-reviewers", "issues/add-labels"]),
    );
  });

  it("does nothing the second time: no push, no write on GitHub", async () => {
    const context = await setup();
    await run(context);
    const branches = originBranches(context.origin);
    const before = context.fake.requests.length;

    const again = await run(context);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Nothing to change: every agreement that can be rolled forward already answers 2021.");
    expect(again.stdout).toContain("cycle/2021/vm-statssekreterare\n  on origin and up to date");
    expect(again.stdout).toContain("#3 is open and up to date");
    expect(again.stdout).toContain("Nothing needed changing on GitHub.");
    expect(originBranches(context.origin)).toEqual(branches);
    expect(context.fake.requests.slice(before).filter((request) => request.method !== "GET")).toEqual([]);
    expect(openPulls(context.fake)).toHaveLength(3);
  });

  it("prints both plans and changes nothing with --dry-run", async () => {
    const context = await setup();
    const result = await run(context, "--dry-run");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Plan: open the 2021 cycle on the branch cycle/2021");
    expect(result.stdout).toContain("Dry run: nothing was changed. The work would be done on the branch cycle/2021.");
    expect(result.stdout).toContain("cycle/2021/stm-kanslichef\n  would be pushed to origin: main with only agreements/stm/stm-kanslichef.md rolled forward");
    expect(result.stdout).toContain('would open a pull request into main: "Ledningsavtal 2021: stm-kanslichef"');
    expect(result.stdout).toContain("labels: cycle-2021, STM; reviewers: @maria-exempel");
    expect(result.stdout).toContain("3 to open, 0 to update, 0 up to date, 0 not needed.");
    expect(result.stdout).toContain("Dry run: nothing was pushed and nothing was changed on GitHub.");
    expect(Object.keys(originBranches(context.origin))).toEqual(["main"]);
    expect(git(context.repository.dir, "for-each-ref", "--format=%(refname)", "refs/heads")).toBe("refs/heads/main");
    expect(writes(context.fake)).toEqual([]);
  });

  it("after an interruption (GitHub failing on the 2nd pull request) says what was done, and a re-run finishes without duplicates", async () => {
    const context = await setup();
    const { fake } = context;
    // The token belongs to one of the parties: GitHub does not let the author be asked to review.
    fake.state.viewer = { login: "anders-exempel", type: "User" };
    const addPullRequest = fake.repository.addPullRequest.bind(fake.repository);
    let opened = 0;
    fake.repository.addPullRequest = (seed) => {
      const pull = addPullRequest(seed);
      // From the second creation on, GitHub answers 500 more often than the client retries.
      if (++opened === 1) fake.fail({ route: "POST /repos/{owner}/{repo}/pulls", status: 500, times: 4 });
      return pull;
    };

    const first = await run(context);
    expect(first.status).toBe(2);
    expect(first.stderr).toBe(
      "agreements cycle: Could not open a pull request from cycle/2021/stm-kanslichef into main: GitHub had a server error (500) and still failed after retrying; " +
        "try again later (POST /repos/{owner}/{repo}/pulls). Done before it stopped: pushed cycle/2021/om-kanslichef, cycle/2021/stm-kanslichef, " +
        'cycle/2021/vm-statssekreterare to "origin"; opened #1 (cycle/2021/om-kanslichef). Run the same command again once this is fixed: it finishes the job and does nothing twice.\n',
    );
    expect(fake.requests.filter((request) => request.injected)).toHaveLength(4);
    expect(openPulls(fake).map((pull) => pull.head.ref)).toEqual(["cycle/2021/om-kanslichef"]);
    const branches = originBranches(context.origin);
    const before = fake.requests.length;

    const again = await run(context);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("#1 is open and up to date");
    expect(again.stdout).toContain("Done: 0 branches pushed, 2 pull requests opened, 0 updated, 1 already up to date.");
    expect(originBranches(context.origin)).toEqual(branches);
    expect(fake.requests.slice(before).filter((request) => request.method !== "GET").map((request) => `${request.operationId} ${request.path.replace(/\?.*$/, "")}`)).toEqual([
      "pulls/create /repos/valtioneuvosto/agreements/pulls",
      "pulls/request-reviewers /repos/valtioneuvosto/agreements/pulls/2/requested_reviewers",
      "issues/add-labels /repos/valtioneuvosto/agreements/issues/2/labels",
      "pulls/create /repos/valtioneuvosto/agreements/pulls",
      "pulls/request-reviewers /repos/valtioneuvosto/agreements/pulls/3/requested_reviewers",
      "issues/add-labels /repos/valtioneuvosto/agreements/issues/3/labels",
    ]);
    const pulls = openPulls(fake);
    expect(pulls.map((pull) => pull.head.ref)).toEqual(AGREEMENTS.map((agreement) => branchOf(agreement.id)));
    // anders-exempel opened them, so only maria-exempel is asked.
    expect(pulls.map((pull) => pull.requestedReviewers)).toEqual([["maria-exempel"], ["maria-exempel"], ["maria-exempel"]]);
    expect(pulls.map((pull) => pull.labels)).toEqual([["cycle-2021", "OM"], ["cycle-2021", "STM"], ["cycle-2021", "VM"]]);
  });

  it("leaves a branch someone has pushed to alone, and says so", async () => {
    const context = await setup();
    const { fake, origin } = context;
    await run(context);
    const path = "agreements/vm/vm-statssekreterare.md";
    const branch = branchOf("vm-statssekreterare");
    const persons = pushAsPerson(origin, branch, path, (text) => text.replace("summary: TO BE FILLED", "summary: Målen nåddes."));
    const vm = openPulls(fake).find((pull) => pull.head.ref === branch)!;
    vm.title = "Ledningsavtal 2021 – klart för granskning";
    const om = openPulls(fake).find((pull) => pull.head.ref === "cycle/2021/om-kanslichef")!;
    om.title = "An old title";
    const before = fake.requests.length;

    const again = await run(context);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(
      `${branch}\n  left alone: someone has pushed to it (commit ${persons.slice(0, 7)} by Liisa Lakimies: "Fill in the evaluation of 2020"), so it is never overwritten; its pull request is not changed either`,
    );
    expect(originBranches(origin)[branch]).toBe(persons);
    expect(vm.title).toBe("Ledningsavtal 2021 – klart för granskning");
    // The other pull requests are still looked after.
    expect(om.title).toBe("Ledningsavtal 2021: om-kanslichef");
    expect(fake.requests.slice(before).filter((request) => request.method !== "GET").map((request) => request.operationId)).toEqual(["pulls/update"]);
  });

  it("rebuilds nothing when one pull request is merged: that one is no longer needed, the others stay as they are", async () => {
    const context = await setup();
    const { fake, origin, repository } = context;
    await run(context);
    const branches = originBranches(origin);
    // Merging the VM pull request on GitHub moves main on the remote.
    git(origin, "update-ref", "refs/heads/main", branches["cycle/2021/vm-statssekreterare"]!);
    fake.repository.pulls.get(3)!.state = "closed";
    const before = fake.requests.length;

    const again = await run(context);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("cycle/2021/vm-statssekreterare\n  not needed: main already has the rolled-forward version");
    expect(again.stdout).toContain("cycle/2021/om-kanslichef\n  on origin and up to date");
    expect(originBranches(origin)).toEqual({ ...branches, main: branches["cycle/2021/vm-statssekreterare"] });
    expect(fake.requests.slice(before).filter((request) => request.method !== "GET")).toEqual([]);
    expect(git(repository.dir, "rev-parse", "--abbrev-ref", "HEAD")).toBe("cycle/2021");
  });

  it("replaces its own branches when the roll-forward was made again, each still one commit on main", async () => {
    const context = await setup();
    const { fake, origin, repository } = context;
    await run(context);
    const first = originBranches(origin);
    // The local cycle branch is thrown away and the cycle opened again with another stand-in date.
    await repository.run(["switch", "--quiet", "main"]);
    await repository.run(["branch", "--quiet", "-D", "cycle/2021"]);
    const before = fake.requests.length;

    const again = await run(context, "--today", "2021-03-15");
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(
      "cycle/2021/om-kanslichef\n  on origin from an earlier run with another version of the file: will be replaced (it has only this command's commit)",
    );
    expect(again.stdout).toContain("Done: 3 branches pushed, 0 pull requests opened, 0 updated, 3 already up to date.");
    const second = originBranches(origin);
    for (const agreement of AGREEMENTS) {
      const branch = branchOf(agreement.id);
      expect(second[branch]).not.toBe(first[branch]);
      expect(git(origin, "rev-parse", `${branch}^`)).toBe(second.main);
      expect(git(origin, "show", `${branch}:${agreement.path}`)).toContain("    date: 2021-03-15 # TO BE FILLED");
    }
    expect(fake.requests.slice(before).filter((request) => request.method !== "GET")).toEqual([]);
    expect(openPulls(fake)).toHaveLength(3);
  });

  it("asks each party on their own when GitHub refuses a review request (422), finishes everything else, and exits 2 naming who", async () => {
    const context = await setup();
    const { fake } = context;
    const route = "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers";
    const refusal = { message: "Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the valtioneuvosto/agreements repository.", documentation_url: "https://docs.github.com/rest" };
    fake.fail({ route, status: 422, body: refusal, times: Infinity });

    const result = await run(context);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "agreements cycle: GitHub refused to ask for some reviews (#1: @maria-exempel; #1: @anders-exempel; #2: @maria-exempel; #3: @maria-exempel; #3: @anders-exempel); " +
        "everything else is done. A reviewer must be able to see the repository: give them access (or correct the github: user name in the agreement), then run the same command again.\n",
    );
    expect(result.stdout).toContain("Reviews may only be requested from collaborators.");
    // Both together first, then each on their own.
    expect(fake.requests.filter((request) => request.operationId === "pulls/request-reviewers").map((request) => request.path.replace(/^.*pulls\/(\d+).*$/, "#$1"))).toEqual([
      "#1", "#1", "#1", "#2", "#3", "#3", "#3",
    ]);
    expect(openPulls(fake).map((pull) => pull.labels)).toEqual([["cycle-2021", "OM"], ["cycle-2021", "STM"], ["cycle-2021", "VM"]]);
  });

  it("names the permission when GitHub refuses to open a pull request (403)", async () => {
    const context = await setup();
    context.fake.fail({ route: "POST /repos/{owner}/{repo}/pulls", status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" } });
    const result = await run(context);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'Could not open a pull request from cycle/2021/om-kanslichef into main in valtioneuvosto/agreements: the token lacks the permission "pull-requests: write"',
    );
    expect(result.stderr).toContain('Done before it stopped: pushed cycle/2021/om-kanslichef, cycle/2021/stm-kanslichef, cycle/2021/vm-statssekreterare to "origin".');
    expect(result.stderr).not.toContain(context.fake.token);
    expect(openPulls(context.fake)).toEqual([]);
  });

  it("refuses before changing anything when the remote has a branch cycle/2021, or the options do not go together", async () => {
    const context = await setup();
    await context.repository.run(["push", "--quiet", "origin", "main:refs/heads/cycle/2021"]);
    const blocked = await run(context);
    expect(blocked.status).toBe(2);
    expect(blocked.stderr).toContain('The remote "origin" has a branch cycle/2021, and Git cannot keep it beside the branches cycle/2021/<agreement id>');
    expect(blocked.stderr).toContain('"git push origin --delete cycle/2021"');
    expect(git(context.repository.dir, "for-each-ref", "--format=%(refname)", "refs/heads")).toBe("refs/heads/main");
    expect(writes(context.fake)).toEqual([]);

    const { status, stderr } = await runCli(["cycle", "open", "2021", "--remote", "upstream"], { cwd: context.repository.dir, env: context.repository.env });
    expect(status).toBe(2);
    expect(stderr).toContain("--remote goes with --github");
  });
});
