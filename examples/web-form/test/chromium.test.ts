import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { type ChromiumSearch, chooseChromium, SYSTEM_CHROMIUM_PATHS, unpackBundledChromium } from "./chromium.js";

const freshLinux = (over: Partial<ChromiumSearch> = {}): ChromiumSearch => ({
  env: {},
  platform: "linux",
  arch: "x64",
  exists: () => false,
  bundledInstalled: true,
  ...over,
});

describe("chooseChromium", () => {
  it("takes CHROMIUM_PATH first, even when a system browser is installed", () => {
    const choice = chooseChromium(freshLinux({ env: { CHROMIUM_PATH: "/opt/chrome/chrome" }, exists: () => true }));
    expect(choice).toEqual({ source: "CHROMIUM_PATH", executablePath: "/opt/chrome/chrome" });
  });

  it("fails when CHROMIUM_PATH names no file, rather than quietly driving another browser", () => {
    const search = freshLinux({
      env: { CHROMIUM_PATH: "/opt/nothing" },
      exists: (path) => path === "/usr/bin/chromium",
    });
    expect(() => chooseChromium(search)).toThrow(/CHROMIUM_PATH is \/opt\/nothing, but there is no file there/);
  });

  it("keeps the Debian route: /usr/bin/chromium before the bundled browser", () => {
    const choice = chooseChromium(freshLinux({ exists: (path) => path === "/usr/bin/chromium" }));
    expect(choice).toEqual({ source: "system", executablePath: "/usr/bin/chromium" });
  });

  it("finds Chrome on a Mac", () => {
    const mac = SYSTEM_CHROMIUM_PATHS.find((path) => path.includes("Google Chrome.app")) as string;
    const choice = chooseChromium(freshLinux({ platform: "darwin", arch: "arm64", exists: (path) => path === mac }));
    expect(choice).toEqual({ source: "system", executablePath: mac });
  });

  it("falls back to the Chromium shipped in the registry package on a Linux x64 machine with no browser", () => {
    expect(chooseChromium(freshLinux())).toEqual({ source: "bundled" });
  });

  it("fails, saying how to get a browser, where the bundled one cannot run or is not installed", () => {
    expect(() => chooseChromium(freshLinux({ platform: "darwin", arch: "arm64" }))).toThrow(
      /No Chromium found .*Set CHROMIUM_PATH/,
    );
    expect(() => chooseChromium(freshLinux({ arch: "arm64" }))).toThrow(/No Chromium found/);
    expect(() => chooseChromium(freshLinux({ bundledInstalled: false }))).toThrow(/npm ci/);
  });
});

describe("unpackBundledChromium", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in for the package: its package.json and a Brotli-compressed "binary". */
  const fakePackage = (version: string, binary: string) => {
    dir = mkdtempSync(join(tmpdir(), "st-chromium-test-"));
    const pkg = join(dir, "pkg");
    mkdirSync(join(pkg, "bin"), { recursive: true });
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "@sparticuz/chromium", version }));
    writeFileSync(join(pkg, "bin", "chromium.br"), brotliCompressSync(Buffer.from(binary)));
    const cache = join(dir, "cache");
    mkdirSync(cache);
    return { pkg, cache };
  };

  it("unpacks an executable into a folder named by the package's version, once", async () => {
    const { pkg, cache } = fakePackage("153.0.0", "#!/bin/sh\necho chromium\n");
    const path = await unpackBundledChromium(pkg, cache);
    expect(path).toBe(join(cache, "st-web-form-chromium-153.0.0", "chromium"));
    expect(readFileSync(path, "utf8")).toBe("#!/bin/sh\necho chromium\n");
    expect(statSync(path).mode & 0o111).not.toBe(0);
    // A second run reuses the unpacked browser rather than writing it again.
    writeFileSync(join(pkg, "bin", "chromium.br"), brotliCompressSync(Buffer.from("changed")));
    expect(readFileSync(await unpackBundledChromium(pkg, cache), "utf8")).toBe("#!/bin/sh\necho chromium\n");
  });

  it("leaves no browser behind when the archive is damaged, so the next run unpacks afresh", async () => {
    const { pkg, cache } = fakePackage("153.0.0", "x");
    writeFileSync(join(pkg, "bin", "chromium.br"), "not brotli at all");
    await expect(unpackBundledChromium(pkg, cache)).rejects.toThrow();
    expect(existsSync(join(cache, "st-web-form-chromium-153.0.0"))).toBe(false);
  });

  it("two runs unpacking at once both get a complete browser", async () => {
    const binary = "b".repeat(1_000_000);
    const { pkg, cache } = fakePackage("153.0.0", binary);
    const paths = await Promise.all([unpackBundledChromium(pkg, cache), unpackBundledChromium(pkg, cache)]);
    for (const path of paths) expect(readFileSync(path, "utf8")).toBe(binary);
  });
});
