import { parse as parseYaml } from "yaml";
import { UserError } from "../errors.js";
import type { GitHub } from "../github/client.js";
import { CONFIG_FILES, parseConfig, type LintConfig } from "../lint/config.js";

/**
 * The first config file `agreements lint` would use, read through the API at `ref`; none means the
 * defaults. The pull request commands read it at the base branch's commit: a pull request must not
 * switch checks off or name its own maintainers.
 */
export async function readConfigAt(github: GitHub, ref: string, ruleIds: readonly string[], where = "on the base branch"): Promise<LintConfig> {
  for (const name of CONFIG_FILES) {
    const text = await github.getFileText(name, ref);
    if (text === undefined) continue;
    let data: unknown;
    try {
      data = name.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
    } catch (error) {
      throw new UserError(`the config file ${name} ${where} is not valid ${name.endsWith(".json") ? "JSON" : "YAML"}: ${(error as Error).message.split("\n")[0]}`);
    }
    return parseConfig(data ?? {}, `${name} ${where}`, ruleIds);
  }
  return { rules: {}, ignore: [] };
}
