import type { GitHub } from "../github/client.js";
import { CONFIG_FILES, type LintConfig } from "../reader/config.js";
import type { Reader } from "../reader/reader.js";

/**
 * The first config file `agreements lint` would use, read through the API at `ref`; none means the
 * defaults. The pull request commands read it at the base branch's commit: a pull request must not
 * switch checks off or name its own maintainers.
 */
export async function readConfigAt(github: GitHub, ref: string, reader: Reader, where = "on the base branch"): Promise<LintConfig> {
  for (const name of CONFIG_FILES) {
    const text = await github.getFileText(name, ref);
    if (text === undefined) continue;
    // Parsed as a file on disk is, with the same sentences; the options were right, so no --help hint.
    return reader.configFromText(text, name, `${name} ${where}`, false);
  }
  return { rules: {}, ignore: [] };
}
