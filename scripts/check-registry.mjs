#!/usr/bin/env node
// The release flow, end to end, against a real npm registry on this machine: a Verdaccio server on a
// loopback port with its storage in a temporary folder. It
//   1. publishes every public package with `changeset publish` (which packs each one through its
//      prepack: built, published manifest), exactly as a maintainer's release does;
//   2. installs `@st/complaints-proforma`, `@st/indicators` and `@st/cli` by version range in a fresh
//      project outside the workspace, with `--engine-strict`, and uses them under Node 20, 22 and 24
//      (imports as ESM and CommonJS, `npx st --version`);
//   3. cuts a patch release the way a maintainer would (a changeset, `changeset version`,
//      `changeset publish`) from a copy of the packages, and shows `npm update` picks it up with one
//      copy of `@st/core` and every internal range satisfied.
// The server is stopped and every temporary file removed whatever happens; nothing in the
// repository changes.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { publishedManifest } from "./pack-manifest.mjs";
import { publicPackages } from "./package-metadata.mjs";

const root = resolve(import.meta.dirname, "..");
const changeset = join(root, "node_modules/@changesets/cli/bin.js");
const nodes = [
  ["20", process.execPath],
  ["22", join(root, "node_modules/node22/bin/node")],
  ["24", join(root, "node_modules/node24/bin/node")],
];
const installed = ["@st/complaints-proforma", "@st/indicators", "@st/cli"];

const work = mkdtempSync(join(tmpdir(), "st-registry-"));
let server;
try {
  const registry = await startRegistry(work);
  const npmrc = userConfig(work, registry);
  const env = { ...process.env, npm_config_userconfig: npmrc, npm_config_registry: registry.url };
  const version = publicPackages()[0].manifest.version;

  // 1. The release, as a maintainer runs it (tags are the maintainer's to push, not this check's).
  quietly(process.execPath, [changeset, "publish", "--no-git-tag"], { cwd: root, env });
  for (const { manifest } of publicPackages()) {
    const seen = npm(["view", `${manifest.name}@${version}`, "version"], { cwd: work, env }).trim();
    if (seen !== version) fail(`${manifest.name}@${version} is not on the registry after publishing`);
  }

  // 2. A borough's project installs by range, strictly checking every package's engines on the
  //    oldest Node the packages claim (the ranges are open-ended, so newer lines are checked by use).
  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "borough-app", private: true }));
  writeFileSync(join(app, ".npmrc"), `@st:registry=${registry.url}\n`);
  const ranges = installed.map((name) => `${name}@^${version}`);
  npm(["install", "--engine-strict", "--no-audit", "--no-fund", "--loglevel=error", ...ranges], {
    cwd: app,
    env: { ...process.env, npm_config_userconfig: npmrc },
  });
  writeFileSync(join(app, "esm.mjs"), smokeScript("import"));
  writeFileSync(join(app, "cjs.cjs"), smokeScript("require"));
  for (const [line, node] of nodes) {
    if (!existsSync(node)) fail(`Node ${line} is not installed at ${node} (npm ci installs it on Linux x64)`);
    for (const file of ["esm.mjs", "cjs.cjs"]) execFileSync(node, [file], { cwd: app, stdio: "inherit" });
    const printed = execFileSync(node, [join(app, "node_modules/.bin/st"), "--version"], {
      cwd: app,
      encoding: "utf8",
    });
    if (!printed.includes(version)) fail(`st --version under Node ${line} printed ${printed.trim()}, not ${version}`);
  }
  console.log(
    `registry: published ${publicPackages().length} packages at ${version}; installed ${ranges.join(", ")} and used them under Node ${nodes.map(([l]) => l).join(", ")}`,
  );

  // 3. A patch release, cut from a copy so the repository is untouched, then `npm update`.
  const next = cutPatchRelease(work, env);
  npm(["update", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: app,
    env: { ...process.env, npm_config_userconfig: npmrc },
  });
  const tree = JSON.parse(npm(["ls", "--all", "--json"], { cwd: app, env }));
  const versions = new Map();
  collectVersions(tree, versions);
  for (const name of ["@st/core", ...installed]) {
    const found = [...(versions.get(name) ?? [])];
    if (found.length !== 1 || found[0] !== next)
      fail(`after npm update, ${name} is at ${found.join(", ") || "nothing"}, not only ${next}`);
  }
  const problems = JSON.parse(npm(["ls", "--all", "--json"], { cwd: app, env })).problems ?? [];
  if (problems.length) fail(`after npm update: ${problems.join("; ")}`);
  console.log(
    `registry: patch release ${next} published and picked up by npm update, one copy of @st/core, internal ranges intact`,
  );
} catch (error) {
  console.error(`check-registry: ${error.message}`);
  process.exitCode = 1;
} finally {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
}

/** Verdaccio on a free loopback port, storage and users in `dir`; resolves once it answers. */
async function startRegistry(dir) {
  const port = await freePort();
  const config = join(dir, "verdaccio.yaml");
  writeFileSync(
    config,
    [
      `storage: ${join(dir, "storage")}`,
      "auth:",
      "  htpasswd:",
      `    file: ${join(dir, "htpasswd")}`,
      "    max_users: 1",
      "uplinks: {}",
      "packages:",
      "  '@st/*':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "web:",
      "  enable: false",
      "log: { type: stdout, format: pretty, level: error }",
      "",
    ].join("\n"),
  );
  const url = `http://127.0.0.1:${port}/`;
  server = spawn(
    process.execPath,
    [join(root, "node_modules/verdaccio/bin/verdaccio"), "--config", config, "--listen", `127.0.0.1:${port}`],
    {
      // Verdaccio warns about running as root, which CI does; its exit code is what counts.
      stdio: "ignore",
    },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`Verdaccio exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  // A throwaway user; its token lives only in this run's temporary npmrc.
  const response = await fetch(`${url}-/user/org.couchdb.user:release-check`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name: "release-check",
      password: `pw-${process.pid}-${Date.now()}`,
      type: "user",
      roles: [],
    }),
  });
  const { token } = await response.json();
  if (!token) fail(`Verdaccio gave no token (HTTP ${response.status})`);
  return { url, host: `//127.0.0.1:${port}/`, token };
}

function freePort() {
  return new Promise((done, failed) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
    probe.on("error", failed);
  });
}

/** The user's own npm settings (so the machine's registry for third-party packages still applies) plus the throwaway token. */
function userConfig(dir, registry) {
  const own = join(homedir(), ".npmrc");
  const lines = existsSync(own)
    ? readFileSync(own, "utf8")
        .split("\n")
        .filter((l) => !l.startsWith("@st:"))
    : [];
  const file = join(dir, "npmrc");
  writeFileSync(file, [...lines, `${registry.host}:_authToken=${registry.token}`, ""].join("\n"));
  return file;
}

/** A consumer's first use of what it installed, through `import` or `require`. */
function smokeScript(kind) {
  const load = (name) =>
    kind === "import" ? `await import(${JSON.stringify(name)})` : `require(${JSON.stringify(name)})`;
  const body = [
    `const complaints = ${load("@st/complaints-proforma")};`,
    `if (complaints.stageDeadline(1, "2025-12-19").due !== "2026-01-07") throw new Error("complaints-proforma (${kind})");`,
    `const indicators = ${load("@st/indicators")};`,
    `const hackney = indicators.readPublishedReturns(indicators.publishedReturnsTsv).series.find((p) => p.borough === "E09000012" && p.indicator === "da-referral-on-intake" && p.quarter === "2023-Q3");`,
    `if (hackney.value !== 294) throw new Error("indicators (${kind})");`,
  ].join("\n");
  return kind === "import"
    ? body
    : `(async () => {\n${body}\n})().catch((e) => { console.error(e); process.exit(1); });`;
}

/**
 * The maintainer's patch release, from a copy of the published packages: add a changeset, run
 * `changeset version` (the fixed group moves every package together), publish. Returns the new version.
 */
function cutPatchRelease(dir, env) {
  const copy = join(dir, "next");
  mkdirSync(join(copy, ".changeset"), { recursive: true });
  writeFileSync(
    join(copy, "package.json"),
    JSON.stringify({ name: "release-copy", private: true, workspaces: ["packages/*"] }),
  );
  cpSync(join(root, ".changeset/config.json"), join(copy, ".changeset/config.json"));
  writeFileSync(join(copy, ".changeset/patch.md"), '---\n"@st/core": patch\n---\n\nA patch release.\n');
  for (const { dir: pkg, manifest } of publicPackages()) {
    for (const file of [...manifest.files, "package.json"]) {
      if (existsSync(join(root, pkg, file))) cpSync(join(root, pkg, file), join(copy, pkg, file), { recursive: true });
    }
    // The copy publishes what is already built, so it carries the published manifest and no pack scripts.
    const { scripts: _, ...published } = publishedManifest(manifest);
    writeFileSync(join(copy, pkg, "package.json"), `${JSON.stringify(published, null, 2)}\n`);
  }
  quietly(process.execPath, [changeset, "version"], { cwd: copy, env });
  quietly(process.execPath, [changeset, "publish", "--no-git-tag"], { cwd: copy, env });
  return JSON.parse(readFileSync(join(copy, "packages/core/package.json"), "utf8")).version;
}

function collectVersions(node, into) {
  for (const [name, child] of Object.entries(node.dependencies ?? {})) {
    if (!into.has(name)) into.set(name, new Set());
    into.get(name).add(child.version);
    collectVersions(child, into);
  }
}

function npm(args, options) {
  const npmCli = join(dirname(process.execPath), "../lib/node_modules/npm/bin/npm-cli.js");
  const command = existsSync(npmCli) ? [process.execPath, [npmCli, ...args]] : ["npm", args];
  return quietly(command[0], command[1], options);
}

/** Runs a command, showing its output only when it fails. */
function quietly(command, args, options) {
  try {
    return execFileSync(command, args, { ...options, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ""}${error.stderr ?? ""}`);
    throw new Error(`${[command, ...args].join(" ")} failed`);
  }
}

function fail(message) {
  throw new Error(message);
}
