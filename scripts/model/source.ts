/** A 1-based position in a whole file; columns count UTF-16 code units, as SARIF's default does. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * The text of one file with its line starts computed once, so that every offset in the file
 * (front matter, YAML node, Markdown node) maps to the same whole-file line and column.
 */
export class SourceText {
  #lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  /**
   * Computed when first needed, not with the text: a diff reads thousands of versions and asks for a
   * position in few of them (issue 13, round 8: the arrays showed in GC).
   */
  get lineStarts(): readonly number[] {
    if (!this.#lineStarts) {
      const starts = [0];
      for (let index = this.text.indexOf("\n"); index !== -1; index = this.text.indexOf("\n", index + 1)) {
        starts.push(index + 1);
      }
      this.#lineStarts = starts;
    }
    return this.#lineStarts;
  }

  /**
   * The line and column of a whole-file offset. Offsets outside the file (or not numbers at all) are
   * clamped into it, so a finding can never point past the end of the file.
   */
  positionAt(offset: number): Position {
    const clamped = Number.isFinite(offset) ? Math.max(0, Math.min(Math.floor(offset), this.text.length)) : offset > 0 ? this.text.length : 0;
    const lineStarts = this.lineStarts;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - lineStarts[low]! + 1 };
  }

  /** Start and end positions; an end before the start collapses onto the start. */
  rangeAt(startOffset: number, endOffset: number = startOffset): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(Math.max(startOffset, endOffset)) };
  }
}
