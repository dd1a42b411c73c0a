/**
 * Local authorities as this package needs them: a name or DfE LA number to a GSS code.
 *
 * Adapter: `@st/core` is gaining `findLocalAuthority`/`getLocalAuthority` over every London
 * authority (branch core-places). Until it lands, the partnership's six boroughs are listed here
 * so the readers can be written against the same names; this file then becomes a re-export.
 * @module
 */

/** A local authority: its GSS code, DfE LA number and names. */
export interface LocalAuthority {
  /** GSS code, e.g. `E09000012`. */
  gss: string;
  /** DfE local authority number, e.g. `204`. */
  dfe: number;
  /** Official name, e.g. `Hackney`. */
  name: string;
  /** Other names people write for it. */
  aliases: readonly string[];
}

const PARTNERSHIP: readonly LocalAuthority[] = [
  { gss: "E09000012", dfe: 204, name: "Hackney", aliases: ["London Borough of Hackney", "LBH"] },
  { gss: "E09000031", dfe: 320, name: "Waltham Forest", aliases: ["London Borough of Waltham Forest", "LBWF"] },
  { gss: "E09000025", dfe: 316, name: "Newham", aliases: ["London Borough of Newham"] },
  {
    gss: "E09000013",
    dfe: 205,
    name: "Hammersmith and Fulham",
    aliases: ["Hammersmith & Fulham", "H&F", "LBHF", "Hammersmith and City"],
  },
  { gss: "E09000003", dfe: 302, name: "Barnet", aliases: ["London Borough of Barnet"] },
  { gss: "E09000002", dfe: 301, name: "Barking and Dagenham", aliases: ["Barking & Dagenham", "LBBD", "B&D"] },
  { gss: "E09000001", dfe: 201, name: "City of London", aliases: ["City"] },
];

function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "");
}

const BY_KEY = new Map<string, LocalAuthority>();
for (const la of PARTNERSHIP) {
  for (const name of [la.name, ...la.aliases, la.gss, String(la.dfe)]) BY_KEY.set(key(name), la);
}

/** The local authority a GSS code, DfE LA number or name refers to, or `undefined`. */
export function findLocalAuthority(query: string | number): LocalAuthority | undefined {
  const text = String(query).trim();
  const found = BY_KEY.get(key(text));
  if (found) return found;
  if (/^[EW]0[69]\d{6}$/.test(text)) return { gss: text, dfe: 0, name: text, aliases: [] };
  return undefined;
}
