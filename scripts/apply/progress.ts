import { FileWriteError } from "../files/write-failure.js";
import { RepositoryError } from "../git/errors.js";
import { GitHubError } from "../github/errors.js";

const RERUN = "Run the same command again once this is fixed: it finishes the job and does nothing twice.";

/**
 * What the apply half of a command (release, remind, submit, cycle open) has done so far, so that a failure
 * part-way says what was already done and that running the same command again finishes the job: every plan
 * is built from what is there, so a re-run plans only what is left.
 */
export class ApplyProgress {
  /** Heading -> items, in the order first done; a step without items has none. */
  readonly #steps = new Map<string, string[]>();
  #cannotResume: string | undefined;

  /** @param where Where the changes are made, as in "Nothing was changed on GitHub before it stopped" ("" for nowhere in particular). */
  constructor(private readonly where: string) {}

  /**
   * Records a step done, worded to follow "Done before it stopped:" (`created the tag submission-2020`).
   * Steps with an item are listed together under their heading: `opened #1 (a), #2 (b)`.
   */
  done(heading: string, item?: string): void {
    const items = this.#steps.get(heading) ?? [];
    if (item !== undefined) items.push(item);
    this.#steps.set(heading, items);
  }

  /** How many items were recorded under a heading. */
  count(heading: string): number {
    return this.#steps.get(heading)?.length ?? 0;
  }

  /**
   * From here on a re-run cannot do what is left (remind closes its issue before commenting, and a closed
   * issue is never commented on again): a failure then reports `sentence`, which says what was done and lost.
   */
  cannotResume(sentence: string): void {
    this.#cannotResume = sentence;
  }

  /** What was done, and what to do now: the sentence a failure's message ends with. */
  describe(): string {
    if (this.#cannotResume !== undefined) return this.#cannotResume;
    const done = [...this.#steps].map(([heading, items]) => (items.length === 0 ? heading : `${heading} ${items.join(", ")}`));
    const nothing = `Nothing was changed${this.where === "" ? "" : ` ${this.where}`} before it stopped.`;
    return `${done.length > 0 ? `Done before it stopped: ${done.join("; ")}.` : nothing} ${RERUN}`;
  }

  /**
   * Runs (part of) the apply. A failure the user can act on (GitHub's, Git's, a file that cannot be written) is thrown again as the same
   * kind of error, its message followed by {@link describe}; anything else (a bug) passes unchanged.
   */
  async run<T>(apply: () => Promise<T>): Promise<T> {
    try {
      return await apply();
    } catch (error) {
      throw this.#explained(error);
    }
  }

  #explained(error: unknown): unknown {
    if (!(error instanceof GitHubError) && !(error instanceof RepositoryError) && !(error instanceof FileWriteError)) return error;
    // A message that ends in lines to type (git config …) keeps them apart from the sentence.
    const message = `${error.message}${error.message.includes("\n") ? "\n" : " "}${this.describe()}`;
    if (error instanceof FileWriteError) return new FileWriteError(message, { cause: error });
    if (error instanceof RepositoryError) return new RepositoryError(message, { cause: error });
    return new GitHubError(message, {
      cause: error,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.request === undefined ? {} : { request: error.request }),
      ...(error.permission === undefined ? {} : { permission: error.permission }),
    });
  }
}
