import assert from "node:assert/strict";
import { run } from "@st/cli";

let printed = "";
const io = {
  stdout: (text: string) => { printed += text; },
  stderr: () => {},
  readStdin: async () => "",
  stdoutIsTerminal: false,
  stderrIsTerminal: false,
  cwd: process.cwd(),
};
const exitCode = await run(["--version"], io);
assert.equal(exitCode, 0);
assert.match(printed, /^\d+\.\d+\.\d+/);
