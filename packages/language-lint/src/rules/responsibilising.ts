import type { Rule } from "../rule.js";
import { BLAME_WHY, define } from "./define.js";

const SHIFT = "{perpetrator}'s {behaviour} harmed {child}; {survivor} [what she has done to protect them]";

/** The non-abusive parent held responsible for the perpetrator's behaviour or for stopping it. */
export const responsibilisingRules: Rule[] = [
  define({
    id: "responsibilising/failed-to-protect",
    severity: "error",
    subject: { not: ["perpetrator", "male", "professional"] },
    patterns: [
      "(fail~|failure|unable|not able) to (protect|safeguard) (the|her|their)? @child?",
      "(failed|failing|fails) in her (duty|responsibility) to (protect|safeguard)",
    ],
    message: '"Failed to protect" holds the survivor responsible for the perpetrator\'s violence.',
    explanation: `${BLAME_WHY} Safe & Together was built to move systems away from a "failure to protect" response: record his actions, and her protective efforts.`,
    sources: ["S16", "D14", "S17"],
    suggestions: [SHIFT],
    examples: {
      match: [
        "Mother failed to protect the children from Mr B.",
        "There are concerns about Ms A's failure to protect.",
        "She has been unable to protect the children.",
      ],
      noMatch: ["Mr B's violence put the children at risk; Ms A called the police and moved to her sister's."],
    },
  }),
  define({
    id: "responsibilising/unable-or-unwilling",
    severity: "error",
    patterns: [
      "(unable|unwilling) (or|and)? (unable|unwilling)? to (keep|protect|safeguard|prioritise|prioritize|put) (the|her|herself)? (and (the|her)? @child)? (safe)?",
      "(unwilling|unable|refuses|refused) to (leave|separate from|end the relationship)",
    ],
    subject: { not: ["perpetrator", "male", "addressee", "professional"] },
    message: '"Unable or unwilling to keep the children safe" makes her responsible for his behaviour.',
    explanation: BLAME_WHY,
    sources: ["S16", "S17", "L15"],
    suggestions: [SHIFT],
    examples: {
      match: ["Ms A is unable or unwilling to keep the children safe.", "Mother remains unwilling to leave."],
      noMatch: [
        "Mr B is unwilling to stop his abuse of Ms A.",
        "Ms A has kept the children safe by moving to a refuge.",
      ],
    },
  }),
  define({
    id: "responsibilising/allowed-him",
    severity: "error",
    patterns: [
      "(allow~|let|lets|letting|permit~) (him|@father|@perpetrator|((her|the) (partner|boyfriend|ex|expartner))) (to)? (back|return|into|in|come|have|see|stay|contact|around|near|unsupervised|move)",
      "(allow~|let|letting|permit~) (him|@father) (to)? (have)? (unsupervised)? contact",
      "(allow~|let|lets|letting) (the children|the kids|the baby|@child) (to)? (have contact|see|visit|stay with|be around|be near|live with) (him|@father|(her (partner|boyfriend|ex)))",
      "(allow~|let|lets|letting) (him|@father|(her (partner|boyfriend|ex))) (to)? (attend|visit|babysit|be|stay over|live)",
    ],
    subject: { not: ["perpetrator", "male", "professional", "child"] },
    message: '"She allowed him back" puts his choices on her: he chose to return, and he chose to harm.',
    explanation: `${BLAME_WHY} "How could you allow this?" is one of the victim-blaming questions survivors report.`,
    sources: ["D9", "S15"],
    suggestions: ["{perpetrator} returned to the home on [date] and {behaviour}"],
    examples: {
      match: [
        "Ms A allowed him back into the family home.",
        "Mother let Mr B see the children unsupervised.",
        "she let him stay over at the weekend",
      ],
      noMatch: ["The court allowed him supervised contact.", "Mr B returned to the home against Ms A's wishes."],
    },
  }),
  define({
    id: "responsibilising/exposed-the-children",
    severity: "error",
    patterns: ["expose~ (the|her|both)? @child to"],
    subject: { is: ["survivor", "female"] },
    message: '"She exposed the children to DA" blames her for his abuse: it was his behaviour that harmed them.',
    explanation: `${BLAME_WHY} The harm to children comes from the perpetrator's choices through multiple pathways, not from her.`,
    sources: ["S8", "S4", "S17"],
    suggestions: ["{perpetrator}'s {behaviour} harmed {child}"],
    examples: {
      match: ["Ms A has exposed the children to domestic abuse.", "Mother continues to expose the children to risk."],
      noMatch: [
        "Mr B's violence towards Ms A has harmed the children.",
        "You exposed your children to your shouting and threats.",
      ],
    },
  }),
  define({
    id: "responsibilising/allowing-children-to-witness",
    severity: "error",
    patterns: ["(allow~|let|letting|permit~) (the|her)? @child (to)? (witness|see|hear|be exposed|be present)"],
    subject: { not: ["perpetrator", "male", "professional"] },
    message: "Saying she let the children witness abuse makes her responsible for what he did.",
    explanation: BLAME_WHY,
    sources: ["S8", "S17"],
    suggestions: ["{perpetrator} {behaviour} in front of {child}"],
    examples: {
      match: ["Mother allowed the children to witness the violence."],
      noMatch: ["Mr B assaulted Ms A in front of the children."],
    },
  }),
  define({
    id: "responsibilising/chose-him",
    severity: "error",
    patterns: [
      "(chose|chosen|choose|chooses|choosing|picked|picks|put|puts|putting|prioritised|prioritises|prioritising|prioritized|prioritizes) (him|her partner|the relationship|@father|her relationship|their relationship) (over|above|before) (the|her)? @child",
      "(chose|choose|chooses|choosing) (him|@father|the relationship) (instead of|rather than)",
    ],
    message: '"Choosing him over the children" blames her for his abuse and ignores what leaving costs and risks.',
    explanation: `${BLAME_WHY} Pivot instead to his parenting choices.`,
    sources: ["S15", "D12"],
    suggestions: ["{perpetrator} chose to {behaviour} although it harms {child}"],
    examples: {
      match: ["Ms A has chosen him over the children.", "Mother is prioritising her relationship over the children."],
      noMatch: ["Mr B chose to use violence in front of the children."],
    },
  }),
  define({
    id: "responsibilising/prioritise-the-children",
    severity: "warning",
    patterns: [
      "(fail~|unable|not able|struggles|struggling|needs|need) to (prioritise|prioritize|put) (the|her)? @child (first|needs)?",
      "(not|isnt|wasnt) (prioritising|prioritizing|putting) (the|her)? @child",
      "(not|never|hasnt|havent|didnt|did not) (prioritised|prioritized|prioritise|prioritize) (the|her)? @child",
    ],
    subject: { not: ["perpetrator", "male", "professional"] },
    message: "Saying she does not prioritise the children frames his abuse as her parenting failure.",
    explanation: BLAME_WHY,
    sources: ["S15", "S17"],
    suggestions: ["{perpetrator}'s {behaviour} undermines {survivor}'s parenting: [how]"],
    examples: {
      match: ["Ms A needs to prioritise the children.", "Mother is not prioritising the children's needs."],
      noMatch: ["Mr B needs to prioritise the children's safety over his anger."],
    },
  }),
  define({
    id: "responsibilising/chose-to-stay",
    severity: "error",
    patterns: [
      "(chose|chooses|choose|choosing|decided|decides) to (stay|remain|return|go back|resume|continue) (with him|in the relationship|with mr *|with @father|the relationship)?",
      "(her|mother 's) (choice|decision) to (stay|remain|return|go back|resume|continue)",
    ],
    subject: { not: ["perpetrator", "male", "child", "professional"] },
    message: '"She chose to stay" ignores the barriers to leaving, and the danger of it.',
    explanation: `${BLAME_WHY} Separation is often the most dangerous time; ask what barriers she faces and what he does to keep her.`,
    sources: ["D12", "D13", "S15"],
    suggestions: ["{survivor} remains in the relationship; barriers to leaving include [what she has said]"],
    examples: {
      match: ["Ms A chose to stay in the relationship.", "Despite advice, mother decided to return to him."],
      noMatch: ["The children chose to stay with their grandmother.", "Mr B chose to remain at the address."],
    },
  }),
  define({
    id: "responsibilising/went-back",
    severity: "warning",
    patterns: [
      "(went|gone|goes|go|going|returned|returns|return|returning|moved) back (to|in with) (him|mr *|@father|her partner|the relationship|the perpetrator)",
      "(resumed|resume|resuming|rekindled|restarted) (the|her|their)? relationship",
      "(reconciled|reconcile|reconciling|reconciliation) with (him|mr *|@father|her partner)",
      "let him move back in",
    ],
    subject: { not: ["perpetrator", "male", "child", "professional"] },
    message:
      '"She went back to him" puts the spotlight on her: record what he did to draw her back and what barriers she faces.',
    explanation: BLAME_WHY,
    sources: ["D12", "S15"],
    suggestions: [
      "{survivor} resumed the relationship; {perpetrator} [how he pressured her]; barriers she describes: [what]",
    ],
    examples: {
      match: ["Ms A went back to Mr B in March.", "Mother has rekindled the relationship."],
      noMatch: ["Mr B moved back to his mother's address.", "Ms A went back to work in March."],
    },
  }),
  define({
    id: "responsibilising/why-doesnt-she-leave",
    severity: "error",
    patterns: [
      "why (doesnt|does not|didnt|did not|wont|will not|hasnt|has not|wouldnt|would not|cant|cannot|can not) (she|mum|mother|@mother) (just)? (leave|go|end it|end the relationship|separate|get out)",
      "why (does|did|would|do) (she|mum|mother|@mother) (stay|go back|keep going back|return|put up with)",
      "why (she|mother|mum) (stays|stayed|keeps going back|goes back|returned|has not left|hasnt left)",
    ],
    message: '"Why doesn\'t she leave?" is the victim-blaming question: ask "why doesn\'t he stop?"',
    explanation: `${BLAME_WHY} SafeLives' public health approach (2023) asks areas to change the narrative from "why doesn't she leave?" to "why doesn't he stop?", whatever the gender of the victim or the perpetrator.`,
    sources: ["D32", "D13", "S15"],
    suggestions: ["why does {perpetrator} not stop {behaviour}?"],
    examples: {
      match: ["The question is why doesn't she leave him.", "Professionals asked why mother stays."],
      noMatch: ["The question is why Mr B does not stop."],
    },
  }),
  define({
    id: "responsibilising/did-not-report",
    severity: "warning",
    // "She did not call the police because he threatened her" gives the reason: not a failing.
    clause: { perpetratorNamed: false },
    patterns: [
      "(did not|didnt|failed to|fails to|has not|hasnt|had not|hadnt|never|not) (report~|disclose~|call~|ring|contact~|inform~|tell|told) (the)? (police|abuse|violence|it|@da|this|incident|concerns|assault|professionals|services|anyone)",
      "(delay~|late|delayed) (in )?(reporting|disclosure|disclosing)",
      "why (she|mother|mum) (did not|didnt) (report|tell|call)",
    ],
    subject: { is: ["survivor", "female", "unknown"] },
    message:
      "Recording that she did not report frames silence as a failing: record the barriers and what he did to prevent it.",
    explanation: `${BLAME_WHY} Silence is often a safety strategy, or the result of threats.`,
    sources: ["D9", "S13"],
    suggestions: ["{survivor} did not report because [reasons she gave, e.g. {perpetrator}'s threats]"],
    examples: {
      match: ["Ms A did not report the assault to police.", "There was a delay in reporting."],
      noMatch: ["Mr B told Ms A he would take the children if she called the police."],
    },
  }),
  define({
    id: "responsibilising/lacks-insight",
    severity: "warning",
    patterns: [
      "(lack~|lacking) (of)? insight",
      "(limited|little|no|poor|minimal|some) insight (into|about|regarding)",
      "(limited|little|no|poor|minimal) insight",
    ],
    subject: { not: ["perpetrator", "male", "addressee", "professional"] },
    message:
      '"Lacks insight" pathologises the survivor: say what she understands, what he has done to shape that, and what she does to cope.',
    explanation: `${BLAME_WHY} Minimising can be how she stays safe with him.`,
    sources: ["S15", "S13", "D10"],
    suggestions: ["{survivor} says [her account]; {perpetrator} [behaviour that shapes it]"],
    examples: {
      match: ["Ms A lacks insight into the impact on the children.", "Mother has limited insight."],
      noMatch: ["Mr B lacks insight into the impact of his violence."],
    },
  }),
  define({
    id: "responsibilising/non-engaging",
    severity: "warning",
    patterns: ["(non-engaging|non-engagement|non-engager|nonengagement|disengaged|disengaging|disengagement)"],
    subject: { not: ["perpetrator", "male", "addressee", "professional"] },
    message:
      '"Non-engaging" labels the survivor: say what was offered, what got in the way, and what he does to stop her engaging.',
    explanation: `${BLAME_WHY} Trainees named "non-engaging" as a label to drop; perpetrators often control contact with services.`,
    sources: ["S15", "S6"],
    suggestions: [
      "{survivor} has not attended [what]; she said [reason]; {perpetrator} [how he restricts her contact]",
    ],
    examples: {
      match: ["Mother has been non-engaging with services.", "Case closed due to non-engagement."],
      noMatch: ["Mr B has not engaged with the perpetrator programme."],
    },
  }),
  define({
    id: "responsibilising/not-engaging",
    severity: "warning",
    patterns: [
      "(not|never|refuse~ to|fail~ to|failing to|did not|didnt|does not|doesnt|has not|hasnt|is not|isnt|reluctant to|unwilling to) (engage|engaged|engaging|engages)",
      "(poor|limited|minimal|sporadic|inconsistent) engagement",
      "(hard|difficult) to (engage|reach)",
    ],
    subject: { not: ["perpetrator", "male", "addressee", "professional"] },
    message:
      '"Not engaging" blames the survivor for a gap in the service: record what was offered and what got in the way.',
    explanation: BLAME_WHY,
    sources: ["S15", "S6"],
    suggestions: ["{survivor} did not attend [what]; [reason she gave or barrier]"],
    examples: {
      match: [
        "Ms A is not engaging with the IDVA.",
        "Mother has shown poor engagement.",
        "She has been hard to engage.",
      ],
      noMatch: ["Father is not engaging with the service.", "Mr B refused to engage with the assessment."],
    },
  }),
  define({
    id: "responsibilising/non-compliant",
    severity: "warning",
    patterns: [
      "(non-compliant|non-compliance|noncompliant|noncompliance|uncompliant)",
      "(not|fail~ to|failing to|refuse~ to) (comply|complying|compliant)",
    ],
    subject: { not: ["perpetrator", "male", "addressee", "professional"] },
    message:
      '"Non-compliant" frames the survivor as the problem: say what was asked of her and why it was hard or unsafe.',
    explanation: BLAME_WHY,
    sources: ["S15", "S13"],
    suggestions: ["{survivor} did not [what was asked]; she said [reason]"],
    examples: {
      match: ["Ms A has been non-compliant with the plan.", "Mother is not complying with the written agreement."],
      noMatch: ["Mr B breached his bail conditions."],
    },
  }),
  define({
    id: "responsibilising/reluctant",
    severity: "warning",
    patterns: [
      "(reluctant|reluctance)",
      "(resistant|resistance) to (support|services|help|intervention|advice|change)",
    ],
    exceptions: ["reluctantly (agreed|accepted)"],
    subject: { is: ["survivor", "female"] },
    message: '"Reluctant" makes her caution sound like a fault: record what she fears and what he has threatened.',
    explanation: BLAME_WHY,
    sources: ["S15", "D13"],
    suggestions: ["{survivor} said she is worried that [her fears, e.g. {perpetrator}'s threats]"],
    examples: {
      match: ["Ms A is reluctant to accept support.", "She was resistant to help."],
      noMatch: ["Mr B is reluctant to attend the programme."],
    },
  }),
  define({
    id: "responsibilising/hostile",
    severity: "warning",
    patterns: ["(hostile|hostility|aggressive|argumentative|confrontational|rude|abrupt)"],
    exceptions: ["hostile (environment|home|atmosphere)"],
    subject: { is: ["survivor", "female"] },
    message:
      "Calling the survivor hostile may record fear or anger at the service: say what she said and what she is afraid of.",
    explanation: BLAME_WHY,
    sources: ["S15", "S23"],
    suggestions: ["{survivor} said [her words]; she is worried that [what]"],
    examples: {
      match: ["Ms A was hostile towards the worker.", "Mother became argumentative on the phone."],
      noMatch: ["Mr B was hostile towards the worker."],
    },
  }),
  define({
    id: "responsibilising/uncooperative",
    severity: "warning",
    patterns: [
      "(uncooperative|unco-operative|non-cooperative|non-co-operative|noncooperative|obstructive|evasive|guarded|defensive|closed|difficult to work with)",
      "(not|refuse~ to|fail~ to) (cooperate~|co-operate~|work with)",
    ],
    subject: { is: ["survivor", "female"] },
    message: '"Uncooperative" or "evasive" labels her for being careful: record what makes talking unsafe for her.',
    explanation: BLAME_WHY,
    sources: ["S15", "D28"],
    suggestions: ["{survivor} did not want to talk about [what]; she said [reason]"],
    examples: {
      match: ["Ms A was evasive when asked about the injury.", "Mother is uncooperative with the plan."],
      noMatch: ["Mr B was evasive when asked about the injury."],
    },
  }),
  define({
    id: "responsibilising/in-denial",
    severity: "warning",
    patterns: [
      "(in|is in|remains in|still in) denial",
      "(minimise~|minimize~|downplay~|denies|denied|deny|denying) (the)? (abuse|violence|risk|concerns|seriousness|@da|impact|incident|incidents|extent)",
      "(continue~|tends|tend|seems|seemed) to (minimise|minimize|downplay|deny)",
    ],
    subject: { is: ["survivor", "female"] },
    message:
      '"In denial" misreads how survivors cope: minimising can keep her safe. Record how his behaviour shapes what she says.',
    explanation: `${BLAME_WHY} Re-frame survivor "denial" as a response to his coercion.`,
    sources: ["S15", "S13"],
    suggestions: ["{survivor} says [her account]; {perpetrator} [what he has said or done to her about disclosing]"],
    examples: {
      match: [
        "Ms A is in denial about the risk he poses.",
        "Mother minimises the abuse.",
        "Mother continues to minimise.",
      ],
      noMatch: ["Mr B minimises the abuse and blames Ms A."],
    },
  }),
  define({
    id: "responsibilising/she-must-keep-safe",
    severity: "warning",
    patterns: [
      "(@mother|she) (will|must|should|needs to|need to|has to|have to|is to|agrees to|agreed to|is expected to|to) (ensure|make sure|keep|not allow|not let|prevent|stop|supervise|protect|safeguard|monitor)",
      "(@mother|she) (will|must|should|needs to|has to|is to|agrees to|agreed to) (not)? (have|allow|let) (no)? (contact with)? (him|mr *|@father)",
    ],
    message:
      "A plan that asks her to keep him away makes the survivor responsible for his behaviour: put actions on him.",
    explanation: `${BLAME_WHY} Inspectors found survivors signing "clearly inappropriate" agreements; plans should be visibly based on the perpetrator's pattern.`,
    sources: ["L13", "L14", "S18", "L15"],
    suggestions: [
      "{perpetrator} will [behaviour-specific action, e.g. not come to the home]; [agency] will [how it will monitor him]",
    ],
    examples: {
      match: ["Ms A will ensure that Mr B does not come to the home.", "Mother agreed to not allow him contact."],
      noMatch: ["Mr B will not come to the home and will attend the perpetrator programme."],
    },
  }),
  define({
    id: "responsibilising/she-must-leave",
    severity: "warning",
    patterns: [
      "(@mother|she) (must|needs to|need to|has to|should|will need to|is expected to|is advised to|was advised to|was told to) (leave|end the relationship|separate|move out|get an injunction|obtain an injunction|call the police|go to a refuge|apply for)",
    ],
    message: "Requiring her to leave or to call the police makes her responsible for stopping his abuse.",
    explanation: `${BLAME_WHY} Ask what he must do; separation is often the most dangerous time.`,
    sources: ["D13", "L13", "S18"],
    suggestions: ["{perpetrator} must [stop what]; {survivor} will be supported to [what she wants]"],
    examples: {
      match: ["Ms A needs to end the relationship.", "Mother was told to call the police if he returns."],
      noMatch: ["Mr B needs to stop threatening Ms A."],
    },
  }),
  define({
    id: "responsibilising/written-agreement",
    severity: "warning",
    clause: { negated: false },
    patterns: [
      "(sign~|agree~ to) (a|the)? (written|safety|working|family)? agreement",
      "(written|safety|working) agreement (with|signed by) (@mother|her|mother)",
    ],
    subject: { not: ["perpetrator", "male", "professional"] },
    message: "A written agreement signed by the survivor can make her responsible for his behaviour: aim it at him.",
    explanation: `${BLAME_WHY} Inspectors found victims signing "clearly inappropriate" agreements.`,
    sources: ["L13", "L14"],
    suggestions: ["{perpetrator} agreed to [what he will do]"],
    examples: {
      match: ["Ms A signed a written agreement not to let him in.", "A safety agreement with mother was completed."],
      noMatch: ["Mr B signed an agreement to attend the programme."],
    },
  }),
  define({
    id: "responsibilising/provoked",
    severity: "error",
    patterns: [
      "(provoke~|provocation|goad~|wind~ him up|wound him up|winding him up) (him|mr *|@father|the (incident|assault|attack|violence))?",
      "(her|mother 's|ms * 's) (nagging|drinking|behaviour|attitude|comments|jealousy|mouth) (caused|triggered|provoked|started|led to|sets him off|set him off)",
      "(she|mother|ms *) (pushed|pushes|presses|pressed) his buttons",
    ],
    subject: { not: ["perpetrator", "male", "professional"] },
    message: '"She provoked him" blames the survivor: he made a choice.',
    explanation: `${BLAME_WHY} Nothing she does causes his violence.`,
    sources: ["D6", "D12"],
    suggestions: ["{perpetrator} chose to {behaviour}"],
    examples: {
      match: ["Father said Ms A provoked him.", "Her nagging triggered the incident."],
      noMatch: ["Mr B chose to hit Ms A when she asked for money."],
    },
  }),
  define({
    id: "responsibilising/instigator",
    severity: "error",
    patterns: [
      "(instigate~|instigator|instigators)",
      "(she|mother|ms *|@mother) (started|starts|start|initiated|kicked off) (it|the (argument|row|fight|incident)|things)",
      "(she|mother) (was|is) the (aggressor|instigator|one who started)",
    ],
    subject: { not: ["perpetrator", "male", "professional"] },
    message: "Calling her the instigator blames her for his violence; if she used force, map who did what and why.",
    explanation: `${BLAME_WHY} Survivors' resistance is often misread as aggression.`,
    sources: ["D9", "S23", "D11"],
    suggestions: ["{perpetrator} {behaviour}; {survivor} [what she did and why]"],
    examples: {
      match: ["Father said mother instigated the argument.", "Police recorded that she started the fight."],
      noMatch: ["Mr B started shouting when Ms A came home."],
    },
  }),
  define({
    id: "responsibilising/knew-what-he-was-like",
    severity: "error",
    patterns: [
      "(knew|knows|know|was aware|is aware|knowing) (that)? (he|mr *|@father) (was|is|had|has|could be) (like that|like|a short fuse|a temper|violent|dangerous|abusive)",
      "(should|ought to) have known (better)?",
    ],
    subject: { not: ["perpetrator", "male", "professional"] },
    message: '"She knew what he was like" blames her for his choices.',
    explanation: BLAME_WHY,
    sources: ["D12"],
    suggestions: ["{perpetrator} has a pattern of {behaviour}, including towards previous partners"],
    examples: {
      match: ["Ms A knew he had a temper when she met him.", "Mother should have known better."],
      noMatch: ["Mr B knew the children were in the room when he hit Ms A."],
    },
  }),
  define({
    id: "responsibilising/choice-of-partners",
    severity: "warning",
    patterns: [
      "(poor|bad|unsafe|risky|unwise|questionable) (choice|choices) (of|in) (partner|partners|men|relationships|relationship)",
      "(history|pattern|series|string|cycle) of (abusive|violent|unhealthy|unsafe|dv|da) (relationships|partners|men)",
      "(attracted|drawn) to (abusive|violent|controlling) (men|partners)",
      "serial (victim|victims)",
    ],
    subject: { not: ["perpetrator", "male", "professional"] },
    message: "Blaming her \"choice of partners\" makes her responsible for men's abuse: record each abuser's pattern.",
    explanation: `${BLAME_WHY} Perpetrators often target women who have been abused before.`,
    sources: ["S15", "S4", "D10"],
    suggestions: ["{survivor} has been abused by [previous partners]; {perpetrator}'s pattern includes [behaviour]"],
    examples: {
      match: ["Ms A has a history of abusive relationships.", "Mother makes poor choices of partners."],
      noMatch: ["Mr B has a history of abusing his partners."],
    },
  }),
  define({
    id: "responsibilising/protective-capacity",
    severity: "warning",
    patterns: [
      "(lacks|lack of|limited|no|poor|questionable|low|reduced) protective (capacity|capacities|factors|skills|ability|abilities|instincts)",
      "(not|non) protective",
      "(non-protective|unprotective)",
      "(cannot|cant|can not|could not|couldnt|is not able to|was not able to) (protect|keep) (the|her)? @child (safe)?",
    ],
    subject: { not: ["perpetrator", "male", "professional"] },
    message: 'Doubting her "protective capacity" ignores what she does to protect the children while he harms them.',
    explanation: `${BLAME_WHY} Record the full spectrum of her protective efforts (critical component 3).`,
    sources: ["S5", "S6", "S17"],
    suggestions: [
      "{survivor} protects {child} by [specific actions]; {perpetrator}'s {behaviour} undermines this by [how]",
    ],
    examples: {
      match: ["Mother has limited protective capacity.", "Ms A is not protective."],
      noMatch: ["Ms A is protective: she takes the children upstairs when Mr B drinks."],
    },
  }),
  define({
    id: "responsibilising/put-children-at-risk",
    severity: "error",
    patterns: ["(put~|placed|places|placing|leaves|left|leaving) (the|her)? @child (at|in) (risk|danger|harm 's way)"],
    subject: { is: ["survivor", "female", "parents"] },
    message: '"She put the children at risk" blames her for the risk he poses.',
    explanation: BLAME_WHY,
    sources: ["S17", "S8"],
    suggestions: ["{perpetrator}'s {behaviour} puts {child} at risk"],
    examples: {
      match: ["Ms A has put the children at risk by staying."],
      noMatch: ["Mr B's drinking and violence put the children at risk."],
    },
  }),
  define({
    id: "responsibilising/does-not-see-the-risk",
    severity: "warning",
    patterns: [
      "(does not|doesnt|did not|didnt|unable to|fails to|failed to|cannot|cant|struggles to|is not able to) (see|recognise|recognize|understand|acknowledge|accept|appreciate) (the)? (risk|risks|impact|concerns|danger|seriousness|harm)",
    ],
    subject: { is: ["survivor", "female"] },
    message:
      '"She does not see the risk" may misread a survivor who is managing it: record what she says and what he does.',
    explanation: BLAME_WHY,
    sources: ["S15", "S13"],
    suggestions: ["{survivor} says [her view of the risk]; {perpetrator} [behaviour]"],
    examples: {
      match: ["Ms A does not recognise the risk to the children."],
      noMatch: ["Mr B does not recognise the impact of his violence."],
    },
  }),
  define({
    id: "responsibilising/declined-support",
    severity: "info",
    patterns: [
      "(declined|declines|refused|refuses|rejected|rejects|turned down) (the)? (support|services|help|refuge|referral|offer|advice|idva|intervention)",
    ],
    subject: { is: ["survivor", "female"] },
    message: "Record why she declined: what the support would have cost her and what he might do.",
    explanation: BLAME_WHY,
    sources: ["S15", "S6"],
    suggestions: ["{survivor} declined [what] because [her reasons]"],
    examples: {
      match: ["Ms A declined the refuge."],
      noMatch: ["Mr B declined the perpetrator programme."],
    },
  }),
  define({
    id: "responsibilising/continues-relationship",
    severity: "warning",
    patterns: [
      "(continue~|maintain~|remain~|remains|stays|stayed) (in)? (the|her|a)? relationship (with)? *{0,2} (despite|even though|although|regardless)",
      "(continue~|maintain~) (the|her|a) relationship with (him|mr *|@father)",
    ],
    subject: { not: ["perpetrator", "male", "professional"] },
    message:
      '"Continues the relationship despite..." makes staying the problem: record his behaviour and her barriers.',
    explanation: BLAME_WHY,
    sources: ["D12", "S15"],
    suggestions: [
      "{survivor} is in a relationship with {perpetrator}, who [behaviour]; barriers she describes: [what]",
    ],
    examples: {
      match: ["Ms A continues the relationship with Mr B.", "She remains in the relationship despite the risks."],
      noMatch: ["Mr B continues to send Ms A threatening messages."],
    },
  }),
  define({
    id: "responsibilising/poor-choices",
    severity: "warning",
    patterns: ["(poor|unsafe|risky|bad|unwise) (decisions|decision making|decision-making|choices|judgement|judgment)"],
    subject: { is: ["survivor", "female"] },
    message: '"Poor choices" blames the survivor for living with abuse: say what she faced and what he did.',
    explanation: BLAME_WHY,
    sources: ["S15", "D10"],
    suggestions: ["{survivor} [what she did] because [her reasons]; {perpetrator} [behaviour]"],
    examples: {
      match: ["Ms A has made poor choices."],
      noMatch: ["Mr B made the choice to drive after drinking."],
    },
  }),
  define({
    id: "responsibilising/labels-her",
    severity: "warning",
    patterns: [
      "(hysterical|irrational|histrionic|neurotic|paranoid|manipulative|attention-seeking|attention seeking|overreacting|over-reacting|overdramatic|over-dramatic|melodramatic|unreliable|chaotic|erratic|unstable|vindictive|malicious|alienating)",
      "(exaggerate~|making it up|making things up|not credible|lying)",
    ],
    subject: { is: ["survivor", "female"] },
    message:
      'Labels like "hysterical" or "unstable" discredit the survivor, and perpetrators use them: describe what she said and did.',
    explanation: `${BLAME_WHY} Notes can be used against survivors in court; describe behaviour, not character, and consider how his abuse affects her.`,
    sources: ["D28", "D29", "S23"],
    suggestions: ["{survivor} [what she said or did]"],
    examples: {
      match: ["Ms A was hysterical on the phone.", "Mother is exaggerating the concerns."],
      noMatch: ["Mr B was erratic and shouting.", "Ms A was crying and said she was frightened."],
    },
  }),
];
