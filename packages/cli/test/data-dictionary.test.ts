// The data dictionary in docs/data-dictionary/: one page a versioned record or definition, generated
// from the schemas with @st/core's engine, and an index. @st/cli depends on every tool, so the one
// generator lives here. A committed page that differs from what the schemas give fails the test.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { complaintsDataDictionary } from "@st/complaints-proforma";
import { defaultTerminology, renderLabel } from "@st/core/practice";
import {
  type DataDictionary,
  dataDictionaryMarkdown,
  formDictionaryGroups,
  recordDictionaryGroups,
  zodDictionaryGroups,
} from "@st/core/records";
import { daDefinitionSchema, indicatorSetSchema, indicatorTableSchema } from "@st/indicators";
import { caseListForm, reviewRoundRecord, samplingFrameRecord } from "@st/learning-review";
import { patternMapForm, patternMapRecord } from "@st/pattern-map";
import {
  checklistDefinitionRecord,
  completedChecklistRecord,
  defaultChecklist,
  defaultScale,
} from "@st/practice-checklist";
import { partnershipReturnSchema } from "@st/returns";
import { describe, expect, it } from "vitest";

const HOW = "ST_UPDATE_GENERATED=1 npx vitest run test/data-dictionary.test.ts in packages/cli";
const update = process.env.ST_UPDATE_GENERATED === "1";
const docs = join(import.meta.dirname, "..", "..", "..", "docs", "data-dictionary");
const from = (pkg: string) => `${pkg} by packages/cli/test/data-dictionary.test.ts (regenerate: ${HOW})`;

const versions = (record: { version: number }) =>
  record.version === 1 ? "version 1" : `versions 1 to ${record.version} (read; the newest is written)`;

/** One page: its file, the package and record it documents, one line for the index. */
interface Page {
  file: string;
  pkg: string;
  what: string;
  summary: string;
  dictionary: DataDictionary;
}

const pages: Page[] = [
  {
    file: "complaints-proforma.md",
    pkg: "@st/complaints-proforma",
    what: "Complaint record (the complaints proforma)",
    summary:
      "Every question of the proforma for complaints from perpetrators, its conditional rules and the statutory timescales.",
    dictionary: complaintsDataDictionary(undefined, { generatedBy: from("@st/complaints-proforma") }),
  },
  {
    file: "practice-checklist-definition.md",
    pkg: "@st/practice-checklist",
    what: "Practice checklist definition",
    summary:
      "A checklist's sections and items, each mapped to the S&T principles and critical components; what a borough writes to localise the checklist.",
    dictionary: {
      title: "Practice checklist definition",
      generatedBy: from("@st/practice-checklist"),
      intro: [
        checklistDefinitionRecord.description ?? "",
        `Record \`${checklistDefinitionRecord.name}\`, schema ${versions(checklistDefinitionRecord)}. A definition file without \`schemaVersion\` is read as version 1 (boroughs write them by hand). The JSON Schema is \`@st/practice-checklist/schema/checklist-definition.schema.json\`; the partnership's default is \`${defaultChecklist.id}\` version ${defaultChecklist.version}. Labels may hold terminology placeholders such as \`{perpetrator}\`, resolved when shown.`,
      ],
      groups: recordDictionaryGroups(checklistDefinitionRecord, { title: "The definition" }),
      notes: [
        {
          title: "Rules across fields",
          lines: [
            "- Section and item ids are unique; every item sits in a declared section and every section holds an item.",
            "- No list repeats a value.",
            "- An item used in supervision or by CP chairs has prompts for that use.",
          ],
        },
      ],
    },
  },
  {
    file: "completed-checklist.md",
    pkg: "@st/practice-checklist",
    what: "Completed checklist",
    summary: "One reviewer's answers to a checklist for one case: audit, supervision or CP chair.",
    dictionary: {
      title: "Completed checklist",
      generatedBy: from("@st/practice-checklist"),
      intro: [
        completedChecklistRecord.description ?? "",
        `Record \`${completedChecklistRecord.name}\`, schema ${versions(completedChecklistRecord)}. Every stored record carries \`schemaVersion\`. The JSON Schema is \`@st/practice-checklist/schema/completed-checklist.schema.json\`.`,
        `An answer is a value of the definition's answer scale. The default scale's values: ${defaultScale.options.map((o) => `\`${o.value}\` (${o.label})`).join(", ")}; a borough's definition may set its own scale, each value meaning one of these.`,
      ],
      groups: recordDictionaryGroups(completedChecklistRecord, { title: "The completed checklist" }),
    },
  },
  {
    file: "learning-review-round.md",
    pkg: "@st/learning-review",
    what: "Learning review round",
    summary:
      "One round of a borough's learning reviews: the sample, and per case the context, cohort, checklist evidence, consultation impact, learnings and actions.",
    dictionary: {
      title: "Learning review round",
      generatedBy: from("@st/learning-review"),
      intro: [
        reviewRoundRecord.description ?? "",
        `Record \`${reviewRoundRecord.name}\`, schema ${versions(reviewRoundRecord)}. Every stored round carries \`schemaVersion\`; \`reviewRoundRecord.jsonSchema()\` gives its JSON Schema.`,
      ],
      groups: recordDictionaryGroups(reviewRoundRecord, { title: "The round" }),
      notes: [
        {
          title: "Rules across fields",
          lines: [
            "- The period ends on or after it starts.",
            "- Cohort ids are unique; every case's cohort is one of the round's cohorts.",
            "- A case is reviewed once in a round.",
          ],
        },
      ],
    },
  },
  {
    file: "learning-review-case-list.md",
    pkg: "@st/learning-review",
    what: "Case list (sampling input)",
    summary: "The case list a learning-review sample is drawn from: one row a case, as a borough exports it.",
    dictionary: {
      title: caseListForm.title,
      generatedBy: from("@st/learning-review"),
      intro: [
        caseListForm.description ?? "",
        `Form \`${caseListForm.id}\` version ${caseListForm.version}: the columns of a case list CSV or workbook (\`st review sample --cases\`). Columns are matched by field id or label, ignoring case, spaces and punctuation.`,
      ],
      groups: formDictionaryGroups(caseListForm),
    },
  },
  {
    file: "learning-review-sampling-frame.md",
    pkg: "@st/learning-review",
    what: "Sampling frame",
    summary: "Which cases a learning review samples: the population, the cohorts and their sizes.",
    dictionary: {
      title: "Sampling frame",
      generatedBy: from("@st/learning-review"),
      intro: [
        samplingFrameRecord.description ?? "",
        `Record \`${samplingFrameRecord.name}\`, schema ${versions(samplingFrameRecord)}. A frame written by hand without \`schemaVersion\` is read as version 1.`,
      ],
      groups: recordDictionaryGroups(samplingFrameRecord, { title: "The frame" }),
    },
  },
  {
    file: "pattern-map.md",
    pkg: "@st/pattern-map",
    what: "Perpetrator pattern map",
    summary:
      "One case's pattern map: the perpetrator's behaviours with dates and sources, the impact on each child by pathway, the protective efforts and the engagement; as a record and as a workbook of one row an entry.",
    dictionary: {
      title: "Perpetrator pattern map",
      generatedBy: from("@st/pattern-map"),
      intro: [
        renderLabel(patternMapRecord.description ?? "", defaultTerminology),
        `Record \`${patternMapRecord.name}\`, schema ${versions(patternMapRecord)}. Every stored map carries \`schemaVersion\`; \`patternMapRecord.jsonSchema()\` gives its JSON Schema. In a workbook or CSV (form \`${patternMapForm.id}\` version ${patternMapForm.version}) a map is one row an entry, every row carrying its case: the second table.`,
      ],
      groups: [
        ...recordDictionaryGroups(patternMapRecord, { title: "The map" }),
        ...formDictionaryGroups(patternMapForm, { resolve: (text) => renderLabel(text, defaultTerminology) }),
      ],
      notes: [
        {
          title: "Rules across fields",
          lines: [
            "- Entry ids are unique in a map; an impact's behaviours are ids of behaviours in the map.",
            "- A behaviour's end date is on or after its start date.",
            "- In a workbook, the rows of a case give the same date mapped.",
          ],
        },
      ],
    },
  },
  {
    file: "indicator-definitions.md",
    pkg: "@st/indicators",
    what: "Indicator set and DA definition",
    summary:
      "A set of CSC indicator definitions (the 2023 and 2025 sets, or a borough's own) and what counts as domestic abuse.",
    dictionary: {
      title: "Indicator set and DA definition",
      generatedBy: from("@st/indicators"),
      intro: [
        "The partnership's CSC indicators are versioned data: an indicator set names each indicator, its counting rule and its caveats; a DA definition says which assessment factors and referral issues count as domestic abuse. `parseIndicatorSet` and `safeDaDefinition` read a borough's own.",
      ],
      groups: [
        ...zodDictionaryGroups(indicatorSetSchema, { title: "The indicator set" }),
        ...zodDictionaryGroups(daDefinitionSchema, { title: "The DA definition" }),
      ],
    },
  },
  {
    file: "indicator-table.md",
    pkg: "@st/indicators",
    what: "Indicator table (computed or imported figures)",
    summary:
      "The indicator output of `st indicators compute` and `import`: the series, with the notes, definitions and caveats that travel with it.",
    dictionary: {
      title: "Indicator table",
      generatedBy: from("@st/indicators"),
      intro: [
        "What `st indicators compute` and `st indicators import` print as JSON, and `parseIndicatorTable` reads back (docs/CLI.md). A quarter with no figure has `value: null`: missing, never zero.",
      ],
      groups: zodDictionaryGroups(indicatorTableSchema, { title: "The table" }),
    },
  },
  {
    file: "partnership-return.md",
    pkg: "@st/returns",
    what: "Partnership return (a borough's quarter)",
    summary:
      "What `st return build` writes and `st report --returns` merges: one borough's figures for one quarter, aggregates only, small numbers withheld, sealed with a checksum.",
    dictionary: {
      title: "Partnership return",
      generatedBy: from("@st/returns"),
      intro: [
        "One borough's figures for one quarter, as `buildReturn` and `st return build` write them and `checkReturn` reads them. Aggregates only: every figure with its n, the definition it was computed under, its caveats and its source files; counts from 1 to 4 withheld as `<5`; a learning review's cases only as pseudonyms keyed by the borough's own secret.",
      ],
      groups: zodDictionaryGroups(partnershipReturnSchema, { title: "The return" }),
    },
  },
];

function index(): string {
  return [
    "# Data dictionary",
    "",
    `<!-- Generated by packages/cli/test/data-dictionary.test.ts (regenerate: ${HOW}). Do not edit. -->`,
    "",
    'Every field of every record and definition the tools store or exchange, generated from the schemas that define them: its label, type, allowed values, when it is required and since which schema version. Stored records carry `schemaVersion`, and readers accept every earlier version through migrations, so a field\'s "Since" says which records can hold it.',
    "",
    "| Record | Package | What it is |",
    "| --- | --- | --- |",
    ...pages.map((p) => `| [${p.what}](${p.file}) | \`${p.pkg}\` | ${p.summary} |`),
    "",
    "The API reference (`npm run docs`, in docs/api/) documents the types; the [guides](../guides/getting-started.md) show how to use them.",
    "",
  ].join("\n");
}

function generated(file: string, content: string) {
  const path = join(docs, file);
  if (update) writeFileSync(path, content);
  expect(existsSync(path), `${path} is missing: run ${HOW}`).toBe(true);
  expect(readFileSync(path, "utf8"), `${path} is stale: run ${HOW}`).toBe(content);
}

describe("the data dictionary in docs/data-dictionary", () => {
  for (const page of pages) {
    it(`${page.file} is what the schemas give`, () => {
      generated(page.file, dataDictionaryMarkdown(page.dictionary));
    });
  }

  it("README.md indexes every page, and nothing else is there", () => {
    generated("README.md", index());
    expect(readdirSync(docs).sort()).toEqual(["README.md", ...pages.map((p) => p.file)].sort());
  });

  it("lists every field a record can hold", () => {
    // A field of the stored round, found in the JSON Schema, is in the dictionary with its label.
    const round = readFileSync(join(docs, "learning-review-round.md"), "utf8");
    expect(round).toContain("| `cases[].workerTrained` | Worker S&T Core trained |");
    expect(round).toContain("| `period.from` | Period start | date (YYYY-MM-DD) |");
    const checklist = readFileSync(join(docs, "completed-checklist.md"), "utf8");
    expect(checklist).toMatch(/\| `use` \| Use \| text \| `audit`, `supervision`, `cp-chair` \| yes \| 1 \|/);
    const complaints = readFileSync(join(docs, "complaints-proforma.md"), "utf8");
    expect(complaints).toContain(
      '| `complaint.complainantOther` | If someone else, who? | text |  | yes, when "Who made the complaint?" is "Someone else" | 1 |',
    );
  });
});
