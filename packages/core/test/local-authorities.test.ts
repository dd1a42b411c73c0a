import { isStValidationError, StValidationError } from "@st/core";
import {
  findLocalAuthority,
  getLocalAuthority,
  getLondonLocalAuthority,
  isGssCode,
  localAuthorityCodeSchema,
  londonLocalAuthorities,
  partnershipBoroughs,
  withBoroughCode,
} from "@st/core/places";
import { readFixture } from "@st-internal/test-fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";

// Written out independently of the data: ONS E09 codes and DfE LA numbers.
const EXPECTED: [name: string, gss: string, dfe: number][] = [
  ["City of London", "E09000001", 201],
  ["Barking and Dagenham", "E09000002", 301],
  ["Barnet", "E09000003", 302],
  ["Bexley", "E09000004", 303],
  ["Brent", "E09000005", 304],
  ["Bromley", "E09000006", 305],
  ["Camden", "E09000007", 202],
  ["Croydon", "E09000008", 306],
  ["Ealing", "E09000009", 307],
  ["Enfield", "E09000010", 308],
  ["Greenwich", "E09000011", 203],
  ["Hackney", "E09000012", 204],
  ["Hammersmith and Fulham", "E09000013", 205],
  ["Haringey", "E09000014", 309],
  ["Harrow", "E09000015", 310],
  ["Havering", "E09000016", 311],
  ["Hillingdon", "E09000017", 312],
  ["Hounslow", "E09000018", 313],
  ["Islington", "E09000019", 206],
  ["Kensington and Chelsea", "E09000020", 207],
  ["Kingston upon Thames", "E09000021", 314],
  ["Lambeth", "E09000022", 208],
  ["Lewisham", "E09000023", 209],
  ["Merton", "E09000024", 315],
  ["Newham", "E09000025", 316],
  ["Redbridge", "E09000026", 317],
  ["Richmond upon Thames", "E09000027", 318],
  ["Southwark", "E09000028", 210],
  ["Sutton", "E09000029", 319],
  ["Tower Hamlets", "E09000030", 211],
  ["Waltham Forest", "E09000031", 320],
  ["Wandsworth", "E09000032", 212],
  ["Westminster", "E09000033", 213],
];

function londonCode(query: string | number): string | undefined {
  const la = findLocalAuthority(query);
  return la?.london ? la.code : undefined;
}

describe("the 33 London local authorities", () => {
  it("carry the ONS GSS code and the DfE number of each authority", () => {
    expect(londonLocalAuthorities.map((la) => [la.name, la.code, la.dfeNumber])).toEqual(EXPECTED);
  });

  it.each(EXPECTED)("%s is found by its name, its GSS code and its DfE number, as number or text", (name, gss, dfe) => {
    expect(londonCode(name)).toBe(gss);
    expect(londonCode(gss)).toBe(gss);
    expect(londonCode(gss.toLowerCase())).toBe(gss);
    expect(londonCode(dfe)).toBe(gss);
    expect(londonCode(String(dfe))).toBe(gss);
    expect(londonCode(name.toUpperCase())).toBe(gss);
    const la = getLondonLocalAuthority(gss);
    expect(londonCode(la.officialName)).toBe(gss);
    for (const alias of la.aliases) expect(londonCode(alias)).toBe(gss);
  });

  it("splits inner and outer London as the DfE numbers them", () => {
    expect(londonLocalAuthorities.filter((la) => la.innerLondon)).toHaveLength(13);
    expect(getLondonLocalAuthority("Westminster").innerLondon).toBe(true);
    expect(getLondonLocalAuthority("Newham").innerLondon).toBe(false);
  });

  it("is frozen data", () => {
    expect(Object.isFrozen(londonLocalAuthorities)).toBe(true);
    expect(Object.isFrozen(londonLocalAuthorities[0])).toBe(true);
  });
});

describe("names people write", () => {
  it.each([
    ["H&F", "E09000013"],
    ["LBHF", "E09000013"],
    ["Hammersmith & Fulham", "E09000013"],
    ["hammersmith and fulham", "E09000013"],
    ["London Borough of Hammersmith & Fulham", "E09000013"],
    ["LBBD", "E09000002"],
    ["Barking", "E09000002"],
    ["Barking & Dagenham", "E09000002"],
    ["Barking and Dagenham Council", "E09000002"],
    ["LBWF", "E09000031"],
    ["Waltham-Forest", "E09000031"],
    ["walthamforest", "E09000031"],
    ["Tower Hamlets", "E09000030"],
    ["LB Tower Hamlets", "E09000030"],
    ["RBKC", "E09000020"],
    ["Kensington & Chelsea", "E09000020"],
    ["Royal Borough of Kensington and Chelsea", "E09000020"],
    ["City of Westminster", "E09000033"],
    ["Westminster City Council", "E09000033"],
    ["Royal Borough of Greenwich", "E09000011"],
    ["London Borough of Hackney", "E09000012"],
    ["Hackney Council", "E09000012"],
    ["the London Borough of Hackney", "E09000012"],
    ["  HACKNEY  ", "E09000012"],
    ["Kingston-upon-Thames", "E09000021"],
    ["Richmond", "E09000027"],
    ["City of London", "E09000001"],
    ["Corporation of London", "E09000001"],
  ])("%s is %s", (query, code) => {
    expect(londonCode(query)).toBe(code);
  });

  it("does not read 'City of London' as a borough called London", () => {
    expect(findLocalAuthority("London")).toBeUndefined();
  });

  it("finds every borough named in the published indicator tables", () => {
    const tsv = readFixture("partnership-indicators-as-published.tsv");
    const names = new Set(
      tsv
        .split("\n")
        .filter((line) => line.startsWith("header\t"))
        .map((line) => line.split("\t")[1] ?? ""),
    );
    expect([...names].map((name) => londonCode(name))).toEqual([
      "E09000012",
      "E09000031",
      "E09000025",
      "E09000013",
      "E09000003",
      "E09000002",
    ]);
  });

  it("finds a London authority whatever the case, spacing, punctuation and '&' of its name", () => {
    const variant = fc
      .tuple(
        fc.constantFrom(...londonLocalAuthorities),
        fc.constantFrom("", "London Borough of ", "LB ", "the "),
        fc.constantFrom(" ", "  ", "-", " - ", "_"),
        fc.boolean(),
        fc.constantFrom("", " Council", "."),
      )
      .map(([la, prefix, space, upper, suffix]) => {
        const name = la.name.replace(/ and /g, upper ? " & " : " and ").replace(/ /g, space);
        return { la, query: `${prefix}${upper ? name.toUpperCase() : name}${suffix}` };
      });
    fc.assert(
      fc.property(variant, ({ la, query }) => {
        expect(londonCode(query)).toBe(la.code);
      }),
    );
  });
});

describe("the partnership", () => {
  it("is six boroughs, in the order they joined", () => {
    expect(partnershipBoroughs.map((la) => [la.name, la.code, la.partnershipJoined])).toEqual([
      ["Hackney", "E09000012", 2021],
      ["Waltham Forest", "E09000031", 2021],
      ["Newham", "E09000025", 2021],
      ["Hammersmith and Fulham", "E09000013", 2022],
      ["Barnet", "E09000003", 2023],
      ["Barking and Dagenham", "E09000002", 2023],
    ]);
    expect(londonLocalAuthorities.filter((la) => la.partnershipJoined !== undefined)).toHaveLength(6);
    expect(getLondonLocalAuthority("Camden").partnershipJoined).toBeUndefined();
  });
});

describe("authorities outside London", () => {
  it.each([
    ["E06000001", "unitary-authority", "england"],
    ["E07000008", "non-metropolitan-district", "england"],
    ["e08000025", "metropolitan-district", "england"],
    ["E10000003", "county", "england"],
    ["W06000015", "welsh-unitary-authority", "wales"],
  ])("%s is accepted by its code alone", (code, type, country) => {
    expect(getLocalAuthority(code)).toEqual({ london: false, code: code.toUpperCase(), type, country });
  });

  it("refuses E09 codes beyond the 33, malformed codes and other prefixes", () => {
    for (const query of ["E09000034", "E09000000", "E0600001", "E060000011", "S12000033", "N09000001", "E11000001"]) {
      expect(findLocalAuthority(query), query).toBeUndefined();
    }
  });

  it("are not London authorities", () => {
    expect(() => getLondonLocalAuthority("W06000015")).toThrow(/W06000015 is not a London local authority/);
  });
});

describe("errors", () => {
  it("quote the query and suggest the nearest name", () => {
    const error = (() => {
      try {
        getLocalAuthority("Hackny");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StValidationError);
    const [problem] = (error as StValidationError).problems;
    expect(problem).toMatchObject({ field: "Local authority", received: '"Hackny"', code: "unknown_local_authority" });
    expect(problem?.message).toContain("did you mean Hackney?");
  });

  it("name the DfE range for an unknown number", () => {
    expect(() => getLocalAuthority(214)).toThrow(/214 is not the DfE number of a London local authority/);
    expect(() => getLocalAuthority("999")).toThrow(/999 is not the DfE number/);
  });

  it("say when nothing was given", () => {
    expect(() => getLocalAuthority("  ")).toThrow(/no local authority was given/);
  });

  it("are the only thing lookup ever throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.integer(), fc.double()), (query) => {
        expect(() => findLocalAuthority(query)).not.toThrow();
        try {
          const la = getLocalAuthority(query);
          expect(isGssCode(la.code)).toBe(true);
        } catch (e) {
          expect(isStValidationError(e)).toBe(true);
        }
      }),
    );
  });
});

describe("localAuthorityCodeSchema", () => {
  it("accepts canonical codes of known authorities only", () => {
    expect(localAuthorityCodeSchema.parse("E09000012")).toBe("E09000012");
    expect(localAuthorityCodeSchema.parse("W06000015")).toBe("W06000015");
    expect(localAuthorityCodeSchema.safeParse("e09000012").success).toBe(false);
    expect(localAuthorityCodeSchema.safeParse("Hackney").success).toBe(false);
    expect(localAuthorityCodeSchema.safeParse("E09000034").error?.issues).toHaveLength(1);
    expect(z.toJSONSchema(localAuthorityCodeSchema)).toMatchObject({ type: "string" });
  });

  it("accepts a London code exactly when the table holds it (it checks codes without the table)", () => {
    const inTable = new Set<string>(londonLocalAuthorities.map((la) => la.code));
    for (let n = 0; n < 1000; n++) {
      const code = `E09000${String(n).padStart(3, "0")}`;
      expect(localAuthorityCodeSchema.safeParse(code).success, code).toBe(inTable.has(code));
      expect(localAuthorityCodeSchema.safeParse(code).success, code).toBe(findLocalAuthority(code) !== undefined);
    }
  });
});

describe("withBoroughCode", () => {
  it("stores a borough typed as a name as its GSS code, keeping the rest of the record", () => {
    expect(withBoroughCode({ borough: "LB Hackney", caseId: "c1" })).toEqual({ borough: "E09000012", caseId: "c1" });
    expect(withBoroughCode({ borough: "e09000025" })).toEqual({ borough: "E09000025" });
  });

  it("leaves everything else for the schema to judge, never hiding a mistake", () => {
    const unknown = { borough: "Atlantis" };
    expect(withBoroughCode(unknown)).toBe(unknown);
    for (const value of [null, "Hackney", ["Hackney"], { caseId: "c1" }, { borough: 9 }, { borough: "E09000012" }]) {
      expect(withBoroughCode(value)).toBe(value);
    }
  });

  it("gives back the value itself or the record with a GSS code, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ borough: fc.string() })), (value) => {
        const result = withBoroughCode(value);
        // Object.is, not ===: given NaN, the function rightly gives NaN back, and NaN !== NaN.
        expect(Object.is(result, value) || isGssCode((result as { borough?: unknown }).borough)).toBe(true);
      }),
    );
    expect(withBoroughCode(Number.NaN)).toBeNaN();
  });
});

describe("findLocalAuthority with a number no authority has", () => {
  it("finds nothing for NaN or a fraction, and refuses what is neither text nor a number", () => {
    expect(findLocalAuthority(Number.NaN)).toBeUndefined();
    expect(findLocalAuthority(204.5)).toBeUndefined();
    expect(() => findLocalAuthority(null as unknown as string)).toThrow(
      /"Local authority": is not a name, GSS code or DfE number/,
    );
  });
});
