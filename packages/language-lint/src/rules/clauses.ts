/**
 * Role-aware rules: rules over clauses rather than stock phrases. Each names a predicate (what the
 * clause says someone did, failed to do or chose), who must be its subject, and the clause
 * conditions (negation, mood, reported speech, a named perpetrator) under which it is a concern.
 * The patterns are the fast first pass; the clause analysis runs only where they match.
 * @module
 */
import type { NoteRole, Rule } from "../rule.js";
import { BLAME_WHY, define, HIDDEN_WHY, MINIMISING_WHY } from "./define.js";

/** The non-abusive parent, or someone the linter could not place: never him, a child or a professional. */
const HER: { not: NoteRole[] } = { not: ["perpetrator", "male", "professional", "child", "parents", "addressee"] };
/** The person using harm, or someone the linter could not place. */
const HIM: { not: NoteRole[] } = { not: ["survivor", "female", "child", "professional", "addressee"] };

const PIVOT = "{perpetrator}'s {behaviour} harmed {child}; {survivor} [what she has done to protect them]";
const PROTECT = "(protect~|safeguard~|shield~)";
const CHILDREN = "(the|her|their|both|all)? (@child|kids|them|baby|girls|boys|*)";

/** Responsibilising, minimising and hidden-perpetrator rules over clauses. */
export const clauseRules: Rule[] = [
  define({
    id: "responsibilising/not-protected",
    severity: "error",
    patterns: [
      `${PROTECT} ${CHILDREN}`,
      `(keep~|kept) ${CHILDREN} (safe|away|out)`,
      "(act~|acted) (protectively|to protect|on (the|their|professional)? advice)",
      "(take~|taken|took) (any|the|all)? (necessary|protective|appropriate)? (steps|action|actions|measures)",
      "(follow~|kept to|keep to|stuck to|adhere~ to) (the|a|her|this|any)? (safety plan|plan|advice|agreement|written agreement|professional advice)",
      "(kept|keep|stuck|adhered) to (this|it|that)",
      "(take~|taken|took) responsibility for *{0,3} (safety|protection|welfare)",
      "(engage~|engaging) with (the|her)? (plan|freedom programme|idva|services|support|programme|professionals|safety plan)",
      "(shown|show|demonstrate~|prove~) (that)? (she)? (can|could|is able to|is willing to|understands|insight|protective|her ability|the capacity|capacity)",
      "(put|puts|putting|placed) (the|her)? (@child|kids|girls|boys|them|needs) first",
      "(left|leave|separated) (the relationship|him|mr *)? (sooner|earlier|years ago|yet)",
      "(prevent~|stop~) (@father|him|mr *|her partner|contact)",
      "(report~|disclose~) (the)? (assaults|assault|abuse|violence|incidents)",
    ],
    exceptions: ["(shown|show) (any)? (signs|symptoms)"],
    subject: HER,
    clause: { negated: true },
    message: "Recording what she has not done to protect them makes her responsible for his behaviour.",
    explanation: `${BLAME_WHY} Record what he did, and the full range of her efforts and what got in their way.`,
    sources: ["S16", "S17", "S5"],
    suggestions: [PIVOT],
    examples: {
      match: ["Mother has not protected the children from Mr B.", "Ms A did not follow the safety plan."],
      noMatch: [
        "Ms A has protected the children by changing the locks.",
        "Mr B has not protected the children from his own violence.",
      ],
    },
  }),
  define({
    id: "responsibilising/must-show",
    severity: "warning",
    patterns: [
      "(needs|need|needed|must|has|have) to (show|demonstrate|prove|prioritise|prioritize|protect|safeguard|keep|put|end|leave|separate|choose|understand|recognise|recognize|accept|take responsibility)",
      "should have (left|called|reported|protected|acted|ended|told|separated|kept|done)",
      "(could|should) have done more",
    ],
    subject: HER,
    clause: { negated: false },
    message:
      "Telling her what she needs to show puts the work of stopping his abuse on her: say what he needs to change.",
    explanation: `${BLAME_WHY} Plans and agreements that make the non-abusive parent responsible for stopping him have been criticised by inspections.`,
    sources: ["L13", "L15", "S17"],
    suggestions: ["{perpetrator} needs to [stop his behaviour]; {survivor} is supported to [her plan]"],
    examples: {
      match: ["Ms A needs to show she can keep the children safe.", "Mum should have called the police sooner."],
      noMatch: ["Mr B needs to stop using violence.", "Ms A needs to attend the dentist."],
    },
  }),
  define({
    id: "responsibilising/her-choices",
    severity: "error",
    patterns: [
      "(chose|choose~|chosen|choosing|decided|decide~|decision|decisions|choice|choices) (not)? to (stay|remain|return|resume|let|allow|continue|go back|take him back|take * back|reconcile|get back|keep seeing|have him|see him|live with him)",
      "(chose|chosen|choose~|choosing|prioritis~|prioritiz~|put~|placed|places|place~) (her|their)? (own)? (relationship|partner|boyfriend|him|@father|needs|feelings) (with *{1,2})? (over|before|above|ahead of)",
      "(relationship|partner) (with *{1,2})? (has|had)? (come|comes|came) (before|first|ahead of)",
      "(keeps|keep|kept|continues|continued|repeatedly) (to)? (going back|go back|taking * back|taking * *  back|letting|returning|seeing|allowing|see)",
      "(resume~|continue~|remain~|stay~|stayed|remains) (in|with)? (the|her|a)? relationship",
      "(let|lets) the relationship continue",
      "(has broken|broke|breached|breaking) (it|the agreement|the safety plan|the written agreement|the plan)",
      "(in denial|lack~ insight|lacks? (the)? (protective)? capacity|lack of protective|not protective|unable to see the risk|fail~ to (recognise|recognize|see|understand|acknowledge) the risk)",
      "(failure|inability|unable|unwilling|fail~) to (separate|leave|end the relationship|keep away|prioritise|prioritize|put * first|put the|see the risk|see the risks|accept that)",
    ],
    exceptions: ["(decision|choice) to (stay|remain) (was|is) (about|a|because)"],
    subject: HER,
    message: "This holds her responsible for his choices: he chose to return, to stay and to harm.",
    explanation: `${BLAME_WHY} Her choices are made under his abuse and are often safety decisions; the risk comes from his behaviour.`,
    sources: ["S15", "S16", "D9"],
    suggestions: [PIVOT],
    examples: {
      match: ["She chose to let him back into the home.", "Mum keeps going back to him."],
      noMatch: ["Mr B chose to move back in.", "Ms A chose to move to a refuge with the children."],
    },
  }),
  define({
    id: "responsibilising/placed-at-risk",
    severity: "error",
    patterns: [
      "(placed|placing|place~|put|puts|putting|leaves|left|leaving|exposes|exposed|exposing) (the|her|both)? (@child|them|kids|girls|boys|*)? (at|in)? (continued|significant|further|serious)? (risk|danger)",
      "(leaves|left|leaving) (the|her)? (@child|them|kids|*) (exposed|vulnerable|unprotected)",
      "(expose~) (the|her)? (@child|kids|*) to",
    ],
    subject: HER,
    clause: { negated: false },
    message: "This makes her the cause of the risk: the risk comes from his behaviour.",
    explanation: `${BLAME_WHY} Name whose behaviour creates the risk, and what she has done about it.`,
    sources: ["S8", "S17"],
    suggestions: ["{perpetrator}'s {behaviour} put {child} at risk"],
    examples: {
      match: ["Her decision to stay has left the children exposed.", "Chloe placed the children at risk."],
      noMatch: ["Mr B's decision to return has put Leo at risk."],
    },
  }),
  define({
    id: "minimising/softened-act",
    severity: "warning",
    patterns: [
      "(only|just|merely|simply|once|occasionally|sometimes|slightly|mildly|minor) (has|had|was|been|a)? (@abuse-verb|lost|loses|lashed|lash~|snapped|snap~|raise~|rough|aggressive|aggresive|controlling|possessive|physical|heavy handed|heavyhanded|shout~|threaten~|push|slap|assault|incident|carried away|letting off steam)",
      "(a bit|a little|a little bit|quite|bit of a|a few|slightly|a tendency to be|tendency to) (rough|aggressive|aggresive|controlling|possessive|physical|heavy handed|heavyhanded|much|over the top|verbally|nasty|angry|temper|anger|issues|short fuse|fuse|physical)",
      "(@abuse-verb) *{0,3} (a couple of times|on occasion|on occassion|at times|now and then|occasionally|sometimes|the one time|one time)",
      "(can|could) (be|get) (a bit|a little|quite|slightly)? (rough|aggressive|controlling|possessive|physical|heavy handed|heavyhanded|nasty|verbally)",
      "(short fuse|loses his temper|lost his temper|loses it|lost it)",
    ],
    subject: HIM,
    clause: { negated: false, reported: false },
    message: "A small word softens what he did: record the act, how often and its effect, without the softener.",
    explanation: MINIMISING_WHY,
    sources: ["D3", "S20"],
    suggestions: ["{perpetrator} [what he did, how often, and its effect on {survivor} and {child}]"],
    examples: {
      match: ["He accepts he only slapped her the one time.", "Dad can get a bit heavy-handed when he drinks."],
      noMatch: ["Mr B has only attended one session.", "Ms A said she feels a bit better."],
    },
  }),
  define({
    id: "hidden-perpetrator/harm-without-agent",
    severity: "warning",
    patterns: [
      "(exposed|exposure) to (@da|violence|abuse|coercive control|the violence|the abuse|years of *)",
      "(witness~|seen|heard|saw|hear|see) (@da|violence|abuse|the violence|the abuse|incidents|an incident|a number of incidents|several incidents|domestic *|shouting)",
      "(present|in the room|there|caught up) (during|when|for|in) (the|a|an)? (@da-incident|incident|assault|violence|abuse|attack|dv incident|the violence)",
      "(lived|living|live~|grown up|grew up|growing up) (with|around|in a (home|household) where (there is)?) (@da|violence|abuse|domestic *)",
      "(affected|impacted|traumatised|traumatized|harmed|hurt|scarred|damaged) by (the)? (@da|violence|abuse|years of *|coercive control|domestic *|the violence|the abuse)",
      "(@da|abuse|violence) (has|have|had) (had)? (an|a)? (significant|serious|big)? (impact|effect|affected|impacted)",
      "(experienced|suffered|endured) (@da|abuse|violence|physical *|emotional *|domestic *)",
      "(history|histories) of (@da|abuse|violence|domestic *)",
      "(@da|violence|abuse) (occurred|took place|happened|has been ongoing|is present|has been present|was present|occurs|has been)",
      "there (is|was|were|has been|have been) (further|several|a number of)? (@da|violence|abuse|@da-incident|domestic incidents|an incident|incidents)",
      "(incident|incidents) of (@da|violence|abuse)",
      "(violent environment|marked by (@da|violence|abuse))",
      "(was|were|been) (injured|hurt|locked|smashed)",
      "sustained (a|an)? *{0,2} (@injury|wrist|arm|nose|rib|ribs|jaw)",
      "(received|suffered) (a|an)? (@injury)",
      "(a|an) incident (took place|occurred|happened)",
    ],
    exceptions: [
      "(injured|hurt|injury|injuries) (in|during) (a|an|the)? (car|road|traffic|sports|football)? (accident|crash|fall|match|game)",
    ],
    agent: "absent",
    clause: { perpetratorNamed: false, hypothetical: false },
    message: "Harm is described with no one doing it: name who did it.",
    explanation: HIDDEN_WHY,
    sources: ["S4", "S20", "D3"],
    suggestions: ["{perpetrator} {behaviour}, and {child} [saw / heard / was harmed]"],
    examples: {
      match: ["Domestic abuse has had an impact on the children.", "Ellie has grown up around violence."],
      noMatch: ["Mr B's abuse has had an impact on the children.", "Tyler was injured when Mr W threw a chair."],
    },
  }),
];
