/**
 * The little grammar the rules need: who a clause is about, whether a passive names its agent,
 * and whether quoted words are attributed to someone. Each looks at a few words around a match
 * only, so it adds nothing to the cost per word of the text.
 * @module
 */
import type { People } from "./config.js";
import type { NoteRole } from "./rule.js";
import { CLAUSE, QUOTED, type Sentence } from "./scan.js";

/** A word list written as one space-separated string, as a set. */
export const words = (list: string) => new Set(list.split(" "));

const TITLES = words("mr mrs ms miss mx");
const MALE_TITLES = words("mr");
const FEMALE_TITLES = words("mrs ms miss");
const PERPETRATOR = words(
  "father fathers dad dads daddy stepfather stepdad husband boyfriend perpetrator perpetrators abuser abusers offender aggressor exhusband",
);
const SURVIVOR = words(
  "mother mothers mum mums mummy mom mam wife girlfriend victim victims survivor survivors exwife",
);
const PARTNER = words("partner expartner ex");
const CHILD = words(
  "child children kids kid son sons daughter daughters baby babies infant infants sibling siblings boy boys girl girls toddler twins stepchildren",
);
const PARENTS = words("parents couple couples adults they both carers");
const PROFESSIONAL = words(
  "worker workers sw caseworker practitioner practitioners court judge magistrates cafcass police officer officers i we idva isva teacher school gp professional professionals manager nurse midwife visitor agency agencies services csc staff team solicitor solicitors lawyer barrister counsel therapist counsellor psychologist psychiatrist paediatrician doctor probation detective constable sergeant guardian",
);
const MALE = words("he him");
const FEMALE = words("she");
const ADDRESSEE = words("you your");
const REPORTING = words(
  "said says say saying described describes describe describing reported reports stated states state told tells tell called calls call claimed claims claim explained explains disclosed discloses alleged alleges denied denies minimised minimises minimized referred refers wrote writes texted messaged shouted commented insisted admitted mentioned added quoted replied responded recalled recounted expressed according words felt feels believes believed asked asks",
);
const NOT_AGENT = words(
  "the a an way time far now then accident chance mistake phone text email letter door window stairs bed kitchen road school front back side day night week morning evening afternoon throat neck hair arm arms wrist wrists head face shoulder shoulders leg legs hand hands collar ankle ankles foot feet clothes hood hoodie jacket monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december which whom itself herself himself themselves",
);
const DETERMINERS = words("the a an her his their my your our its this that");

/** The people the configuration names, as lists of normalised words. */
export interface KnownPeople {
  /** Normalised names (each a list of words) and the role each has. */
  names: { words: string[]; role: NoteRole }[];
}

/** Prepare a configuration's {@link People} for matching. */
export function knownPeople(people: People | undefined): KnownPeople {
  const names: KnownPeople["names"] = [];
  const add = (list: string[] | undefined, role: NoteRole) => {
    for (const name of list ?? []) {
      const parts = name
        .toLowerCase()
        .replace(/['\u2019]/g, "")
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      if (parts.length) names.push({ words: parts, role });
    }
  };
  add(people?.perpetrator, "perpetrator");
  add(people?.survivor, "survivor");
  add(people?.child, "child");
  // Longest names first, so "Mr B" is tried before "B".
  names.sort((a, b) => b.words.length - a.words.length);
  return { names };
}

function nameAt(s: Sentence, i: number, people: KnownPeople): { role: NoteRole; first: number } | undefined {
  for (const { words: parts, role } of people.names) {
    const first = i - parts.length + 1;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) ok = s.norm[first + k] === parts[k];
    if (ok) return { role, first };
  }
  return undefined;
}

/** The role of the person word `i` refers to, and the index of the name's first word, or undefined. */
export function roleAt(s: Sentence, i: number, people: KnownPeople): { role: NoteRole; first: number } | undefined {
  const known = nameAt(s, i, people);
  if (known) return known;
  const w = s.norm[i]!;
  const prev = i > 0 ? s.norm[i - 1]! : "";
  if (i > 0 && TITLES.has(prev)) {
    return {
      role: MALE_TITLES.has(prev) ? "perpetrator" : FEMALE_TITLES.has(prev) ? "survivor" : "unknown",
      first: i - 1,
    };
  }
  if (TITLES.has(w))
    return { role: MALE_TITLES.has(w) ? "perpetrator" : FEMALE_TITLES.has(w) ? "survivor" : "unknown", first: i };
  if (PERPETRATOR.has(w)) return { role: "perpetrator", first: i };
  if (SURVIVOR.has(w)) return { role: "survivor", first: i };
  if (PARTNER.has(w)) {
    // Her partner harms her; his partner is the one harmed (the common case S&T is designed for).
    if (prev === "her") return { role: "perpetrator", first: i - 1 };
    if (prev === "his") return { role: "survivor", first: i - 1 };
    if (prev === "'s" && i > 1) {
      const owner = roleAt(s, i - 2, people);
      if (owner?.role === "perpetrator" || owner?.role === "male") return { role: "survivor", first: owner.first };
      if (owner?.role === "survivor" || owner?.role === "female") return { role: "perpetrator", first: owner.first };
    }
    return { role: "unknown", first: i };
  }
  if (CHILD.has(w)) return { role: "child", first: i };
  if (PARENTS.has(w)) return { role: "parents", first: i };
  if (PROFESSIONAL.has(w)) return { role: "professional", first: i };
  if (ADDRESSEE.has(w)) return { role: "addressee", first: i };
  if (MALE.has(w)) return { role: "male", first: i };
  if (FEMALE.has(w)) return { role: "female", first: i };
  return undefined;
}

/**
 * Who the clause containing word `at` is about: the nearest person named before it in the same
 * clause (a comma does not end the search, a semicolon, colon, bracket or dash does).
 */
export function subjectRole(s: Sentence, at: number, people: KnownPeople): NoteRole {
  for (let i = at - 1; i >= 0 && at - i <= 12; i--) {
    const found = roleAt(s, i, people);
    if (found) return found.role;
    if (s.flags[i]! & CLAUSE) break;
  }
  return "unknown";
}

/** True when "by <someone>" follows word `from` in the same clause: a passive that names its agent. */
export function hasAgent(s: Sentence, from: number): boolean {
  for (let i = from; i < s.count && i - from <= 12; i++) {
    if (i > from && s.flags[i]! & CLAUSE) return false;
    if (s.norm[i] !== "by" || i + 1 >= s.count) continue;
    let k = i + 1;
    if (s.flags[k]! & CLAUSE) return false;
    const first = s.norm[k]!;
    if (DETERMINERS.has(first) && k + 1 < s.count) {
      // "by her partner", "by his father": a person after a determiner is an agent; "by the door" is not.
      if (first === "her" || first === "his" || first === "their") {
        const next = s.norm[k + 1]!;
        if (!NOT_AGENT.has(next)) return true;
      }
      k++;
    }
    // "by the door" or "by Friday" is not an agent; "by Mr D", "by her partner", "by a neighbour" is.
    if (!NOT_AGENT.has(s.norm[k]!)) return true;
  }
  return false;
}

/** True when every word of `[from, to)` is inside quotation marks. */
export function isQuoted(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!(s.flags[i]! & QUOTED)) return false;
  return true;
}

/** True when the sentence says whose quoted words these are: a reporting verb outside the quotation. */
export function isAttributed(s: Sentence): boolean {
  for (let i = 0; i < s.count; i++) if (!(s.flags[i]! & QUOTED) && REPORTING.has(s.norm[i]!)) return true;
  return false;
}
