import type { Command } from "./command.js";
import { type CommandEntry, commandEntries } from "./commands/index.js";
import { ExitCode } from "./exit-code.js";
import { fileError, InputError, type Io, isFileSystemError, takeGlobalOptions, UsageError } from "./io.js";
import { version } from "./version.js";

/**
 * Run `st` with the given arguments (without `node` and the script path) and return the exit code.
 * Nothing here calls `process.exit`, so the command can be embedded and tested.
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  let args: string[];
  try {
    const taken = takeGlobalOptions(argv);
    args = taken.args;
    if (taken.encoding || taken.workbookLimits) {
      io = { ...io, inputEncoding: taken.encoding, workbookLimits: taken.workbookLimits };
    }
  } catch (error) {
    return reportFailure(error, "st", io, await import("@st/core"));
  }
  const [first, ...rest] = args;
  if (first === "--version" || first === "-v") {
    io.stdout(`${version}\n`);
    return ExitCode.ok;
  }
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    (first === undefined ? io.stderr : io.stdout)(topHelp(commandEntries));
    return first === undefined ? ExitCode.failed : ExitCode.ok;
  }
  const entry = commandEntries.find((c) => c.name === first);
  if (!entry) return unknownCommand(first, "st", io);
  // Only now is the command's module (and the libraries it uses) loaded.
  return dispatch([await entry.load()], first, rest, io, "st");
}

function unknownCommand(name: string, prefix: string, io: Io): ExitCode {
  io.stderr(
    `unknown command: ${prefix === "st" ? name : `${prefix} ${name}`}\nRun \`${prefix} --help\` to list them.\n`,
  );
  return ExitCode.failed;
}

async function dispatch(
  available: readonly Command[],
  name: string,
  args: string[],
  io: Io,
  prefix: string,
): Promise<ExitCode> {
  const command = available.find((c) => c.name === name);
  if (!command) return unknownCommand(name, prefix, io);
  const path = `${prefix} ${command.name}`;
  if (args.includes("--help") || args.includes("-h")) {
    const sub = command.subcommands?.find((c) => c.name === args[0]);
    io.stdout(`${(sub ?? command).help.trim()}\n`);
    return ExitCode.ok;
  }
  if (command.subcommands) {
    const [next, ...rest] = args;
    if (next === undefined) {
      io.stderr(`${command.help.trim()}\n`);
      return ExitCode.failed;
    }
    return dispatch(command.subcommands, next, rest, io, path);
  }
  try {
    return await command.run!(args, io);
  } catch (error) {
    return reportFailure(error, path, io, await import("@st/core"));
  }
}

/** Turn what a command threw into one paragraph on stderr and exit 2; stack traces only for our own bugs. */
function reportFailure(
  error: unknown,
  path: string,
  io: Io,
  { isStValidationError }: Pick<typeof import("@st/core"), "isStValidationError">,
): ExitCode {
  if (error instanceof UsageError) {
    io.stderr(`${path}: ${error.message}\nRun \`${path} --help\` for usage.\n`);
  } else if (error instanceof InputError) {
    io.stderr(`${path}: ${error.message}\n`);
  } else if (isFileSystemError(error)) {
    // A path, a permission or a full disk the command did not name itself: still the user's to fix.
    io.stderr(`${path}: ${fileError(error, error.path ?? "a file", "use").message}\n`);
  } else if (isStValidationError(error)) {
    io.stderr(`${path}: ${error.message}\n`);
  } else {
    const detail = process.env.ST_DEBUG && error instanceof Error ? `\n${error.stack}` : "";
    io.stderr(
      `${path}: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n` +
        "This is a bug in st; please report it with the command you ran (set ST_DEBUG=1 for details).\n",
    );
  }
  return ExitCode.failed;
}

function topHelp(available: readonly Pick<CommandEntry, "name" | "summary">[]): string {
  const width = Math.max(...available.map((c) => c.name.length));
  return [
    "st: the Safe & Together London Partnership tools",
    "",
    "Usage: st <command> [options]",
    "",
    "Commands:",
    ...available.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  --version          print the version",
    "  --help             print this help; `st <command> --help` for a command",
    "  --encoding latin1  read text input without a byte-order mark as Latin-1 (Windows-1252), not UTF-8",
    "  --max-rows N       read workbooks of up to N rows a sheet (default 100000)",
    "  --max-file-mb N    read workbooks of up to N MB (default 50)",
    "  --max-unzipped-mb N  read workbooks of up to N MB once unzipped (default 250)",
    "",
    "Exit codes: 0 success; 1 problems found; 2 could not run (bad usage or unreadable input).",
    "",
  ].join("\n");
}
