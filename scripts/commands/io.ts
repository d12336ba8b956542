import type { WorkflowCommand } from "../output/guard.js";

/** What a command may touch: passed in by the bin (or a test), never read from globals deep inside. */
export interface CommandIO {
  /**
   * The repository root (see findRepositoryRoot): `main()` sets it to the folder above the one the
   * command was started in that holds agreements/ and goals/, so every command works from any subfolder.
   */
  cwd: string;
  /** The folder the command was started in, when it is not the root: command-line paths are relative to it. */
  invokedIn?: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  /**
   * Writes one real GitHub Actions workflow command to stdout (only `lint --format github` does). main()
   * provides it: its output guard lets no other text start a line with `::`. Without it (a test calling
   * a command directly), the command's line goes to stdout.
   */
  command?(command: WorkflowCommand): void;
}

export interface Command {
  name: string;
  /** The full text printed by `--help`. */
  help: string;
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}
