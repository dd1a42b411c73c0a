import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { WorkbookLimits } from "@st/workbook";

/** How `st` decodes text input whose bytes carry no byte-order mark or XML declaration. */
export type InputEncoding = "utf-8" | "latin1";

/** Everything a command touches outside itself, so tests can run commands in memory. */
export interface Io {
  /** Write to standard output (the one JSON document, the table, the report path). */
  stdout(text: string): void;
  /** Write to standard error (messages and progress). */
  stderr(text: string): void;
  /** Read all of standard input as UTF-8 text. */
  readStdin(): Promise<string>;
  /** Read all of standard input as bytes, to be decoded as files are; without it, {@link Io.readStdin}'s text is used. */
  readStdinBytes?(): Promise<Uint8Array>;
  /** Standard input as a stream of bytes, for readers that stream (the census); without it, it is read whole. */
  stdinStream?(): AsyncIterable<Uint8Array>;
  /** True when standard output is a terminal: text output is then the default. */
  stdoutIsTerminal: boolean;
  /** True when standard error is a terminal: only then are progress lines shown. */
  stderrIsTerminal: boolean;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** `--encoding`: how to decode text input that has no byte-order mark (default UTF-8, refusing bytes that are not). */
  inputEncoding?: InputEncoding | undefined;
  /** `--max-rows`, `--max-file-mb`, `--max-unzipped-mb`: the limits on workbooks read, over the defaults. */
  workbookLimits?: Partial<WorkbookLimits> | undefined;
  /**
   * Resolves once standard output has taken what was written so far: a command that prints as it
   * goes awaits it, so that a slow reader (a pipe into `jq`) holds it back rather than memory filling.
   */
  drained?(): Promise<void>;
}

/**
 * When what reads standard output goes away (`st lint ... | head`), there is no one left to tell:
 * stop quietly with `exit`, instead of dying with an EPIPE stack trace. Other stream errors are thrown.
 */
export function exitQuietlyOnBrokenPipe(stream: Pick<NodeJS.EventEmitter, "on">, exit: (code: number) => void): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
}

let stdoutGuarded = false;

/** The real process's streams. */
export function processIo(): Io {
  if (!stdoutGuarded) {
    stdoutGuarded = true;
    exitQuietlyOnBrokenPipe(process.stdout, (code) => process.exit(code));
  }
  const stdinBytes = async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => (await stdinBytes()).toString("utf8"),
    readStdinBytes: stdinBytes,
    stdinStream: () => process.stdin,
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

/** A path as messages name it: `-` is standard input. */
export function inputName(path: string): string {
  return path === "-" ? "<stdin>" : path;
}

/** A file's name without its folder, as reports and problems cite a source file: `-` is standard input. */
export function inputFileName(path: string): string {
  return path === "-" ? "<stdin>" : basename(path);
}

/** The command line itself is wrong: an unknown flag, a missing argument. Exit 2 with usage help. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const fileErrorReasons: Readonly<Record<string, string>> = {
  ENOENT: "no such file or folder",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EEXIST: "it already exists",
  ENOSPC: "the disk is full",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EMFILE: "too many files are open",
  ERR_FS_FILE_TOO_LARGE: "the file is too large to read (over 2 GB)",
  ERR_STRING_TOO_LONG: "the input is too large to read as one text",
};

/** True when `error` is a file-system error a user can fix (a path, a permission, a full disk), not a bug in st. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && Object.hasOwn(fileErrorReasons, code);
}

/**
 * A file-system error as an {@link InputError} naming the path and the reason in plain words;
 * other errors are returned as they are.
 */
export function fileError(error: unknown, path: string, verb: "read" | "write" | "use"): Error {
  if (!isFileSystemError(error)) return error instanceof Error ? error : new Error(String(error));
  return new InputError(`cannot ${verb} ${path}: ${fileErrorReasons[error.code!]}`);
}

/**
 * Read a path as text, `-` meaning standard input, decoded as `decodeText` decodes it (UTF-8 unless `io.inputEncoding` says otherwise).
 * Unreadable files and undecodable bytes are an {@link InputError}.
 */
export async function readText(path: string, io: Io): Promise<string> {
  return decodeText(await readBytes(path, io), inputName(path), io.inputEncoding);
}

/**
 * JSON text parsed, or an {@link InputError} naming the file: "cannot read NAME: it is not valid
 * JSON (...)". Every command reads JSON through this or {@link readJson}, so the message is one.
 */
export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`cannot read ${name}: it is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * A JSON file (`-` standard input) read as {@link readText} reads it, so a byte-order mark (which
 * Windows editors write) and `io.inputEncoding` are handled as for any text, then parsed.
 */
export async function readJson(path: string, io: Io): Promise<unknown> {
  return parseJsonText(await readText(path, io), inputName(path));
}

/** Read a path as bytes, `-` meaning standard input. */
export async function readBytes(path: string, io: Io): Promise<Buffer> {
  if (path === "-") {
    return io.readStdinBytes ? Buffer.from(await io.readStdinBytes()) : Buffer.from(await io.readStdin(), "utf8");
  }
  try {
    return await readFile(resolvePath(path, io));
  } catch (error) {
    throw fileError(error, path, "read");
  }
}

/**
 * Read a JSON Lines file (`.jsonl`: one JSON value a line, blank lines skipped) as a stream, so a
 * file of records far larger than one JavaScript string can hold is still read. Each line is
 * decoded as UTF-8 (or `--encoding`), strictly; a line that is not JSON is an {@link InputError}
 * naming its line.
 */
export async function readJsonLines(path: string, io: Io): Promise<unknown[]> {
  const name = inputName(path);
  const values: unknown[] = [];
  let line = 0;
  const take = (text: string) => {
    line++;
    const trimmed = line === 1 ? text.replace(/^\uFEFF/, "").trim() : text.trim();
    if (trimmed === "") return;
    try {
      values.push(JSON.parse(trimmed));
    } catch (error) {
      throw new InputError(`cannot read ${name}: line ${line} is not valid JSON (${(error as Error).message})`);
    }
  };
  if (path === "-") {
    for (const text of decodeText(await readBytes(path, io), name, io.inputEncoding).split(/\r?\n/)) take(text);
    return values;
  }
  const decoder = new TextDecoder(io.inputEncoding === "latin1" ? "windows-1252" : "utf-8", { fatal: true });
  let rest = "";
  let bytesBefore = 0;
  try {
    for await (const chunk of createReadStream(resolvePath(path, io))) {
      const bytes = chunk as Buffer;
      let text: string;
      try {
        text = rest + decoder.decode(bytes, { stream: true });
      } catch {
        throw new InputError(
          `cannot read ${name}: it is not valid UTF-8 after byte ${bytesBefore} (line ${line + 1}); pass --encoding latin1 if it is Latin-1 or Windows-1252 text`,
        );
      }
      bytesBefore += bytes.length;
      const lines = text.split("\n");
      rest = lines.pop()!;
      for (const l of lines) take(l);
    }
    take(rest + decoder.decode());
  } catch (error) {
    throw error instanceof InputError ? error : fileError(error, path, "read");
  }
  return values;
}

const BOMS: readonly { bytes: readonly number[]; label: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: "utf-8" },
  { bytes: [0xff, 0xfe], label: "utf-16le" },
  { bytes: [0xfe, 0xff], label: "utf-16be" },
];

/**
 * Decode input bytes as text: a byte-order mark (UTF-8, UTF-16) wins, then an XML declaration's
 * `encoding`, then `encoding` (UTF-8 unless `--encoding latin1`). Bytes that are not valid in the
 * encoding are refused with their position, never replaced: two different ids must not become
 * the same text.
 */
export function decodeText(bytes: Uint8Array, name: string, encoding: InputEncoding = "utf-8"): string {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  let label: string = encoding === "latin1" ? "windows-1252" : "utf-8";
  let start = 0;
  if (bom) {
    label = bom.label;
    start = bom.bytes.length;
  } else {
    const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1");
    const declared = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    if (declared) label = declared.toLowerCase();
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw new InputError(`cannot read ${name}: its XML declaration names an encoding st cannot decode ("${label}")`);
  }
  const body = bytes.subarray(start);
  try {
    return decoder.decode(body);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_STRING_TOO_LONG" || error instanceof RangeError) {
      throw new InputError(
        `cannot read ${name}: at ${Math.round(bytes.length / 1e6)} MB it is too large to read as one text`,
      );
    }
    const at = label === "utf-8" ? invalidUtf8At(body) + start : undefined;
    const where =
      at === undefined
        ? `it is not valid ${label}`
        : `byte ${at + 1} (line ${lineOfByte(bytes, at)}, 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, "0")}) is not UTF-8`;
    throw new InputError(
      `cannot read ${name}: ${where}. Save the file as UTF-8, or pass --encoding latin1 if it is Latin-1 or Windows-1252 text`,
    );
  }
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence (the length if none). */
function invalidUtf8At(bytes: Uint8Array): number {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    const end = i + need + 1;
    if (end > bytes.length) return i;
    try {
      strict.decode(bytes.subarray(i, end));
    } catch {
      return i;
    }
    i = end;
  }
  return i;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The global options `st` takes before or after any command: how to read input, and how much. */
export interface GlobalOptions {
  /** `--encoding`. */
  encoding?: InputEncoding;
  /** `--max-rows`, `--max-file-mb`, `--max-unzipped-mb`: limits on workbooks read. */
  workbookLimits?: Partial<WorkbookLimits>;
}

const limitFlags = {
  "--max-rows": { limit: "maxRows", scale: 1 },
  "--max-file-mb": { limit: "maxFileBytes", scale: 1024 * 1024 },
  "--max-unzipped-mb": { limit: "maxUnzippedBytes", scale: 1024 * 1024 },
} as const;

/**
 * Take the global options (`--encoding utf-8|latin1`, `--max-rows N`, `--max-file-mb N`,
 * `--max-unzipped-mb N`) out of the arguments, wherever they are.
 * @returns The other arguments and the options given.
 */
export function takeGlobalOptions(argv: readonly string[]): { args: string[] } & GlobalOptions {
  const args: string[] = [];
  const found: GlobalOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      args.push(...argv.slice(i));
      break;
    }
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (flag !== "--encoding" && !Object.hasOwn(limitFlags, flag)) {
      args.push(arg);
      continue;
    }
    const value = inline ?? argv[++i] ?? "";
    if (flag === "--encoding") {
      const normal = value
        .toLowerCase()
        .replace(/^utf8$/, "utf-8")
        .replace(/^(iso-8859-1|windows-1252|cp1252)$/, "latin1");
      if (normal !== "utf-8" && normal !== "latin1") {
        throw new UsageError(`--encoding must be utf-8 or latin1; found "${value}"`);
      }
      found.encoding = normal;
    } else {
      const { limit, scale } = limitFlags[flag as keyof typeof limitFlags];
      const n = Number(value);
      if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0)) {
        throw new UsageError(`${flag} must be a positive number; found "${value}"`);
      }
      found.workbookLimits = { ...found.workbookLimits, [limit]: Math.round(n * scale) };
    }
  }
  return { args, ...found };
}

/** The flag that raises each workbook limit, for messages. */
export const limitFlagOf: Readonly<Record<keyof WorkbookLimits, string>> = {
  maxRows: "--max-rows",
  maxFileBytes: "--max-file-mb",
  maxUnzippedBytes: "--max-unzipped-mb",
};

/** Resolve a user-given path against the command's working directory. */
export function resolvePath(path: string, io: Pick<Io, "cwd">): string {
  return path.startsWith("/") ? path : `${io.cwd.replace(/\/$/, "")}/${path}`;
}

/** Print one progress line on stderr, only when stderr is a terminal. */
export function progress(io: Io, message: string): void {
  if (io.stderrIsTerminal) io.stderr(`${message}\n`);
}
