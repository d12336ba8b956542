import type { Problem } from "./front-matter.js";

/** Above this size a file is not read as an agreement: real ones are a few kilobytes. */
export const MAX_PARSED_BYTES = 1024 * 1024;

export interface DecodedText {
  /** The text without a byte order mark; empty when the bytes are not text at all. */
  text: string;
  problems: Problem[];
  /** True when the text is fit to be parsed as front matter and Markdown. */
  parseable: boolean;
}

const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

/** Decodes a file's bytes as UTF-8, reporting binary content, invalid bytes and oversized files. */
export function decodeText(bytes: Uint8Array): DecodedText {
  // Windows editors offer "Unicode" (UTF-16) as an encoding; say so rather than call the file binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      text: "",
      parseable: false,
      problems: [{
        message: "The file is saved as UTF-16 (\"Unicode\"), not as UTF-8.",
        hint: "Save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8).",
        start: 0,
        end: 0,
      }],
    };
  }
  // Like Git, a NUL byte near the start means binary content (an image, a Word or PDF file).
  const nul = bytes.subarray(0, 8000).indexOf(0);
  if (nul !== -1) {
    return {
      text: "",
      parseable: false,
      problems: [{
        message: "This is not a text file (it contains binary data).",
        hint: "Agreements must be Markdown text files saved as UTF-8; move other files out of agreements/ and goals/.",
        start: 0,
        end: 0,
      }],
    };
  }
  const text = utf8.decode(bytes);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const start = utf8.decode(bytes.subarray(0, bad)).length;
    return {
      text,
      parseable: false,
      problems: [{
        message: `The file is not saved as UTF-8: the byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, "0")} here is not valid UTF-8.`,
        hint: "Save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8), then check the letters å, ä and ö.",
        start,
        end: start + 1,
      }],
    };
  }
  if (bytes.length > MAX_PARSED_BYTES) {
    return {
      text,
      parseable: false,
      problems: [{
        message: `The file is too large to be an agreement (${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_PARSED_BYTES / 1024 / 1024} MB).`,
        hint: "Keep attachments and data outside agreements/ and link to them instead.",
        start: 0,
        end: 0,
      }],
    };
  }
  return { text, parseable: true, problems: [] };
}

/** Index of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    if (length === 0 || (length === 3 && byte > 0xef)) return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    if (length === 3 && ((byte === 0xe0 && bytes[index + 1]! < 0xa0) || (byte === 0xed && bytes[index + 1]! > 0x9f))) return index;
    if (length === 4 && ((byte === 0xf0 && bytes[index + 1]! < 0x90) || (byte === 0xf4 && bytes[index + 1]! > 0x8f))) return index;
    index += length;
  }
  return -1;
}
