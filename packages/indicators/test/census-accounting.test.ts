import { isStValidationError, type Problem } from "@st/core";
import { type CinCensusSummary, type CinChild, computeIndicators, describeRead, readCinCensus } from "@st/indicators";
import { censusXmlChunks, syntheticChildren } from "@st/indicators/demo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// Hostile and broken census files: every one either refused, or read with every record and every
// value it could not use accounted for, with line and column. Synthetic children only.
const HEADER =
  "<Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>204</LEA></Source></Header>";
const census = (children: string, root = "<Message>", end = "</Message>") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root}${HEADER}\n${children}\n${end}`;
const child = (id: string, episode = "") =>
  `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID></ChildIdentifiers>${episode}</Child>`;
const episode = (assessment: string, referral = "2023-05-01") =>
  `<CINdetails><CINreferralDate>${referral}</CINreferralDate><Assessments>${assessment}</Assessments></CINdetails>`;
const daAssessment = (authorised = "2023-06-01", factors = "<AssessmentFactors>3B</AssessmentFactors>") =>
  `<AssessmentAuthorisationDate>${authorised}</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment>${factors}</FactorsIdentifiedAtAssessment>`;

async function read(xml: string, options: { strict?: boolean; maxSkippedShare?: number } = {}) {
  const children: CinChild[] = [];
  const summary = await readCinCensus(xml, { fileName: "hostile.xml", ...options, onChild: (c) => children.push(c) });
  return { children, summary };
}

async function refusal(xml: string, options: { maxSkippedShare?: number } = {}): Promise<Problem> {
  try {
    await read(xml, options);
  } catch (error) {
    if (isStValidationError(error)) return error.problems[0]!;
    throw error;
  }
  throw new Error("expected the census to be refused");
}

describe("a census where no children can be read is refused, never a zero", () => {
  it("children wrapped in an element the census does not have", async () => {
    const problem = await refusal(census(`<Children><Wrapper>${child("C1")}${child("C2")}</Wrapper></Children>`));
    expect(problem.code).toBe("no_records");
    expect(problem.message).toMatch(/no children were read from hostile\.xml/);
    expect(problem.message).toMatch(/records skipped: 2 \(2 not inside <Message>\/<Children>\)/);
    expect(problem.message).toMatch(/<Wrapper> in <Children> ×1/);
  });

  it("children under a namespace prefix", async () => {
    const xml = census(
      `<c:Children>${child("C1").replace(/<(\/?)Child>/g, "<$1c:Child>")}</c:Children>`,
      '<Message xmlns:c="urn:example">',
    );
    const problem = await refusal(xml);
    expect(problem.code).toBe("no_records");
    expect(problem.message).toMatch(/<c:Children> in <Message>/);
  });

  it("a prefixed root element says why", async () => {
    const xml = census(child("C1"), '<cin:Message xmlns:cin="urn:example">', "</cin:Message>");
    const problem = await refusal(xml);
    expect(problem).toMatchObject({ code: "not_census", line: 2 });
    expect(problem.message).toMatch(/a namespace prefix is not read/);
  });

  it("an empty list of children", async () => {
    expect((await refusal(census("<Children/>"))).code).toBe("no_records");
    expect((await refusal(census(""))).code).toBe("no_records");
  });

  it("children renamed", async () => {
    const problem = await refusal(census(`<Children>${child("C1").replace(/Child>/g, "Kid>")}</Children>`));
    expect(problem.message).toMatch(/elements not recognised and ignored: <Kid> in <Children> ×1 \(first at line 3\)/);
  });
});

describe("repeated child ids are skipped records, not counted twice", () => {
  const one = child("C1", episode(daAssessment()));
  const two = child("C2", episode(daAssessment()));

  it("refuses a file where every child is doubled", async () => {
    const problem = await refusal(census(`<Children>${one}${two}\n${one}${two}</Children>`));
    expect(problem.code).toBe("too_many_skipped");
    expect(problem.message).toMatch(/2 of 4 records in hostile\.xml \(50\.0%\) were skipped, more than the 1% allowed/);
  });

  it("counts each child once when the share skipped is allowed", async () => {
    const doubled = census(`<Children>${one}${two}\n${one}</Children>`);
    const { children, summary } = await read(doubled, { maxSkippedShare: 0.5 });
    expect(children.map((c) => c.childId)).toEqual(["C1", "C2"]);
    expect(summary.problems).toEqual([
      expect.objectContaining({ code: "duplicate_id", line: 4, column: 8, received: '"C1"' }),
    ]);
    expect(summary.problems[0]!.message).toMatch(/already read at line 3/);
    const figures = async (xml: string) =>
      (await computeIndicators([{ source: xml, fileName: "f.xml" }], { maxSkippedShare: 0.5 })).table.series;
    expect(await figures(doubled)).toEqual(await figures(census(`<Children>${one}${two}</Children>`)));
  });
});

describe("every value left out is a listed problem with line and column", () => {
  const only = async (xml: string) => {
    const { children, summary } = await read(xml);
    expect(summary.problems).toHaveLength(1);
    return { problem: summary.problems[0]!, children };
  };

  it("a date holding a stray element", async () => {
    const { problem, children } = await only(
      census(`<Children>${child("C1", episode(daAssessment(), "2023-05-01<b>x</b>"))}</Children>`),
    );
    expect(problem).toMatchObject({ code: "element_in_value", field: "CINreferralDate", line: 3 });
    expect(problem.column).toBe(
      census(`<Children>${child("C1", episode(daAssessment()))}`)
        .split("\n")[2]!
        .indexOf("2023-05-01") + 1,
    );
    expect(children[0]!.episodes[0]!.referralDate).toBeUndefined();
  });

  it("assessment factors one level off", async () => {
    const off = `<AssessmentAuthorisationDate>2023-06-01</AssessmentAuthorisationDate><AssessmentFactors>3B</AssessmentFactors>`;
    const { problem, children } = await only(census(`<Children>${child("C1", episode(off))}</Children>`));
    expect(problem).toMatchObject({ code: "misplaced_element", field: "AssessmentFactors", line: 3 });
    expect(problem.message).toMatch(
      /inside <Assessments>, but the census puts it inside .*FactorsIdentifiedAtAssessment/,
    );
    expect(children[0]!.episodes[0]!.assessments[0]!.factors).toEqual([]);
  });

  it("factors one level deeper", async () => {
    const deep = daAssessment("2023-06-01", "<Factor><AssessmentFactors>3B</AssessmentFactors></Factor>");
    const { problem } = await only(census(`<Children>${child("C1", episode(deep))}</Children>`));
    expect(problem).toMatchObject({ code: "misplaced_element", field: "AssessmentFactors" });
  });

  it("an unknown factor code", async () => {
    const codes = "<AssessmentFactors>3B</AssessmentFactors><AssessmentFactors>3D</AssessmentFactors>";
    const { problem, children } = await only(
      census(`<Children>${child("C1", episode(daAssessment("2023-06-01", codes)))}</Children>`),
    );
    expect(problem).toMatchObject({ code: "unknown_code", received: '"3D"', line: 3 });
    expect(children[0]!.episodes[0]!.assessments[0]!.factors).toEqual(["3B"]);
  });

  it("an event dated years after the census", async () => {
    const { problem, children } = await only(
      census(`<Children>${child("C1", episode(daAssessment(), "2042-05-01"))}</Children>`),
    );
    expect(problem).toMatchObject({ code: "date_after_census", field: "CINreferralDate", received: '"2042-05-01"' });
    expect(children[0]!.episodes[0]!.referralDate).toBeUndefined();
  });

  it("an authorisation before its referral", async () => {
    const { problem, children } = await only(
      census(`<Children>${child("C1", episode(daAssessment("2023-01-02")))}</Children>`),
    );
    expect(problem).toMatchObject({ code: "date_order", field: "AssessmentAuthorisationDate", line: 3 });
    expect(problem.column).toBeGreaterThan(1);
    expect(children[0]!.episodes[0]!.assessments[0]!.authorisationDate).toBeUndefined();
  });
});

describe("unknown elements", () => {
  const xml = census(`<Children>${child("C1").replace("</Child>", "<Note>a</Note><Note>b</Note></Child>")}</Children>`);

  it("are counted with where they first appear", async () => {
    const { summary } = await read(xml);
    expect(summary.problems).toEqual([]);
    expect(summary.unknownElements).toEqual([
      { name: "Note", parent: "Child", count: 2, line: 3, column: expect.any(Number) },
    ]);
    expect(summary.read.unknownElements).toHaveLength(1);
  });

  it("are problems when strict", async () => {
    const { summary } = await read(xml, { strict: true });
    expect(summary.problems).toEqual([expect.objectContaining({ code: "unknown_element", field: "Note", line: 3 })]);
  });
});

describe("the read summary travels with the figures", () => {
  it("as reads and a note in the table", async () => {
    const xml = census(`<Children>${child("C1", episode(daAssessment()))}${child("C2")}</Children>`);
    const { table } = await computeIndicators([{ source: xml, fileName: "cin.xml" }]);
    expect(table.reads).toEqual([
      {
        file: "cin.xml",
        records: "children",
        read: 2,
        skipped: 0,
        skippedBy: [],
        valuesLeftOut: 0,
        unknownElements: [],
      },
    ]);
    expect(table.notes).toContain("Read: cin.xml: children read: 2; records skipped: none.");
  });
});

// The property the whole reader exists for: a census broken in any of these ways is refused, or
// read with every <Child> accounted for, and any change it makes to the figures is reported.
describe("random census mutations never give a confident figure from unread data (property)", () => {
  const children = [...syntheticChildren({ children: 12, referenceDate: "2024-03-31", seed: 3, daShare: 0.6 })];
  const original = [...censusXmlChunks({ referenceDate: "2024-03-31", laNumber: 204 }, children)].join("");
  const tags = [...new Set([...original.matchAll(/<([A-Za-z]+)>/g)].map((m) => m[1]!))];
  const childTags = (xml: string) => [...xml.matchAll(/<(?:[\w.-]+:)?Child[\s/>]/g)].length;

  type Mutation = (xml: string, pick: number, word: string) => string;
  const nth = (xml: string, pattern: RegExp, pick: number, replace: (m: string) => string) => {
    const all = [...xml.matchAll(pattern)];
    if (all.length === 0) return xml;
    const m = all[pick % all.length]!;
    return xml.slice(0, m.index) + replace(m[0]) + xml.slice(m.index + m[0].length);
  };
  const mutations: Record<string, Mutation> = {
    "rename an element": (xml, pick, word) => {
      const tag = tags[pick % tags.length]!;
      return xml.replaceAll(`<${tag}>`, `<${tag}${word}>`).replaceAll(`</${tag}>`, `</${tag}${word}>`);
    },
    "wrap the children": (xml, _pick, word) =>
      xml.replace("<Children>", `<Children><${word}>`).replace("</Children>", `</${word}></Children>`),
    "prefix the children": (xml) =>
      xml.replace("<Message>", '<Message xmlns:x="urn:x">').replace(/<(\/?)(Child|Children)>/g, "<$1x:$2>"),
    "empty the list": (xml) => xml.replace(/<Children>[\s\S]*<\/Children>/, "<Children></Children>"),
    "double a child": (xml, pick) => nth(xml, /<Child>[\s\S]*?<\/Child>/g, pick, (m) => m + m),
    "double every child": (xml) => xml.replace(/<Child>[\s\S]*?<\/Child>/g, (m) => m + m),
    "drop an id": (xml, pick) => nth(xml, /<LAchildID>[^<]*<\/LAchildID>/g, pick, () => ""),
    "a stray element in a date": (xml, pick) => nth(xml, /\d{4}-\d\d-\d\d</g, pick, (m) => `${m.slice(0, -1)}<b/><`),
    "factors a level up": (xml, pick) =>
      nth(xml, /<FactorsIdentifiedAtAssessment>([\s\S]*?)<\/FactorsIdentifiedAtAssessment>/g, pick, (m) =>
        m.replace(/<\/?FactorsIdentifiedAtAssessment>/g, ""),
      ),
    "an unknown factor code": (xml, pick) =>
      nth(xml, /<AssessmentFactors>[^<]*</g, pick, () => "<AssessmentFactors>3Z<"),
    "a date years ahead": (xml, pick) => nth(xml, /(19|20)\d\d-\d\d-\d\d</g, pick, (m) => `2099${m.slice(4)}`),
    "an authorisation before its referral": (xml, pick) =>
      nth(xml, /<AssessmentAuthorisationDate>[^<]*</g, pick, () => "<AssessmentAuthorisationDate>1999-01-01<"),
    "an unknown element in a child": (xml, pick, word) =>
      nth(xml, /<\/ChildIdentifiers>/g, pick, (m) => `${m}<${word}>1</${word}>`),
  };
  const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
  const mutation = fc.tuple(fc.constantFrom(...Object.keys(mutations)), fc.nat(), word);

  it("refuses, or accounts for every child and reports whatever changed the figures", async () => {
    const compute = async (xml: string) => computeIndicators([{ source: xml, fileName: "m.xml" }]);
    const base = (await compute(original)).table.series;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (steps) => {
        const xml = steps.reduce((text, [name, pick, w]) => mutations[name]!(text, pick, w), original);
        let result: Awaited<ReturnType<typeof compute>>;
        try {
          result = await compute(xml);
        } catch (error) {
          expect(isStValidationError(error)).toBe(true);
          return;
        }
        const summary: CinCensusSummary = result.files[0]!;
        expect(summary.children + summary.skippedChildren).toBe(childTags(xml));
        for (const p of summary.problems) {
          expect(p.line).toBeGreaterThan(0);
          expect(p.column).toBeGreaterThan(0);
        }
        const reported = summary.problemCount > 0 || summary.unknownElements.length > 0;
        if (JSON.stringify(result.table.series) !== JSON.stringify(base)) expect(reported).toBe(true);
        expect(result.table.reads?.[0]).toEqual(summary.read);
        // Every factor code written is read or listed as a problem (where no child or element was skipped whole).
        if (summary.skippedChildren === 0 && summary.unknownElements.length === 0) {
          let factors = 0;
          await readCinCensus(xml, {
            onChild: (c) => {
              for (const e of c.episodes) for (const a of e.assessments) factors += a.factors.length;
            },
          });
          const listed = summary.problems.filter((p) => p.field === "AssessmentFactors").length;
          expect(factors + listed).toBe([...xml.matchAll(/<AssessmentFactors>/g)].length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("counts in the notes read as the returns write them", () => {
  it("any whole number of records, as en-GB writes it", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.maxSafeNat(), fc.nat({ max: 999 })),
        fc.nat({ max: 20_000 }),
        (read, unknown) => {
          const text = describeRead({
            file: "census.xml",
            records: "children",
            read,
            skipped: 0,
            skippedBy: [],
            valuesLeftOut: read + 7,
            unknownElements: [{ name: "LocalReferralIssue", parent: "CINdetails", count: unknown, line: 9, column: 3 }],
          });
          expect(text).toContain(`children read: ${read.toLocaleString("en-GB")};`);
          expect(text).toContain(`values left out: ${(read + 7).toLocaleString("en-GB")}`);
          expect(text).toContain(`×${unknown.toLocaleString("en-GB")} (first at line 9)`);
        },
      ),
    );
  });
});
