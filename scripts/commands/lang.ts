import { LANGUAGES } from "../messages/catalogue.js";
import type { Language } from "../model/types.js";
import { parseChoice } from "./args.js";

/** The `--lang` flag of every command that writes text officials read. */
export const LANG_FLAG = { lang: { type: "string" } } as const;

/** The help line of `--lang`, the same in every command. */
export const LANG_HELP = "  --lang <fi|sv|en>      The language of the text (default: the config's language, else Finnish)";

/**
 * The language `--lang` names, or undefined when it is not given (the config's language then applies).
 * `flag` is the name the user typed, for the error: `cms` still takes its first name, `--language`.
 */
export function parseLang(value: string | undefined, flag = "--lang"): Language | undefined {
  return value === undefined ? undefined : parseChoice<Language>(flag, value, LANGUAGES, "fi");
}

/**
 * The language of a command's text: `--lang` when given (already parsed), else the language of the config at
 * the repository's top folder, else Finnish. The rule list (to read the config) is imported only here, so a
 * command that starts Git before loading the model is not slowed down by it.
 */
export async function languageOf(lang: Language | undefined, root: string): Promise<Language> {
  if (lang !== undefined) return lang;
  const [{ repositoryLanguage }, { registryReader }] = await Promise.all([import("../reader/config.js"), import("./reader.js")]);
  return repositoryLanguage(registryReader().config(root));
}
