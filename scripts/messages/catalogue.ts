import { en } from "./en.js";
import { fi } from "./fi.js";
import { sv } from "./sv.js";
import type { Language, Text } from "./types.js";

/** Every language has exactly the English catalogue's keys, each taking the same values: a gap is a compile error. */
export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
export type MessageParams<K extends MessageKey> = Parameters<Catalogue[K]>[0] extends undefined ? Record<string, never> : Parameters<Catalogue[K]>[0];

/** What a rule says: a message key and its values, rendered in the reader's language only when shown. */
export type Message = { [K in MessageKey]: { key: K; params: MessageParams<K> } }[MessageKey];

export const LANGUAGES: readonly Language[] = ["fi", "sv", "en"];
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fi, sv };

export function say<K extends MessageKey>(key: K, ...params: Parameters<Catalogue[K]>[0] extends undefined ? [] : [MessageParams<K>]): Message {
  return { key, params: params[0] ?? {} } as Message;
}

export function render(message: Message, language: Language): Text {
  const write = CATALOGUES[language][message.key] as (params: unknown) => Text;
  return write(message.params);
}

export type { Text };
