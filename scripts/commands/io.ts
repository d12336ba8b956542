/** What a command may touch: passed in by the bin (or a test), never read from globals deep inside. */
export interface CommandIO {
  cwd: string;
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
