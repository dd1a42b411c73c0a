/**
 * Every pattern of every rule compiled once into one token automaton: a Thompson NFA over word
 * classes, run as a lazily built DFA (the approach of RE2), so the cost per word is one array read
 * whatever the number of rules, and no input can make it backtrack.
 * @module
 */
import { type PatternNode, patternLength } from "./pattern.js";

/** What a compiled pattern belongs to. */
export interface PatternRef {
  /** Index of the owner (a rule, or an allow-list entry) in the compiler's input. */
  owner: number;
  /** What the match does: report a finding, or silence findings it overlaps or contains. */
  role: "match" | "exception" | "allow";
  /** The parsed pattern, used again to find where a match starts and what it captured. */
  node: PatternNode;
  /** The most words a match can span. */
  maxLength: number;
}

interface NfaState {
  edges: number[]; // pairs: atom, target
  eps: number[];
  accepts: number[];
}

const ANY = 0;
/** DFA states kept before the cache is flushed (RE2 does the same): memory stays bounded on any input. */
const MAX_DFA_STATES = 4000;

/** A compiled rule set. `kindOf` and `step` are the hot path; everything else runs once. */
export class TokenAutomaton {
  /** The patterns, indexed by the ids the DFA reports. */
  readonly patterns: readonly PatternRef[];
  /** Number of token kinds (the DFA's alphabet). */
  readonly kindCount: number;
  private readonly nfa: NfaState[] = [];
  private readonly wordKind = new Map<string, number>();
  // An open-addressing table of the ASCII words patterns use, keyed by the FNV-1a hash the
  // tokeniser computes while reading: looking a word up allocates no string.
  private hashKeys: (string | undefined)[] = [];
  private hashKinds: Int32Array = new Int32Array(0);
  private hashMask = 0;
  /** For each kind, the atoms a token of that kind satisfies. */
  private readonly atomsOfKind: Set<number>[];
  // The same as a bit set, kind by kind: the verifier asks "does this word satisfy this atom?"
  // for every word of every candidate match.
  private readonly atomBits: Uint32Array;
  private readonly atomWords: number;
  private readonly atomIds = new Map<string, number>();
  // The search is unanchored: every DFA state also holds the start closure (a match can begin at
  // any word). A state's set leaves it out, and what the start closure reads is computed once a
  // kind, so building a state costs the states it adds, not the hundreds every pattern starts with.
  private readonly startClosure: number[];
  private readonly startAccepts: number[];
  private readonly startSteps: (number[] | undefined)[] = [];
  private readonly inStart: Uint8Array;
  private trans: Int32Array;
  private accepts: (Int32Array | null)[] = [];
  private dfaKeys = new Map<string, number>();
  private dfaSets: number[][] = [];
  // A word set's key, by identity: word classes are parsed once and shared by every pattern using them.
  private readonly keys = new WeakMap<readonly string[], string>();
  /** The DFA's start state (also where every sentence starts). */
  readonly start = 0;

  constructor(patterns: readonly PatternRef[]) {
    this.patterns = patterns;
    const wordAtoms = new Map<string, number[]>();
    const atomOf = (words: readonly string[]): number => {
      const key = this.keyOf(words);
      let id = this.atomIds.get(key);
      if (id === undefined) {
        id = this.atomIds.size + 1; // 0 is ANY
        this.atomIds.set(key, id);
        for (const w of words) {
          const list = wordAtoms.get(w);
          if (list) list.push(id);
          else wordAtoms.set(w, [id]);
        }
      }
      return id;
    };
    const newState = (): number => this.nfa.push({ edges: [], eps: [], accepts: [] }) - 1;
    // Thompson construction: returns the state after `node`, starting from `from`.
    const build = (node: PatternNode, from: number): number => {
      switch (node.t) {
        case "word": {
          const to = newState();
          this.nfa[from]!.edges.push(atomOf(node.words), to);
          return to;
        }
        case "any": {
          const to = newState();
          this.nfa[from]!.edges.push(ANY, to);
          return to;
        }
        case "seq":
          return node.items.reduce((state, item) => build(item, state), from);
        case "alt": {
          const to = newState();
          for (const item of node.items) this.nfa[build(item, from)]!.eps.push(to);
          return to;
        }
        case "rep": {
          let state = from;
          for (let i = 0; i < node.min; i++) state = build(node.item, state);
          const to = newState();
          for (let i = node.min; i < node.max; i++) {
            this.nfa[state]!.eps.push(to);
            state = build(node.item, state);
          }
          this.nfa[state]!.eps.push(to);
          return to;
        }
        case "cap":
          return build(node.item, from);
      }
    };
    const root = newState();
    patterns.forEach((pattern, id) => {
      const entry = newState();
      this.nfa[root]!.eps.push(entry);
      this.nfa[build(pattern.node, entry)]!.accepts.push(id);
    });
    // Token kinds: words that satisfy the same atoms share a kind; every other word is kind 0.
    const kindIds = new Map<string, number>([["", 0]]);
    this.atomsOfKind = [new Set([ANY])];
    for (const [w, atoms] of wordAtoms) {
      const key = [...new Set(atoms)].sort((a, b) => a - b).join(",");
      let kind = kindIds.get(key);
      if (kind === undefined) {
        kind = this.atomsOfKind.push(new Set([ANY, ...atoms])) - 1;
        kindIds.set(key, kind);
      }
      this.wordKind.set(w, kind);
    }
    this.kindCount = this.atomsOfKind.length;
    this.atomWords = (this.atomIds.size + 32) >>> 5;
    this.atomBits = new Uint32Array(this.kindCount * this.atomWords);
    for (const [kind, set] of this.atomsOfKind.entries())
      for (const atom of set) this.atomBits[kind * this.atomWords + (atom >>> 5)]! |= 1 << (atom & 31);
    let size = 16;
    while (size < this.wordKind.size * 4) size *= 2;
    this.hashKeys = new Array(size);
    this.hashKinds = new Int32Array(size);
    this.hashMask = size - 1;
    for (const [w, kind] of this.wordKind) {
      if (!/^[a-z0-9]+$/.test(w)) continue;
      let hash = 0x811c9dc5 | 0;
      for (let i = 0; i < w.length; i++) hash = Math.imul(hash ^ w.charCodeAt(i), 16777619);
      let slot = hash & this.hashMask;
      while (this.hashKeys[slot] !== undefined) slot = (slot + 1) & this.hashMask;
      this.hashKeys[slot] = w;
      this.hashKinds[slot] = kind;
    }
    this.startClosure = this.closure([root]);
    this.startAccepts = this.startClosure.flatMap((s) => this.nfa[s]!.accepts);
    this.inStart = new Uint8Array(this.nfa.length);
    for (const s of this.startClosure) this.inStart[s] = 1;
    this.trans = new Int32Array(64 * this.kindCount).fill(-1);
    this.addState([]);
  }

  /** The key of a word set: its words in order, whatever order the pattern gave them in. */
  private keyOf(words: readonly string[]): string {
    let key = this.keys.get(words);
    if (key === undefined) {
      key = [...words].sort().join(" ");
      this.keys.set(words, key);
    }
    return key;
  }

  /** The kind of a normalised word: the DFA's input symbol. */
  kindOf(word: string): number {
    return this.wordKind.get(word) ?? 0;
  }

  /**
   * The kind of the ASCII word `text[start, end)`, given the FNV-1a hash and length of its
   * normalised form (lower case, apostrophes dropped) as the tokeniser computed them.
   */
  kindOfAscii(text: string, start: number, end: number, hash: number, length: number): number {
    const keys = this.hashKeys;
    for (let slot = hash & this.hashMask; ; slot = (slot + 1) & this.hashMask) {
      const key = keys[slot];
      if (key === undefined) return 0;
      if (key.length !== length) continue;
      let p = 0;
      for (let i = start; i < end; i++) {
        let c = text.charCodeAt(i);
        if (c === 0x27 || c === 0x2019) continue;
        if (c >= 65 && c <= 90) c += 32;
        if (c !== key.charCodeAt(p)) break;
        p++;
      }
      if (p === length) return this.hashKinds[slot]!;
    }
  }

  /** True when a token of `kind` satisfies the word set `words` of a pattern. */
  kindMatches(kind: number, words: readonly string[]): boolean {
    const atom = this.atomIds.get(this.keyOf(words));
    return atom !== undefined && (this.atomsOfKind[kind]?.has(atom) ?? false);
  }

  /** The atom id of a word set, for the verifier's fast path (-1 when no pattern uses it). */
  atomId(words: readonly string[]): number {
    return this.atomIds.get(this.keyOf(words)) ?? -1;
  }

  /** True when a token of `kind` satisfies atom `atom`. */
  hasAtom(kind: number, atom: number): boolean {
    if (atom < 0 || kind >= this.kindCount || atom >= this.atomWords * 32) return false;
    return ((this.atomBits[kind * this.atomWords + (atom >>> 5)]! >>> (atom & 31)) & 1) === 1;
  }

  /** The next DFA state after reading a token of `kind`. */
  step(state: number, kind: number): number {
    const next = this.trans[state * this.kindCount + kind]!;
    return next >= 0 ? next : this.compute(state, kind);
  }

  /** The pattern ids that end a match in `state`, or null. */
  acceptsOf(state: number): Int32Array | null {
    return this.accepts[state] ?? null;
  }

  /** Number of DFA states built so far (for tests and benchmarks). */
  get dfaSize(): number {
    return this.dfaSets.length;
  }

  private closure(states: number[]): number[] {
    const seen = new Set<number>();
    const stack = [...states];
    while (stack.length) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      for (const t of this.nfa[s]!.eps) stack.push(t);
    }
    // Keep only states that read a token or accept: fewer distinct DFA states.
    return [...seen].filter((s) => this.nfa[s]!.edges.length || this.nfa[s]!.accepts.length).sort((a, b) => a - b);
  }

  private addState(set: number[]): number {
    const key = set.join(",");
    const known = this.dfaKeys.get(key);
    if (known !== undefined) return known;
    const id = this.dfaSets.length;
    this.dfaSets.push(set);
    this.dfaKeys.set(key, id);
    const acc = new Set<number>(this.startAccepts);
    for (const s of set) for (const a of this.nfa[s]!.accepts) acc.add(a);
    this.accepts[id] = acc.size ? Int32Array.from([...acc].sort((a, b) => a - b)) : null;
    if ((id + 1) * this.kindCount > this.trans.length) {
      const grown = new Int32Array(this.trans.length * 2).fill(-1);
      grown.set(this.trans);
      this.trans = grown;
    }
    return id;
  }

  private compute(state: number, kind: number): number {
    const set = this.dfaSets[state] ?? [];
    let from = state;
    if (this.dfaSets.length >= MAX_DFA_STATES) {
      this.flush();
      from = -1;
    }
    const atoms = this.atomsOfKind[kind]!;
    const targets: number[] = [...this.startStep(kind)];
    for (const s of set) {
      const edges = this.nfa[s]!.edges;
      for (let i = 0; i < edges.length; i += 2) if (atoms.has(edges[i]!)) targets.push(edges[i + 1]!);
    }
    // Left out of the set, as every state holds them: one DFA state per distinct set.
    const next = this.addState(this.closure(targets).filter((s) => this.inStart[s] === 0));
    // After a flush the state we came from is gone: nothing to cache.
    if (from >= 0) this.trans[from * this.kindCount + kind] = next;
    return next;
  }

  /** The NFA states the start closure moves to on a token of `kind`. */
  private startStep(kind: number): number[] {
    let out = this.startSteps[kind];
    if (out === undefined) {
      out = [];
      const atoms = this.atomsOfKind[kind]!;
      for (const s of this.startClosure) {
        const edges = this.nfa[s]!.edges;
        for (let i = 0; i < edges.length; i += 2) if (atoms.has(edges[i]!)) out.push(edges[i + 1]!);
      }
      this.startSteps[kind] = out;
    }
    return out;
  }

  /** Forget every DFA state but the start: the cache is rebuilt as the text needs it. */
  private flush(): void {
    this.dfaKeys = new Map();
    this.dfaSets = [];
    this.accepts = [];
    this.trans = new Int32Array(64 * this.kindCount).fill(-1);
    this.addState([]);
  }
}

/** The longest match of a pattern, for {@link PatternRef.maxLength}. */
export function maxLength(node: PatternNode): number {
  return patternLength(node)[1];
}
