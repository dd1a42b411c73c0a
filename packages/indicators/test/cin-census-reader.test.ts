import { readFileSync } from "node:fs";
import { formatProblems, isStValidationError, type Problem } from "@st/core";
import {
  type CinCensusSummary,
  type CinChild,
  cinCensusChildren,
  parseCensusBoolean,
  readCinCensus,
} from "@st/indicators";
import { censusXmlChunks } from "@st/indicators/demo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childArbitrary } from "./arbitraries.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

async function readAll(source: Parameters<typeof readCinCensus>[0], fileName = "test.xml") {
  const children: CinChild[] = [];
  const summary = await readCinCensus(source, { fileName, onChild: (c) => children.push(c) });
  return { children, summary };
}

async function failure(xml: string, fileName = "bad.xml"): Promise<Problem> {
  try {
    await readAll(xml, fileName);
  } catch (error) {
    if (isStValidationError(error)) {
      expect(error.message).toContain(fileName);
      return error.problems[0]!;
    }
    throw error;
  }
  throw new Error("expected the read to fail");
}

describe("the GenderCurrent layout (liia-tools sample, up to 2023/24)", async () => {
  const { children, summary } = await readAll(fixture("liiatools_cin-2022.xml"), "cin-2022.xml");

  it("reads the header", () => {
    expect(summary.header).toEqual({
      collection: "CIN",
      year: "2022",
      referenceDate: "2022-03-31",
      sourceLevel: "L",
      laNumber: 201,
      softwareCode: "Local Authority",
      release: "ver 3.1.21",
      serialNo: "001",
      dateTime: "2022-05-23T11:14:05",
    });
  });

  it("reads every module of the child", () => {
    expect(children).toHaveLength(1);
    const child = children[0]!;
    expect(child).toMatchObject({
      childId: "DfEX0000001",
      upn: "A123456789123",
      formerUpn: "X98765432123B",
      upnUnknown: "UN3",
      birthDate: "1966-03-24",
      expectedBirthDate: "1966-03-22",
      sex: "M",
      deathDate: "1980-10-08",
      ethnicity: "WBRI",
      disabilities: ["HAND", "HEAR"],
    });
    expect(child.episodes).toEqual([
      {
        referralDate: "1970-10-06",
        referralSource: "1A",
        primaryNeedCode: "N4",
        closureDate: "1971-02-27",
        reasonForClosure: "RC1",
        dateOfInitialCpc: "1970-12-06",
        referralNfa: false,
        assessments: [
          {
            startDate: "1970-06-03",
            internalReviewDate: "1970-06-22",
            authorisationDate: "1971-07-18",
            factors: ["2A", "2B"],
          },
        ],
        cinPlans: [{ startDate: "1971-01-24", endDate: "1971-01-26" }],
        section47: [
          {
            startDate: "1970-06-02",
            initialCpcTarget: "1970-06-23",
            dateOfInitialCpc: "1970-06-17",
            icpcNotRequired: false,
          },
        ],
        cpPlans: [
          {
            startDate: "1970-02-17",
            endDate: "1971-03-14",
            initialCategoryOfAbuse: "PHY",
            latestCategoryOfAbuse: "PHY",
            numberOfPreviousCpp: 10,
            reviewDates: ["1971-02-15"],
          },
        ],
        preProceedings: [],
      },
    ]);
    expect(summary.problemCount).toBe(0);
  });
});

describe("the Sex layout with the pre-proceedings block (2025/26)", async () => {
  const { children, summary } = await readAll(fixture("sex-layout-2026.xml"), "sex-layout-2026.xml");

  it("reads Sex, ignores the stray text node and leaves out an odd factor code as a problem", () => {
    expect(summary.header?.laNumber).toBe(320);
    expect(children.map((c) => c.sex)).toEqual(["M", "M"]);
    expect(children[0]!.birthDate).toBe("2015-03-27");
    expect(children[0]!.episodes[0]!.assessments[0]!.factors).toEqual(["1C", "6B"]);
    expect(summary.problems).toEqual([
      expect.objectContaining({ code: "unknown_code", field: "AssessmentFactors", received: '"RB"' }),
    ]);
    expect(summary.problems[0]!.line).toBeGreaterThan(1);
    expect(summary.problems[0]!.column).toBeGreaterThan(1);
    expect(children[1]!.episodes[0]!.assessments[0]!.factors).toEqual([]);
  });

  it("reads the pre-proceedings block", () => {
    expect(children[0]!.episodes[0]!.preProceedings).toEqual([
      {
        startDate: "2026-01-09",
        letterBeforeProceedingsDate: "2026-01-20",
        fgdmMeetingOffer: "1",
        fgdmMeetingFacilitated: "1",
        initialMeetingDate: "2026-01-28",
        reviewMeetingsCount: 3,
        stepDecisionDate: "2026-03-01",
        outcome: "A",
        courtApplicationDate: "2026-03-18",
        letterInitialCpDate: "2026-03-25",
      },
    ]);
    expect(summary.unknownElements).toEqual([]);
  });
});

describe("census booleans", () => {
  it.each([
    ["true", true],
    ["TRUE", true],
    ["1", true],
    ["false", false],
    ["FALSE", false],
    ["0", false],
    [" true ", true],
  ])("%s", (text, value) => {
    expect(parseCensusBoolean(text)).toBe(value);
  });

  it("reports anything else as a problem with its line and leaves it out", async () => {
    const xml = `<Message><Children><Child><ChildIdentifiers><LAchildID>X1</LAchildID></ChildIdentifiers>
<CINdetails><CINreferralDate>2024-02-30</CINreferralDate>
<ReferralNFA>yes</ReferralNFA></CINdetails></Child></Children></Message>`;
    const { children, summary } = await readAll(xml);
    expect(children[0]!.episodes[0]).not.toHaveProperty("referralNfa");
    expect(children[0]!.episodes[0]).not.toHaveProperty("referralDate");
    expect(summary.problems.map((p) => [p.field, p.line, p.received])).toEqual([
      ["CINreferralDate", 2, '"2024-02-30"'],
      ["ReferralNFA", 3, '"yes"'],
    ]);
  });
});

describe("dates as the schema allows them", () => {
  it("keeps the calendar date of a date with a time zone, never shifting it", async () => {
    const xml = `<Message><Children><Child><ChildIdentifiers><LAchildID>X1</LAchildID></ChildIdentifiers>
<CINdetails><CINreferralDate>2023-09-30+01:00</CINreferralDate><CINclosureDate>2023-12-31Z</CINclosureDate></CINdetails></Child></Children></Message>`;
    const { children } = await readAll(xml);
    expect(children[0]!.episodes[0]).toMatchObject({ referralDate: "2023-09-30", closureDate: "2023-12-31" });
  });
});

describe("unsafe and malformed XML are clear errors naming the file and the line", () => {
  it("refuses an entity bomb", async () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Message>&lol3;</Message>`;
    const problem = await failure(bomb, "bomb.xml");
    expect(problem.code).toBe("doctype_refused");
    expect(problem.line).toBeGreaterThanOrEqual(2);
  });

  it("refuses an external entity", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Message>&xxe;</Message>`;
    expect((await failure(xxe)).code).toBe("doctype_refused");
  });

  it("refuses an entity that was never declared", async () => {
    const problem = await failure("<Message>\n<Children>&xxe;</Children></Message>");
    expect(problem.code).toBe("malformed_xml");
    expect(problem.line).toBe(2);
    expect(problem.message).toContain("undefined entity");
  });

  it("names the line of a mismatched closing tag", async () => {
    const problem = await failure("<Message>\n<Children>\n<Child>\n</Children>\n</Message>", "cin.xml");
    expect(problem.code).toBe("malformed_xml");
    expect(problem.line).toBe(4);
    expect(problem.column).toBe(11);
    // Said once: the file is the error's subject, not repeated in the field and the message.
    expect(problem.message).not.toContain("cin.xml");
    expect(formatProblems([problem], "cin.xml").match(/cin\.xml/g)).toHaveLength(1);
  });

  it("says when a file ends in the middle", async () => {
    const problem = await failure("<Message><Children><Child>");
    expect(problem.code).toBe("malformed_xml");
  });

  it("says when a file is not a census file or holds nothing", async () => {
    expect((await failure("<html><body/></html>")).code).toBe("not_census");
    expect((await failure("   \n")).code).toBe("empty_file");
  });

  it("refuses pathological nesting", async () => {
    const deep = `<Message><Children><Child>${"<x>".repeat(100)}${"</x>".repeat(100)}</Child></Children></Message>`;
    expect((await failure(deep)).code).toBe("too_deep");
  });

  it("never throws anything but a validation error, whatever the input (fuzz)", async () => {
    const pieces = [
      "<Message>",
      "</Message>",
      "<Children>",
      "<Child>",
      "</Child>",
      "<CINdetails>",
      "&amp;",
      "&x;",
      "<!DOCTYPE a>",
      "<![CDATA[x]]>",
      "<LAchildID>",
      "</LAchildID>",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string(), fc.constantFrom(...pieces)), { maxLength: 20 }),
        async (parts) => {
          try {
            await readAll(parts.join(""));
          } catch (error) {
            if (!isStValidationError(error)) throw error;
          }
        },
      ),
    );
  });
});

describe("a child without an id", () => {
  it("is reported with its line, never dropped silently", async () => {
    const xml =
      "<Message><Children>\n<Child><ChildIdentifiers><UPN>A1</UPN></ChildIdentifiers></Child>\n</Children></Message>";
    await expect(readAll(xml)).rejects.toThrow(/no children were read .*records skipped: 1 \(1 without an LAchildID\)/);
    const withOne = xml.replace(
      "</Children>",
      "<Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers></Child></Children>",
    );
    const read: CinChild[] = [];
    const summary = await readCinCensus(withOne, { maxSkippedShare: 0.5, onChild: (c) => read.push(c) });
    expect(read.map((c) => c.childId)).toEqual(["C1"]);
    expect(summary.problems[0]).toMatchObject({ field: "Child", line: 2, column: 8, code: "missing_id" });
    expect(summary.skipped).toEqual([{ code: "missing_id", reason: "without an LAchildID", count: 1 }]);
  });
});

// The reader leaves out an authorisation dated before its episode's referral (a problem, listed).
function withoutEarlyAuthorisations(child: CinChild): CinChild {
  return {
    ...child,
    episodes: child.episodes.map((e) => ({
      ...e,
      assessments: e.assessments.map(({ authorisationDate, ...a }) =>
        authorisationDate !== undefined && e.referralDate !== undefined && authorisationDate < e.referralDate
          ? a
          : { ...a, ...(authorisationDate !== undefined ? { authorisationDate } : {}) },
      ),
    })),
  };
}

describe("round trips and streaming (property tests)", () => {
  it("reads back exactly the children written, in both layouts", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(childArbitrary, { minLength: 1, maxLength: 6, selector: (c) => c.childId }),
        fc.constantFrom("Sex" as const, "GenderCurrent" as const),
        async (children, layout) => {
          const xml = [
            ...censusXmlChunks({ referenceDate: "2024-03-31", laNumber: 204 }, children, {
              layout,
              referralIssueElement: "LocalIssue",
            }),
          ].join("");
          const read: CinChild[] = [];
          await readCinCensus(xml, { referralIssueElement: "LocalIssue", onChild: (c) => read.push(c) });
          expect(read.map(({ line: _line, ...c }) => c)).toEqual(children.map(withoutEarlyAuthorisations));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives the same children however the bytes are split, even inside a multi-byte character", async () => {
    const children: CinChild[] = [
      {
        childId: "Zoë-1",
        disabilities: [],
        episodes: [
          {
            referralDate: "2023-05-01",
            referralIssue: "violence domestique – père",
            assessments: [],
            cinPlans: [],
            section47: [],
            cpPlans: [],
            preProceedings: [],
          },
        ],
      },
      { childId: "汉字-2", sex: "F", disabilities: ["NONE"], episodes: [] },
    ];
    const bytes = new TextEncoder().encode(
      [
        ...censusXmlChunks({ referenceDate: "2024-03-31", laNumber: 204 }, children, { referralIssueElement: "Issue" }),
      ].join(""),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 30 }),
        async (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
          const chunks = points.slice(1).map((end, i) => bytes.subarray(points[i], end));
          const read: CinChild[] = [];
          await readCinCensus(chunks, { referralIssueElement: "Issue", onChild: (c) => read.push(c) });
          expect(read.map(({ line: _line, ...c }) => c)).toEqual(children);
        },
      ),
    );
  });

  it("pulls children one at a time and returns the summary at the end", async () => {
    const generator = cinCensusChildren(fixture("synthetic-cin-2024.xml"));
    const ids: string[] = [];
    let result = await generator.next();
    while (!result.done) {
      ids.push(result.value.childId);
      result = await generator.next();
    }
    const summary: CinCensusSummary = result.value;
    expect(ids[0]).toBe("SYN-C1");
    expect(summary.children).toBe(ids.length);
  });

  it("reads a web ReadableStream", async () => {
    const text = fixture("synthetic-cin-2025.xml");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    const { summary } = await readAll(stream);
    expect(summary.children).toBe(7);
  });

  it("refuses bytes that are not UTF-8 with their position, rather than reading two ids as one", async () => {
    const head = new TextEncoder().encode("<Message><Children><Child><ChildIdentifiers><LAchildID>Zo");
    const tail = new TextEncoder().encode("</LAchildID></ChildIdentifiers></Child></Children></Message>");
    // 0xEB is Latin-1 "ë": not UTF-8, and no declaration says otherwise.
    const bytes = concatBytes(head, Uint8Array.of(0xeb), tail);
    for (const chunks of [bytes, [bytes.subarray(0, 40), bytes.subarray(40)]]) {
      try {
        await readAll(chunks, "latin1.xml");
        throw new Error("expected the read to fail");
      } catch (error) {
        if (!isStValidationError(error)) throw error;
        expect(error.problems[0]!.code).toBe("undecodable_bytes");
        expect(error.problems[0]!.message).toContain(`byte ${head.length + 1} `);
      }
    }
  });

  it("reads a large chunk of bytes as its text, whatever characters fall where the reader slices it", async () => {
    // Ids of one to four bytes a character, enough of them that the 1 MB chunk is decoded in many
    // slices with characters across their edges; then a byte that is not UTF-8 near its end.
    const ids = Array.from({ length: 10_000 }, (_, i) => `${["é", "€", "😀", "x"][i % 4]!.repeat(8 + (i % 9))}-${i}`);
    const xml = `<Message><Children>${ids
      .map((id) => `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID></ChildIdentifiers></Child>`)
      .join("")}</Children></Message>`;
    const bytes = new TextEncoder().encode(xml);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    expect((await readAll(bytes)).children.map((c) => c.childId)).toEqual(ids);
    expect((await readAll(xml)).children.map((c) => c.childId)).toEqual(ids);

    // The byte is found where it is, also just after a 32 KB boundary that falls inside a character
    // (the reader decodes a large chunk 32 KB at a time, each slice cut between characters).
    const inside = Array.from({ length: 30 }, (_, k) => (k + 1) * 32_768).filter((b) => (bytes[b]! & 0xc0) === 0x80);
    expect(inside.length).toBeGreaterThan(2);
    for (const boundary of inside.slice(0, 3)) {
      // At the next character, so that no character is cut.
      let at = boundary;
      while ((bytes[at]! & 0xc0) === 0x80) at++;
      const bad = concatBytes(bytes.subarray(0, at), Uint8Array.of(0xff), bytes.subarray(at));
      try {
        await readAll(bad, "late.xml");
        throw new Error("expected the read to fail");
      } catch (error) {
        if (!isStValidationError(error)) throw error;
        expect(error.problems[0]!.code).toBe("undecodable_bytes");
        expect(error.problems[0]!.message).toContain(`byte ${at + 1} `);
      }
    }
  });

  it("decodes a file in the encoding its declaration names", async () => {
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?><Message><Children><Child><ChildIdentifiers><LAchildID>Zo\u00eb</LAchildID></ChildIdentifiers></Child></Children></Message>';
    const latin1 = Uint8Array.from(xml, (c) => c.charCodeAt(0));
    const { children } = await readAll(latin1);
    expect(children[0]!.childId).toBe("Zoë");
    // Even when the declaration arrives a few bytes at a time.
    const trickle = Array.from({ length: Math.ceil(latin1.length / 7) }, (_, i) => latin1.subarray(i * 7, i * 7 + 7));
    expect((await readAll(trickle)).children[0]!.childId).toBe("Zoë");
  });
});

function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
