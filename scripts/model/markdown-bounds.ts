/**
 * Above these a body's block is cut at line starts before it is parsed (markdown.ts). The parser's work
 * grows with the square of a block's events (lines) and of its inline marks (characters), so both are
 * bounded. Real paragraphs and lists are far shorter. In a file of their own so that the cheap scan
 * (markdown-scan.ts) can know them without loading the parser.
 */
export const MAX_BLOCK = 2048;
export const MAX_LINES = 64;
