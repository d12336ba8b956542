import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

const SCRIPTS = join(REPOSITORY_ROOT, "scripts");
const HOME = join(SCRIPTS, "pull-request");

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)]));
}

/** Every relative import of a file, as a path under scripts/ ("pull-request/approvals/types"). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)\.js"/g)].map((match) => relative(SCRIPTS, normalize(join(dirname(file), match[1]!))));
}

/** The part of pull-request/ a path is in: "approvals", "comment", or "reading" for the files at its top. */
function partOf(path: string): string | undefined {
  if (!path.startsWith("pull-request/")) return undefined;
  const [first, second] = path.split("/").slice(1);
  return second === undefined ? "reading" : first;
}

/**
 * The pull request as one idea, in one folder, flowing one way: reading it (the files at the top of
 * pull-request/) gives the approvals their input, and the comment shows the approvals. The approvals never
 * look at the comment or at how the pull request was read, so the rule that decides consent stays small.
 */
const ALLOWED: Record<string, readonly string[]> = {
  reading: ["reading", "approvals"],
  approvals: ["approvals"],
  comment: ["comment", "approvals", "reading"],
};

describe("scripts/pull-request/", () => {
  it("holds reading a pull request, the approvals and the summary comment; nothing is left in the old folders", () => {
    const parts = new Set(listFiles(HOME).map((file) => partOf(relative(SCRIPTS, file))));
    expect([...parts].sort()).toEqual(["approvals", "comment", "reading"]);
    for (const old of ["approvals", "comment"]) expect(() => readdirSync(join(SCRIPTS, old))).toThrow();
  });

  it("flows one way: reading -> approvals -> comment, with no arrow back", () => {
    const backwards: string[] = [];
    for (const file of listFiles(HOME).filter((name) => name.endsWith(".ts"))) {
      const from = partOf(relative(SCRIPTS, file))!;
      for (const target of importsOf(file)) {
        const to = partOf(target);
        if (to !== undefined && !ALLOWED[from]!.includes(to)) backwards.push(`${relative(SCRIPTS, file)} -> ${target}`);
      }
    }
    expect(backwards).toEqual([]);
  });

  it("nothing outside it reaches into the comment but the comment command", () => {
    const users = listFiles(SCRIPTS)
      .filter((file) => file.endsWith(".ts") && !file.startsWith(`${HOME}/`))
      .filter((file) => importsOf(file).some((target) => target.startsWith("pull-request/comment/")))
      .map((file) => relative(SCRIPTS, file));
    expect(users).toEqual(["commands/comment.ts"]);
  });
});
