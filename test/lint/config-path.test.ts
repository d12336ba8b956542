import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { runBin } from "../helpers/bin.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText } from "../helpers/git-repo.js";

/** Issue 9, item 15: --config is read where it says, and no error quotes the file it names. */

const SECRET = "root:$6$c2VjcmV0:19000:0:99999:7:::";

function folder(prefix: string): string {
  const path = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(path, { recursive: true, force: true }));
  return path;
}

/** A repository whose one agreement has a to-be-filled finding, so a config that turns it off shows. */
function repository(): string {
  const root = folder("agreements-config-");
  cpSync(join(REPOSITORY_ROOT, "goals"), join(root, "goals"), { recursive: true });
  mkdirSync(join(root, "agreements", "vm"), { recursive: true });
  writeFileSync(join(root, "agreements", "vm", "vm-statssekreterare.md"), agreementText({ title: "TO BE FILLED" }));
  return root;
}

const lint = (cwd: string, ...args: string[]) => runBin(["lint", "--format", "json", "--today", "2020-05-01", ...args], { cwd, env: { PATH: process.env.PATH ?? "" } });
const rules = (stdout: string) => (JSON.parse(stdout) as { rule: string }[]).map((finding) => finding.rule);

describe("--config", () => {
  it("reads an absolute path as absolute, and a relative one from the current folder", async () => {
    const root = repository();
    expect(rules((await lint(root)).stdout)).toContain("to-be-filled");
    const elsewhere = join(folder("agreements-config-elsewhere-"), "base.config.json");
    writeFileSync(elsewhere, JSON.stringify({ rules: { "to-be-filled": "off" } }));
    const absolute = await lint(root, "--config", elsewhere);
    expect(absolute.stderr).toBe("");
    expect(rules(absolute.stdout)).not.toContain("to-be-filled");
    mkdirSync(join(root, "settings"));
    writeFileSync(join(root, "settings", "strict.yaml"), "rules:\n  to-be-filled: off\n");
    expect(rules((await lint(root, "--config", "settings/strict.yaml")).stdout)).not.toContain("to-be-filled");
  });

  it("never prints the content of the file it names", async () => {
    const root = repository();
    const outside = folder("agreements-config-secret-");
    const cases: Array<[string, string, RegExp]> = [
      ["shadow", SECRET, /is not a \.json, \.yaml or \.yml file, so it was not read/],
      ["secret.json", `${SECRET}\n`, /is not valid JSON(?: at line 1, column 1)?\. Check the brackets/],
      ["secret.yaml", `rules: [\n${SECRET}\n`, /is not valid YAML at line \d+, column \d+\./],
      ["nested.json", `{\n  "rules": {\n    "to-be-filled": "off",\n    ${SECRET}\n  }\n}\n`, /is not valid JSON at line 4, column 5\./],
    ];
    for (const [name, content, expected] of cases) {
      writeFileSync(join(outside, name), content);
      const relativePath = join("..", "..", ...outside.split("/").filter(Boolean).slice(1), name);
      for (const path of [join(outside, name), relativePath]) {
        const run = await lint(join(root, "agreements"), "--config", path);
        expect(run.status, `${name} as ${path}`).toBe(2);
        expect(run.stderr).toMatch(expected);
        for (const piece of ["root", "c2VjcmV0", "19000", "99999"]) expect(run.stderr).not.toContain(piece);
      }
    }
  });
});
