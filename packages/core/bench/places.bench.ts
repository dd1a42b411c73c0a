import { parseQuarterLabel } from "@st/core/calendar";
import { findLocalAuthority, londonLocalAuthorities } from "@st/core/places";
import { defaultTerminology, renderLabel } from "@st/core/practice";
import { readFixture } from "@st-internal/test-fixtures";
import { bench, describe } from "vitest";

const tsv = readFixture("partnership-indicators-as-published.tsv");
const headers = tsv.split("\n").filter((line) => line.startsWith("header\t"));
const labels = headers.flatMap((line) => line.split("\t").slice(3));
const boroughs = headers.map((line) => line.split("\t")[1] ?? "");

describe("borough names of the published tables (6 lookups)", () => {
  bench("findLocalAuthority (normalised index)", () => {
    for (const name of boroughs) findLocalAuthority(name);
  });
  // Baseline: exact, case-insensitive match on the published name only (no aliases, no "&").
  bench("baseline: linear scan, lower-case name compare", () => {
    for (const name of boroughs) londonLocalAuthorities.find((la) => la.name.toLowerCase() === name.toLowerCase());
  });
});

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const SIMPLE = /^([a-z]{3})[a-z]*\s*-\s*([a-z]{3})[a-z]*\s+(\d{2})$/i;

describe("quarter labels of the published tables (42 labels)", () => {
  bench("parseQuarterLabel", () => {
    for (const label of labels) parseQuarterLabel(label);
  });
  // Baseline: one regex for "Mon-Mon yy" with no validation and no other forms.
  bench("baseline: one regex, no checks", () => {
    for (const label of labels) {
      const m = SIMPLE.exec(label);
      if (m) `20${m[3]}-Q${Math.ceil((MONTHS.indexOf((m[1] ?? "").toLowerCase()) + 1) / 3)}`;
    }
  });
});

const TEMPLATE = "Counter-accusations by the {perpetrator} about the {victimSurvivor}'s parenting";
const WORDS: Record<string, string> = { perpetrator: "perpetrator", victimSurvivor: "victim-survivor" };

describe("one label template", () => {
  bench("renderLabel", () => {
    renderLabel(TEMPLATE, defaultTerminology);
  });
  // Baseline: String.replace with a callback, no checks, no modifiers.
  bench("baseline: String.replace", () => {
    TEMPLATE.replace(/\{(\w+)\}/g, (_, key: string) => WORDS[key] ?? "");
  });
});
