import { GOALS_FOLDER, isInGoals } from "../../layout/paths.js";

/**
 * The files that make the rules every agreement is checked by: the config, the goal catalogues, the
 * workflows and CODEOWNERS, the toolkit and its packages. A pull request that changes one of them could
 * switch a check off or change who judges, so it needs a maintainer's approval (README, "Maintainers").
 * The same list feeds CODEOWNERS (scripts/codeowners/build.ts), so GitHub asks the maintainers too.
 */
export const RULE_PATHS: readonly { pattern: string; matches: (path: string) => boolean }[] = [
  { pattern: "/agreements.config.*", matches: (path) => /^agreements\.config\.[^/]*$/.test(path) },
  { pattern: `/${GOALS_FOLDER}/`, matches: isInGoals },
  { pattern: "/.github/", matches: (path) => path.startsWith(".github/") },
  { pattern: "/scripts/", matches: (path) => path.startsWith("scripts/") },
  { pattern: "/package.json", matches: (path) => path === "package.json" },
  { pattern: "/package-lock.json", matches: (path) => path === "package-lock.json" },
  // Beyond the list: the command's entry point and npm's settings decide what the check
  // workflow runs just as much as scripts/ and the package files do.
  { pattern: "/bin/", matches: (path) => path.startsWith("bin/") },
  { pattern: "/.npmrc", matches: (path) => path === ".npmrc" },
];

/** Whether a repository path is one of the rule files. */
export function isRulePath(path: string): boolean {
  return RULE_PATHS.some((rule) => rule.matches(path));
}
