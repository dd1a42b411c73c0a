import type { Io } from "@st/cli";

/** An in-memory Io for running commands in tests; `out` and `err` collect what they print. */
export function memoryIo(stdin = "", cwd = process.cwd()): Io & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    readStdin: async () => stdin,
    stdoutIsTerminal: false,
    stderrIsTerminal: false,
    cwd,
  };
  return io;
}
