import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, createTestRepository } from "../helpers/git-repo.js";
import { WORKFLOWS } from "../helpers/workflows.js";
import { runCli } from "../helpers/cli.js";

const GOALS_2020 = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
const VM = "agreements/vm/vm-statssekreterare.md";

/** The shell of check.yml's step that puts the base branch's config and catalogues in place, as the runner runs it. */
function restoreStep(): string {
  const workflow = parseYaml(readFileSync(join(WORKFLOWS, "check.yml"), "utf8")) as { jobs: Record<string, { steps: { name?: string; run?: string }[] }> };
  const step = Object.values(workflow.jobs)[0]!.steps.find((candidate) => candidate.name === "Use the base branch's config and goal catalogues");
  return step!.run!;
}

describe("check.yml lints a pull request with the base branch's config and catalogues (issue 9, item 11)", () => {
  it("attack: a branch that switches the rule off and moves the deadline is still reported", async () => {
    const repository = await createTestRepository();
    await repository.commit({ message: "Agreements", files: { "goals/2020.md": GOALS_2020, [VM]: agreementText(), "agreements.config.json": JSON.stringify({ rules: { "late-update": "error" } }) } });
    const base = (await repository.run(["rev-parse", "HEAD"])).trim();
    await repository.run(["switch", "--quiet", "-c", "change"]);
    // Agreed after the deadline (late-update), with the rule switched off, an extra catalogue and a config of its own.
    await repository.commit({
      message: "Late, and the rules bent to fit",
      files: {
        [VM]: agreementText({ agreed: "2020-05-20" }),
        "goals/2020.md": GOALS_2020.replaceAll("2020-04-30", "2020-12-31"),
        "goals/2031.md": GOALS_2020.replace(/^cycle: 2020$/m, "cycle: 2031"),
        "agreements.config.json": JSON.stringify({ rules: { "late-update": "off" } }),
        "agreements.config.yaml": "rules: {}\n",
      },
    });
    const lint = async () => {
      const { stdout } = await runCli(["lint", "--format", "json", "--today", "2020-06-01", "--changed-since", base], { cwd: repository.dir, env: repository.env });
      return (JSON.parse(stdout) as { rule: string }[]).map((finding) => finding.rule);
    };
    expect(await lint()).not.toContain("late-update");

    const shell = spawnSync("bash", ["-e", "-c", restoreStep()], { cwd: repository.dir, env: { ...repository.env, BASE_SHA: base }, encoding: "utf8" });
    expect(shell.stderr).toBe("");
    expect(shell.status).toBe(0);
    expect(await lint()).toContain("late-update");
    expect(readFileSync(join(repository.dir, "agreements.config.json"), "utf8")).toBe(JSON.stringify({ rules: { "late-update": "error" } }));
    expect(spawnSync("ls", ["goals"], { cwd: repository.dir, encoding: "utf8" }).stdout).toBe("2020.md\n");
    expect(spawnSync("ls", [], { cwd: repository.dir, encoding: "utf8" }).stdout).not.toContain("agreements.config.yaml");
  });
});
