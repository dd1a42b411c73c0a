/**
 * Local authorities: the 33 London local authorities with their GSS codes, DfE LA numbers and the
 * names people write for them, the boroughs of the Safe & Together London Partnership, and lookup by
 * any of those. Authorities outside London are accepted by their GSS code, so other partnerships can
 * use the packages.
 * @module
 */
import * as z from "zod";
import { checkArgument } from "./argument-checks.js";
import { describeValue, StValidationError } from "./errors.js";

/**
 * A GSS (Government Statistical Service) code of a local authority that runs children's services or
 * a district council, as the ONS publishes them: `E06` unitary authorities, `E07` non-metropolitan
 * districts, `E08` metropolitan districts, `E09` London boroughs (and the City of London), `E10`
 * counties, `W06` Welsh unitary authorities, each followed by six digits, e.g. `"E09000012"`.
 */
export type GssCode = `${"E06" | "E07" | "E08" | "E09" | "E10" | "W06"}${string}`;

/** The kind of authority a {@link GssCode} prefix names. */
export type LocalAuthorityType =
  | "unitary-authority"
  | "non-metropolitan-district"
  | "metropolitan-district"
  | "london-borough"
  | "county"
  | "welsh-unitary-authority";

/** One of the 33 London local authorities (32 London boroughs and the City of London). */
export interface LondonLocalAuthority {
  /** Always `true`: the discriminant from {@link OtherLocalAuthority}. */
  readonly london: true;
  /** The GSS code, `E09000001` (City of London) to `E09000033` (Westminster). */
  readonly code: GssCode;
  /** Always `"london-borough"` (the ONS files the City of London with the boroughs under `E09`). */
  readonly type: "london-borough";
  /** Always `"england"`. */
  readonly country: "england";
  /** The DfE local authority number (the `LEA` of the children in need census), e.g. `204` for Hackney. */
  readonly dfeNumber: number;
  /** The name the ONS and DfE publish, e.g. `"Hammersmith and Fulham"`. */
  readonly name: string;
  /** The council's own style, e.g. `"London Borough of Hammersmith and Fulham"`, `"Royal Borough of Greenwich"`. */
  readonly officialName: string;
  /**
   * `true` for the 13 authorities the DfE numbers as inner London (201 to 213), `false` for the 20
   * outer London ones (301 to 320). The ONS statistical definition differs slightly (it counts
   * Haringey and Newham as inner and Greenwich as outer).
   */
  readonly innerLondon: boolean;
  /** Other names people write for the authority, e.g. `"H&F"`, `"LBHF"`. Lookup also accepts these. */
  readonly aliases: readonly string[];
  /** The year the borough joined the Safe & Together London Partnership, absent for boroughs outside it. */
  readonly partnershipJoined?: number;
}

/** An English or Welsh authority outside London, known to these packages only by its GSS code. */
export interface OtherLocalAuthority {
  /** Always `false`: the discriminant from {@link LondonLocalAuthority}. */
  readonly london: false;
  /** The GSS code as given, in upper case. */
  readonly code: GssCode;
  /** The kind of authority the code's prefix names. */
  readonly type: LocalAuthorityType;
  /** `"wales"` for `W06` codes, `"england"` otherwise. */
  readonly country: "england" | "wales";
}

/** What lookup returns: full data for a London authority, the code alone for any other. */
export type LocalAuthority = LondonLocalAuthority | OtherLocalAuthority;

/** A London local authority that belongs to the Safe & Together London Partnership. */
export type PartnershipBorough = LondonLocalAuthority & { readonly partnershipJoined: number };

type Row = readonly [code: string, dfe: number, name: string, official: string, aliases: readonly string[]];

const LB = "London Borough of ";

// Codes: ONS register of local authority districts (E09 block, in its alphabetical order with the
// City of London first). DfE numbers: the DfE's LA codes (2xx inner London, 3xx outer London).
// (Built in a pure function: esbuild cannot tell that the `${LB}` templates have no side effects.)
const ROWS: readonly Row[] = /* @__PURE__ */ (() =>
  [
    [
      "E09000001",
      201,
      "City of London",
      "City of London Corporation",
      ["City", "Corporation of London", "City of London Corporation"],
    ],
    [
      "E09000002",
      301,
      "Barking and Dagenham",
      `${LB}Barking and Dagenham`,
      ["LBBD", "Barking & Dagenham", "B&D", "Barking"],
    ],
    ["E09000003", 302, "Barnet", `${LB}Barnet`, []],
    ["E09000004", 303, "Bexley", `${LB}Bexley`, []],
    ["E09000005", 304, "Brent", `${LB}Brent`, []],
    ["E09000006", 305, "Bromley", `${LB}Bromley`, []],
    ["E09000007", 202, "Camden", `${LB}Camden`, []],
    ["E09000008", 306, "Croydon", `${LB}Croydon`, []],
    ["E09000009", 307, "Ealing", `${LB}Ealing`, []],
    ["E09000010", 308, "Enfield", `${LB}Enfield`, []],
    ["E09000011", 203, "Greenwich", "Royal Borough of Greenwich", ["RBG"]],
    ["E09000012", 204, "Hackney", `${LB}Hackney`, []],
    [
      "E09000013",
      205,
      "Hammersmith and Fulham",
      `${LB}Hammersmith and Fulham`,
      ["H&F", "LBHF", "Hammersmith & Fulham", "Hammersmith"],
    ],
    ["E09000014", 309, "Haringey", `${LB}Haringey`, []],
    ["E09000015", 310, "Harrow", `${LB}Harrow`, []],
    ["E09000016", 311, "Havering", `${LB}Havering`, []],
    ["E09000017", 312, "Hillingdon", `${LB}Hillingdon`, []],
    ["E09000018", 313, "Hounslow", `${LB}Hounslow`, []],
    ["E09000019", 206, "Islington", `${LB}Islington`, []],
    [
      "E09000020",
      207,
      "Kensington and Chelsea",
      "Royal Borough of Kensington and Chelsea",
      ["RBKC", "Kensington & Chelsea", "K&C", "Kensington"],
    ],
    [
      "E09000021",
      314,
      "Kingston upon Thames",
      "Royal Borough of Kingston upon Thames",
      ["Kingston", "RBK", "Kingston-upon-Thames"],
    ],
    ["E09000022", 208, "Lambeth", `${LB}Lambeth`, []],
    ["E09000023", 209, "Lewisham", `${LB}Lewisham`, []],
    ["E09000024", 315, "Merton", `${LB}Merton`, []],
    ["E09000025", 316, "Newham", `${LB}Newham`, []],
    ["E09000026", 317, "Redbridge", `${LB}Redbridge`, []],
    [
      "E09000027",
      318,
      "Richmond upon Thames",
      `${LB}Richmond upon Thames`,
      ["Richmond", "LBRuT", "Richmond-upon-Thames"],
    ],
    ["E09000028", 210, "Southwark", `${LB}Southwark`, []],
    ["E09000029", 319, "Sutton", `${LB}Sutton`, []],
    ["E09000030", 211, "Tower Hamlets", `${LB}Tower Hamlets`, ["LBTH"]],
    ["E09000031", 320, "Waltham Forest", `${LB}Waltham Forest`, ["LBWF"]],
    ["E09000032", 212, "Wandsworth", `${LB}Wandsworth`, []],
    ["E09000033", 213, "Westminster", "City of Westminster", ["Westminster City Council", "WCC"]],
  ] satisfies Row[])();

// The evaluation's account of when each borough joined the partnership.
const JOINED: Readonly<Record<string, number>> = {
  E09000012: 2021, // Hackney
  E09000031: 2021, // Waltham Forest
  E09000025: 2021, // Newham
  E09000013: 2022, // Hammersmith and Fulham
  E09000003: 2023, // Barnet
  E09000002: 2023, // Barking and Dagenham
};

/**
 * The 33 London local authorities in GSS code order (City of London `E09000001` first, Westminster
 * `E09000033` last). Frozen data; look entries up with {@link findLocalAuthority} or
 * {@link getLocalAuthority}.
 */
export const londonLocalAuthorities: readonly LondonLocalAuthority[] = /* @__PURE__ */ (() =>
  Object.freeze(
    ROWS.map(([code, dfeNumber, name, officialName, aliases]) => {
      const joined = JOINED[code];
      const entry: LondonLocalAuthority = {
        london: true,
        code: code as GssCode,
        type: "london-borough",
        country: "england",
        dfeNumber,
        name,
        officialName,
        innerLondon: dfeNumber < 300,
        aliases: Object.freeze([...aliases]),
        ...(joined === undefined ? {} : { partnershipJoined: joined }),
      };
      return Object.freeze(entry);
    }),
  ))();

/**
 * The six boroughs of the Safe & Together London Partnership in the order they joined: Hackney,
 * Waltham Forest and Newham (2021), Hammersmith and Fulham (2022), Barnet and Barking and Dagenham
 * (2023).
 */
export const partnershipBoroughs: readonly PartnershipBorough[] = /* @__PURE__ */ (() =>
  Object.freeze(
    ["E09000012", "E09000031", "E09000025", "E09000013", "E09000003", "E09000002"].map(
      (code) => londonLocalAuthorities.find((la) => la.code === code) as PartnershipBorough,
    ),
  ))();

const GSS_CODE = /^(E06|E07|E08|E09|E10|W06)\d{6}$/;

/**
 * The codes of the 33 London local authorities, E09000001 to E09000033 (a test holds it to the
 * table): what {@link localAuthorityCodeSchema} checks, so a bundle that only checks codes does
 * not carry the table of names.
 */
const LONDON_GSS_CODE = /^E090000(?:0[1-9]|[12]\d|3[0-3])$/;

const TYPES: Readonly<Record<string, LocalAuthorityType>> = {
  E06: "unitary-authority",
  E07: "non-metropolitan-district",
  E08: "metropolitan-district",
  E09: "london-borough",
  E10: "county",
  W06: "welsh-unitary-authority",
};

// Words that only say what kind of body the name belongs to, so "London Borough of Hackney",
// "LB Hackney", "Hackney Council" and "Hackney" are one key. "City" is not dropped as a prefix:
// "City of London" must not become "London".
const PREFIXES = [
  ["the"],
  ["london", "borough", "of"],
  ["royal", "borough", "of"],
  ["borough", "of"],
  ["lb", "of"],
  ["rb", "of"],
  ["lb"],
  ["rb"],
];
const SUFFIXES = [["council"], ["london", "borough"], ["borough"], ["city"]];

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length < words.length && prefix.every((w, i) => words[i] === w);
}

function endsWith(words: readonly string[], suffix: readonly string[]): boolean {
  const offset = words.length - suffix.length;
  return offset > 0 && suffix.every((w, i) => words[offset + i] === w);
}

/**
 * The key a name is looked up by: lower case, accents, punctuation and spacing dropped, "&" and "+"
 * read as "and", and the words that say what kind of body it is ("London Borough of", "LB",
 * "Royal Borough of", "Council") removed.
 */
function nameKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[&+]/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of PREFIXES) {
      if (startsWith(words, prefix)) {
        words.splice(0, prefix.length);
        changed = true;
      }
    }
    for (const suffix of SUFFIXES) {
      if (endsWith(words, suffix)) {
        words.splice(words.length - suffix.length);
        changed = true;
      }
    }
  }
  return words.join("");
}

// Built once, on first use: every code, DfE number, name, official name and alias of the 33.
let index: Map<string, LondonLocalAuthority> | undefined;

function londonIndex(): Map<string, LondonLocalAuthority> {
  if (index) return index;
  const built = new Map<string, LondonLocalAuthority>();
  const add = (key: string, la: LondonLocalAuthority) => {
    const existing = built.get(key);
    // A key two authorities share would make lookup guess; the data must never contain one.
    if (existing && existing !== la) throw new Error(`@st/core: "${key}" names both ${existing.name} and ${la.name}`);
    built.set(key, la);
  };
  for (const la of londonLocalAuthorities) {
    add(`gss:${la.code}`, la);
    add(`dfe:${la.dfeNumber}`, la);
    for (const name of [la.name, la.officialName, ...la.aliases]) add(`name:${nameKey(name)}`, la);
  }
  index = built;
  return built;
}

/** True when `value` is a well-formed {@link GssCode} (any case is accepted by lookup; this checks the canonical upper case). */
export function isGssCode(value: unknown): value is GssCode {
  return typeof value === "string" && GSS_CODE.test(value);
}

/**
 * A record as someone typed it, with its `borough` written as a name ("Hackney", "LB Hackney")
 * turned into the GSS code that records store. Anything else (a code already, a name no authority
 * answers to, no borough at all, not an object) comes back as it was, for the record's schema to judge
 * and report, so this never hides a mistake.
 *
 * ```ts
 * withBoroughCode({ borough: "LB Hackney", caseId: "c1" }); // { borough: "E09000012", caseId: "c1" }
 * ```
 *
 * @param value - An untrusted input record.
 * @returns The record with its borough as a code, or the value unchanged.
 */
export function withBoroughCode<T>(value: T): T {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const borough = (value as { borough?: unknown }).borough;
  if (typeof borough !== "string" || isGssCode(borough)) return value;
  const found = findLocalAuthority(borough);
  return found ? { ...value, borough: found.code } : value;
}

type Lookup = { ok: true; value: LocalAuthority } | { ok: false; message: string };

function lookup(query: unknown): Lookup {
  const london = londonIndex();
  if (typeof query === "number") {
    const found = Number.isInteger(query) ? london.get(`dfe:${query}`) : undefined;
    return found
      ? { ok: true, value: found }
      : { ok: false, message: `${query} is not the DfE number of a London local authority (201 to 213, 301 to 320)` };
  }
  if (typeof query !== "string")
    return { ok: false, message: "a local authority is given by code, DfE number or name" };
  const text = query.trim();
  if (text === "") return { ok: false, message: "no local authority was given" };
  if (/^\d+$/.test(text)) {
    const found = london.get(`dfe:${Number(text)}`);
    return found
      ? { ok: true, value: found }
      : { ok: false, message: `${text} is not the DfE number of a London local authority (201 to 213, 301 to 320)` };
  }
  const upper = text.toUpperCase();
  if (GSS_CODE.test(upper)) {
    const found = london.get(`gss:${upper}`);
    if (found) return { ok: true, value: found };
    const prefix = upper.slice(0, 3);
    // E09 is the London block and all 33 are known: any other E09 code names no authority.
    if (prefix === "E09") return { ok: false, message: `${upper} is not a London GSS code (E09000001 to E09000033)` };
    return {
      ok: true,
      value: Object.freeze({
        london: false,
        code: upper as GssCode,
        type: TYPES[prefix] as LocalAuthorityType,
        country: prefix === "W06" ? "wales" : "england",
      }),
    };
  }
  const found = london.get(`name:${nameKey(text)}`);
  if (found) return { ok: true, value: found };
  const hint = suggest(text);
  return {
    ok: false,
    message: `${describeValue(text)} is not a known local authority name${hint ? ` (did you mean ${hint}?)` : ""}; outside London, give the GSS code`,
  };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// A near miss on a name is usually a typing slip ("Hackny", "Walthamstow Forest"); name the closest.
function suggest(text: string): string | undefined {
  const key = nameKey(text);
  if (key.length < 4 || key.length > 60) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const la of londonLocalAuthorities) {
    for (const name of [la.name, ...la.aliases]) {
      const distance = editDistance(key, nameKey(name));
      if (distance <= Math.max(1, Math.floor(key.length / 4)) && (!best || distance < best.distance)) {
        best = { name: la.name, distance };
      }
    }
  }
  return best?.name;
}

/**
 * Find a local authority by GSS code (`"E09000012"`), DfE number (`204` or `"204"`) or any name
 * people write for it (`"Hackney"`, `"London Borough of Hackney"`, `"LBHF"`, `"Barking & Dagenham"`,
 * `"HACKNEY"`). Case, punctuation, spacing, "&" against "and", and words such as "London Borough of",
 * "LB", "Royal Borough of" and "Council" do not matter.
 *
 * A well-formed GSS code outside London (`E06`, `E07`, `E08`, `E10`, `W06` and six digits) gives an
 * {@link OtherLocalAuthority} carrying only the code; an `E09` code beyond the 33 gives `undefined`.
 *
 * @returns The authority, or `undefined` when the query names none.
 */
export function findLocalAuthority(query: string | number): LocalAuthority | undefined {
  // NaN is a number no authority has: not found, like any other, rather than an argument error.
  if (typeof query !== "number")
    checkArgument(query, "text", {
      fn: "findLocalAuthority",
      argument: "query",
      label: "Local authority",
      expected: "a name, GSS code or DfE number",
    });
  const result = lookup(query);
  return result.ok ? result.value : undefined;
}

/**
 * As {@link findLocalAuthority}, but throws when the query names no authority.
 * @throws {@link index!StValidationError} quoting the query, with a suggestion when a name was nearly right.
 */
export function getLocalAuthority(query: string | number): LocalAuthority {
  const result = lookup(query);
  if (result.ok) return result.value;
  throw new StValidationError(
    [
      {
        path: "",
        field: "Local authority",
        expected: "a GSS code such as E09000012, a DfE number such as 204, or a London local authority name",
        received: describeValue(query),
        message: result.message,
        code: "unknown_local_authority",
      },
    ],
    { subject: "local authority" },
  );
}

/**
 * Like {@link getLocalAuthority}, but only for the 33 London authorities: an authority outside London
 * is an error too. Use it where London data (the DfE number, the name) is needed.
 * @throws {@link index!StValidationError} quoting the query.
 */
export function getLondonLocalAuthority(query: string | number): LondonLocalAuthority {
  const la = getLocalAuthority(query);
  if (la.london) return la;
  throw new StValidationError(
    [
      {
        path: "",
        field: "Local authority",
        expected: "a London local authority",
        received: describeValue(query),
        message: `${la.code} is not a London local authority`,
        code: "not_london",
      },
    ],
    { subject: "local authority" },
  );
}

/**
 * A zod schema for a stored local authority: its GSS code in canonical upper case, a London code
 * from E09000001 to E09000033 or an English or Welsh code outside London. Records store the code,
 * never a name; turn a name into a code with {@link getLocalAuthority}.
 */
export const localAuthorityCodeSchema: z.ZodType<GssCode, string> = z
  .string()
  .regex(GSS_CODE, { message: "must be a local authority GSS code such as E09000012", abort: true })
  // What lookup(value).ok is for a well-formed code: outside London any code, in London the 33.
  .refine((value) => !value.startsWith("E09") || LONDON_GSS_CODE.test(value), {
    message: "must be a London code from E09000001 to E09000033, or a code outside London",
  }) as z.ZodType<string, string> as z.ZodType<GssCode, string>;
