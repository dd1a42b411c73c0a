/**
 * Who is who in a note: the person using harm, the non-abusive parent, the children and the
 * professionals, from the configuration's names, from introductions in the text ("Dean (father)")
 * and from the words a note uses for people. Pronouns resolve to the last person of their gender
 * in the paragraph; a person the linter cannot place stays `unknown`.
 * @module
 */
import type { DeclaredRoles, People } from "./config.js";
import type { NoteRole } from "./rule.js";

/** A person a finding is about, and the part they play in the sentence. */
export interface RoleAssignment {
  /** The words the note uses for them ("Ms A", "she", "her partner"). */
  text: string;
  /** Who the linter takes them to be. */
  role: NoteRole;
  /** The part they play: the subject of the flagged words, or the person whose behaviour causes the harm. */
  as: "subject" | "person using harm";
}

/** The people named in the configuration, merged from `people` and `roles`. */
export function declaredPeople(people: People | undefined, roles: DeclaredRoles | undefined): People {
  return {
    perpetrator: [...(people?.perpetrator ?? []), ...(roles?.perpetrator ?? [])],
    survivor: [...(people?.survivor ?? []), ...(roles?.nonAbusiveParent ?? [])],
    child: [...(people?.child ?? []), ...(roles?.children ?? [])],
  };
}

const INTRODUCED: Record<string, NoteRole> = {
  father: "perpetrator",
  dad: "perpetrator",
  stepfather: "perpetrator",
  stepdad: "perpetrator",
  perpetrator: "perpetrator",
  "person using harm": "perpetrator",
  "person who uses harm": "perpetrator",
  mother: "survivor",
  mum: "survivor",
  "non-abusive parent": "survivor",
  "non abusive parent": "survivor",
  survivor: "survivor",
  victim: "survivor",
  child: "child",
  son: "child",
  daughter: "child",
  "half-sister": "child",
  "half-brother": "child",
  sibling: "child",
};

/**
 * Names introduced with their role in brackets: "Dean (father)", "Ms Kaur (mother)",
 * "Leo (son, 4)". Only called for texts where a candidate sentence needs roles.
 */
export function introducedPeople(text: string): People {
  const out: Required<People> = { perpetrator: [], survivor: [], child: [] };
  const re = /((?:\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\b[A-Z][\p{L}'-]+)\s*\(\s*(?:the\s+|a\s+)?([a-z -]+?)\s*(?:[,;)])/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const role = INTRODUCED[m[2]!.toLowerCase()];
    if (role === "perpetrator" || role === "survivor" || role === "child") out[role].push(m[1]!.replace(/\./, ""));
  }
  return out;
}

const MALE_WORDS =
  /\b(?:(?:Mr\.?\s+[A-Z][\p{L}'-]*)|father|dad|daddy|stepfather|stepdad|husband|boyfriend|perpetrator)\b/giu;
const FEMALE_WORDS =
  /\b(?:(?:(?:Mrs|Ms|Miss)\.?\s+[A-Z][\p{L}'-]*)|mother|mum|mummy|wife|girlfriend|victim|survivor)\b/giu;

/** A possessive ending a name the title patterns matched ("Mr B's"): the name ends before it. */
const POSSESSIVE = /['\u2019]s$/i;

/** How far back a pronoun looks for its person: the paragraph, up to this many characters. */
const LOOK_BACK = 800;

/** A person mentioned in the text: where, the words used, and the role they imply. */
interface Mention {
  at: number;
  text: string;
  role: NoteRole;
}

/**
 * What the last look-up of a gender in the same text found, so that the next one, for a later
 * sentence of the same paragraph, reads only the text in between: sentences are analysed in order.
 */
export interface MentionMemo {
  /** The offset the look-up was for. */
  offset: number;
  /** Where its window started (after the window's last blank line, if any). */
  windowStart: number;
  /** The last mention in the window. */
  best: Mention | undefined;
}

/**
 * The last person of a gender mentioned in the paragraph before `offset`, with their role: the
 * referent of "he" or "she" when the sentence itself names no one of that gender. Pass the same
 * `memo` for the sentences of one text, in order, and each look-up reads only the new text.
 */
export function lastMention(
  text: string,
  offset: number,
  gender: "male" | "female",
  declared: People,
  memo?: MentionMemo,
): { text: string; role: NoteRole } | undefined {
  const from = Math.max(0, offset - LOOK_BACK);
  let start = from;
  let windowStart = from;
  let best: Mention | undefined;
  if (memo && memo.offset <= offset && memo.offset >= from) {
    // Only the text since the last look-up is new: the best mention before it still counts
    // while it is in reach.
    const reach = Math.max(from, memo.windowStart);
    if (!memo.best || memo.best.at >= reach) {
      start = memo.offset;
      windowStart = reach;
      best = memo.best;
    }
  }
  // Only the window is searched (lastIndexOf on the whole text would scan back to its start).
  let window = text.slice(start, offset);
  const paragraph = window.lastIndexOf("\n\n");
  if (paragraph >= 0) {
    window = window.slice(paragraph);
    start += paragraph;
    windowStart = start;
    best = undefined;
  }
  const consider = (at: number, words: string, role: NoteRole) => {
    if (!best || at > best.at) best = { at, text: words, role };
  };
  const re = gender === "male" ? MALE_WORDS : FEMALE_WORDS;
  re.lastIndex = 0;
  for (let m = re.exec(window); m !== null; m = re.exec(window))
    // "Mr B's drinking" mentions Mr B: a suggestion must not read "Mr B's shouted at".
    consider(start + m.index, m[0].replace(POSSESSIVE, ""), gender === "male" ? "perpetrator" : "survivor");
  // Declared names win over titles: "Dean" is the person using harm whatever his gender.
  const names: [string[] | undefined, NoteRole][] = [
    [declared.perpetrator, "perpetrator"],
    [declared.survivor, "survivor"],
    [declared.child, "child"],
  ];
  for (const [list, role] of names) {
    if ((role === "perpetrator") !== (gender === "male") && role !== "child") continue;
    for (const name of list ?? []) {
      const at = window.lastIndexOf(name);
      if (at >= 0) consider(start + at, name, role);
    }
  }
  if (memo) {
    memo.offset = offset;
    memo.windowStart = windowStart;
    memo.best = best;
  }
  const found = best as Mention | undefined;
  return found && { text: found.text, role: found.role };
}
