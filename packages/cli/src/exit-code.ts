/** The exit codes of every `st` command (see docs/CLI.md). */
export const ExitCode = {
  /** Success, and nothing wrong found. */
  ok: 0,
  /** The command ran and found problems: error findings, invalid records, failed checks. */
  problems: 1,
  /** The command could not do its job: bad usage, unreadable or unparseable input. */
  failed: 2,
} as const;
/** One of {@link ExitCode}'s values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
