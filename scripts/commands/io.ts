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
}

export interface Command {
  name: string;
  /** The full text printed by `--help`. */
  help: string;
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}
