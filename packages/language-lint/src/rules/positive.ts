import type { Rule } from "../rule.js";
import { define } from "./define.js";

/** A positive signal counts only for what happened: "has never called the police" and "if he returns" are no signal. */
const FACT = { negated: false, hypothetical: false };

const WHY_GOOD =
  "Learning reviews count these signals of Safe & Together practice: a file that names who did what, treats abuse as a parenting choice, records the survivor's protective efforts and addresses the perpetrator directly.";

/** Positive signals: wording that shows Safe & Together practice, reported at `info` when asked for. */
export const positiveRules: Rule[] = [
  define({
    id: "positive/named-behaviour",
    kind: "positive",
    severity: "info",
    clause: FACT,
    patterns: [
      "(mr *|@father|he|the perpetrator) (has|had)? @adverb{0,2} (@abuse-past) (her|him|them|@mother|@child|ms *|mrs *|miss *|their mother|the children|the baby|child *)",
      "(mr *|@father|he) (has|had)? @adverb{0,2} (threatened|tried|threatens) to (kill|hurt|harm|take|stab|burn)",
    ],
    message: "Names the behaviour and who did it.",
    explanation: `${WHY_GOOD} Behaviourally specific, unilateral wording ("Paul assaulted Sally") is what the guidance asks for.`,
    sources: ["D3", "S20"],
    suggestions: [],
    examples: {
      match: ["Mr B punched Ms A in the face.", "He threatened to kill her if she called the police."],
      noMatch: ["Ms A was punched in the face.", "There was an incident."],
    },
  }),
  define({
    id: "positive/parenting-choice",
    kind: "positive",
    severity: "info",
    clause: FACT,
    patterns: [
      "(parenting|parental) (choice|choices|decision|decisions)",
      "(chose|chooses|choose|choosing) to (use|be) (violence|violent|abusive|controlling|abuse|coercive)",
      "(his|mr * 's|@father 's) (choice|choices|decision|decisions) to (use|be|hurt|abuse|harm|assault|threaten|control|shout)",
    ],
    message: "Frames the abuse as his parenting choice.",
    explanation: `${WHY_GOOD} Framing abuse as a parenting choice is S&T principle 3.`,
    sources: ["S1", "S15"],
    suggestions: [],
    examples: {
      match: [
        "Mr B's violence is a parenting choice that harms the children.",
        "He chose to use violence in front of them.",
      ],
      noMatch: ["Mr B is a good father."],
    },
  }),
  define({
    id: "positive/protective-efforts",
    kind: "positive",
    severity: "info",
    clause: FACT,
    patterns: [
      "(she|@mother) *{0,2} (called|rang|phoned|contacted|texted) (the)? (police|999|idva|refuge|helpline|school|gp|her sister|her mother|family)",
      "(she|@mother) *{0,2} (took|moved|kept|takes|keeps|sent) (the|her)? @child (to|away|safe|upstairs|out)",
      "(sought|seeks|seeking|accessed|obtained|applied for) (support|help|advice|a refuge|refuge|a non-molestation order|an injunction|a non molestation order|an occupation order)",
      "(her|mother 's|ms * 's) (protective) (actions|efforts|steps|strategies|factors|parenting)",
      "(to keep|keeping|kept|keeps) (herself and)? (the|her)? @child safe",
    ],
    message: "Records the survivor's protective efforts.",
    explanation: `${WHY_GOOD} The full spectrum of her efforts to keep the children safe is critical component 3.`,
    sources: ["S5", "S6"],
    suggestions: [],
    examples: {
      match: [
        "Ms A called the police and took the children to her sister's.",
        "She kept the children safe by locking the bedroom door.",
      ],
      noMatch: ["Ms A did not report the assault."],
    },
  }),
  define({
    id: "positive/perpetrator-addressed",
    kind: "positive",
    severity: "info",
    clause: FACT,
    patterns: [
      "(spoke|spoken|talked|met|meet|discussed) (to|with) (him|mr *|@father) about (his|the impact of his) (behaviour|violence|abuse|choices|use of|parenting|drinking|threats)",
      "(told|asked|challenged|advised|informed) (him|mr *|@father) *{0,3} (his|about his) (behaviour|violence|abuse|choices|use of|parenting)",
      "(your|you) (violence|abuse|behaviour|choices|use of violence|threats|shouting)",
      "you (hit|kicked|punched|pushed|slapped|strangled|choked|threatened|assaulted|grabbed|shouted at|called)",
    ],
    message: "Addresses the perpetrator about his behaviour.",
    explanation: `${WHY_GOOD} Pivoting to the perpetrator and documenting engagement with him is principle 3.`,
    sources: ["D4", "S15", "D30"],
    suggestions: [],
    examples: {
      match: [
        "I spoke to Mr B about his violence and its impact on the children.",
        "We are worried about your shouting.",
      ],
      noMatch: ["Mr B did not attend the meeting."],
    },
  }),
  define({
    id: "positive/pattern-of-control",
    kind: "positive",
    severity: "info",
    clause: FACT,
    patterns: [
      "(his|mr * 's|@father 's) (pattern|patterns) of (coercive|controlling|abusive|violent|behaviour)",
      "(pattern|patterns) of (coercive control|controlling behaviour|abuse) (by|from) (him|mr *|@father)",
    ],
    message: "Describes his pattern of behaviour, not a single incident.",
    explanation: `${WHY_GOOD} The perpetrator's pattern of coercive control is critical component 1.`,
    sources: ["S13", "S4"],
    suggestions: [],
    examples: {
      match: ["Mr B's pattern of coercive control includes tracking her phone."],
      noMatch: ["There was one incident."],
    },
  }),
  define({
    id: "positive/impact-on-child",
    kind: "positive",
    severity: "info",
    clause: FACT,
    patterns: [
      "(impact|effect|effects|harm) of (his|mr * 's|@father 's) (behaviour|violence|abuse|actions|choices|drinking) on (the|their)? @child",
      "(his|mr * 's|@father 's) (behaviour|violence|abuse|actions|choices) (has|have)? (harmed|harms|affected|affects|frightened|frightens|disrupted|disrupts|undermined|undermines)",
    ],
    message: "Says how his behaviour harms the child.",
    explanation: `${WHY_GOOD} The adverse impact of his behaviour on the child is critical component 4.`,
    sources: ["S8", "S4"],
    suggestions: [],
    examples: { match: ["Mr B's violence has frightened the children."], noMatch: ["The children witnessed DV."] },
  }),
  define({
    id: "positive/held-accountable",
    kind: "positive",
    severity: "info",
    clause: FACT,
    patterns: [
      "(hold|holding|held) (him|mr *|@father) (to account|accountable|responsible)",
      "(he|mr *|@father) (is|was) (100|fully|solely|entirely|wholly)? responsible for (his|the) (behaviour|violence|abuse)",
      "responsibility (lies|rests|sits) (with|solely with) (him|mr *|@father)",
    ],
    message: "Holds the perpetrator responsible.",
    explanation: `${WHY_GOOD} Telling the survivor he is "100% responsible" is part of partnering with her.`,
    sources: ["S6", "S15"],
    suggestions: [],
    examples: { match: ["Mr B is solely responsible for his violence."], noMatch: ["Both parents are responsible."] },
  }),
  define({
    id: "positive/survivor-voice",
    kind: "positive",
    severity: "info",
    clause: FACT,
    patterns: [
      "(she|@mother) (told me|told the worker|said|described|explained|shared) (that)? (he|mr *|@father) (@abuse-past|threatens|controls|checks|takes|stops|tracks|monitors|follows)",
    ],
    message: "Records the survivor's account of his behaviour in her words.",
    explanation: `${WHY_GOOD} Readers of files found "the mother's voice was very faint"; her account of his behaviour belongs in the record.`,
    sources: ["S21", "S6"],
    suggestions: [],
    examples: {
      match: ["Ms A said that Mr B checks her phone every night."],
      noMatch: ["Ms A was quiet during the visit."],
    },
  }),
];
