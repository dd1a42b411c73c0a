import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@st/cli";
import { expect } from "vitest";
import { memoryIo } from "./memory-io.js";

/** What a run of `st` gave: its exit code and what it printed. */
export interface StRun {
  code: number;
  out: string;
  err: string;
}

/** A scratch directory for a test file, and `st` run in memory from it. */
export interface Scratch {
  /** The directory, new and empty when made. */
  dir: string;
  /** Write a file in the directory; returns its full path. */
  file(name: string, content: string | Uint8Array): string;
  /**
   * Run `st args` in memory with `stdin`, from `cwd` (the scratch directory, or the one `scratch`
   * was given), asserting that nothing went to standard error as a stack trace.
   */
  st(args: string[], stdin?: string, cwd?: string): Promise<StRun>;
}

/**
 * A new temporary directory (named from `prefix`, e.g. `"st-complaints-"`) with helpers to write
 * files in it and to run `st` from it, or from `options.cwd` when the command should find its
 * files elsewhere (e.g. the test fixtures).
 */
export function scratch(prefix: string, options: { cwd?: string } = {}): Scratch {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    async st(args, stdin = "", cwd = options.cwd ?? dir) {
      const io = memoryIo(stdin, cwd);
      const code = await run(args, io);
      expect(io.err).not.toMatch(/^\s+at /m);
      return { code, out: io.out, err: io.err };
    },
  };
}
