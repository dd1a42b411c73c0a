/**
 * Which Chromium the end-to-end test drives. In order: `CHROMIUM_PATH`, a browser installed on the
 * system, else the Chromium shipped inside the `@sparticuz/chromium` registry package (a
 * devDependency, so `npm ci` brings it: Linux x64 only), unpacked once into the temporary folder.
 * Never a browser download at test time: a closed network refuses those.
 */
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";

/** Where Debian, Ubuntu, Fedora, snap and macOS put Chromium or Chrome, most likely first. */
export const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** Where the browser the test drives comes from, and its executable when already known. */
export type ChromiumChoice =
  | { readonly source: "CHROMIUM_PATH" | "system"; readonly executablePath: string }
  | { readonly source: "bundled" };

/** What choosing a browser looks at: passed in so that the choice is tested without the machine's own. */
export interface ChromiumSearch {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: string;
  readonly arch: string;
  readonly exists: (path: string) => boolean;
  /** Whether the `@sparticuz/chromium` package is installed. */
  readonly bundledInstalled: boolean;
}

const howToGetOne =
  "Set CHROMIUM_PATH to a Chromium or Chrome binary, install your system's Chromium (Debian: apt-get install chromium), or on Linux x64 run npm ci so that the devDependency @sparticuz/chromium is installed.";

/**
 * Chooses the browser, or throws saying how to get one. A `CHROMIUM_PATH` that names no file is an
 * error rather than a reason to look elsewhere: whoever set it meant that browser.
 */
export function chooseChromium(search: ChromiumSearch): ChromiumChoice {
  const fromEnv = search.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!search.exists(fromEnv))
      throw new Error(`CHROMIUM_PATH is ${fromEnv}, but there is no file there. ${howToGetOne}`);
    return { source: "CHROMIUM_PATH", executablePath: fromEnv };
  }
  const installed = SYSTEM_CHROMIUM_PATHS.find((path) => search.exists(path));
  if (installed) return { source: "system", executablePath: installed };
  if (search.platform === "linux" && search.arch === "x64" && search.bundledInstalled) return { source: "bundled" };
  throw new Error(`No Chromium found (looked at ${SYSTEM_CHROMIUM_PATHS.join(", ")}). ${howToGetOne}`);
}

const require = createRequire(import.meta.url);

/** The installed `@sparticuz/chromium` package's folder, or undefined when it is not installed. */
function bundledPackageDir(): string | undefined {
  try {
    // The package exports only its entry point (build/index.js); its folder is one level up.
    return dirname(dirname(require.resolve("@sparticuz/chromium")));
  } catch {
    return undefined;
  }
}

/**
 * Unpacks the package's Brotli-compressed Chromium (67 MB, about 4 s) into
 * `<tmpdir>/st-web-form-chromium-<version>/chromium`, once: later runs reuse it. The binary is
 * written in a folder of its own and renamed into place, so a run killed half-way, or two runs at
 * once, never leave a truncated browser behind to be launched.
 */
export async function unpackBundledChromium(packageDir: string, cacheRoot: string = tmpdir()): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
  const folder = join(cacheRoot, `st-web-form-chromium-${version}`);
  const executablePath = join(folder, "chromium");
  if (existsSync(executablePath)) return executablePath;
  mkdirSync(cacheRoot, { recursive: true });
  const partial = mkdtempSync(`${folder}.partial-`);
  try {
    const unpacked = join(partial, "chromium");
    await pipeline(
      createReadStream(join(packageDir, "bin", "chromium.br")),
      createBrotliDecompress(),
      createWriteStream(unpacked),
    );
    chmodSync(unpacked, 0o755);
    renameSync(partial, folder);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    // Another run finished first: its browser is as good as ours.
    if (existsSync(executablePath)) return executablePath;
    throw error;
  }
  return executablePath;
}

/** The browser to launch on this machine: its executable and where it came from. */
export async function findChromium(): Promise<{ executablePath: string; source: ChromiumChoice["source"] }> {
  const packageDir = bundledPackageDir();
  const choice = chooseChromium({
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    exists: existsSync,
    bundledInstalled: packageDir !== undefined,
  });
  if (choice.source !== "bundled") return choice;
  return { source: "bundled", executablePath: await unpackBundledChromium(packageDir as string) };
}
