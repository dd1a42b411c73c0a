import type { Rule } from "../rule.js";
import { define, VAGUE_WHY } from "./define.js";

const SPECIFIC = "{perpetrator} {behaviour} {survivor} [when, how often, with what effect on {child}]";

/** A general term where the behaviour should be named. */
export const vagueRules: Rule[] = [
  define({
    id: "vague/da-concerns",
    severity: "warning",
    patterns: ["(@da|domestic) (concern|concerns|issues|issue|worries|problems|factors|matters)"],
    message: '"DV concerns" says nothing about what happened: name the behaviours, who did them, and the impact.',
    explanation: VAGUE_WHY,
    sources: ["L12", "S20", "S18"],
    suggestions: [SPECIFIC],
    examples: {
      match: ["The case was opened due to DV concerns.", "There are domestic abuse issues in the family."],
      noMatch: ["The case was opened after Mr B strangled Ms A in front of the children."],
    },
  }),
  define({
    id: "vague/concerns-about-da",
    severity: "warning",
    patterns: [
      "(concern|concerns|worries|worry|issues) (about|around|regarding|re|in relation to|of|relating to|with|over) (@da|domestic|the relationship|the parents ' relationship)",
    ],
    message: '"Concerns around DA" leaves the reader to guess: say what he did and how it affects the children.',
    explanation: VAGUE_WHY,
    sources: ["L12", "S20"],
    suggestions: [SPECIFIC],
    examples: {
      match: ["There are concerns around domestic violence.", "Referral made due to concerns regarding DA."],
      noMatch: ["Referral made because Mr B threatened to kill Ms A."],
    },
  }),
  define({
    id: "vague/relationship-issues",
    severity: "warning",
    patterns: [
      "(@relationship|couple|couple 's|parental|marital) (issues|issue|problems|problem|difficulties|difficulty|concerns|worries|breakdown issues)",
    ],
    message: '"Relationship issues" can hide abuse: if it is abuse, name the behaviours and who does them.',
    explanation: VAGUE_WHY,
    sources: ["S20", "D3"],
    suggestions: [SPECIFIC],
    examples: {
      match: ["The parents have relationship issues.", "Mother mentioned marital problems."],
      noMatch: ["Ms A said Mr B controls the money and stops her seeing her family."],
    },
  }),
  define({
    id: "vague/incident-of-da",
    severity: "warning",
    patterns: [
      "(an|one|the|another|a further|further|several|two|three|four|many|numerous|multiple|recent)? (incident|incidents|episode|episodes|occurrence|occurrences|instance|instances|report|reports) of (@da|abuse|violence|domestic abuse)",
    ],
    message: '"An incident of DA" names a category, not an act: say what he did.',
    explanation: VAGUE_WHY,
    sources: ["S20", "S4", "L12"],
    suggestions: [SPECIFIC],
    examples: {
      match: ["There was an incident of DA on 3 March.", "Police reported two incidents of domestic violence."],
      noMatch: ["On 3 March Mr B punched Ms A twice in the face."],
    },
  }),
  define({
    id: "vague/risk-of-da",
    severity: "warning",
    patterns: [
      "(the|a|high|significant|ongoing|potential|increased|continued|serious)? (risk|risks) of (@da|violence|abuse|domestic abuse|further (incidents|@da|violence|abuse))",
    ],
    message: '"The risk of DV" hides whose behaviour is the risk: name him and what he might do.',
    explanation: VAGUE_WHY,
    sources: ["S18", "S20"],
    suggestions: ["the risk that {perpetrator} will {behaviour}"],
    examples: {
      match: ["There is a high risk of domestic violence.", "The plan addresses the risk of further incidents."],
      noMatch: ["There is a high risk that Mr B will assault Ms A again."],
    },
  }),
  define({
    id: "vague/da-is-a-factor",
    severity: "warning",
    patterns: [
      "(@da) (is|was|remains|has been|are|were) (a|the|an)? (ongoing|key|significant|main|current|presenting)? (concern|factor|issue|feature|presenting issue|worry|theme|risk)",
    ],
    message: '"DA is a concern" without detail: say what type, which behaviours, and their impact.',
    explanation: `${VAGUE_WHY} A national review found only 35 of 72 reviews said what the abuse was.`,
    sources: ["L12", "S20"],
    suggestions: [SPECIFIC],
    examples: {
      match: ["DA is a concern in this family.", "Domestic violence remains a key factor."],
      noMatch: ["Mr B's threats to Ms A remain the main risk to the children."],
    },
  }),
  define({
    id: "vague/history-of-da",
    severity: "warning",
    patterns: [
      "(a|long|lengthy|known|significant|extensive)? history of (@da|abuse|violence|domestic abuse|incidents)",
    ],
    // The history is then spelled out.
    exceptions: ["history of (@da|abuse|violence|incidents) *{0,6} (including|includes|included|such as|namely|eg)"],
    message: '"A history of DA" hides the pattern: say who did what, when, and to whom.',
    explanation: VAGUE_WHY,
    sources: ["S4", "S20"],
    suggestions: ["{perpetrator} has {behaviour} since [when], including [examples]"],
    examples: {
      match: ["There is a history of DV in the family.", "Mr Jones has a long history of domestic abuse."],
      noMatch: [
        "Mr B has assaulted Ms A four times since 2021.",
        "Mr B has a history of violence against previous partners, including a conviction for assault in 2019.",
      ],
    },
  }),
  define({
    id: "vague/da-incident",
    severity: "info",
    patterns: ["@da (incident|incidents|episode|episodes|event|events|callout|callouts|call-out|call-outs)"],
    message: 'A "DA incident" says what kind of record it is, not what happened: add what he did.',
    explanation: VAGUE_WHY,
    sources: ["S20", "S19"],
    suggestions: [SPECIFIC],
    examples: {
      match: ["Police attended a DV incident at the address."],
      noMatch: ["Police attended after Mr B smashed the front door.", "Police attended a domestic dispute."],
    },
  }),
  define({
    id: "vague/the-incident",
    severity: "info",
    patterns: ["(the|this|that|an|recent|latest|last|most recent) (incident|incidents)"],
    exceptions: ["(the|this|that|an|recent|latest|last) incident (log|number|report|reference|ref)"],
    message: '"The incident" leaves out what happened: name the behaviour at least once.',
    explanation: `${VAGUE_WHY} An incident lens also hides the pattern across time.`,
    sources: ["S19", "S4"],
    suggestions: ["{perpetrator}'s {behaviour} on [date]"],
    examples: {
      match: ["Ms A said the incident was frightening."],
      noMatch: ["Ms A said being strangled by Mr B was frightening."],
    },
  }),
  define({
    id: "vague/home-environment",
    severity: "info",
    patterns: [
      "(chaotic|unstable|unsafe|toxic|difficult|hostile|tense|unsettled|unhealthy) (home|household|environment|home environment|family environment|home life|atmosphere|living situation)",
    ],
    message: 'A "chaotic home" describes a result, not its cause: name whose behaviour makes it so.',
    explanation: VAGUE_WHY,
    sources: ["S8", "S20"],
    suggestions: ["{perpetrator}'s {behaviour} makes home [how it affects {child}]"],
    examples: {
      match: ["The children live in a chaotic home environment."],
      noMatch: ["The children's sleep is disrupted by Mr B's shouting at night."],
    },
  }),
  define({
    id: "vague/inappropriate-behaviour",
    severity: "info",
    patterns: [
      "(inappropriate|concerning|challenging|problematic|worrying|unacceptable|difficult|poor|negative) (behaviour|behaviours|behavior|behaviors|conduct|actions)",
    ],
    subject: { not: ["child"] },
    message: '"Inappropriate behaviour" names a judgment, not a behaviour: say what he did.',
    explanation: VAGUE_WHY,
    sources: ["S20", "D3"],
    suggestions: ["{perpetrator} {behaviour}"],
    examples: {
      match: ["Father displayed inappropriate behaviour at contact."],
      noMatch: ["At contact Mr B told the children their mother is a liar."],
    },
  }),
  define({
    id: "vague/abusive-behaviour",
    severity: "info",
    patterns: [
      "(abusive|controlling|coercive|threatening|violent|aggressive|intimidating) (and (abusive|controlling|coercive|threatening|violent|aggressive))? (behaviour|behaviours|behavior|behaviors|conduct)",
    ],
    exceptions: ["responsible for (his|their) *{0,3} (behaviour|behaviours|behavior|behaviors|conduct)"],
    message: "Say which abusive behaviours: the specific acts are what plans and courts can use.",
    explanation: VAGUE_WHY,
    sources: ["S20", "S13"],
    suggestions: ["{perpetrator} [specific behaviours, e.g. tracks Ms A's phone, takes her wages]"],
    examples: {
      match: ["Mr B has shown controlling behaviour."],
      noMatch: ["Mr B tracks Ms A's phone and takes her wages."],
    },
  }),
  define({
    id: "vague/type-of-abuse",
    severity: "info",
    patterns: [
      "(verbal|verbally|emotional|emotionally|psychological|psychologically|physical|physically|financial|financially|economic|sexual) (abuse|abusive|violence|aggression|harm)",
    ],
    exceptions: ["(physical|sexual|emotional) abuse (of|to) (the|a)? (child|children)"],
    message: '"{excerpt}" names a type: add what he said or did.',
    explanation: VAGUE_WHY,
    sources: ["S20", "D3"],
    suggestions: ["{perpetrator} [what he said or did]"],
    examples: {
      match: [
        "Ms A described emotional abuse.",
        "Mr B is verbally abusive.",
        "The children have suffered emotional harm.",
      ],
      noMatch: ["Ms A said Mr B calls her fat and useless every day."],
    },
  }),
  define({
    id: "vague/safeguarding-concerns",
    severity: "info",
    patterns: ["(safeguarding|welfare|child protection|cp) (concern|concerns|issues|worries)"],
    message: '"Safeguarding concerns" without detail: say what the concern is and whose behaviour causes it.',
    explanation: VAGUE_WHY,
    sources: ["S20", "L12"],
    suggestions: ["{perpetrator}'s {behaviour} [impact on {child}]"],
    examples: {
      match: ["The school raised safeguarding concerns."],
      noMatch: ["The school said Child A is afraid to go home when Mr B is there."],
    },
  }),
  define({
    id: "vague/da-unnamed",
    severity: "warning",
    patterns: [
      "(@da) (was|were|has been|had been|is)? (reported|noted|disclosed|referenced|mentioned|alleged|identified|flagged|recorded)",
      "(disclose~|report~|mention~|allege~|raise~|reference~|cite~|note~|flag~|record~) (historic|historical|previous|past|recent|ongoing|further|more)? @da",
    ],
    // Who did it is named: the behaviour may follow in the next sentence.
    exceptions: [
      "@da (from|by|perpetrated by) (mr *|@father|@perpetrator|him|her (partner|ex|husband|boyfriend))",
      "@da *{0,6} (including|includes|included|such as|namely|eg)",
      // "noted DA concerns" is the label rules' to report, once.
      "@da (concern|concerns|issues|issue|worries|problems|factors|matters|incident|incidents|referral|referrals|notification|notifications)",
    ],
    message: "Say what was reported: the behaviour, who did it, and when.",
    explanation: VAGUE_WHY,
    sources: ["S20", "L12"],
    suggestions: ["{survivor} reported that {perpetrator} {behaviour}"],
    examples: {
      match: [
        "Domestic abuse was disclosed at the visit.",
        "Ms Osei disclosed domestic violence at the school gate.",
        "The health visitor's referral mentions DA.",
      ],
      noMatch: [
        "At the visit Ms A disclosed that Mr B strangled her.",
        "Ms A disclosed domestic abuse by Mr B: he has strangled her twice since March.",
      ],
    },
  }),
  define({
    id: "vague/police-callout",
    severity: "info",
    patterns: [
      "(police|officers) (were|was)? (called|attended) (to)? (the)? (address|property|house|home|family home|flat)",
      "police (call-out|call-outs|callout|callouts|call out|call outs)",
    ],
    exceptions: ["(called|attended) (after|because|when) (mr|he|@father)"],
    message: "A police call-out records an incident: add what he did, and how it fits his pattern.",
    explanation: VAGUE_WHY,
    sources: ["S19", "S4"],
    suggestions: ["police attended after {perpetrator} {behaviour}"],
    examples: {
      match: ["Police were called to the address."],
      noMatch: ["Police attended after Mr B smashed the front door.", "Police attended a domestic dispute."],
    },
  }),
];
