import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { guardStream, neutraliseText, workflowCommand } from "../../scripts/output/guard.js";
import { createRedactor } from "../../scripts/output/redact.js";
import { runBin } from "../helpers/bin.js";
import { startFakeGitHub } from "../helpers/fake-github/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { runCli } from "../helpers/cli.js";

/**
 * Attacks on the Actions log: text from a file or a server trying to become a workflow command. Each
 * output is split as the runner splits lines (and as editors do), and no line may start with "::" after
 * its leading white space, nor hold "##[", nor a raw bidirectional control, except the lint github
 * formatter's own annotations.
 */

const GOALS = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
const VM = "agreements/vm/vm-statssekreterare.md";

/** Every way a line can end for the runner or a reader. */
const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029|\u000b|\u000c|\u0085/;
const INVISIBLE_LEAD = /^[\s\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200d\u2060\ufeff]*/u;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The lines of `text` that the runner would act on or that hide their direction, with why. */
function unsafeLines(text: string, options: { annotations?: boolean } = {}): string[] {
  const found: string[] = [];
  for (const line of text.split(LINE_BREAKS)) {
    const trimmed = line.slice(INVISIBLE_LEAD.exec(line)![0].length);
    const ownAnnotation = options.annotations === true && /^::(error|warning) file=[^:,]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/.test(trimmed);
    if (trimmed.startsWith("::") && !ownAnnotation) found.push(`starts a command: ${JSON.stringify(line)}`);
    if (/##\[/.test(line)) found.push(`legacy command: ${JSON.stringify(line)}`);
    if (BIDI.test(line)) found.push(`bidi control: ${JSON.stringify(line)}`);
    if (/[\u001b\u009b]/.test(line)) found.push(`terminal escape: ${JSON.stringify(line)}`);
  }
  return found;
}

/** The hostile pieces: each tries another line break before a command. */
const ATTACKS = [
  "\u001b[2K\u001b[8mhidden",
  "\n::error::lf",
  "\r::add-mask::cr",
  "\r\n  ::error::crlf",
  "##[error]legacy",
  "\u2028::warning::ls",
  "\u2029::notice::ps",
  "\u000b::error::vt",
  "\u000c::error::ff",
  "\u0085::error::nel",
  "\u202egnp.exe",
  "\u2066isolate\u2069",
];

/** `ATTACKS` as one YAML double-quoted scalar (YAML's \n, \r, \L, \P, \v, \f, \N and \u escapes). */
const YAML_ATTACK = ATTACKS.join(" ")
  .replace(/\r/g, "\\r")
  .replace(/\n/g, "\\n")
  .replace(/[\u0000-\u001f\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** A valid agreement whose title, a goal title and a measure carry every attack, and a heading with the ones a heading can hold. */
function hostileAgreement(options: { title?: string } = {}): string {
  const title = options.title ?? `"Ledningsavtal ${YAML_ATTACK}"`;
  const text = agreementText({ title })
    .replace("title: Kunskapsbaserad ledning i beredningen", `title: "Kunskapsbaserad ledning ${YAML_ATTACK}"`)
    .replace("name: Maria Exempel", `name: "Maria ${YAML_ATTACK}"`)
    // Without criteria the goal is listed by title in the report's bonus readiness.
    .replace(`    criteria: { excellent: ">= 90 %", good: ">= 80 %", satisfactory: ">= 70 %" }\n`, "")
    .replace(/\n# (.*)\n/, `\n# $1 ##[error]heading \u2028::error::heading \u202eexe\n`);
  return text;
}

/** A hostile key: the schema names it in its finding. */
function hostileKeyAgreement(): string {
  return agreementText().replace("\nlanguage: sv\n", `\nlanguage: sv\n"x${YAML_ATTACK}": 1\n`);
}

interface Output {
  status: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], cwd: string, env: Record<string, string>): Promise<Output> {
  return runCli(argv, { cwd, env });
}

function expectSafe(output: Output, options: { annotations?: boolean } = {}): void {
  expect(unsafeLines(output.stdout, options)).toEqual([]);
  expect(unsafeLines(output.stderr)).toEqual([]);
}

async function hostileRepository(): Promise<TestRepository> {
  const repository = await createTestRepository();
  await repository.commit({ message: "Agreements for 2020", files: { "goals/2020.md": GOALS, [VM]: agreementText() } });
  await repository.tag("v1", { message: "before" });
  await repository.commit({ message: `Hostile ${ATTACKS.join(" ")}`, files: { [VM]: hostileAgreement(), "agreements/om/om-kanslichef.md": hostileKeyAgreement().replace("id: vm-statssekreterare", "id: om-kanslichef").replace("ministry: VM", "ministry: OM") } });
  return repository;
}

describe("the output guard, line by line", () => {
  it.each(ATTACKS.map((attack) => [JSON.stringify(attack), attack]))("neutralises %s wherever it stands", (_name, attack) => {
    for (const text of [`title ${attack}\n`, `${attack}\n`, `  ${attack}`, `a\n${attack}\nb\n`]) {
      const safe = neutraliseText(text, { controls: true });
      expect(unsafeLines(safe)).toEqual([]);
    }
  });

  it("keeps ordinary text, CRLF line ends and colons inside lines as they are", () => {
    expect(neutraliseText("Fil: agreements/vm/x.md:3:4  error  Text\r\nnext line\n")).toBe("Fil: agreements/vm/x.md:3:4  error  Text\r\nnext line\n");
  });

  it("sees a command split over two writes, and ends an unfinished line before a real command", () => {
    let written = "";
    const stream = guardStream((text) => void (written += text), (text) => text);
    stream.write("  :");
    stream.write(":error::split\n");
    stream.write("unfinished ");
    stream.command(workflowCommand("error", { file: "a\n::error::b.md", line: 1 }, "x\n::error::y ##[error] \u2028 \u202e"));
    stream.write("last");
    stream.flush();
    expect(written.split("\n")).toEqual([
      "  \\u003a:error::split",
      "unfinished ",
      "::error file=a%0A%3A%3Aerror%3A%3Ab.md,line=1::x%0A::error::y #\\u0023[error] \\u2028 \\u202e",
      "last",
    ]);
    expect(unsafeLines(written, { annotations: false }).filter((line) => !line.includes("file=a%0A"))).toEqual([]);
  });

  it("writes as a command only what workflowCommand() built", () => {
    const stream = guardStream(() => {}, (text) => text);
    expect(() => stream.command({ line: "::add-mask::x" } as never)).toThrow(TypeError);
  });
});

describe("the redaction of the token, in every form", () => {
  const token = "ghs_Abc123Def456Ghi789Jkl012Mno345Pqr678";
  const redact = createRedactor([token]);
  const forms: [string, string][] = [
    ["exact", token],
    ["upper case", token.toUpperCase()],
    ["lower case", token.toLowerCase()],
    ["base64", Buffer.from(token).toString("base64")],
    ["base64url", Buffer.from(token).toString("base64url")],
    ["basic auth (x-access-token:TOKEN) in base64", Buffer.from(`x-access-token:${token}`).toString("base64")],
    ["basic auth in base64url", Buffer.from(`x-access-token:${token}`).toString("base64url")],
    ["base64 at another alignment", Buffer.from(`ab${token}`).toString("base64")],
    ["spaced", token.split("").join(" ")],
    ["dashed", token.split("").join("-")],
    ["dotted", token.split("").join(".")],
    ["less one character", token.slice(0, -1)],
    ["without its first character", token.slice(1)],
    ["a 10-character piece", token.slice(12, 22)],
    ["split over two lines", `${token.slice(0, 20)}\n${token.slice(20)}`],
  ];
  it.each(forms)("masks it %s", (_name, form) => {
    const masked = redact(`Authorization: ${form} (echoed)`);
    expect(masked).toContain("***");
    expect(masked).toContain("Authorization");
    expect(masked).toContain("(echoed)");
    for (let start = 0; start + 8 <= token.length; start++) expect(masked.toLowerCase()).not.toContain(token.slice(start, start + 8).toLowerCase());
    expect(masked).not.toContain(form.length >= 8 ? form : "\u0000");
  });

  it("leaves ordinary text alone", () => {
    const text = "Could not read pull request #12 (GET /repos/{owner}/{repo}/pulls/{pull_number}): 1234567 abcdef0";
    expect(redact(text)).toBe(text);
  });
});

describe("every command that prints file text, with hostile titles, keys and headings", () => {
  it("lint in every format: nothing starts a command, only the github format's own annotations", async () => {
    const repository = await hostileRepository();
    for (const format of ["text", "json", "sarif", "github"]) {
      const output = await run(["lint", "--lang", "en", "--format", format, "--today", "2020-05-01"], repository.dir, repository.env);
      expect(output.status, output.stderr).toBe(1);
      expect(output.stdout.length).toBeGreaterThan(100);
      expectSafe(output, { annotations: format === "github" });
      if (format === "json" || format === "sarif") expect(() => JSON.parse(output.stdout)).not.toThrow();
    }
    const github = await run(["lint", "--lang", "en", "--format", "github", "--today", "2020-05-01"], repository.dir, repository.env);
    expect(github.stdout).toMatch(/^::error file=agreements\/om\/om-kanslichef\.md,line=\d+/m);
  });

  it("the real bin: lint --format github and diff, as the Actions runner would read them", async () => {
    const repository = await hostileRepository();
    const lint = await runBin(["lint", "--lang", "en", "--format", "github", "--today", "2020-05-01"], { cwd: repository.dir, env: repository.env });
    expect(lint.status, lint.stderr).toBe(1);
    expectSafe(lint, { annotations: true });
    expect(lint.stdout).toMatch(/^::error file=agreements\/om\/om-kanslichef\.md,line=\d+/m);
    const diff = await runBin(["diff", "v1", "HEAD"], { cwd: repository.dir, env: repository.env });
    expect(diff.status, diff.stderr).toBe(0);
    expectSafe(diff);
  });

  it("lint --format json keeps the hostile key's text: the guard's escapes are JSON escapes", async () => {
    const repository = await hostileRepository();
    const output = await run(["lint", "--lang", "en", "--format", "json", "--today", "2020-05-01"], repository.dir, repository.env);
    const findings = JSON.parse(output.stdout) as { message: string }[];
    expect(findings.some((finding) => finding.message.includes("\u2028::warning::ls"))).toBe(true);
  });

  it("diff and history, as text, Markdown and JSON", async () => {
    const repository = await hostileRepository();
    for (const format of ["text", "markdown", "json"]) {
      const diff = await run(["diff", "v1", "HEAD", "--format", format], repository.dir, repository.env);
      expect(diff.status, diff.stderr).toBe(0);
      expect(diff.stdout).toContain("Ledningsavtal");
      expectSafe(diff);
      const history = await run(["history", VM, "--format", format], repository.dir, repository.env);
      expect(history.status, history.stderr).toBe(0);
      expectSafe(history);
    }
  });

  it("report as Markdown and JSON", async () => {
    const repository = await hostileRepository();
    for (const format of ["markdown", "json"]) {
      const output = await run(["report", "--format", format, "--today", "2020-05-01", "--restricted"], repository.dir, repository.env);
      expect(output.status, output.stderr).toBe(0);
      expectSafe(output);
    }
  });

  it("submit's refusal", async () => {
    const repository = await hostileRepository();
    const output = await run(["submit", "2020", "--today", "2020-05-01", "--no-push"], repository.dir, repository.env);
    expect(output.status).toBe(2);
    expect(output.stderr.length).toBeGreaterThan(20);
    expectSafe(output);
  });

  it("approvals, as text and JSON, against the fake GitHub (hostile key, file names)", async () => {
    const fake = await startFakeGitHub();
    const repo = fake.repository;
    repo.setFiles("main", { [VM]: agreementText(), "goals/2020.md": GOALS });
    // The head's VM file is unreadable (a hostile key: the approvals name the problem); another file's name is hostile.
    const hostilePath = `agreements/vm/a##[error]b\u2028::error::p\u202e.md`;
    const pull = repo.addPullRequest({
      author: "kalle-kirjuri",
      title: `Hostile ${ATTACKS.join(" ")}`,
      files: [
        { path: VM, status: "modified", text: hostileKeyAgreement() },
        { path: hostilePath, status: "added", text: hostileAgreement() },
        { path: `docs/x\n::error::other.txt`, status: "added", text: "x" },
      ],
    });
    const repository = await createTestRepository();
    for (const format of ["text", "json"]) {
      const output = await run(["approvals", "--pr", String(pull.number), "--format", format, "--no-status"], repository.dir, { ...repository.env, ...fake.env });
      expect(output.status, output.stderr).toBe(1);
      expectSafe(output);
    }
  });
});

describe("the pull request comment and the token on the command line", () => {
  it("comment: the log stays safe, and the posted body shows no bidi control and no line break from a file", async () => {
    const fake = await startFakeGitHub();
    // Outside Actions the comment is written with a person's token, whose login GitHub names (GET /user).
    fake.state.viewer = { login: "ministry-coordinator", type: "User" };
    const repo = fake.repository;
    repo.setFiles("main", { [VM]: agreementText(), "goals/2020.md": GOALS });
    const main = repo.files.get(repo.resolveRef("main")!)!;
    const pull = repo.addPullRequest({ author: "kalle-kirjuri", headRef: "cycle/2021/vm", files: [{ path: VM, status: "modified" }] });
    repo.files.set(pull.head.sha, new Map([...main, [VM, hostileAgreement()]]));
    const repository = await createTestRepository();
    const output = await run(["comment", "--pr", String(pull.number), "--today", "2020-05-01"], repository.dir, { ...repository.env, ...fake.env });
    expect(output.status, output.stderr).toBe(0);
    expectSafe(output);
    const [comment] = repo.commentsOn(pull.number);
    expect(comment!.body).toContain("Kunskapsbaserad ledning");
    expect(comment!.body).not.toMatch(BIDI);
    expect(comment!.body).not.toMatch(/[\u2028\u2029\u0085]/);
  });

  it("a token pasted into a wrong option is masked in the refusal that echoes it", async () => {
    const token = "ghp_Secret0123456789abcdefABCDEF0123456789";
    const repository = await createTestRepository();
    for (const argv of [["approvals", "--pr", token], ["release", token], ["approvals", "--pr", token.toUpperCase(), "--token-env", "MY_TOKEN"]]) {
      const env = { ...repository.env, GITHUB_TOKEN: token, MY_TOKEN: token, GITHUB_REPOSITORY: "valtioneuvosto/agreements" };
      const output = await run(argv, repository.dir, env);
      expect(output.status).toBe(2);
      expect(output.stderr).toContain("***");
      expect(output.stderr.toLowerCase()).not.toContain(token.slice(4, 20).toLowerCase());
    }
  });
});

describe("every command in the table, given hostile arguments", async () => {
  // An empty folder of its own: should a command not refuse, it writes nothing anywhere that matters.
  const repository = { dir: mkdtempSync(join(tmpdir(), "agreements-guard-")), env: { PATH: process.env.PATH ?? "/usr/bin:/bin", GITHUB_REPOSITORY: "valtioneuvosto/agreements" } };
  afterAll(() => rmSync(repository.dir, { recursive: true, force: true }));
  const commands = [...(await run(["--help"], repository.dir, repository.env)).stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((match) => match[1]!);

  it("lists them all", () => expect(commands.length).toBeGreaterThanOrEqual(13));

  // An argument can come from a workflow input or a branch name; the refusal that echoes it must stay harmless.
  it.each(commands)("%s: a refusal echoing an argument starts no command", async (command) => {
    for (const argv of [[command, `--x${ATTACKS.join("")}`], [command, ATTACKS.join(" "), "extra\r::add-mask::z", "--dry-run"]]) {
      const output = await run(argv, repository.dir, repository.env);
      expect(output.status).not.toBe(0);
      expectSafe(output);
    }
  });
});
