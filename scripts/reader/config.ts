import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { parse as parseYaml, YAMLError } from "yaml";
import { UsageError, UserError } from "../errors.js";
import { closestMatch } from "../model/suggest.js";
import type { Language } from "../model/types.js";

/** How a rule is set in the config: the lint reports its findings as warnings or errors, or not at all. */
export type SeveritySetting = "off" | "warn" | "error";

export interface LintConfig {
  /** Per-rule severity: off, warn or error. */
  rules: Record<string, SeveritySetting>;
  /** Globs (repository-relative, forward slashes) of files never to lint. */
  ignore: string[];
  /**
   * GitHub logins of the repository's maintainers: one of them approves every change to the rule files
   * (the config, goals/, .github/, scripts/, the package files), and CODEOWNERS names them for those paths.
   */
  maintainers?: string[];
  /**
   * The repository's language (fi, sv or en): the language of repository-wide text (pull request comment,
   * reminder) and of findings about files that have no language of their own. Default: Finnish.
   */
  language?: Language;
}

/** A GitHub login: letters, digits and single hyphens, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export const CONFIG_FILES = ["agreements.config.json", "agreements.config.yaml", "agreements.config.yml"];
const SETTINGS: readonly SeveritySetting[] = ["off", "warn", "error"];
const LANGUAGES: readonly Language[] = ["fi", "sv", "en"];
const KEYS = ["rules", "ignore", "maintainers", "language"];

/** The repository's language: the config's, else Finnish. */
export function repositoryLanguage(config: Pick<LintConfig, "language">): Language {
  return config.language ?? "fi";
}

/** A config file is JSON or YAML, by its name: anything else is not read at all. */
const CONFIG_NAME = /\.(?:json|ya?ml)$/i;

/**
 * Finds and reads the config file: an explicit path (absolute, or relative to `root`, the folder the
 * command runs in), or the first of CONFIG_FILES in `root`. The path may name any file, so no error
 * ever quotes the file's content (a JSON or YAML error gives only the line and column): `--config
 * /etc/shadow` must not print a line of it in a CI log.
 */
export function loadConfig(root: string, explicit: string | undefined, ruleIds: readonly string[]): LintConfig {
  const path = explicit ? resolve(root, explicit) : CONFIG_FILES.map((name) => join(root, name)).find((candidate) => existsSync(candidate));
  if (!path) return { rules: {}, ignore: [] };
  const inside = relative(root, path);
  const shown = inside !== "" && !inside.startsWith("..") && !isAbsolute(inside) ? inside.split("\\").join("/") : path;
  if (!CONFIG_NAME.test(path)) {
    throw new UsageError(`the config file ${shown} is not a .json, .yaml or .yml file, so it was not read. Give the repository's agreements.config.json (or .yaml).`);
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`the config file ${shown} cannot be read: check that it exists.`);
  }
  return parseConfigText(text, path, shown, ruleIds);
}

/**
 * A config file's text to a checked config; JSON or YAML by `name`. The one parse of config text, for a
 * file on disk and for one read from a commit. Like every config error, a syntax error quotes no text.
 */
export function parseConfigText(text: string, name: string, shown: string, ruleIds: readonly string[], showHelpHint = true): LintConfig {
  const json = /\.json$/i.test(name);
  let data: unknown;
  try {
    data = json ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const message = `the config file ${shown} is not valid ${json ? "JSON" : "YAML"}${whereParsingStopped(error, text)}. Check the brackets, commas and quotes there.`;
    throw showHelpHint ? new UsageError(message) : new UserError(message);
  }
  return parseConfig(data ?? {}, shown, ruleIds);
}

/** " at line L, column C" from a JSON or YAML error, never its message (which quotes the text). */
function whereParsingStopped(error: unknown, text: string): string {
  if (error instanceof YAMLError && error.linePos) return ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}`;
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (position === undefined) return "";
  const before = text.slice(0, Number(position)).split("\n");
  return ` at line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** Validates config data; every error names the bad key. Pure, for tests. */
export function parseConfig(data: unknown, shown: string, ruleIds: readonly string[]): LintConfig {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new UsageError(`the config file ${shown} must be an object with the keys "rules", "ignore" and "maintainers".`);
  }
  const config: LintConfig = { rules: {}, ignore: [] };
  for (const [key, value] of Object.entries(data)) {
    if (key === "$schema") continue;
    if (key === "rules") {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new UsageError(`in ${shown}, "rules" must map rule ids to off, warn or error.`);
      }
      for (const [rule, setting] of Object.entries(value)) {
        if (!ruleIds.includes(rule)) {
          const suggestion = closestMatch(rule, ruleIds);
          throw new UsageError(`in ${shown}, "rules.${rule}" is not a rule.${suggestion ? ` Did you mean "${suggestion}"?` : ""} Run "agreements lint --list-rules" to see them.`);
        }
        if (!SETTINGS.includes(setting as SeveritySetting)) {
          throw new UsageError(`in ${shown}, "rules.${rule}" must be off, warn or error (got ${JSON.stringify(setting)}).`);
        }
        config.rules[rule] = setting as SeveritySetting;
      }
    } else if (key === "ignore") {
      if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
        throw new UsageError(`in ${shown}, "ignore" must be a list of globs such as "agreements/archive/**".`);
      }
      config.ignore = value as string[];
    } else if (key === "maintainers") {
      if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || !LOGIN.test(item))) {
        throw new UsageError(`in ${shown}, "maintainers" must be a list of GitHub user names such as "anna-exempel".`);
      }
      config.maintainers = value as string[];
    } else if (key === "language") {
      if (!LANGUAGES.includes(value as Language)) {
        throw new UsageError(`in ${shown}, "language" must be fi, sv or en (got ${JSON.stringify(value)}).`);
      }
      config.language = value as Language;
    } else {
      const suggestion = closestMatch(key, KEYS);
      throw new UsageError(`in ${shown}, "${key}" is not a config key.${suggestion ? ` Did you mean "${suggestion}"?` : ""} The keys are "rules", "ignore", "maintainers" and "language".`);
    }
  }
  return config;
}
