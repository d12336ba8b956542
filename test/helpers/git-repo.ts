import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { simpleGit, type SimpleGit } from "simple-git";
import { onTestFinished } from "vitest";
import type { CommandIO } from "../../scripts/commands/io.js";

/** Every commit made here has this author unless a test says otherwise, so output is the same on every machine. */
export const AUTHOR = { name: "Testi Testaaja", email: "testi@example.invalid" };

/** Commits without a date get this one plus one day per commit already made. */
const FIRST_DATE = Date.parse("2020-01-01T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

/** The Git variables the helper sets on purpose; simple-git passes GIT_* variables only when named. */
const ALLOWED_ENVIRONMENT = [
  "GIT_AUTHOR_NAME",
  "GIT_AUTHOR_EMAIL",
  "GIT_AUTHOR_DATE",
  "GIT_COMMITTER_NAME",
  "GIT_COMMITTER_EMAIL",
  "GIT_COMMITTER_DATE",
  "GIT_CONFIG_NOSYSTEM",
];

export interface CommitOptions {
  /** Files to write (text or bytes), or null to delete; paths relative to the repository. */
  files?: Record<string, string | Uint8Array | null>;
  /** Renames done with `git mv` before the files are written: [from, to]. */
  moves?: [string, string][];
  message: string;
  /** "YYYY-MM-DD" (noon UTC) or a full ISO date; default: the next day in the fixed sequence. */
  date?: string;
  author?: { name: string; email: string };
}

export interface TestRepository {
  /** The working tree. */
  dir: string;
  /** The environment a command under test gets: a PATH, and a HOME without any user's Git config. */
  env: Record<string, string>;
  /** simple-git in the working tree, with the fixed environment. */
  git: SimpleGit;
  /** Writes, deletes and moves files, stages everything and commits; returns the new commit's id. */
  commit(options: CommitOptions): Promise<string>;
  /** An annotated tag (with a message) or a lightweight one, at HEAD or at `ref`. */
  tag(name: string, options?: { message?: string; ref?: string; date?: string }): Promise<void>;
  /** Any Git command, with the fixed environment. */
  run(args: string[], date?: string): Promise<string>;
  /**
   * Merges `branch` into the current branch with a merge commit. With `resolve`, a conflict is
   * expected and settled by writing those files before committing.
   */
  merge(branch: string, options: { message: string; date?: string; resolve?: Record<string, string> }): Promise<string>;
  /** A bare repository as `origin`, with the current branch pushed to it; returns its path. */
  addOrigin(): Promise<string>;
  /** A clone with only the latest `depth` commits (as GitHub Actions checks out by default). */
  cloneShallow(depth?: number): Promise<string>;
}

function isoDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T12:00:00+00:00` : date;
}

/**
 * A real Git repository in a temporary folder (`git init -b main`), with a fixed author and fixed
 * commit dates, removed when the test finishes. Call it inside a test, not in a hook.
 */
export async function createTestRepository(): Promise<TestRepository> {
  const root = mkdtempSync(join(tmpdir(), "agreements-git-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, "work");
  const home = join(root, "home");
  mkdirSync(dir);
  mkdirSync(home);
  const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, LANG: "C.UTF-8" };
  let commits = 0;

  const gitAt = (baseDir: string, date?: string): SimpleGit => {
    const when = isoDate(date ?? new Date(FIRST_DATE + commits * DAY).toISOString());
    return simpleGit({ baseDir, allowEnvironment: ALLOWED_ENVIRONMENT }).env({
      ...env,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_AUTHOR_NAME: AUTHOR.name,
      GIT_AUTHOR_EMAIL: AUTHOR.email,
      GIT_COMMITTER_NAME: AUTHOR.name,
      GIT_COMMITTER_EMAIL: AUTHOR.email,
      GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_DATE: when,
    });
  };
  const run = (args: string[], date?: string) => gitAt(dir, date).raw(args);
  await run(["init", "--quiet", "-b", "main"]);
  await run(["config", "commit.gpgsign", "false"]);
  await run(["config", "tag.gpgsign", "false"]);

  const writeFiles = (files: Record<string, string | Uint8Array | null>) => {
    for (const [path, content] of Object.entries(files)) {
      const absolute = join(dir, path);
      if (content === null) rmSync(absolute, { force: true });
      else {
        mkdirSync(dirname(absolute), { recursive: true });
        writeFileSync(absolute, content);
      }
    }
  };
  const head = async () => (await run(["rev-parse", "HEAD"])).trim();

  return {
    dir,
    env,
    git: gitAt(dir),
    run,
    async commit({ files = {}, moves = [], message, date, author }) {
      for (const [from, to] of moves) {
        mkdirSync(dirname(join(dir, to)), { recursive: true });
        await run(["mv", from, to]);
      }
      writeFiles(files);
      await run(["add", "--all", "."]);
      const authorArgs = author ? [`--author=${author.name} <${author.email}>`] : [];
      await run(["commit", "--quiet", "--allow-empty", "-m", message, ...authorArgs], date);
      commits++;
      return head();
    },
    async tag(name, { message, ref = "HEAD", date } = {}) {
      await run(message === undefined ? ["tag", name, ref] : ["tag", "-a", name, "-m", message, ref], date);
    },
    async merge(branch, { message, date, resolve }) {
      if (resolve) {
        // A conflicting merge exits non-zero: that is the expected state, settled just below.
        await run(["merge", "--no-ff", "--no-commit", branch], date).catch(() => undefined);
        writeFiles(resolve);
        await run(["add", "--all", "."]);
        await run(["commit", "--quiet", "--no-edit", "-m", message], date);
      } else {
        await run(["merge", "--quiet", "--no-ff", "-m", message, branch], date);
      }
      commits++;
      return head();
    },
    async addOrigin() {
      const bare = join(root, "origin.git");
      await gitAt(root).raw(["init", "--quiet", "--bare", "-b", "main", bare]);
      await run(["remote", "add", "origin", bare]);
      const branch = (await run(["symbolic-ref", "--short", "HEAD"])).trim();
      await run(["push", "--quiet", "--set-upstream", "origin", branch]);
      return bare;
    },
    async cloneShallow(depth = 1) {
      const target = join(root, `shallow-${depth}`);
      // file:// makes Git use its transport, which honours --depth for a local source.
      await gitAt(root).raw(["clone", "--quiet", `--depth=${depth}`, `file://${dir}`, target]);
      return target;
    },
  };
}

/** A CommandIO that records what a command prints. */
export function captureIO(cwd: string, env: Record<string, string>): { io: CommandIO; stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    io: { cwd, env, isTTY: false, stdout: (text) => void (out += text), stderr: (text) => void (err += text) },
    stdout: () => out,
    stderr: () => err,
  };
}

export interface AgreementOptions {
  id?: string;
  title?: string;
  ministry?: string;
  cycle?: number;
  agreed?: string;
  /** The YAML of the goals list (the lines after "goals:"). */
  goals?: string;
  /** The YAML of the evaluations list, or "" for none. */
  evaluations?: string;
  body?: string;
}

export const GOALS_YAML = `  - id: kunskapsledning
    section: common
    common: knowledge-based-management
    title: Kunskapsbaserad ledning i beredningen
    measures:
      - Gemensam lägesbild för ledningsgruppen varje kvartal
    meters:
      - { name: Andel propositioner med konsekvensbedömning, target: ">= 80 %", baseline: "55 % (2019)" }
    criteria: { excellent: ">= 90 %", good: ">= 80 %", satisfactory: ">= 70 %" }
  - id: budgetberedning
    section: result
    title: En hållbar budgetberedning
    meters:
      - { name: Budgetpropositionen överlämnas i tid, target: "ja" }
    criteria: { good: i tid, satisfactory: högst en vecka sen }
`;

/** A goal that GOALS_YAML lacks, to append when a test adds one. */
export const MOBILITY_GOAL_YAML = `  - id: rorlighet
    section: common
    common: mobility
    title: Rörlighet inom förvaltningsområdet
    measures: [Arbetsrotation]
    meters:
      - { name: Antal rotationsperioder, target: "12" }
    criteria: { good: ">= 12" }
`;

export const EVALUATIONS_YAML = `  - year: 2019
    date: 2020-03-20
    rating: good
    summary: Målen nåddes till största delen.
    bonus: none
`;

export const BODY = `# Ledningsavtal

Avtalet är ett fiktivt exempel.

## Statsförvaltningens gemensamma mål för ledningen

Kunskapsbaserad ledning är väsentlig för förvaltningsområdet.

## Resultatmål

Budgetpropositionen är det viktigaste enskilda målet.

## Ledning och ledarskap

Ledningsgruppen delar information öppet.

## Personlig utveckling

Coachning under året.

## Utvärdering av framgången

Utvärderingen för 2019 gjordes i mars 2020.
`;

/** A valid agreement in the repository's format, with the parts a test wants to vary. */
export function agreementText(options: AgreementOptions = {}): string {
  const id = options.id ?? "vm-statssekreterare";
  const evaluations = options.evaluations ?? EVALUATIONS_YAML;
  return `---
id: ${id}
title: ${options.title ?? "Ledningsavtal för statssekreteraren vid finansministeriet"}
language: sv
ministry: ${options.ministry ?? "VM"}
organisation: Finansministeriet
model: "2017"
parties:
  official: { name: Maria Exempel, title: Statssekreterare, github: maria-exempel }
  superior: { name: Anders Exempel, title: Finansminister, github: anders-exempel }
term: { start: 2019-09-01, end: 2024-08-31 }
cycle: ${options.cycle ?? 2020}
agreed: ${options.agreed ?? "2020-04-15"}
goals:
${options.goals ?? GOALS_YAML}${evaluations === "" ? "" : `evaluations:\n${evaluations}`}---
${options.body ?? BODY}`;
}
