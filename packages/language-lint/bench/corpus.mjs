// A deterministic generator of synthetic case notes (no real people) for the benchmarks: about
// 272 words a note, a mix of neutral recording, wording S&T practice would change, S&T-informed
// wording and near misses, with CRLF in some notes and Markdown in others.

const NEUTRAL = [
  "Home visit completed and the children were seen together.",
  "{C} was seen at school on {D} and said {he} likes reading.",
  "The health visitor weighed the baby and weight is on the 50th centile.",
  "{M} attended the GP appointment with {C}.",
  "The case will be reviewed at the next supervision with the team manager.",
  "A strategy discussion was held with police and health on {D}.",
  "The family lives in a two-bedroom flat on the third floor of the block.",
  "School attendance this term is 97 per cent and there are no concerns about punctuality.",
  "The worker observed the children playing with building bricks in the front room.",
  "{M} has applied for housing support and is waiting for a decision.",
  "The core group meeting was held on {D} and actions were reviewed.",
  "Case notes were updated and the manager was informed of the outcome.",
  "{C} has asthma and uses an inhaler; the prescription is up to date.",
  "The children's immunisations are up to date according to the GP.",
  "The next visit is planned for {D} afternoon at the family home.",
  "{C} told me {he} wants to be a vet when {he} grows up.",
  "The flat has damp in the bathroom and the landlord has been contacted.",
  "A referral was made to early help for parenting support.",
];
const POOR = [
  "The parents have a volatile relationship and argue in front of the children.",
  "There was an argument between {M} and {F} about money.",
  "Police attended a domestic dispute at the address on {D}.",
  "{M} failed to protect the children from {F}.",
  "{M} was kicked on {D}.",
  "The children witnessed DV.",
  "There are DV concerns in the family.",
  "{F} has a bit of a temper and lost control.",
  "{M} has been non-engaging with services.",
  "It was just a push, according to {F}.",
  "{M} allowed him back into the family home.",
  "There was an incident of DA last month.",
  "{M} has exposed the children to domestic abuse.",
  "{F} has anger issues and was referred to anger management.",
  "The relationship is toxic and the couple had a row on {D}.",
  "{M} had bruising to her arms at the visit.",
  "The drink made him aggressive.",
  "Why doesn't she leave him?",
];
const GOOD = [
  "{F} punched {M} in the face on {D} while she was holding the baby.",
  "{F}'s violence towards {M} is a parenting choice that frightens the children.",
  "{M} called the police and took the children to her sister's house.",
  "I spoke to {F} about his violence and its impact on the children.",
  "{F} checks {M}'s phone every night and stops her seeing her friends.",
  "{M} has kept the children safe by moving to a refuge.",
  "{F} will attend a domestic abuse perpetrator programme.",
  "{F} smashed {M}'s phone when she tried to call her mother.",
];
const NEAR = [
  "{M} was kicked by {F} on {D}.",
  "{F} was cautioned for the assault on {D}.",
  "{F} argued that the referral was malicious.",
  "{C} missed three appointments in a row.",
  "{M} is fighting for custody of the children.",
  "The worker declared a conflict of interest.",
  "{F} disputes the allegations.",
  "It takes two buses to get to the contact centre.",
];
const MOTHERS = ["Ms A", "Mother", "Ms Khan", "Sarah", "[mother]", "Mum", "Ms O'Neill", "Mrs Nowak"];
const FATHERS = ["Mr B", "Father", "Mr Smith", "Dean", "[father]", "Dad", "Mr Okafor", "Mr Kowalski"];
const CHILDREN = [
  ["Child A", "he"],
  ["Child B", "she"],
  ["Tom", "he"],
  ["Amira", "she"],
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "4 May", "12 June", "the weekend"];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words in a text, counted as runs of letters and digits (the linter's own count). */
export function wordsIn(text) {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/**
 * Generate notes until the corpus holds at least `minWords` words. Returns the notes and their
 * concatenation (notes separated by a blank line).
 */
export function generateCorpus(minWords = 1_000_000, seed = 42) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const notes = [];
  let words = 0;
  let n = 0;
  while (words < minWords) {
    n++;
    const [child, he] = pick(CHILDREN);
    const fill = (s) =>
      s
        .replaceAll("{M}", pick(MOTHERS))
        .replaceAll("{F}", pick(FATHERS))
        .replaceAll("{C}", child)
        .replaceAll("{he}", he)
        .replaceAll("{D}", pick(DAYS));
    const markdown = random() < 0.2;
    const lines = [markdown ? `## Case note ${n}` : `Case note ${n}: visit on ${pick(DAYS)}.`];
    let noteWords = 0;
    while (noteWords < 262) {
      const r = random();
      const pool = r < 0.55 ? NEUTRAL : r < 0.75 ? POOR : r < 0.9 ? GOOD : NEAR;
      let sentence = fill(pick(pool));
      if (markdown && random() < 0.15) sentence = `- ${sentence}`;
      noteWords += wordsIn(sentence);
      lines.push(sentence);
    }
    // Paragraphs of three to five sentences; a line break inside a sentence now and then.
    let text = "";
    for (const [i, line] of lines.entries()) {
      const sep = i === 0 ? "" : line.startsWith("- ") || i % 4 === 0 ? "\n\n" : random() < 0.1 ? "\n" : " ";
      text += sep + line;
    }
    if (random() < 0.3) text = text.replace(/\n/g, "\r\n");
    notes.push(text);
    words += wordsIn(text);
  }
  return { notes, text: notes.join("\n\n"), words };
}

/**
 * The phrases of the floor every lint benchmark is measured against: every phrase the rule pack's
 * own examples are flagged for (about 300), longest first. `linter` has every rule on (positive
 * signals, the family-letter profile).
 */
export function floorPhrases(linter) {
  return [
    ...new Set(
      linter.rules
        .flatMap((r) => r.examples.match)
        .flatMap((e) => linter.lint(e).map((f) => f.excerpt.toLowerCase().replace(/\s+/g, " "))),
    ),
  ].sort((a, b) => b.length - a.length);
}

/** The floor itself: one RegExp alternation over `phrases` (source text, compiled with "gi"). */
export function floorPatternSource(phrases) {
  return `\\b(?:${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})\\b`;
}
