#!/usr/bin/env node
import module from "node:module";

// Node 22.1 and later keep compiled code between runs, so every later start of `st` is faster.
// Imported after it, so that the cache covers them.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { processIo } = await import("./io.js");
const { run } = await import("./main.js");

process.exitCode = await run(process.argv.slice(2), processIo());
