#!/usr/bin/env node
// Keeps what a registry page needs the same in every published package, from one place: the root
// package.json's `repository`, `homepage` and `bugs`, the root LICENSE, and the keywords below.
// `node scripts/package-metadata.mjs` writes it; `--check` (run by `npm test`) only reports drift.
// README links are made absolute, because a relative link to `../../docs/...` is dead on a
// registry page.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, posix, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const repositoryUrl = rootManifest.repository.url; // git+https://host/org/repo.git
const webUrl = repositoryUrl.replace(/^git\+/, "").replace(/\.git$/, "");

const sharedKeywords = ["safe-and-together", "domestic-abuse", "childrens-social-care", "london"];
/** Words a borough developer would search a registry for, per package. */
const keywords = {
  "@st/core": ["working-days", "bank-holidays", "local-authority", "gss-code", "pseudonym"],
  "@st/workbook": ["excel", "xlsx", "csv", "forms", "spreadsheet-template"],
  "@st/charts": ["vega-lite", "svg", "charts", "accessibility"],
  "@st/language-lint": ["linter", "case-notes", "prose-lint", "victim-blaming"],
  "@st/indicators": ["children-in-need", "census", "ssda903", "indicators", "statistics"],
  "@st/practice-checklist": ["audit", "checklist", "quality-assurance", "supervision"],
  "@st/complaints-proforma": ["complaints", "children-act-1989", "statutory-timescales", "proforma"],
  "@st/learning-review": ["learning-review", "case-audit", "sampling", "cohorts"],
  "@st/pattern-map": ["pattern-map", "case-file", "perpetrator-pattern"],
  "@st/forms": ["case-management", "mosaic", "data-mapping"],
  "@st/returns": ["statistical-returns", "small-number-suppression", "aggregates"],
  "@st/cli": ["cli", "command-line"],
};

/**
 * Whatever packs a package builds it and publishes its manifest without dev-only conditions
 * (scripts/pack-manifest.mjs). The package-quality checks run inside turbo beside other packages'
 * tests, which read sibling manifests, so they pack without those scripts: the published form is
 * checked afterwards by scripts/check-consumers.mjs, when nothing else runs.
 */
const packScripts = {
  prepack: "node ../../scripts/pack-manifest.mjs prepack",
  postpack: "node ../../scripts/pack-manifest.mjs postpack",
  "lint:pkg": "npm_config_ignore_scripts=true publint --strict && npm_config_ignore_scripts=true attw --pack .",
};

/** The manifest a package should have: its own, with the shared registry metadata filled in. */
export function expectedManifest(manifest, directory) {
  const { name } = manifest;
  const entries = Object.entries(manifest);
  const metadata = {
    keywords: [...sharedKeywords, ...(keywords[name] ?? [])],
    homepage: `${webUrl}/tree/main/${directory}#readme`,
    bugs: { url: `${webUrl}/issues` },
    repository: { type: "git", url: repositoryUrl, directory },
    license: "MIT",
  };
  const out = {};
  for (const [key, value] of entries) {
    if (key in metadata) continue;
    out[key] = value;
    // Registry metadata sits together, right after the description.
    if (key === "description") Object.assign(out, metadata);
  }
  out.files = [...new Set([...(manifest.files ?? []), "LICENSE"])];
  out.scripts = { ...manifest.scripts, ...packScripts };
  out.publishConfig = { ...manifest.publishConfig, access: "public" };
  return out;
}

/** A README with every relative link made absolute (a registry page has no sibling files). */
export function absoluteReadme(text, directory) {
  return text.replace(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g, (_, target) => {
    const path = posix.normalize(posix.join(directory, target));
    return `](${webUrl}/blob/main/${path})`;
  });
}

/** Every published (non-private) package: its directory relative to the root and its manifest. */
export function publicPackages() {
  return readdirSync(join(root, "packages"))
    .map((dir) => `packages/${dir}`)
    .filter((dir) => existsSync(join(root, dir, "package.json")))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) }))
    .filter(({ manifest }) => !manifest.private);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes("--check");
  const drift = [];
  const license = readFileSync(join(root, "LICENSE"), "utf8");
  for (const { dir, manifest } of publicPackages()) {
    const files = [
      [
        "package.json",
        `${JSON.stringify(manifest, null, 2)}\n`,
        `${JSON.stringify(expectedManifest(manifest, dir), null, 2)}\n`,
      ],
      ["README.md", readFileSync(join(root, dir, "README.md"), "utf8"), null],
      [
        "LICENSE",
        existsSync(join(root, dir, "LICENSE")) ? readFileSync(join(root, dir, "LICENSE"), "utf8") : "",
        license,
      ],
    ];
    files[1][2] = absoluteReadme(files[1][1], dir);
    for (const [file, actual, expected] of files) {
      if (actual === expected) continue;
      drift.push(`${dir}/${file}`);
      if (!check) writeFileSync(join(root, dir, file), expected);
    }
    if (!check && !existsSync(join(root, dir, "LICENSE")))
      copyFileSync(join(root, "LICENSE"), join(root, dir, "LICENSE"));
  }
  if (check && drift.length) {
    console.error(
      `Package metadata out of date in ${drift.join(", ")}: run node scripts/package-metadata.mjs and commit the result.`,
    );
    process.exit(1);
  }
  if (!check) console.log(drift.length ? `updated ${drift.join(", ")}` : "package metadata up to date");
}
