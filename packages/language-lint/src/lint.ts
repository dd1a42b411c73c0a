/**
 * The engine: compile a rule pack and a configuration once, then lint any number of texts.
 * @module
 */
import type { LineColumn, Problem } from "@st/core";
import { lineColumns, StValidationError } from "@st/core";
import { checkArg, LINT_OPTIONS, PACK, TEXT } from "./arguments.js";
import { type PatternRef, TokenAutomaton } from "./automaton.js";
import {
  type ClauseContext,
  isHypothetical,
  isNegated,
  isReported,
  mentionBefore,
  type Person,
  perpetratorIn,
  personText,
  subjectOf,
} from "./clause.js";
import type { LintConfig, People } from "./config.js";
import { safeParseLintConfig } from "./config.js";
import { categories, type Finding, type Severity, severityRank } from "./finding.js";
import { hasAgent, isAttributed, isQuoted, type KnownPeople, knownPeople } from "./grammar.js";
import { type NormalisedText, normaliseText } from "./normalise.js";
import { PatternError, type PatternNode, parsePattern, patternLength } from "./pattern.js";
import { decodePatterns, type EncodedPatterns, type ParsedPattern, rulePatternSources } from "./pattern-codec.js";
import { declaredPeople, introducedPeople, type RoleAssignment } from "./roles.js";
import { type NoteRole, type Profile, type Rule, type SafeResult, safeParseRules } from "./rule.js";
import { defaultRules } from "./rules/index.js";
import { QUOTED, Sentence, type SkipRegion, scan } from "./scan.js";
import { citeSources } from "./sources.js";

/** A compiled rule set: build it once with {@link createLinter}, then call `lint` as often as needed (in an editor, on every change). */
export interface Linter {
  /**
   * Lint one text: findings sorted by offset, then longest first. Never throws on any string.
   * @throws StValidationError (also a `TypeError`) when `text` is not a string.
   */
  lint(text: string): Finding[];
  /** The rules this linter runs (after the profile and the configuration), with their effective severity. */
  readonly rules: readonly Rule[];
  /** Every rule known to it, including ones the configuration turned off. */
  readonly allRules: readonly Rule[];
  /** The configuration it was built with. */
  readonly config: Readonly<LintConfig>;
}

interface Compiled {
  rule: Rule;
  severity: Severity;
  explanation: string;
}

interface Draft {
  rule: number;
  start: number;
  end: number;
  caps: Caps;
  severity: Severity;
  quoted: { attributed: boolean } | undefined;
  /** The people a role-aware rule placed, as the note names them. */
  roles: RoleAssignment[] | undefined;
}

type Caps = Record<string, [number, number]>;

const PLACEHOLDERS = new Set(["perpetrator", "survivor", "child", "behaviour"]);

/** Roles that say the linter could not place the person. */
const UNPLACED = new Set<NoteRole>(["unknown", "male", "female"]);

const ROLE_NAMES: Record<NoteRole, string> = {
  perpetrator: "the person using harm",
  survivor: "the non-abusive parent",
  child: "a child",
  parents: "both adults",
  professional: "a professional",
  addressee: "the reader",
  male: "not placed",
  female: "not placed",
  unknown: "not placed",
};

/** Why the linter read the sentence this way, in the note's own names. */
function reasonFor(category: string, excerpt: string, roles: readonly RoleAssignment[]): string {
  const subject = roles.find((r) => r.as === "subject");
  const harm = roles.find((r) => r.as === "person using harm");
  const who = subject ? `${subject.text} (${ROLE_NAMES[subject.role]})` : "No one named";
  const head =
    category === "hidden-perpetrator"
      ? `No one in this sentence is named as the person who did "${excerpt}"`
      : category === "minimising"
        ? `"${excerpt}" softens what ${subject ? subject.text : "the person using harm"} did`
        : `${who} is the subject of "${excerpt}"`;
  const tail =
    category === "hidden-perpetrator"
      ? harm
        ? `; the note names ${harm.text} nearby: say what he did`
        : "; say who did it"
      : category === "responsibilising"
        ? harm
          ? `; the risk comes from ${harm.text}'s behaviour`
          : "; the sentence does not say whose behaviour causes the risk"
        : "";
  return `${head}${tail}.`;
}

// The default pack's patterns parsed at build time, when the entry point in use supplies them
// (Node's, see node.ts): decoded at the first `createLinter`, by source. A browser bundle leaves
// them out (about 19 KB gzipped) and parses the patterns instead.
let packData: EncodedPatterns | undefined;
let packPatterns: Map<string, ParsedPattern> | undefined;

/** Use the default pack's precompiled patterns (internal: called by the Node entry point). */
export function usePrecompiledPatterns(data: EncodedPatterns | undefined): void {
  packData = data;
  packPatterns = undefined;
}

/** A pattern parsed at build time, or undefined: parsing is a function of the source alone (the lexicon is fixed). */
function precompiled(source: string): ParsedPattern | undefined {
  if (packData === undefined) return undefined;
  packPatterns ??= decodePatterns(packData, rulePatternSources(defaultRules));
  return packPatterns.get(source);
}

/** Which setting applies to a rule: its id, else its category, else its id's family (`positive`). */
function settingFor<T>(map: Record<string, T> | undefined, rule: Rule): T | undefined {
  if (!map) return undefined;
  const family = rule.id.slice(0, rule.id.indexOf("/"));
  return map[rule.id] ?? map[rule.category] ?? map[family];
}

function ruleSpecMatches(spec: string, rule: Rule): boolean {
  return spec === rule.id || spec === rule.category || rule.id.startsWith(`${spec}/`);
}

/**
 * Build a linter, or return every problem in the configuration (unknown rule ids, bad patterns, invalid rules).
 * @throws StValidationError (also a `TypeError`) when `pack` is not a list of rules.
 */
export function safeCreateLinter(config: LintConfig = {}, pack: readonly Rule[] = defaultRules): SafeResult<Linter> {
  checkArg("safeCreateLinter", PACK, pack);
  const parsedConfig = safeParseLintConfig(config);
  if (!parsedConfig.ok) return parsedConfig;
  const problems: Problem[] = [];
  let all: Rule[] = [...pack];
  if (config.addRules?.length) {
    const added = safeParseRules(config.addRules);
    if (!added.ok)
      return { ok: false, problems: added.problems.map((p) => ({ ...p, path: p.path.replace(/^rules/, "addRules") })) };
    const ids = new Set(added.value.map((r) => r.id));
    all = [...all.filter((r) => !ids.has(r.id)), ...added.value];
  }
  const profile: Profile = config.profile ?? "case-record";
  for (const key of Object.keys(config.rules ?? {})) {
    const known =
      (categories as readonly string[]).includes(key) || key === "positive" || all.some((r) => ruleSpecMatches(key, r));
    if (!known)
      problems.push({
        path: `rules.${key}`,
        field: "rules",
        expected: "a rule id or a category",
        received: JSON.stringify(key),
        message: `no rule or category is called ${key}`,
        code: "unknown_rule",
      });
  }
  const minRank = severityRank(config.minSeverity ?? "info");
  const active: Compiled[] = [];
  for (const rule of all) {
    if (rule.profiles && !rule.profiles.includes(profile)) continue;
    const positive = rule.kind === "positive";
    if (positive && !config.positives) continue;
    const setting = settingFor(config.rules, rule);
    if (setting === "off") continue;
    const severity: Severity = positive ? "info" : (setting ?? rule.severityByProfile?.[profile] ?? rule.severity);
    if (severityRank(severity) < minRank) continue;
    active.push({ rule, severity, explanation: citeSources(rule.explanation, rule.sources) });
  }
  const refs: PatternRef[] = [];
  const add = (source: string, owner: number, role: PatternRef["role"], path: string, label: string) => {
    const known = precompiled(source);
    if (known) {
      refs.push({ owner, role, node: known.node, maxLength: known.maxLength });
      return;
    }
    try {
      const node = parsePattern(source);
      const [min, max] = patternLength(node);
      if (min === 0) throw new PatternError(`"${source}" can match no words at all`);
      refs.push({ owner, role, node, maxLength: max });
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      problems.push({
        path,
        field: label,
        expected: "a pattern in the rule language",
        received: JSON.stringify(source),
        message: error.message,
        code: "invalid_pattern",
      });
    }
  };
  for (const [owner, { rule }] of active.entries()) {
    for (const [i, p] of rule.patterns.entries())
      add(p, owner, "match", `rules.${rule.id}.patterns.${i}`, `pattern ${i + 1} of ${rule.id}`);
    for (const [i, p] of (rule.exceptions ?? []).entries())
      add(p, owner, "exception", `rules.${rule.id}.exceptions.${i}`, `exception ${i + 1} of ${rule.id}`);
  }
  const allow = (config.allow ?? []).map((entry) => (typeof entry === "string" ? { phrase: entry } : entry));
  for (const [owner, entry] of allow.entries())
    add(entry.phrase, owner, "allow", `allow.${owner}`, `allowed phrase ${owner + 1}`);
  if (problems.length) return { ok: false, problems };

  const automaton = new TokenAutomaton(refs);
  const nodes = matchNodes(refs, automaton);
  const minLengths = new Map<PatternNode, number>();
  const first = refs.map((ref) => {
    const set = firstAtoms(ref.node, automaton, minLengths);
    return set === ANY_FIRST ? ANY_FIRST : Int32Array.from(set);
  });
  const declared = declaredPeople(config.people, config.roles);
  const people = knownPeople(declared);
  const terms = {
    perpetrator: config.terminology?.perpetrator ?? "perpetrator",
    survivor: config.terminology?.survivor ?? "survivor",
    child: config.terminology?.child ?? "child",
  };
  const fills: Record<string, string> = {
    perpetrator: declared.perpetrator?.[0] ?? `[${terms.perpetrator}]`,
    survivor: declared.survivor?.[0] ?? `[${terms.survivor}]`,
    child: declared.child?.[0] ?? `[${terms.child}]`,
    behaviour: "[what they did]",
  };
  const allowScopes = allow.map((entry) => entry.rules);
  const engine = {
    active,
    refs,
    automaton,
    nodes,
    people,
    declared,
    fills,
    allowScopes,
    first,
    // Bounded (4 MB): a very large pack checks the first word each time instead.
    firstKinds: new Uint8Array(refs.length * automaton.kindCount <= 1 << 22 ? refs.length * automaton.kindCount : 0),
    sentence: new Sentence(),
    rendered: new Map<string, string>(),
    renderedPlain: new Map<string, string>(),
    renderedCapital: new Map<string, string>(),
  };
  const linter: Linter = {
    lint: (text) => {
      if (typeof text !== "string") checkArg("linter.lint", TEXT, text);
      return lintWith(engine, text);
    },
    rules: active.map(({ rule, severity }) => ({ ...rule, severity })),
    allRules: all,
    config,
  };
  return { ok: true, value: linter };
}

/** Build a linter like {@link safeCreateLinter}, throwing an `StValidationError` listing every problem. */
export function createLinter(config: LintConfig = {}, pack: readonly Rule[] = defaultRules): Linter {
  checkArg("createLinter", PACK, pack);
  const result = safeCreateLinter(config, pack);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "lint configuration" });
  return result.value;
}

const linters = new WeakMap<LintConfig, Linter>();
let defaultLinter: Linter | undefined;

/**
 * Lint a text with the default rule pack and the given options. The compiled rule set is cached per
 * options object, so pass the same object again (or use {@link createLinter}) to avoid recompiling.
 *
 * @throws StValidationError (also a `TypeError`, coded `invalid_type`) when `text` is not a string
 * or `options` is not an object; an `StValidationError` listing every problem in the options.
 */
export function lint(text: string, options?: LintConfig): Finding[] {
  // One typeof per call: lint is a hot path.
  if (typeof text !== "string") checkArg("lint", TEXT, text);
  if (options !== undefined) checkArg("lint", LINT_OPTIONS, options);
  if (!options) {
    defaultLinter ??= createLinter();
    return defaultLinter.lint(text);
  }
  let linter = linters.get(options);
  if (!linter) {
    linter = createLinter(options);
    linters.set(options, linter);
  }
  return linter.lint(text);
}

/** A pattern as the verifier walks it: each word set replaced by the automaton's atom id for it. */
type MatchNode =
  | { t: "word"; atom: number }
  | { t: "any" }
  | { t: "seq"; items: MatchNode[] }
  | { t: "alt"; items: MatchNode[] }
  | { t: "rep"; item: MatchNode; min: number; max: number }
  | { t: "cap"; name: string; item: MatchNode };

/**
 * Each pattern as the verifier walks it. Patterns share nodes (a word class's, and every word set
 * of the precompiled pack), so each shared node is converted once: converting the pack's ~400
 * patterns node by node was a tenth of `createLinter` in a fresh process.
 */
function matchNodes(refs: readonly PatternRef[], automaton: TokenAutomaton): MatchNode[] {
  const done = new Map<PatternNode, MatchNode>();
  const convert = (node: PatternNode): MatchNode => {
    const known = done.get(node);
    if (known) return known;
    let out: MatchNode;
    switch (node.t) {
      case "word":
        out = { t: "word", atom: automaton.atomId(node.words) };
        break;
      case "any":
        out = node;
        break;
      case "seq":
      case "alt":
        out = { t: node.t, items: node.items.map(convert) };
        break;
      case "rep":
        out = { t: "rep", item: convert(node.item), min: node.min, max: node.max };
        break;
      case "cap":
        out = { t: "cap", name: node.name, item: convert(node.item) };
        break;
    }
    done.set(node, out);
    return out;
  };
  return refs.map((ref) => convert(ref.node));
}

const ANY_FIRST = null;

/** The atoms the first word of a match can satisfy, or {@link ANY_FIRST} when any word can start one. */
function firstAtoms(
  node: PatternNode,
  automaton: TokenAutomaton,
  minLengths: Map<PatternNode, number>,
): Set<number> | typeof ANY_FIRST {
  switch (node.t) {
    case "word":
      return new Set([automaton.atomId(node.words)]);
    case "any":
      return ANY_FIRST;
    case "cap":
      return firstAtoms(node.item, automaton, minLengths);
    case "alt":
    case "seq": {
      const out = new Set<number>();
      for (const item of node.items) {
        const inner = firstAtoms(item, automaton, minLengths);
        if (inner === ANY_FIRST) return ANY_FIRST;
        for (const a of inner) out.add(a);
        // In a sequence, later items matter only while the ones before can match nothing.
        // (Each node's fewest words once: shared nodes would otherwise be measured again and again.)
        let min = minLengths.get(item);
        if (min === undefined) {
          min = patternLength(item)[0];
          minLengths.set(item, min);
        }
        if (node.t === "seq" && min > 0) break;
      }
      return out;
    }
    case "rep":
      return firstAtoms(node.item, automaton, minLengths);
  }
}

function startsWith(automaton: TokenAutomaton, kind: number, first: Int32Array): boolean {
  for (let a = 0; a < first.length; a++) if (automaton.hasAtom(kind, first[a]!)) return true;
  return false;
}

interface Engine {
  active: Compiled[];
  refs: PatternRef[];
  automaton: TokenAutomaton;
  /** Each pattern as the verifier walks it. */
  nodes: MatchNode[];
  people: KnownPeople;
  declared: People;
  fills: Record<string, string>;
  allowScopes: (string[] | undefined)[];
  /** Reused from one call to the next: lint is synchronous, so one buffer serves every call. */
  sentence: Sentence;
  /** For each pattern, the atoms its first word can satisfy (or any word). */
  first: (Int32Array | typeof ANY_FIRST)[];
  /** For each pattern and token kind: 1 when a word of the kind can start a match, 2 when not, 0 not yet known. */
  firstKinds: Uint8Array;
  /** Suggestions that reuse no matched words, rendered once: with names from the note, keyed by them. */
  rendered: Map<string, string>;
  /** The same with the engine's own fills, by template, for an excerpt in lower case and in capitals. */
  renderedPlain: Map<string, string>;
  renderedCapital: Map<string, string>;
}

/**
 * Does `node` match words `[i, end)` exactly? Backtracks over the pattern only (bounded by its
 * size), never over the text: the automaton already found where a match ends.
 */
function verify(
  engine: Engine,
  s: Sentence,
  node: MatchNode,
  i: number,
  end: number,
  caps: Caps,
  k: (i: number) => boolean,
): boolean {
  switch (node.t) {
    case "word":
      return i < end && engine.automaton.hasAtom(s.kind[i]!, node.atom) && k(i + 1);
    case "any":
      return i < end && k(i + 1);
    case "seq": {
      const step = (index: number, at: number): boolean =>
        index === node.items.length
          ? k(at)
          : verify(engine, s, node.items[index]!, at, end, caps, (next) => step(index + 1, next));
      return step(0, i);
    }
    case "alt":
      for (const item of node.items) if (verify(engine, s, item, i, end, caps, k)) return true;
      return false;
    case "rep": {
      const step = (count: number, at: number): boolean => {
        // Greedy: try one more repetition first, so captures take as much as they can.
        if (
          count < node.max &&
          at < end &&
          verify(engine, s, node.item, at, end, caps, (next) => next > at && step(count + 1, next))
        )
          return true;
        return count >= node.min && k(at);
      };
      return step(0, i);
    }
    case "cap":
      return verify(engine, s, node.item, i, end, caps, (next) => {
        const before = caps[node.name];
        caps[node.name] = [i, next];
        if (k(next)) return true;
        if (before) caps[node.name] = before;
        else delete caps[node.name];
        return false;
      });
  }
}

/** A draft placed in the (normalised) text. */
interface PlacedDraft {
  draft: Draft;
  offset: number;
  endOffset: number;
}

/**
 * One call of `lint`: the text, the drafts found so far and what the clause analysis learnt about
 * the text. The sentence callback is one module-level function taking this state, not a closure
 * made anew each call, so the compiled tokeniser keeps calling the same function.
 */
class Pass {
  readonly drafts: PlacedDraft[] = [];
  // The candidate matches of the current sentence, by owner. Kept with the call, not the module:
  // a long-lived table would keep each sentence's matches alive into the old generation.
  readonly matches = new Map<number, { start: number; end: number; caps: Caps }[]>();
  readonly exceptions = new Map<number, [number, number][]>();
  readonly allowed: { start: number; end: number; owner: number }[] = [];
  // The person using harm named in the current sentence, and how the note names him (in the
  // sentence or earlier in the paragraph): looked up once a sentence, only when a rule asks.
  named: Person | null | undefined = undefined;
  harmName: string | null | undefined = undefined;
  // Who is who in this text: built once, and only when a role-aware rule matched.
  private context: ClauseContext | undefined = undefined;

  constructor(
    readonly engine: Engine,
    readonly text: string,
  ) {}

  clauseContext(): ClauseContext {
    if (this.context) return this.context;
    const { engine, text } = this;
    const introduced = introducedPeople(text);
    const declared = {
      perpetrator: [...(engine.declared.perpetrator ?? []), ...(introduced.perpetrator ?? [])],
      survivor: [...(engine.declared.survivor ?? []), ...(introduced.survivor ?? [])],
      child: [...(engine.declared.child ?? []), ...(introduced.child ?? [])],
    };
    const memo = () => ({ offset: Number.POSITIVE_INFINITY, windowStart: 0, best: undefined });
    this.context = {
      text,
      people: knownPeople(declared),
      declared,
      mentions: new Map(),
      memo: { male: memo(), female: memo() },
    };
    return this.context;
  }

  perpetrator(s: Sentence): Person | null {
    if (this.named === undefined) this.named = perpetratorIn(s, this.clauseContext()) ?? null;
    return this.named;
  }

  harmText(s: Sentence): string | null {
    if (this.harmName === undefined) {
      const harm = this.perpetrator(s);
      this.harmName = harm
        ? personText(s, harm, this.text)
        : (mentionBefore(s, "male", this.clauseContext())?.text ?? null);
    }
    return this.harmName;
  }
}

/** Called by the tokeniser after each sentence where some pattern ended a match. */
function onSentence(s: Sentence, pass: Pass): void {
  const { engine, text, drafts, matches, exceptions, allowed } = pass;
  const { active, refs } = engine;
  matches.clear();
  exceptions.clear();
  allowed.length = 0;
  const { automaton, firstKinds } = engine;
  const kinds = automaton.kindCount;
  // A failed attempt leaves the captures as it found them, so one object serves until a match takes it.
  let caps: Caps = {};
  for (let h = 0; h < s.hits; h++) {
    const j = s.hitAt[h]!;
    const accepts = s.hitAccepts[h]!;
    const endsHere = (at: number) => at === j + 1;
    for (let a = 0; a < accepts.length; a++) {
      const id = accepts[a]!;
      const ref = refs[id]!;
      const first = engine.first[id]!;
      for (let i = Math.max(0, j - ref.maxLength + 1); i <= j; i++) {
        // Most starts fail on their first word: check it (once a pattern and kind) before backtracking.
        if (first !== ANY_FIRST) {
          const kind = s.kind[i]!;
          const at = id * kinds + kind;
          let starts = at < firstKinds.length ? firstKinds[at]! : 0;
          if (starts === 0) {
            starts = startsWith(automaton, kind, first) ? 1 : 2;
            if (at < firstKinds.length) firstKinds[at] = starts;
          }
          if (starts === 2) continue;
        }
        if (!verify(engine, s, engine.nodes[id]!, i, j + 1, caps, endsHere)) continue;
        const found = caps;
        caps = {};
        if (ref.role === "match") {
          const list = matches.get(ref.owner);
          const m = { start: i, end: j + 1, caps: found };
          if (list) list.push(m);
          else matches.set(ref.owner, [m]);
        } else if (ref.role === "exception") {
          const list = exceptions.get(ref.owner);
          if (list) list.push([i, j + 1]);
          else exceptions.set(ref.owner, [[i, j + 1]]);
        } else allowed.push({ start: i, end: j + 1, owner: ref.owner });
        break;
      }
    }
  }
  if (matches.size === 0) return;
  const sentenceDrafts: Draft[] = [];
  let attributed: boolean | undefined;
  pass.named = undefined;
  pass.harmName = undefined;
  for (const [owner, list] of [...matches].sort((a, b) => a[0] - b[0])) {
    const { rule, severity } = active[owner]!;
    const silencers = exceptions.get(owner);
    const kept: Draft[] = [];
    for (const m of list) {
      if (silencers?.some(([a, b]) => a < m.end && m.start < b)) continue;
      if (rule.agent) {
        const agent = hasAgent(s, m.end);
        if ((rule.agent === "absent") === agent) continue;
      }
      let subject: Person | undefined;
      let role: NoteRole = "unknown";
      if (rule.subject) {
        subject = subjectOf(s, m.start, pass.clauseContext());
        role = subject?.role ?? "unknown";
        if (rule.subject.is && !rule.subject.is.includes(role)) continue;
        if (rule.subject.not?.includes(role)) continue;
      }
      const c = rule.clause;
      if (c) {
        if (c.negated !== undefined && isNegated(s, m.start, m.end) !== c.negated) continue;
        if (c.hypothetical === false && isHypothetical(s, m.start)) continue;
        if (c.reported === false && isReported(s, m.start)) continue;
        if (c.perpetratorNamed !== undefined && (pass.perpetrator(s) !== null) !== c.perpetratorNamed) continue;
      }
      let draftSeverity = severity;
      let roles: RoleAssignment[] | undefined;
      if ((rule.subject || c) && rule.kind !== "positive") {
        // A subject the linter could not place lowers confidence, never raises it.
        if (rule.subject && UNPLACED.has(role) && draftSeverity === "error") draftSeverity = "warning";
        roles = [];
        if (subject) roles.push({ text: personText(s, subject, text), role, as: "subject" });
        const harm = pass.harmText(s);
        if (harm && role !== "perpetrator") roles.push({ text: harm, role: "perpetrator", as: "person using harm" });
      }
      let quoted: Draft["quoted"];
      if (s.flags[m.start]! & QUOTED && isQuoted(s, m.start, m.end)) {
        attributed ??= isAttributed(s);
        const mode = rule.quoted ?? "info";
        if (attributed && mode === "ignore") continue;
        if (attributed && mode === "info") draftSeverity = "info";
        quoted = { attributed };
      }
      kept.push({ rule: owner, start: m.start, end: m.end, caps: m.caps, severity: draftSeverity, quoted, roles });
    }
    // Leftmost-longest, never two overlapping findings of one rule.
    kept.sort((a, b) => a.start - b.start || b.end - a.end);
    let last = -1;
    for (const d of kept) {
      if (d.start < last) continue;
      sentenceDrafts.push(d);
      last = d.end;
    }
  }
  // A finding inside a longer one of the same category says the same thing twice: keep the longer.
  const survivors = sentenceDrafts.filter((d) => {
    const category = active[d.rule]!.rule.category;
    const positive = active[d.rule]!.rule.kind === "positive";
    return !sentenceDrafts.some(
      (o) =>
        o !== d &&
        active[o.rule]!.rule.category === category &&
        (active[o.rule]!.rule.kind === "positive") === positive &&
        o.start <= d.start &&
        d.end <= o.end &&
        (o.end - o.start > d.end - d.start || o.rule < d.rule),
    );
  });
  for (const d of survivors) {
    const rule = active[d.rule]!.rule;
    if (
      allowed.some(
        (a) =>
          a.start <= d.start &&
          d.end <= a.end &&
          (engine.allowScopes[a.owner] === undefined ||
            engine.allowScopes[a.owner]!.some((spec) => ruleSpecMatches(spec, rule))),
      )
    )
      continue;
    const caps: Caps = {};
    for (const [name, [a, b]] of Object.entries(d.caps)) caps[name] = [s.start[a]!, s.end[b - 1]!];
    const draft: Draft = { ...d, caps };
    drafts.push({ draft, offset: s.start[d.start]!, endOffset: s.end[d.end - 1]! });
  }
}

function lintWith(engine: Engine, original: string): Finding[] {
  // Match on the normalised text; report offsets and excerpts in the original.
  const normalised = normaliseText(original);
  const text = normalised.text;
  const { skips, directives } = commentsOf(text);
  const pass = new Pass(engine, text);
  const drafts = pass.drafts;
  scan(text, engine.automaton, skips, onSentence, pass, engine.sentence);

  drafts.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset || a.draft.rule - b.draft.rule);
  const findings: Finding[] = [];
  const position = lineColumns(original);
  const disabled = disabledAt(directives);
  for (const placed of drafts) {
    const { rule } = engine.active[placed.draft.rule]!;
    if (disabled(placed.offset, rule)) continue;
    findings.push(findingOf(engine, placed, original, normalised, position));
  }
  return findings;
}

/** The finding a draft makes, with its positions in the original text, message and suggestions. */
function findingOf(
  engine: Engine,
  { draft, offset: at, endOffset: endAt }: PlacedDraft,
  original: string,
  normalised: NormalisedText,
  position: (offset: number) => LineColumn,
): Finding {
  const text = normalised.text;
  const { rule, explanation } = engine.active[draft.rule]!;
  const offset = normalised.startOf(at);
  const endOffset = normalised.endOf(endAt);
  const excerpt = original.slice(offset, endOffset);
  const { line, column } = position(offset);
  const { line: endLine, column: endColumn } = position(endOffset);
  const capital = isCapital(excerpt);
  // Suggestions reuse the note's own names for the people the linter placed.
  let fills = engine.fills;
  if (draft.roles?.length && !engine.declared.perpetrator?.length) {
    const harm = draft.roles.find((r) => r.as === "person using harm");
    const subject = draft.roles.find((r) => r.as === "subject" && r.role === "survivor");
    if (harm || subject)
      fills = {
        ...fills,
        ...(harm ? { perpetrator: harm.text } : {}),
        ...(subject ? { survivor: subject.text } : {}),
      };
  }
  const suggestions: string[] = [];
  for (const template of rule.suggestions) {
    // Templates that reuse no matched words render the same every time: cache them per engine,
    // by the template itself while the fills are the engine's (no key to build and hash).
    const plain = fills === engine.fills;
    const cache = plain ? (capital ? engine.renderedCapital : engine.renderedPlain) : engine.rendered;
    const key = plain ? template : `${capital ? "^" : ""}${template}\u0000${fills.perpetrator}\u0000${fills.survivor}`;
    let out = cache.get(key);
    if (out === undefined) {
      out = render(template, draft.caps, text, fills, excerpt);
      // Bounded: names from the notes enter the key, and an editor may run for days.
      if (
        cache.size < 10_000 &&
        !/\{[a-z][a-z0-9-]*\}/i.test(template.replace(/\{(perpetrator|survivor|child|behaviour)\}/g, ""))
      )
        cache.set(key, out);
    }
    suggestions.push(out);
  }
  // A message may quote the words it is about, as written.
  let message = rule.message.includes("{excerpt}")
    ? rule.message.replace("{excerpt}", excerpt.replace(/\s+/g, " "))
    : rule.message;
  if (draft.quoted?.attributed)
    message += " (Quoted words: record them as the speaker's, and say what happened in your own words.)";
  else if (draft.quoted)
    message += " (In quotation marks but not attributed: if these are someone's words, say whose.)";
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity: draft.severity,
    message,
    explanation,
    line,
    column,
    endLine,
    endColumn,
    offset,
    length: endOffset - offset,
    excerpt,
    suggestions,
  };
  // Names the linter inferred are for the writer to check, never applied as an automatic fix.
  if (
    fills === engine.fills &&
    rule.fix !== false &&
    suggestions.length === 1 &&
    !/\[[^\]]*\]/.test(suggestions[0]!) &&
    !draft.quoted
  )
    finding.fix = { offset, length: endOffset - offset, text: suggestions[0]! };
  if (draft.quoted) finding.quoted = draft.quoted;
  if (draft.roles) {
    finding.roles = draft.roles;
    finding.reason = reasonFor(rule.category, excerpt, draft.roles);
  }
  if (rule.kind === "positive") finding.positive = true;
  return finding;
}

function render(template: string, caps: Caps, text: string, fills: Record<string, string>, excerpt: string): string {
  let out = template.replace(/\{([a-z][a-z0-9-]*)\}/gi, (whole, name: string) => {
    const cap = caps[name];
    if (cap) return text.slice(cap[0], cap[1]).replace(/\s+/g, " ");
    if (PLACEHOLDERS.has(name)) return fills[name]!;
    return cap === undefined && /^[a-z]/.test(name) ? "" : whole;
  });
  out = out
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.;:])/g, "$1")
    .trim();
  if (isCapital(excerpt) && /^[a-z]/.test(out)) out = out[0]!.toUpperCase() + out.slice(1);
  return out;
}

function isCapital(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 65 && first <= 90;
}

interface Directive {
  offset: number;
  enable: boolean;
  rules: string[];
}

/** HTML comments (skipped by the tokeniser) and the `st-lint-disable` / `st-lint-enable` directives in them. */
function commentsOf(text: string): { skips: SkipRegion[]; directives: Directive[] } {
  const skips: SkipRegion[] = [];
  const directives: Directive[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf("<!--", from);
    if (open < 0) break;
    const close = text.indexOf("-->", open + 4);
    // An unclosed "<!--" is text, not a comment: it must not hide (or switch rules off for) the rest of the file.
    if (close < 0) break;
    const end = close + 3;
    skips.push({ start: open, end });
    const body = text.slice(open + 4, close).trim();
    const m = /^st-lint-(disable|enable)(?:\s+([\s\S]*))?$/.exec(body);
    if (m)
      directives.push({ offset: open, enable: m[1] === "enable", rules: (m[2] ?? "").split(/[\s,]+/).filter(Boolean) });
    from = end;
  }
  return { skips, directives };
}

function disabledAt(directives: Directive[]): (offset: number, rule: Rule) => boolean {
  let next = 0;
  let all = false;
  const off = new Set<string>();
  const on = new Set<string>();
  return (offset, rule) => {
    while (next < directives.length && directives[next]!.offset <= offset) {
      const d = directives[next++]!;
      if (d.rules.length === 0) {
        all = !d.enable;
        off.clear();
        on.clear();
      } else
        for (const spec of d.rules) {
          if (d.enable) {
            off.delete(spec);
            if (all) on.add(spec);
          } else {
            off.add(spec);
            on.delete(spec);
          }
        }
    }
    const matches = (set: Set<string>) => [...set].some((spec) => ruleSpecMatches(spec, rule));
    return all ? !matches(on) : matches(off);
  };
}
