/**
 * The package as Node.js loads it (the `node` condition of its exports): the index, with the
 * default pack's patterns parsed at build time, so a command-line run does not spend its start
 * parsing them. Browsers get the index alone and parse the patterns on the first `createLinter`:
 * the parsed form would add about 19 KB (gzipped) to every bundle. The findings are the same.
 * @module
 */
import { usePrecompiledPatterns } from "./lint.js";
import { PACK_PATTERNS } from "./rules/compiled.js";

usePrecompiledPatterns(PACK_PATTERNS);

export * from "./index.js";
