import type { Rule } from "../rule.js";
import { define, HIDDEN_WHY } from "./define.js";

const NAMED = "{perpetrator} {verb} {survivor}";

/** Abuse described with no one doing it. */
export const hiddenPerpetratorRules: Rule[] = [
  define({
    id: "hidden-perpetrator/agentless-passive",
    severity: "warning",
    patterns: [
      "(@be|@get) (@adverb|not)? @adverb? verb=@abuse-pp (up|down|about|around|over|to the ground|against the wall)?",
      "(@be|@get) @adverb{0,2} verb=(held (down|by the throat|hostage|against)|locked (in|out)|tied up|thrown out|pushed over|knocked (down|over|unconscious|out)|spat at|shouted at|sworn at|screamed at|cut off from)",
    ],
    exceptions: [
      "(@be|@get) not",
      "(@be|@get) never",
      "(injured|hurt|harmed|struck|hit|knocked) (in|by) (a|an|the) (car|road|traffic|accident|fall|crash|collision|ball|door)",
      "(@be|@get|left|looked|appeared|seemed) (visibly|clearly|very|quite|really|still|understandably|emotionally|a bit|a little) (shaken|hurt)",
    ],
    agent: "absent",
    subject: { not: ["perpetrator", "male", "addressee"] },
    message: 'A passive with no one doing it ("she was kicked") hides the perpetrator: say who did it.',
    explanation: `${HIDDEN_WHY} Write "Paul assaulted Sally", not "Sally was assaulted".`,
    sources: ["D3", "D1", "D5", "D2"],
    suggestions: [NAMED, "{perpetrator} {verb} {survivor} [where, how]"],
    examples: {
      match: [
        "Ms C was kicked on Friday.",
        "She was pushed down the stairs.",
        "The baby got hurt during the incident.",
        "Mother has been repeatedly assaulted.",
        "She was held down by the throat.",
        "The baby was shaken.",
      ],
      noMatch: [
        "Ms C was kicked by Mr D on Friday.",
        "Mr D was cautioned for the assault.",
        "Ms C was kicked repeatedly in the stomach by her partner.",
        "Mr D was arrested and charged.",
        "Ms C was not hurt.",
        "Ms C was visibly shaken when we arrived.",
        "Ms C was injured in a car accident last year.",
      ],
    },
  }),
  define({
    id: "hidden-perpetrator/injuries-without-cause",
    severity: "warning",
    patterns: [
      "(had|has|have|sustained|suffered|presented with|presents with|noted|observed|seen with|with|visible|showing|shows|showed) (a|an|some|several|two|three|multiple|significant|serious|facial|fresh|old|new)? *{0,2} @injury",
    ],
    exceptions: [
      "no *{0,2} @injury",
      "@injury *{0,6} (from|after|when|where) (he|him|his|mr|@father|her partner)",
      "(caused|inflicted|left|given) by",
    ],
    agent: "absent",
    subject: { not: ["perpetrator", "male", "addressee"] },
    message: "An injury with no cause recorded hides who caused it: say what he did, as far as it is known.",
    explanation: HIDDEN_WHY,
    sources: ["D3", "D2"],
    suggestions: [
      "{survivor} had [injury] after {perpetrator} [behaviour]",
      "{survivor} said {perpetrator} caused [injury] by [behaviour]",
    ],
    examples: {
      match: ["Ms A had a black eye at the visit.", "Mother presented with bruising to her arms."],
      noMatch: ["Ms A had a black eye after Mr B punched her.", "There were no injuries."],
    },
  }),
  define({
    id: "hidden-perpetrator/witnessed-da",
    severity: "warning",
    patterns: [
      "(witness~|saw|seen|see|sees|heard|hear|hears|overheard|overhear) (the|some|ongoing|repeated|frequent|parental|domestic)? *{0,1} (@da|@da-incident|abuse|violence|incident|incidents|argument|arguments|fighting|rows|assault|assaults|arguing)",
      "(child|children|they) (witness|witnesses) to (@da|abuse|violence)",
      "(@child|they) (@be|have been|had been) (present|in the room|in the home|in the house|at home) (during|when|while|for) (the)? (incident|incidents|@da|violence|abuse|arguments|argument)",
    ],
    exceptions: ["(heard|saw|seen|witnessed) (mr *|him|his|@father|he) *{0,2}"],
    message:
      '"The children witnessed DV" makes them bystanders to something no one did: they are victims of his abuse in their own right.',
    explanation: `${HIDDEN_WHY} The Domestic Abuse Act 2021 treats children who see, hear or experience abuse as victims in their own right, and S&T asks for the actions the perpetrator took that harmed the child.`,
    sources: ["L11", "S8", "S4"],
    suggestions: [
      "{child} saw {perpetrator} {behaviour} {survivor}",
      "{child} [how they were harmed by {perpetrator}'s behaviour]",
    ],
    examples: {
      match: [
        "The children witnessed DV.",
        "The children were present during the incident.",
        "Child A has heard domestic abuse.",
      ],
      noMatch: ["Child A saw Mr B strangle their mother.", "The children heard Mr B threaten to kill their mother."],
    },
  }),
  define({
    id: "hidden-perpetrator/exposed-to-da",
    severity: "warning",
    patterns: [
      "(exposed|exposure|exposing) to (@da|abuse|violence|domestic|incidents|conflict|arguments|parental conflict|the abuse|the violence|risk|harm|trauma)",
    ],
    exceptions: ["expose~ to (his|your|their (father|dad) 's|mr *|@father 's)"],
    subject: { not: ["survivor", "female", "parents", "perpetrator", "male"] },
    message: '"Exposed to DA" hides who exposed them: name his behaviour and how it harms the child.',
    explanation: HIDDEN_WHY,
    sources: ["L11", "S8", "D3"],
    suggestions: ["{child} [saw, heard, or lived with] {perpetrator}'s {behaviour}"],
    examples: {
      match: ["The children have been exposed to domestic violence.", "There are concerns about exposure to DA."],
      noMatch: [
        "The children have been exposed to their father's violence.",
        "You exposed your children to your shouting and threats.",
      ],
    },
  }),
  define({
    id: "hidden-perpetrator/abuse-occurred",
    severity: "warning",
    patterns: [
      "(@da|abuse|violence|(an|the) (assault|incident|attack)|(the|an) @da-incident) (occurred|occurs|took place|takes place|happened|happens|has occurred|had occurred|has happened|had happened|escalated|escalates|continued|continues|is ongoing|was ongoing|ensued|broke out|erupted|started|began|increased|got worse|resumed)",
    ],
    message: '"DV occurred" describes abuse like weather: say who did it.',
    explanation: HIDDEN_WHY,
    sources: ["D3", "D1"],
    suggestions: ["{perpetrator} {behaviour}"],
    examples: {
      match: ["Domestic violence occurred in the home.", "The abuse escalated after the birth."],
      noMatch: ["Mr B's abuse of Ms A escalated after the birth."],
    },
  }),
  define({
    id: "hidden-perpetrator/there-was-an-incident",
    severity: "warning",
    patterns: [
      "there (was|were|has been|have been|had been|is|are) (a|an|another|further|several|some|two|three|multiple|ongoing|repeated|numerous|many|recent)? *{0,2} (incident|incidents|@da-incident|@da|violence|assault|assaults|altercation|altercations|episode|episodes|disturbance|disturbances)",
    ],
    exceptions: [
      "there (is|are|was|were|have been|has been) *{0,2} @da (concern|concerns|issues|worries|factors|referral|referrals|notification|notifications)",
    ],
    message: '"There was an incident" has no one in it: say who did what.',
    explanation: `${HIDDEN_WHY} An incident-based lens also hides the pattern over time.`,
    sources: ["D3", "S19", "S4"],
    suggestions: ["{perpetrator} {behaviour} {survivor} on [date]"],
    examples: {
      match: ["There was an incident on Saturday night.", "There have been three DV incidents this year."],
      noMatch: ["On Saturday night Mr B threw Ms A's phone at the wall.", "There are DV concerns in the family."],
    },
  }),
  define({
    id: "hidden-perpetrator/family-violence",
    severity: "warning",
    patterns: [
      "family violence",
      "violence (in|at|within) (the)? (home|family|household)",
      "(violent|abusive) (home|household|family|environment|home environment|upbringing)",
      "(@da|abuse|violence) (in|within) the (home|family|household)",
    ],
    exceptions: ["(his|her|their) (violent|abusive) (upbringing|childhood)"],
    message: '"Family violence" or "a violent home" spreads one person\'s violence over the family: name who uses it.',
    explanation: HIDDEN_WHY,
    sources: ["D6", "D3"],
    suggestions: ["{perpetrator}'s {behaviour} at home"],
    examples: {
      match: ["The children live in a violent household.", "There is DA in the home."],
      noMatch: ["Mr B is violent to Ms A at home."],
    },
  }),
  define({
    id: "hidden-perpetrator/children-were-exposed",
    severity: "warning",
    patterns: ["@child (@be|have been|had been) (exposed|subjected) to"],
    exceptions: ["(exposed|subjected) to (his|your|their (father|dad) 's|mr *|@father 's)"],
    message: '"The children were exposed to" leaves out who exposed them: name him.',
    explanation: HIDDEN_WHY,
    sources: ["L11", "S8"],
    suggestions: ["{perpetrator}'s {behaviour} harmed {child}"],
    examples: {
      match: ["The children were exposed to frequent arguments."],
      noMatch: ["The children were exposed to their father's violence."],
    },
  }),
  define({
    id: "hidden-perpetrator/subjected-to",
    severity: "warning",
    patterns: [
      "(subjected|subject) to (@da|abuse|violence|assault|assaults|threats|coercive control|control|harassment|stalking|intimidation|years of abuse)",
    ],
    agent: "absent",
    exceptions: ["subject~ to (his|mr *|@father 's)"],
    message: '"She was subjected to abuse" hides who subjected her to it.',
    explanation: HIDDEN_WHY,
    sources: ["D3", "D1"],
    suggestions: ["{perpetrator} {behaviour} {survivor}"],
    examples: {
      match: ["Ms A was subjected to domestic abuse for years."],
      noMatch: ["Ms A was subjected to abuse by Mr B for years."],
    },
  }),
  define({
    id: "hidden-perpetrator/victim-of-da",
    severity: "info",
    patterns: ["(victim|victims|survivor|survivors) of (@da|abuse|violence|an assault|assault|coercive control)"],
    exceptions: ["of (@da|abuse|violence) (by|from) *"],
    message: '"A victim of DA" leaves out whose abuse: name him where it is known.',
    explanation: HIDDEN_WHY,
    sources: ["D3", "D15"],
    suggestions: ["a survivor of {perpetrator}'s abuse"],
    examples: {
      match: ["Ms A is a victim of domestic abuse."],
      noMatch: ["Ms A has been abused by Mr B since 2021."],
    },
  }),
  define({
    id: "hidden-perpetrator/assault-on",
    severity: "warning",
    patterns: [
      "(the|an|a|this|that|recent|latest) (assault|attack|attacks|assaults) (on|against|upon) (her|ms *|@mother|@child|the mother)",
    ],
    agent: "absent",
    message: '"The assault on Ms A" has no one assaulting: name him.',
    explanation: HIDDEN_WHY,
    sources: ["D3"],
    suggestions: ["{perpetrator}'s assault on {survivor}"],
    examples: {
      match: ["The assault on Ms A was reported to police."],
      noMatch: ["Mr B's assault on Ms A was reported to police."],
    },
  }),
  define({
    id: "hidden-perpetrator/relationship-became-abusive",
    severity: "warning",
    patterns: [
      "(things|it|he)? (became|turned|got|went) (abusive|violent|physical|controlling) (after|when|during|in|once)",
    ],
    subject: { not: ["perpetrator", "male"] },
    message: '"It became abusive" leaves out who became abusive.',
    explanation: HIDDEN_WHY,
    sources: ["D3", "D1"],
    suggestions: ["{perpetrator} began to {behaviour} after [when]"],
    examples: {
      match: ["The relationship became abusive after the birth."],
      noMatch: ["Mr B became abusive after the birth."],
    },
  }),
  define({
    id: "hidden-perpetrator/abuse-started",
    severity: "info",
    patterns: [
      "(the)? (abuse|violence|control|threats) (started|began|stopped|ended|ceased|has stopped|has ended|got worse|intensified|reduced)",
    ],
    exceptions: ["(his|mr *|@father 's) (abuse|violence|control|threats)"],
    message: '"The abuse started" has no abuser: say when he started, and what he did.',
    explanation: HIDDEN_WHY,
    sources: ["D3"],
    suggestions: ["{perpetrator} started to {behaviour} in [when]"],
    examples: {
      match: ["The violence started when she was pregnant."],
      noMatch: ["Mr B's violence started when Ms A was pregnant."],
    },
  }),
  define({
    id: "hidden-perpetrator/woman-was-beaten",
    severity: "warning",
    patterns: [
      "(a|one) (woman|women|mother|mum|partner) (is|was|are|gets|get) (beaten|assaulted|killed|abused|attacked) every",
    ],
    message: "Statistics written in the passive hide the men who do the harm.",
    explanation: HIDDEN_WHY,
    sources: ["D15"],
    suggestions: ["a man beats a woman every [interval]"],
    examples: {
      match: ["A woman is assaulted every minute in this country."],
      noMatch: ["Men assault a woman every minute in this country."],
    },
  }),
  define({
    id: "hidden-perpetrator/mother-and-child-harmed",
    severity: "info",
    patterns: ["(harm|harmed|risk|hurt|danger|threat) (to|towards) (mother|ms *|@mother) and (the)? @child"],
    subject: { not: ["perpetrator", "male"] },
    message: 'Risk "to mother and the children" says who is in danger but not from whom: name the source of the risk.',
    explanation: HIDDEN_WHY,
    sources: ["S18", "D3"],
    suggestions: ["the risk {perpetrator} poses to {survivor} and {child}"],
    examples: {
      match: ["There is a high risk of harm to mother and the children."],
      noMatch: ["Mr B poses a high risk of harm to Ms A and the children."],
    },
  }),
];
