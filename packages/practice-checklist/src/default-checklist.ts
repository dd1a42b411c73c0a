/**
 * The partnership's default checklist, as data. Built from the three S&T principles and the five
 * critical components, and from what the partnership's learning reviews looked for; the checklist
 * the partnership's QA staff wrote is not published, so this is a sound default, not a copy.
 * @module
 */
import { defaultScale } from "./answer-scale.js";
import type { ChecklistDefinition } from "./definition.js";

/**
 * Where the default checklist comes from, as every page rendered from it says: the project's own
 * reconstruction, since the partnership's own checklist is an appendix not in the public report.
 */
export const DEFAULT_CHECKLIST_PROVENANCE =
  "Based on the partnership's published principles (the three S&T principles, the five critical components and what its learning reviews looked for); not the partnership's Appendix 4, the checklist its QA staff wrote, which is not in the public report.";

const K = "keep-child-safe-and-together";
const P = "partner-with-non-abusive-parent";
const I = "intervene-with-perpetrator";
const PAT = "pattern-of-coercive-control";
// The pattern map holds the evidence of the items that point at it (PATTERN_MAP_TOOL_ID in @st/pattern-map).
const MAP = "perpetrator-pattern-map" as const;
const ACT = "perpetrator-actions-harming-child";
const PROT = "non-abusive-parent-protective-efforts";
const IMP = "adverse-impact-on-child";
const INT = "intersections";

/**
 * The partnership's default S&T practice checklist: 34 items in 8 sections, each mapped to the S&T
 * principles and critical components it serves, the places evidence is found, and its uses (audit,
 * supervision, CP chair). Labels hold terminology placeholders (`{perpetrator}`, `{nonAbusiveParent}`)
 * resolved through a terminology profile when shown.
 *
 * Item ids are stable: a later version may reword an item but never gives its id to a different question.
 */
export const defaultChecklist: ChecklistDefinition = {
  id: "st-practice-checklist",
  version: "1.0.0",
  title: "Safe & Together practice checklist",
  description:
    "Judges a case file by the Safe & Together principles: domestic abuse as a parenting choice of the {perpetrator}, " +
    "pivoting to the {perpetrator} to hold them to account with an invitation to change, and partnering with the " +
    "{nonAbusiveParent}, who is doing their best to protect the {child:plural} in a space for action the {perpetrator} constrains. " +
    "Use it to audit a file, as a thinking prompt in supervision, or as a CP chair before conference.",
  owner: "Safe & Together London Partnership",
  provenance: DEFAULT_CHECKLIST_PROVENANCE,
  scale: defaultScale,
  sections: [
    {
      id: "pattern",
      title: "The {perpetrator}'s pattern of coercive control",
      description: "Is the whole pattern in view, not only the latest incident?",
    },
    {
      id: "harm-to-child",
      title: "How the {perpetrator}'s behaviour harms each {child}",
      description: "The {perpetrator}'s choices as a parent and the multiple pathways of harm to each {child}.",
    },
    {
      id: "protective-efforts",
      title: "The {nonAbusiveParent}'s protective efforts",
      description: "The full spectrum of what the {nonAbusiveParent} does to keep the {child:plural} safe and well.",
    },
    {
      id: "intersections",
      title: "Substance use, mental health, culture and socio-economic factors",
      description: "Real intersections, understood as context the {perpetrator}'s behaviour may create or exploit.",
    },
    {
      id: "planning",
      title: "Plans and safety planning",
      description: "Plans aimed at the {perpetrator}'s behaviour, and safety plans kept safe.",
    },
    {
      id: "engagement",
      title: "Engaging the {perpetrator}",
      description:
        "Pivoting to the {perpetrator}: engagement attempted, documented and safe, with an invitation to change.",
    },
    {
      id: "language",
      title: "Language and documentation",
      description: "Records that name who did what, without blaming or minimising.",
    },
    {
      id: "practice-system",
      title: "Worker safety, supervision, partner agencies and decisions",
      description: "The system around the case: safe workers, S&T-informed supervision, aligned agencies.",
    },
  ],
  items: [
    {
      id: "pattern-beyond-incident",
      section: "pattern",
      question:
        "Does the assessment map the {perpetrator}'s pattern of coercive control beyond the incident that led to the referral?",
      goodPractice:
        "The assessment describes the pattern over time: the range of controlling behaviours (physical, sexual, emotional, " +
        "economic, isolation, monitoring, threats), how often and for how long, and how it has changed, with the referral " +
        "incident placed within it. A list of police call-outs is not a pattern.",
      prompts: {
        supervision: [
          "What do we know about the pattern, not just the last incident?",
          "What controlling behaviours sit between the incidents the police recorded?",
          "What would we still need to know to map the pattern?",
        ],
        "cp-chair": ["Can you describe the {perpetrator}'s behaviour over time, beyond the incident in the referral?"],
      },
      principles: [I, K],
      components: [PAT],
      evidence: ["assessment", "chronology"],
      tools: [MAP],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "behaviours-named",
      section: "pattern",
      question:
        "Are the {perpetrator}'s behaviours named specifically: who did what, to whom, when, and with what effect?",
      goodPractice:
        "The file names specific acts, with dates and sources ('pushed her against the wall while she held the baby', " +
        "'took her bank card'), not labels such as 'DV incident', 'a domestic' or 'DA is a concern'.",
      prompts: {
        supervision: [
          "If you read this record to a colleague, could they picture what happened and who did it?",
          "Which behaviours are recorded only as a label?",
        ],
      },
      principles: [I],
      components: [PAT, ACT],
      evidence: ["case-notes", "assessment", "chronology"],
      tools: [MAP],
      uses: ["audit", "supervision"],
    },
    {
      id: "history-and-other-relationships",
      section: "pattern",
      question:
        "Does the file draw on the {perpetrator}'s history: earlier relationships, police and agency records, and earlier children's social care involvement?",
      goodPractice:
        "Checks with police, probation, health and previous local authorities are recorded; behaviour towards former " +
        "partners and other {child:plural} is considered; the history is attributed to the {perpetrator}, not filed as the " +
        "current family's.",
      prompts: {
        supervision: [
          "What do we know about the {perpetrator}'s behaviour in earlier relationships?",
          "Which agencies have we not yet asked?",
        ],
        "cp-chair": ["What checks have been made on the {perpetrator}'s history, including with former partners?"],
      },
      principles: [I, K],
      components: [PAT],
      evidence: ["chronology", "partner-agency-records", "assessment"],
      tools: [MAP],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "risk-after-separation",
      section: "pattern",
      question:
        "Is continuing risk assessed beyond separation, including through child contact, housing, money, the courts and complaints?",
      goodPractice:
        "Separation is not treated as the end of risk. The file considers how the {perpetrator} may keep control through " +
        "contact handovers, child arrangements proceedings, money, immigration status, social media or complaints to " +
        "agencies, and plans for it.",
      prompts: {
        supervision: [
          "If the parents separate, how might the {perpetrator}'s control continue?",
          "Is the {perpetrator} using contact, the courts or complaints to reach the family?",
        ],
        "cp-chair": ["What does the plan assume about separation, and what risk remains after it?"],
      },
      principles: [K, I],
      components: [PAT, ACT],
      evidence: ["assessment", "plan"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "choices-not-loss-of-control",
      section: "pattern",
      question:
        "Is the {perpetrator}'s behaviour described as choices they made, not explained away by anger, stress, alcohol, provocation or 'the relationship'?",
      goodPractice:
        "The file says what the {perpetrator} chose to do and treats substance use, stress or mental health as context, " +
        "not cause. No sentence suggests the {nonAbusiveParent} provoked or triggered the abuse.",
      prompts: {
        supervision: [
          "Where does the record explain the behaviour instead of naming it as a choice?",
          "What other choices were open to the {perpetrator} at that moment?",
        ],
      },
      principles: [I],
      components: [PAT],
      evidence: ["assessment", "case-notes"],
      uses: ["audit", "supervision"],
    },
    {
      id: "abuse-as-parenting-choice",
      section: "harm-to-child",
      question:
        "Is the {perpetrator}'s abuse assessed as a parenting choice, and their role as a parent assessed alongside it?",
      goodPractice:
        "The assessment treats domestic abuse as the {perpetrator}'s parenting: what it means for the {child:plural} that this " +
        "parent chose to abuse their other parent. The {perpetrator}'s day-to-day parenting (care, involvement, the " +
        "children's relationship with them) is assessed, not only the {nonAbusiveParent}'s.",
      prompts: {
        supervision: [
          "What kind of parent is the {perpetrator}? What do we know beyond the abuse?",
          "How does the assessment weigh their choice to abuse the {child:plural}'s other parent?",
        ],
        "cp-chair": ["What does the assessment say about the {perpetrator} as a parent?"],
      },
      principles: [I, K],
      components: [ACT],
      evidence: ["assessment"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "actions-harming-child",
      section: "harm-to-child",
      question:
        "Does the file record the specific actions the {perpetrator} took that harmed or endangered each {child}, beyond whether the {child} saw or heard the abuse?",
      goodPractice:
        "Actions are named: assaults during pregnancy or while {child:a} was held, threats to take or hurt the {child:plural}, " +
        "disrupted sleep, meals or schooling, {child:plural} made to watch or take part, harm to pets, broken belongings, " +
        "{child:plural} used to watch the other parent. 'Child witnessed DA' alone is not enough.",
      prompts: {
        supervision: [
          "Beyond what the {child:plural} saw or heard, what did the {perpetrator} do that affected them?",
          "How did the {perpetrator}'s behaviour reach the {child:plural}'s daily routine?",
        ],
        "cp-chair": ["What exactly has the {perpetrator} done that harmed each {child}?"],
      },
      principles: [I, K],
      components: [ACT],
      evidence: ["assessment", "case-notes"],
      tools: [MAP],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "children-used-against-parent",
      section: "harm-to-child",
      question: "Are the ways the {perpetrator} used the {child:plural} against the {nonAbusiveParent} recorded?",
      goodPractice:
        "For example: undermining the {nonAbusiveParent} to the {child:plural}, threats about custody or contact, using the " +
        "children to pass messages or report back, blaming the other parent to the {child:plural} for the family's troubles, " +
        "or using contact handovers to continue the abuse.",
      prompts: {
        supervision: ["How has the {perpetrator} used the {child:plural} to control the {nonAbusiveParent}?"],
      },
      principles: [I, P],
      components: [ACT, PAT],
      evidence: ["assessment", "case-notes"],
      tools: [MAP],
      uses: ["audit", "supervision"],
    },
    {
      id: "impact-on-each-child",
      section: "harm-to-child",
      question:
        "Is the impact on each {child} assessed separately, by age, stage, needs and relationships, rather than for the {child:plural} as one group?",
      goodPractice:
        "Each {child} has their own account of impact: emotional and behavioural effects, development, health, education, " +
        "their relationships with each parent and with siblings. Harm to an unborn child during pregnancy is considered.",
      prompts: {
        supervision: ["What would each {child} say has changed for them?", "Which {child} are we least sure about?"],
        "cp-chair": ["How is each {child} affected? Is any {child} less visible in the assessment?"],
      },
      principles: [K],
      components: [IMP],
      evidence: ["assessment"],
      tools: [MAP],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "family-functioning",
      section: "harm-to-child",
      question:
        "Is the harm to family functioning assessed: the {child:plural}'s relationship with the {nonAbusiveParent}, routines, housing, income, schooling and support networks?",
      goodPractice:
        "The multiple pathways to harm are explored: how the {perpetrator}'s behaviour undermined the {nonAbusiveParent}'s " +
        "parenting (sleep, money, confidence, isolation from family and friends), forced moves of home or school, lost " +
        "income or tenancy, and the {child:plural}'s contact with wider family and community.",
      prompts: {
        supervision: [
          "How has the {perpetrator}'s behaviour changed how this family runs day to day?",
          "What has it cost the {nonAbusiveParent} as a parent?",
        ],
      },
      principles: [K, P],
      components: [IMP, ACT],
      evidence: ["assessment"],
      tools: [MAP],
      uses: ["audit", "supervision"],
    },
    {
      id: "child-voice",
      section: "harm-to-child",
      question:
        "Is each {child}'s own voice recorded, in their words, about life at home, what they want and who keeps them safe?",
      goodPractice:
        "Children were seen alone where safe and suitable for their age; their words are quoted; their views of each " +
        "parent, their worries and their wishes shape the plan. The experience of {child:plural} too young to talk is " +
        "observed and described.",
      prompts: {
        supervision: [
          "What has each {child} told us, in their own words?",
          "How has what the {child:plural} said changed what we are doing?",
        ],
        "cp-chair": ["What have the {child:plural} said, and where is it in the report?"],
      },
      principles: [K],
      components: [IMP],
      evidence: ["case-notes", "assessment"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "protective-efforts-as-strengths",
      section: "protective-efforts",
      question:
        "Are the {nonAbusiveParent}'s efforts to keep the {child:plural} safe and well recorded specifically, as strengths?",
      goodPractice:
        "The file lists concrete protective actions (taking the {child:plural} out of the room, calling for help, keeping " +
        "routines going, seeking medical care, asking family to help, getting the {child:plural} to school despite the abuse) " +
        "and names them as strengths, not as generic 'protective factors'.",
      prompts: {
        supervision: [
          "What has the {nonAbusiveParent} done to keep the {child:plural} safe and well, however small?",
          "Where is that written down?",
        ],
        "cp-chair": ["What has the {nonAbusiveParent} done to protect the {child:plural}, and does the report say so?"],
      },
      principles: [P, K],
      components: [PROT],
      evidence: ["assessment", "case-notes"],
      tools: [MAP],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "full-spectrum-of-efforts",
      section: "protective-efforts",
      question:
        "Does the file recognise the full spectrum of protective efforts, including ones that may not look protective from outside (staying, placating, not reporting, playing it down to professionals)?",
      goodPractice:
        "The reasons behind such choices are explored with the {nonAbusiveParent} and recorded: staying may be the " +
        "safest option at the time; not disclosing may be fear of the {perpetrator} or of losing the {child:plural}. None of " +
        "it is recorded as 'failure to protect', 'denial' or 'non-engagement'.",
      prompts: {
        supervision: [
          "What might look like not protecting but is in fact a safety strategy?",
          "What does the {nonAbusiveParent} fear would happen if they did what we ask?",
        ],
      },
      principles: [P],
      components: [PROT],
      evidence: ["assessment", "case-notes"],
      tools: [MAP],
      uses: ["audit", "supervision"],
    },
    {
      id: "space-for-action",
      section: "protective-efforts",
      question:
        "Are the limits the {perpetrator} puts on the {nonAbusiveParent}'s space for action recognised (money, housing, isolation, threats, immigration status, the {child:plural}), rather than their choices judged without them?",
      goodPractice:
        "The assessment says what the {perpetrator} has done to narrow the {nonAbusiveParent}'s options, and the plan " +
        "tackles those barriers.",
      prompts: {
        supervision: [
          "What has the {perpetrator} done that limits what the {nonAbusiveParent} can do?",
          "Are we asking the {nonAbusiveParent} for something the {perpetrator} makes unsafe or impossible?",
        ],
        "cp-chair": ["What stands between the {nonAbusiveParent} and the actions the plan expects of them?"],
      },
      principles: [P, I],
      components: [PROT, PAT],
      evidence: ["assessment", "plan"],
      tools: [MAP],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "partnership-default",
      section: "protective-efforts",
      question:
        "Is partnership with the {nonAbusiveParent} the default, with their view of risk and safety sought, recorded and used?",
      goodPractice:
        "The {nonAbusiveParent} was seen safely and alone, told that the agency is involved because of the " +
        "{perpetrator}'s behaviour, asked what they need and what has worked, and their account shaped the assessment " +
        "and plan. The words they prefer for themselves are used.",
      prompts: {
        supervision: [
          "How would the {nonAbusiveParent} describe our involvement: as help or as scrutiny?",
          "What did they tell us keeps the {child:plural} safe?",
        ],
        "cp-chair": ["Has the {nonAbusiveParent} been able to give their account safely, and is it in the report?"],
      },
      principles: [P, K],
      components: [PROT],
      evidence: ["case-notes", "assessment"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "substance-use-mental-health",
      section: "intersections",
      question:
        "Are substance use and mental health (of either parent) assessed in relation to the {perpetrator}'s behaviour: caused, worsened or exploited by it, or used to discredit the {nonAbusiveParent}?",
      goodPractice:
        "The {nonAbusiveParent}'s substance use or mental health is understood in the context of the abuse (coping, " +
        "trauma, coercion, sabotaged treatment) and not used to make them responsible. The {perpetrator}'s substance use " +
        "or mental health is assessed as a risk they are responsible for addressing, not as the cause of the abuse.",
      prompts: {
        supervision: [
          "Is the {perpetrator} using the {nonAbusiveParent}'s mental health or substance use against them?",
          "Are we treating the {perpetrator}'s drinking as the problem instead of their abuse?",
        ],
        "cp-chair": ["How are mental health and substance use in this family linked to the abuse?"],
      },
      principles: [P, I],
      components: [INT, PAT],
      evidence: ["assessment"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "culture-and-identity",
      section: "intersections",
      question:
        "Are culture, faith, ethnicity, disability, sexuality and other parts of identity assessed as context, without being accepted as an excuse for the {perpetrator}'s behaviour?",
      goodPractice:
        "The file considers how identity and community shape the family's experience and their access to help " +
        "(language, racism, honour-based abuse, the role of extended family); interpreters independent of the family are " +
        "used; cultural explanations are not accepted in place of accountability.",
      prompts: {
        supervision: [
          "How do culture and identity shape what help is safe and within reach for this family?",
          "Is anyone explaining the abuse away as culture?",
        ],
      },
      principles: [K, I],
      components: [INT],
      evidence: ["assessment"],
      uses: ["audit", "supervision"],
    },
    {
      id: "poverty-housing-immigration",
      section: "intersections",
      question:
        "Are poverty, housing and immigration status (including no recourse to public funds) assessed as context the {perpetrator}'s behaviour may create or exploit?",
      goodPractice:
        "Economic abuse, debt in the {nonAbusiveParent}'s name, and threats about immigration status or the tenancy " +
        "are identified as part of the pattern, and the plan offers practical help (housing, benefits, legal advice) " +
        "instead of treating hardship as neglect by the {nonAbusiveParent}.",
      prompts: {
        supervision: [
          "What practical barriers has the {perpetrator} created or used?",
          "What practical help would widen the {nonAbusiveParent}'s options?",
        ],
        "cp-chair": ["Are the family's money, housing or immigration problems part of the {perpetrator}'s control?"],
      },
      principles: [P, K],
      components: [INT, PAT],
      evidence: ["assessment", "plan"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "perpetrator-behaviour-expectations",
      section: "planning",
      question:
        "Does the plan set behaviour-specific expectations of the {perpetrator}: what they must stop and start doing, how change will be checked, and by when?",
      goodPractice:
        "Actions for the {perpetrator} are concrete and checkable ('stops checking her phone', 'attends the behaviour " +
        "change programme assessment by the review', 'no threats at handovers, as confirmed by the contact centre'), and " +
        "evidence of change is sought from sources other than the {nonAbusiveParent}. 'Father to engage with " +
        "services' is not enough.",
      prompts: {
        supervision: [
          "What exactly do we expect the {perpetrator} to do differently, and how will we know?",
          "Who, other than the {nonAbusiveParent}, can tell us whether anything has changed?",
        ],
        "cp-chair": ["What actions does the plan give the {perpetrator}, and are they specific to their behaviour?"],
      },
      principles: [I],
      components: [PAT, ACT],
      evidence: ["plan"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "no-survivor-responsibility",
      section: "planning",
      question:
        "Is the plan free of actions that make the {nonAbusiveParent} responsible for the {perpetrator}'s behaviour or for stopping it?",
      goodPractice:
        "No written agreement or plan action asks the {nonAbusiveParent} to keep the {perpetrator} away, to call the " +
        "police, to end the relationship or to manage the {perpetrator}'s behaviour as a condition of the {child:plural} " +
        "staying at home. Where separation is part of the plan, the support to make it safe is in the plan too.",
      prompts: {
        supervision: [
          "Which actions in the plan only the {perpetrator} could carry out, yet are given to the {nonAbusiveParent}?",
          "What happens to the {nonAbusiveParent} if the {perpetrator} breaks this agreement?",
        ],
        "cp-chair": [
          "Does any action in the plan hold the {nonAbusiveParent} responsible for the {perpetrator}'s behaviour?",
        ],
      },
      principles: [P, I],
      components: [PROT],
      evidence: ["plan"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "plan-supports-protective-efforts",
      section: "planning",
      question:
        "Does the plan build on the {nonAbusiveParent}'s protective efforts with practical support (specialist domestic abuse services, housing, money, legal help, childcare)?",
      goodPractice:
        "Actions for agencies support what the {nonAbusiveParent} already does; referrals are to specialist domestic " +
        "abuse services (IDVA, refuge, outreach); support is offered, not imposed as a condition.",
      prompts: {
        supervision: ["Which of the {nonAbusiveParent}'s strengths does the plan build on?"],
        "cp-chair": ["What support does the plan give the {nonAbusiveParent}, as opposed to tasks?"],
      },
      principles: [P, K],
      components: [PROT],
      evidence: ["plan"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "safety-plan-kept-safe",
      section: "planning",
      question:
        "Is safety planning done with the {nonAbusiveParent} and the {child:plural}, and kept safe from the {perpetrator}?",
      goodPractice:
        "The safety plan is made with the {nonAbusiveParent} (and with the {child:plural}, suited to their age), is " +
        "realistic, and is not shared with the {perpetrator}, written into documents they will see, or discussed in " +
        "meetings they attend. Addresses, routines and refuges are protected.",
      prompts: {
        supervision: [
          "Who will see this safety plan? Could any part of it reach the {perpetrator}?",
          "Is it the {nonAbusiveParent}'s plan, or ours?",
        ],
        "cp-chair": [
          "Which parts of the safety plan must not be discussed at conference while the {perpetrator} is present?",
        ],
      },
      principles: [K, P],
      components: [PROT],
      evidence: ["plan", "case-notes"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "child-needs-in-plan",
      section: "planning",
      question:
        "Does the plan address each {child}'s needs that arise from the harm (emotional support, health, school, their relationship with the {nonAbusiveParent})?",
      goodPractice:
        "Each {child} has actions for their recovery; their relationship with the {nonAbusiveParent} is supported; " +
        "contact with the {perpetrator} is planned around the {child}'s safety and wishes.",
      prompts: {
        supervision: ["What does each {child} need to recover, and who is doing it?"],
        "cp-chair": ["What does the plan offer each {child}?"],
      },
      principles: [K],
      components: [IMP],
      evidence: ["plan"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "perpetrator-engagement-documented",
      section: "engagement",
      question:
        "Was engagement with the {perpetrator} attempted and documented, including when they live elsewhere: how, when, by whom and with what result?",
      goodPractice:
        "Repeated attempts are recorded (visits, letters, calls, invitations to meetings); the {perpetrator} was seen as a " +
        "parent; refusals are recorded as their choice; the case does not rest on the {nonAbusiveParent}'s engagement alone.",
      prompts: {
        supervision: [
          "What have we done to engage the {perpetrator}, and what more could we try?",
          "Has the {perpetrator}'s absence from our work become the {nonAbusiveParent}'s problem?",
        ],
        "cp-chair": ["Has the {perpetrator} been seen and invited to conference? What did they say?"],
      },
      principles: [I],
      components: [PAT, ACT],
      evidence: ["case-notes", "assessment"],
      tools: [MAP],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "invitation-to-change",
      section: "engagement",
      question:
        "Was the {perpetrator} given a clear invitation to change, focused on them as a parent, with a referral to a suitable programme or service?",
      goodPractice:
        "The worker named the behaviour without shaming, linked it to the {child:plural}'s experience, and said what must " +
        "change and what help is available; the referral, or the reason there is none, is recorded.",
      prompts: {
        supervision: [
          "What would motivate the {perpetrator} to change as a parent?",
          "How was the invitation to change made, and how did the {perpetrator} respond?",
        ],
        "cp-chair": ["What has the {perpetrator} been offered to help them change?"],
      },
      principles: [I],
      components: [ACT],
      evidence: ["case-notes", "plan"],
      tools: [MAP],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "engagement-safe-for-family",
      section: "engagement",
      question:
        "Was contact with the {perpetrator} planned so that it did not put the {nonAbusiveParent} or the {child:plural} at risk?",
      goodPractice:
        "What the {nonAbusiveParent} or the {child:plural} said was not passed to the {perpetrator} without their agreement " +
        "and a safety plan; timing and sources were considered; the {nonAbusiveParent} was told before and after " +
        "contact where needed.",
      prompts: {
        supervision: [
          "What could the {perpetrator} do after our visit, and to whom?",
          "Where did our information come from, and can we use it safely?",
        ],
      },
      principles: [K, I, P],
      components: [PROT, PAT],
      evidence: ["case-notes"],
      uses: ["audit", "supervision"],
    },
    {
      id: "language-names-behaviour",
      section: "language",
      question:
        "Does the record name who did what to whom, without mutualising words ('volatile relationship', 'a domestic', 'arguments') or sentences that hide who acted?",
      goodPractice:
        "Sentences have the {perpetrator} as their subject ('he hit her', 'he took her phone'), not 'there was an " +
        "incident' or 'the couple argue'. Abuse is not described as a relationship problem, and concerns are specific, " +
        "not 'DA is a concern'.",
      prompts: {
        supervision: ["Whose actions does this paragraph describe? Could a reader tell who did what?"],
      },
      principles: [I],
      components: [PAT],
      evidence: ["case-notes", "assessment", "plan"],
      uses: ["audit", "supervision"],
      languageCategories: ["mutualising", "hidden-perpetrator", "vague"],
    },
    {
      id: "language-no-blame",
      section: "language",
      question:
        "Does the record avoid words that make the {nonAbusiveParent} responsible for the {perpetrator}'s behaviour ('failed to protect', 'non-engaging', 'chose him over the children', 'allowed')?",
      goodPractice:
        "The {nonAbusiveParent}'s actions are described with their context and protective intent; the agency's " +
        "concerns are attributed to the {perpetrator}'s behaviour.",
      prompts: {
        supervision: [
          "If the {nonAbusiveParent} read this record, would they find themselves blamed for the {perpetrator}'s behaviour?",
        ],
      },
      principles: [P],
      components: [PROT],
      evidence: ["case-notes", "assessment", "plan"],
      uses: ["audit", "supervision"],
      languageCategories: ["responsibilising"],
    },
    {
      id: "language-not-minimising",
      section: "language",
      question:
        "Does the record avoid minimising the abuse or its harm ('isolated incident', 'anger issues', 'just a push', 'child witnessed DA')?",
      goodPractice:
        "The seriousness of the behaviour and its effects on the {child:plural} are stated plainly; the {child} is described as " +
        "harmed in their own right.",
      prompts: {
        supervision: ["Where does the record make the abuse or its harm sound smaller than it is?"],
      },
      principles: [K, I],
      components: [ACT, IMP],
      evidence: ["case-notes", "assessment"],
      uses: ["audit", "supervision"],
      languageCategories: ["minimising", "other"],
    },
    {
      id: "record-safe-to-read",
      section: "language",
      question:
        "Is the record written so that it could be read in court, or by the {perpetrator}, without putting the {nonAbusiveParent} or the {child:plural} at risk?",
      goodPractice:
        "Sensitive details (addresses, disclosures, safety plans) are protected; the {nonAbusiveParent}'s words are " +
        "accurately attributed and cannot easily be turned against them; the record could be shared with the family " +
        "without shaming them.",
      prompts: {
        supervision: ["If the {perpetrator} read this record, what could they use against the {nonAbusiveParent}?"],
      },
      principles: [P, K],
      components: [PROT],
      evidence: ["case-notes", "assessment"],
      uses: ["audit", "supervision"],
    },
    {
      id: "worker-safety",
      section: "practice-system",
      question:
        "Is worker safety considered and planned when engaging the {perpetrator} (risk assessed before visits, joint visits, safe venues), with support after hostile contact or complaints?",
      goodPractice:
        "The {perpetrator}'s behaviour towards professionals (intimidation, complaints, threats) is recorded as part of " +
        "the pattern and shared; visits are planned around it; the worker was offered support; any change of worker is " +
        "for safety, not to suit the {perpetrator}.",
      prompts: {
        supervision: [
          "How safe do you feel working with the {perpetrator}? What would make it safer?",
          "Is the {perpetrator}'s behaviour towards you part of their pattern?",
        ],
        "cp-chair": ["Are there risks to professionals the conference should plan for?"],
      },
      principles: [I],
      components: [PAT],
      evidence: ["supervision-record", "case-notes"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "supervision-st-informed",
      section: "practice-system",
      question:
        "Does supervision on the case reflect S&T thinking: the {perpetrator}'s pattern and choices, the {nonAbusiveParent}'s protective efforts, the {child:plural}'s experience and the worker's own safety?",
      goodPractice:
        "Supervision records show the case discussed through the critical components, decisions tied to the " +
        "{perpetrator}'s behaviour, and room to reflect on bias (such as focusing on the parent who turns up).",
      prompts: {
        supervision: ["Which of the critical components did we not discuss today?"],
      },
      principles: [K, P, I],
      components: [PAT, ACT, PROT, IMP, INT],
      evidence: ["supervision-record"],
      uses: ["audit", "supervision"],
    },
    {
      id: "partner-agencies-aligned",
      section: "practice-system",
      question:
        "Are partner agencies (police, schools, health, probation, specialist domestic abuse services) aligned with the plan: sharing information, holding the {perpetrator} to account and supporting the {nonAbusiveParent}?",
      goodPractice:
        "Information was shared with and sought from agencies; their actions are in the plan; their reports describe " +
        "the {perpetrator}'s behaviour, not 'parental conflict'; disagreements (such as a police 'no further action' " +
        "read as the end of concern) were challenged and resolved.",
      prompts: {
        supervision: ["Which agency sees this family differently from us, and what are we doing about it?"],
        "cp-chair": ["Do all agencies at conference agree on who is responsible for the harm?"],
      },
      principles: [K, I],
      components: [PAT],
      evidence: ["partner-agency-records", "conference-minutes", "plan"],
      uses: ["audit", "supervision", "cp-chair"],
    },
    {
      id: "decision-based-on-pattern",
      section: "practice-system",
      question:
        "Are decisions (closure, step-down, child protection plan, proceedings, removal) based on the {perpetrator}'s pattern, keeping the {child:plural} safe and together with the {nonAbusiveParent} where possible?",
      goodPractice:
        "The reasons for each decision cite the {perpetrator}'s behaviour and the {nonAbusiveParent}'s protective " +
        "capacity; if separating the {child:plural} from the {nonAbusiveParent} was considered, every reasonable effort to " +
        "partner with them and to intervene with the {perpetrator} is recorded first; the case is not closed after " +
        "assessment while the {perpetrator}'s pattern goes unaddressed.",
      prompts: {
        supervision: [
          "What would have to be true for these {child:plural} to stay safely with the {nonAbusiveParent}?",
          "Is this decision about the {perpetrator}'s behaviour or about the {nonAbusiveParent}'s?",
        ],
        "cp-chair": [
          "Does the recommendation follow from the {perpetrator}'s behaviour, and what would keep the {child:plural} safe with the {nonAbusiveParent}?",
        ],
      },
      principles: [K, P, I],
      components: [PAT, PROT],
      evidence: ["assessment", "plan", "supervision-record"],
      uses: ["audit", "supervision", "cp-chair"],
    },
  ],
};
