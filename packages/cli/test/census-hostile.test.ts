import { describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

// Hostile census files and figures through `st indicators`: each refused (exit 2) or reported
// (exit 1) with a clear message, never a figure from data that was not read. Synthetic children only.
const { file, st } = scratch("st-census-hostile-");
const HEADER =
  "<Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>204</LEA></Source></Header>";
const census = (children: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Message>${HEADER}\n${children}\n</Message>`;
const child = (id: string, extra = "") =>
  `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID></ChildIdentifiers>${extra}<CINdetails><CINreferralDate>2023-05-01</CINreferralDate><Assessments><AssessmentAuthorisationDate>2023-06-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>3B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments></CINdetails></Child>`;

describe("st indicators compute on a census it cannot read", () => {
  it.each([
    ["children wrapped", census(`<Children><Wrap>${child("C1")}</Wrap></Children>`), /no children were read/],
    ["an empty list", census("<Children/>"), /no children were read/],
    [
      "a namespace prefix",
      census(`<x:Children xmlns:x="urn:x">${child("C1").replace(/<(\/?)Child>/g, "<$1x:Child>")}</x:Children>`),
      /no children were read .*not inside <Message>\/<Children>/,
    ],
    ["every child doubled", census(`<Children>${child("C1")}${child("C1")}</Children>`), /more than the 1% allowed/],
  ])("%s: exit 2, no figures", async (_name, xml, message) => {
    const path = file("hostile.xml", xml);
    const { code, out, err } = await st(["indicators", "compute", "--cin", path, "--format", "json"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err).not.toMatch(/internal error|at .*\.js:\d+/);
  });
});

describe("st indicators compute accounts for what it read", () => {
  it("prints the read summary in the JSON, and exits 1 listing a value left out with line and column", async () => {
    const path = file("one-bad.xml", census(`<Children>${child("C1")}${child("C2").replace("3B", "3Z")}</Children>`));
    const { code, out, err } = await st(["indicators", "compute", "--cin", path, "--format", "json"]);
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    expect(doc.reads).toEqual([
      expect.objectContaining({ file: "one-bad.xml", read: 2, skipped: 0, valuesLeftOut: 1 }),
    ]);
    expect(doc.notes).toContain("Read: one-bad.xml: children read: 2; records skipped: none; values left out: 1.");
    expect(err).toMatch(/one-bad\.xml: line 3, column \d+: "AssessmentFactors": 3Z is not an assessment factor code/);
  });

  it("lets --max-skipped allow a repeated child, counted once, and exits 1 naming it", async () => {
    const path = file("dup.xml", census(`<Children>${child("C1")}${child("C2")}\n${child("C1")}</Children>`));
    const { code, out, err } = await st([
      "indicators",
      "compute",
      "--cin",
      path,
      "--max-skipped",
      "50",
      "--format",
      "json",
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(out).reads[0]).toMatchObject({ read: 2, skipped: 1 });
    expect(err).toMatch(/LAchildID C1 was already read at line 3/);
  });

  it("--strict turns an unknown element into exit 1; without it, exit 0 with the element in the notes", async () => {
    const path = file("extra.xml", census(`<Children>${child("C1", "<Note>x</Note>")}</Children>`));
    const plain = await st(["indicators", "compute", "--cin", path, "--format", "json"]);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.out).notes.join("\n")).toMatch(/elements not recognised and ignored: <Note> in <Child> ×1/);
    const strict = await st(["indicators", "compute", "--cin", path, "--strict", "--format", "json"]);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/<Note> inside <Child> is not a census element/);
  });

  it("refuses a bad --max-skipped", async () => {
    const path = file("ok.xml", census(`<Children>${child("C1")}</Children>`));
    const { code, err } = await st(["indicators", "compute", "--cin", path, "--max-skipped", "lots"]);
    expect(code).toBe(2);
    expect(err).toMatch(/--max-skipped must be a percentage from 0 to 100/);
  });
});

describe("st indicators report --data refuses figures that cannot be right", () => {
  const point = (value: unknown, quarter = "2024-Q1") =>
    `{"borough":"E09000012","indicator":"cp-plans-with-da","quarter":"${quarter}","value":${value}}`;
  const data = (points: string[], definition = "2023") =>
    `{"definition":"${definition}","notes":[],"series":[${points.join(",")}]}`;

  it.each([
    ["two figures for one quarter", data([point(4), point(9)]), /series item 1 gives 4 and series item 2 gives 9/],
    ["1e308", data([point("1e308")]), /whole number from 0 to 1,000,000/],
    ["2.5", data([point("2.5")]), /not a count/],
    ["a negative count", data([point(-3)]), /not a count/],
    ["an unknown definition year", data([point(1)], "2024"), /expected "2023" or "2025"/],
  ])("%s: exit 2", async (_name, json, message) => {
    const path = file("figures.json", json);
    const { code, err } = await st(["indicators", "report", "--data", path, "--out", `${path}-report`]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/internal error/);
  });
});
