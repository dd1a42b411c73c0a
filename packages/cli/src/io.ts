import { readFile } from "node:fs/promises";

/** Everything a command touches outside itself, so tests can run commands in memory. */
export interface Io {
  /** Write to standard output (the one JSON document, the table, the report path). */
  stdout(text: string): void;
  /** Write to standard error (messages and progress). */
  stderr(text: string): void;
  /** Read all of standard input as UTF-8 text. */
  readStdin(): Promise<string>;
  /** True when standard output is a terminal: text output is then the default. */
  stdoutIsTerminal: boolean;
  /** True when standard error is a terminal: only then are progress lines shown. */
  stderrIsTerminal: boolean;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /**
   * Resolves once standard output has taken what was written so far: a command that prints as it
   * goes awaits it, so that a slow reader (a pipe into `jq`) holds it back rather than memory filling.
   */
  drained?(): Promise<void>;
}

/** The real process's streams. */
export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    stdoutIsTerminal: process.stdout.isTTY === true,
    stderrIsTerminal: process.stderr.isTTY === true,
    cwd: process.cwd(),
    drained: () =>
      process.stdout.writableNeedDrain
        ? new Promise((resolve) => process.stdout.once("drain", resolve))
        : Promise.resolve(),
  };
}

/**
 * The command could not do its job because of what the user gave it: a missing file, unparseable
 * input. Exit 2 with this message and no stack trace.
 */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** The command line itself is wrong: an unknown flag, a missing argument. Exit 2 with usage help. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Read a path as UTF-8 text, `-` meaning standard input. Unreadable files are an {@link InputError}. */
export async function readText(path: string, io: Io): Promise<string> {
  if (path === "-") return io.readStdin();
  return (await readBytes(path, io)).toString("utf8");
}

/** Read a path as bytes, `-` meaning standard input. */
export async function readBytes(path: string, io: Io): Promise<Buffer> {
  if (path === "-") return Buffer.from(await io.readStdin(), "utf8");
  try {
    return await readFile(resolvePath(path, io));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
    throw new InputError(`cannot read ${path}: ${why}`);
  }
}

/** Resolve a user-given path against the command's working directory. */
export function resolvePath(path: string, io: Pick<Io, "cwd">): string {
  return path.startsWith("/") ? path : `${io.cwd.replace(/\/$/, "")}/${path}`;
}

/** Print one progress line on stderr, only when stderr is a terminal. */
export function progress(io: Io, message: string): void {
  if (io.stderrIsTerminal) io.stderr(`${message}\n`);
}
