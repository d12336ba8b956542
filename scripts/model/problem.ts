import { render, type Message } from "../messages/catalogue.js";

/** Something wrong with a file, located by offsets in the file's text (the engine turns them into lines). */
export interface Problem {
  /** The message key and its values: the lint renders it in the reader's language. */
  text: Message;
  /** The same in English, for the commands that show a reading problem in passing (diff, approvals). */
  message: string;
  hint: string;
  start: number;
  end: number;
}

/** A problem at offsets, with its English text filled in. */
export function problem(text: Message, start: number, end: number): Problem {
  return { text, ...render(text, "en"), start, end };
}
