/**
 * Clause analysis for candidate sentences: where the clause around a match starts, who its
 * subject is (names, titles, role words, pronouns resolved in the paragraph), whether its verb is
 * negated, whether it is hypothetical or someone else's reported words, and whether the sentence
 * names the person using harm. It runs only on sentences the automaton already matched, so it
 * adds nothing to the cost of the rest of the text.
 * @module
 */
import type { People } from "./config.js";
import { type KnownPeople, roleAt, words } from "./grammar.js";
import { lastMention, type MentionMemo } from "./roles.js";
import type { NoteRole } from "./rule.js";
import { CAP, CLAUSE, type Sentence } from "./scan.js";

/** Words that start a new clause inside a sentence. */
const CLAUSE_WORDS = words(
  "which who whom because but while whilst when although though if unless that whereas so and or since after until where despite said says told claims claimed states stated believes believed thinks felt feels",
);
/** Words before a person that make them an object, not the subject. */
const PREPOSITIONS = words(
  "with from to by of at for towards toward against about around near between over before than into onto on in under behind without like including",
);
/** Verbs (and the adverbs that sit before them) that follow a name used as a subject. */
const AFTER_SUBJECT = words(
  "has had have is was are were keeps kept keep chose chooses decided decides continues continued did does do let lets allowed allows needs need should could can cannot will would remains remained failed fails put puts placed places prioritised prioritises went goes took takes takes got gets lacks lacked admits admitted accepts accepted said says told made makes left leaves stayed stays returned resumed lost loses slapped pushed hit grabbed threw shouted occasionally sometimes still repeatedly also then just only never often regularly always",
);
const NEGATIONS = words(
  "not never no unable unwilling failed fails failing failure inability didnt doesnt dont hasnt havent hadnt wasnt werent isnt arent wont cant cannot couldnt wouldnt shouldnt neither nor without",
);
const HYPOTHETICAL = words("if unless whether should");
const REPORTING = words(
  "says said say told tells claims claimed claim states stated describes described explained explains reports reported denies denied insists insisted maintains maintained according alleges alleged",
);
const MALE_PRONOUNS = words("he him his himself");
const FEMALE_PRONOUNS = words("she her hers herself");
const POSSESSED = words(
  "decision decisions choice choices relationship failure inability lack actions action behaviour conduct priorities priority focus",
);

/** A person found in a sentence: their role, where their words are, and how the note names them. */
export interface Person {
  /** Who the linter takes them to be. */
  role: NoteRole;
  /** Index of their first word in the sentence. */
  first: number;
  /** Index just after their last word. */
  end: number;
  /** How the paragraph named them, when the words here are a pronoun resolved across sentences. */
  name?: string;
}

/** What the clause analysis needs besides the sentence: the whole text and who is who in it. */
export interface ClauseContext {
  /** The text being linted (normalised). */
  text: string;
  /** Names from the configuration and introductions in the text. */
  people: KnownPeople;
  /** The same names, as written, for pronoun resolution across sentences. */
  declared: People;
  /** The last person of each gender before each sentence, once looked up (keyed gender + offset). */
  mentions: Map<string, { text: string; role: NoteRole } | null>;
  /** The last look-up of each gender, so the next reads only the text since. */
  memo: { male: MentionMemo; female: MentionMemo };
}

/** How far back, in words, the analysis looks: it keeps the cost per match bounded on text without full stops. */
const REACH = 40;

/** Index of the first word of the clause containing word `at`. */
export function clauseStart(s: Sentence, at: number): number {
  for (let i = at; i > 0; i--) {
    if (at - i >= REACH) return i;
    if (s.flags[i]! & CLAUSE) return i;
    if (i < at && CLAUSE_WORDS.has(s.norm[i]!)) return i + 1;
  }
  return 0;
}

function genderOf(role: NoteRole): "male" | "female" | undefined {
  if (role === "perpetrator" || role === "male") return "male";
  if (role === "survivor" || role === "female") return "female";
  return undefined;
}

/** The person at word `i` (a name, a title, a role word or a pronoun), not yet resolved. */
function personAt(s: Sentence, i: number, ctx: ClauseContext, clauseFirst: number): Person | undefined {
  const w = s.norm[i]!;
  // Look ahead one word, so "Ms Obi" is one person starting at "Ms", not two.
  if (i + 1 < s.count) {
    const next = roleAt(s, i + 1, ctx.people);
    if (next && next.first === i) return { role: next.role, first: i, end: i + 2 };
  }
  const found = roleAt(s, i, ctx.people);
  if (found) return { role: found.role, first: found.first, end: i + 1 };
  if (w === "her" && i + 1 < s.count && (POSSESSED.has(s.norm[i + 1]!) || i === clauseFirst))
    return { role: "female", first: i, end: i + 1 };
  if (w === "his") return { role: "male", first: i, end: i + 1 };
  // A name the linter does not know ("Kayleigh chose to..."): a capitalised word used as a subject.
  if (s.flags[i]! & CAP && i + 1 < s.count && AFTER_SUBJECT.has(s.norm[i + 1]!) && !NOT_NAMES.has(w))
    return { role: "unknown", first: i, end: i + 1 };
  if (s.flags[i]! & CAP && i + 2 < s.count && s.norm[i + 1] === "'s" && POSSESSED.has(s.norm[i + 2]!))
    return { role: "unknown", first: i, end: i + 1 };
  return undefined;
}

const NOT_NAMES = words(
  "the a an it this that there these those he she they we i you police school domestic abuse violence everyone nobody someone it's which who what when",
);

/** The last person of a gender in the paragraph before the sentence: looked up once a sentence and gender. */
export function mentionBefore(
  s: Sentence,
  gender: "male" | "female",
  ctx: ClauseContext,
): { text: string; role: NoteRole } | undefined {
  const key = `${gender}${s.start[0]}`;
  let before = ctx.mentions.get(key);
  if (before === undefined) {
    before = lastMention(ctx.text, s.start[0]!, gender, ctx.declared, ctx.memo[gender]) ?? null;
    ctx.mentions.set(key, before);
  }
  return before ?? undefined;
}

/** Resolve a pronoun to the last person of its gender before it in the sentence, then in the paragraph. */
function resolve(s: Sentence, p: Person, ctx: ClauseContext): Person {
  const w = s.norm[p.first]!;
  const gender = MALE_PRONOUNS.has(w) ? "male" : FEMALE_PRONOUNS.has(w) ? "female" : undefined;
  if (!gender) return p;
  for (let i = p.first - 1; i >= 0 && p.first - i <= REACH; i--) {
    const q = personAt(s, i, ctx, -1);
    if (!q || q.end > p.first || MALE_PRONOUNS.has(s.norm[q.first]!) || FEMALE_PRONOUNS.has(s.norm[q.first]!)) continue;
    const g = genderOf(q.role);
    if (g === gender || (g === undefined && (q.role === "unknown" || q.role === "child"))) return { ...q, end: q.end };
  }
  const before = mentionBefore(s, gender, ctx);
  return before ? { ...p, role: before.role, name: before.text } : p;
}

/**
 * The subject of the clause containing word `at`: the first person in the clause who is not the
 * object of a preposition. A clause that has none ("..., putting the children at risk", "and has
 * not acted") takes the subject of the clause before it.
 */
export function subjectOf(s: Sentence, at: number, ctx: ClauseContext): Person | undefined {
  let end = at;
  for (let depth = 0; depth < 4; depth++) {
    const first = clauseStart(s, end);
    // A match that opens its clause with a person ("... that she started the fight") is about them.
    if (depth === 0 && first === at) {
      const p = personAt(s, at, ctx, first);
      if (p?.first === at) return professionalOf(s, p, s.count, ctx) ?? resolve(s, p, ctx);
    }
    for (let i = first; i < end; i++) {
      if (i > 0 && PREPOSITIONS.has(s.norm[i - 1]!) && i !== first) continue;
      const p = personAt(s, i, ctx, first);
      if (p && p.first >= first) {
        // "Mr and Ms Silva", "Ms K and Mr T": both adults are the subject.
        const after = p.end < end ? s.norm[p.end] : undefined;
        if (after === "and" && p.end + 1 < end) {
          const other = personAt(s, p.end + 1, ctx, first);
          if (other && other.role !== p.role) return { role: "parents", first: p.first, end: other.end };
        }
        // "and" starts a clause, but not in "Mum and Dad have been arguing": the person before it
        // shares the subject.
        if (p.first === first && first >= 2 && s.norm[first - 1] === "and") {
          const before = personBefore(s, first - 1, ctx);
          if (before && before.role !== p.role && ADULTS.has(before.role) && ADULTS.has(p.role))
            return { role: "parents", first: before.first, end: p.end };
        }
        return professionalOf(s, p, end, ctx) ?? resolve(s, p, ctx);
      }
    }
    if (first === 0) return undefined;
    end = first - 1;
  }
  return undefined;
}

/** Roles of the adults in the family, who together are "the parents". */
const ADULTS = new Set<NoteRole>(["perpetrator", "survivor", "male", "female", "unknown"]);

/** The person whose words end just before word `at` (one or two words: "Mum", "Ms King"). */
function personBefore(s: Sentence, at: number, ctx: ClauseContext): Person | undefined {
  for (const i of [at - 2, at - 1]) {
    if (i < 0) continue;
    const p = personAt(s, i, ctx, -1);
    if (p && p.end === at) return p;
  }
  return undefined;
}

/** Possessives that can own a professional: "Ms A's social worker", "her IDVA", "their solicitor". */
const OWNERS = words("her his their my our your");

/**
 * The professional a person owns, when the subject is theirs and not them: in "Ms A's social
 * worker has not visited" and "her IDVA was unable to contact her", what is said is about the
 * professional, never the parent's failing.
 */
function professionalOf(s: Sentence, p: Person, end: number, ctx: ClauseContext): Person | undefined {
  let i = p.end;
  if (s.norm[i] === "'s") i++;
  else if (!(p.end === p.first + 1 && OWNERS.has(s.norm[p.first]!))) return undefined;
  // Up to two words between owner and professional: "her allocated social worker".
  for (const k of [i, i + 1, i + 2]) {
    if (k >= end) return undefined;
    const found = roleAt(s, k, ctx.people);
    if (found?.role === "professional") return { role: "professional", first: p.first, end: k + 1 };
    if (found) return undefined;
  }
  return undefined;
}

/** True when a negation stands before the match in its clause (within five words) or inside it. */
export function isNegated(s: Sentence, start: number, end: number): boolean {
  const first = Math.max(clauseStart(s, start), start - 5);
  for (let i = first; i < end; i++) if (NEGATIONS.has(s.norm[i]!)) return true;
  return false;
}

/** True when the match sits in an if / unless clause: something that may happen, not an event. */
export function isHypothetical(s: Sentence, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= REACH; i--) {
    if (HYPOTHETICAL.has(s.norm[i]!)) return true;
    if (s.flags[i + 1]! & CLAUSE) return false;
  }
  return false;
}

/** True when a reporting verb before the match makes it someone's reported words ("he says it was only once"). */
export function isReported(s: Sentence, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 8; i--) if (REPORTING.has(s.norm[i]!)) return true;
  return false;
}

/** The first mention of the person using harm in the sentence (names, role words, resolved pronouns). */
export function perpetratorIn(s: Sentence, ctx: ClauseContext): Person | undefined {
  // Names and role words first: cheap, and enough for most sentences.
  for (let i = 0; i < s.count; i++) {
    const found = personAt(s, i, ctx, -1);
    if (found?.role === "perpetrator") return found;
    if (found) i = found.end - 1;
  }
  // Then "he", "him" and "his", resolved in the sentence and the paragraph.
  for (let i = 0; i < s.count; i++) {
    if (!MALE_PRONOUNS.has(s.norm[i]!)) continue;
    const r = resolve(s, { role: "male", first: i, end: i + 1 }, ctx);
    if (r.role === "perpetrator") return r;
  }
  return undefined;
}

/** The words of a person as written in the text. */
export function personText(s: Sentence, p: Person, text: string): string {
  return p.name ?? text.slice(s.start[p.first]!, s.end[p.end - 1]!);
}
