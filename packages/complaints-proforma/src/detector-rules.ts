/**
 * The default rules of the complaint-text detector: data, not code. Each rule names the convention
 * it is evidence of (as the partnership's complaints staff described the conventions of complaints
 * from perpetrators) and the proforma answers it suggests. Patterns are regular-expression sources,
 * matched case-insensitively within a sentence; `{name}` expands a macro.
 * @module
 */
import type { DetectorRuleSet } from "./detect.js";

const escalation = (to: string) => [
  { question: "process.threatenedToTakeItAllTheWay", answer: "yes" },
  { question: "process.threatenedTo", answer: to },
];
const copied = (who: string) => [
  { question: "process.copiedInOthers", answer: "yes" },
  { question: "process.copiedIn", answer: who },
];
const counter = (kind: string) => [
  { question: "content.counterAccusations", answer: "yes" },
  { question: "content.counterAccusationKinds", answer: kind },
];
const copyPatterns = (who: string) => [
  `{copy}{gap}${who}`,
  `^[ \\t]*(?:cc|bcc|copy to|copies to|copied to)[ \\t]*:[^\\n]{0,200}?${who}`,
];

/** The detector's default rules (version 2: the four conventions proforma version 2 asks about are suggested too). */
export const defaultDetectorRules: DetectorRuleSet = {
  id: "st-complaints-detector",
  version: "2",
  lengthyWords: 1000,
  lengthySuggests: [{ question: "content.lengthy", answer: "yes" }],
  macros: {
    gap: "[^.!?\\n]{0,60}?",
    threat:
      "\\b(?:I will|I'll|I am going to|I'm going to|I'm gonna|I shall|I intend to|I plan to|I have no choice but to|I am prepared to|I'm prepared to|unless|or else|otherwise|next step)\\b",
    toward: "\\b(?:refer|report|complain|escalat|take|taking|go to|going to|contact|write to|writing to)\\w*",
    copy: "\\b(?:cc'?d?|bcc'?d?|copied|copying|copy(?:ing)? in|forward(?:ed|ing)?|sent (?:a copy|this|copies)|sending (?:a copy|this|copies))\\b",
    other:
      "\\b(?:she|she's|her|mother|mum|mummy|mom|my ex|ex-partner|ex-wife|ex-girlfriend|partner|wife|girlfriend)\\b",
    ombudsman: "\\b(?:(?:local government (?:and social care )?)?ombudsman|LGSCO|LGO)\\b",
    swe: "\\b(?:social work england|SWE|HCPC)\\b",
  },
  conventions: [
    { id: "threatens-escalation", label: "Threats to 'take it all the way'" },
    { id: "copies-in-others", label: "Copying in others (the Mayor, an MP)" },
    {
      id: "police-nfa",
      label: "Arguing that since the police took no further action, children's social care should not be involved",
    },
    { id: "counter-allegations", label: "Counter-allegations about the other parent's parenting" },
    { id: "worker-bias", label: "Claims that the worker is biased or 'on mum's side'" },
    { id: "worker-actions", label: "Complaints about the actions of a social worker" },
    { id: "not-involved", label: "Claiming not to have been involved in the assessment" },
    { id: "unrealistic-expectations", label: "Unrealistic expectations of response times" },
    { id: "demands", label: "Demands" },
    { id: "threats", label: "Threats against staff" },
    { id: "denial-minimisation", label: "Denial and minimisation" },
    { id: "playing-off", label: "Playing professionals off against each other" },
    { id: "lengthy", label: "Lengthy and overwhelming" },
  ],
  rules: [
    {
      id: "escalation/all-the-way",
      convention: "threatens-escalation",
      description: "Threatens to take the complaint as far as it can go.",
      patterns: [
        "\\b(?:take|taking|took)\\b[^.!?\\n]{0,30}?\\ball the way\\b",
        "\\bas far as (?:I|it|this) (?:can|will) go\\b",
        "\\bto the (?:very )?(?:top|highest level)\\b",
        "\\bescalat(?:e|ing)\\b",
        "\\b(?:won't|will not|not going to) (?:stop|rest|let this go|back down|give up)\\b",
      ],
      suggests: [{ question: "process.threatenedToTakeItAllTheWay", answer: "yes" }],
    },
    {
      id: "escalation/ombudsman",
      convention: "threatens-escalation",
      description: "Threatens to go to the Ombudsman.",
      patterns: ["(?:{threat}|{toward}){gap}{ombudsman}"],
      suggests: escalation("ombudsman"),
    },
    {
      id: "escalation/social-work-england",
      convention: "threatens-escalation",
      description: "Threatens to report the worker to Social Work England.",
      patterns: ["(?:{threat}|{toward}){gap}{swe}", "\\bstruck off\\b"],
      suggests: escalation("social-work-england"),
    },
    {
      id: "escalation/solicitor-or-court",
      convention: "threatens-escalation",
      description: "Threatens legal action.",
      patterns: [
        "\\b(?:my|a) (?:solicitor|lawyer|barrister)s?\\b",
        "\\blegal action\\b",
        "\\b(?:sue|suing) (?:you|the council|them|her|the local authority|children's services|social services)\\b",
        "\\btake (?:you|the council|this|them) to court\\b",
        "\\bjudicial review\\b",
      ],
      suggests: escalation("solicitor-or-court"),
    },
    {
      id: "escalation/press",
      convention: "threatens-escalation",
      description: "Threatens to go to the press or social media.",
      patterns: [
        "(?:{threat}|{toward}){gap}\\b(?:the press|newspapers?|journalists?|the media|social media|facebook|twitter|tiktok|youtube|the BBC)\\b",
        "\\bgo(?:ing)? public\\b",
      ],
      suggests: escalation("press"),
    },
    {
      id: "escalation/mp-or-councillor",
      convention: "threatens-escalation",
      description: "Threatens to take the complaint to an MP or councillor.",
      patterns: ["(?:{threat}|{toward}){gap}\\b(?:my |the |local )?(?:MP|member of parliament|councillors?)\\b"],
      suggests: escalation("mp-or-councillor"),
    },
    ...(
      [
        ["mayor", "\\b(?:the )?mayor\\b"],
        ["mp", "\\b(?:MP|member of parliament)\\b"],
        ["councillor", "\\b(?:councillors?|cllr)\\b"],
        ["chief-executive", "\\b(?:chief executive|CEO)\\b"],
        ["director", "\\b(?:director|DCS)\\b"],
        ["ofsted", "\\bofsted\\b"],
        ["social-work-england", "{swe}"],
        ["ombudsman", "{ombudsman}"],
        ["police", "\\bpolice\\b"],
      ] as const
    ).map(([who, pattern]) => ({
      id: `copied-in/${who}`,
      convention: "copies-in-others",
      description: `Copies in the ${who.replace(/-/g, " ")}.`,
      patterns: copyPatterns(pattern),
      suggests: copied(who),
    })),
    {
      id: "police-nfa",
      convention: "police-nfa",
      description: "Argues that the police took no further action.",
      patterns: [
        "\\bNFA(?:'?d)?\\b",
        "\\bno further action\\b",
        "\\bpolice\\b{gap}\\b(?:dropped|closed|dismissed|found nothing|found no evidence|no evidence|took no action|did(?: not|n't) (?:charge|arrest|pursue|proceed))\\b",
        "\\b(?:never|not|wasn't|was not) (?:been )?(?:charged|convicted)\\b",
        "\\bCPS\\b{gap}\\b(?:no|not|dropped|declined)\\b",
      ],
      suggests: [{ question: "content.policeNfa", answer: "yes" }],
    },
    {
      id: "counter-allegation/substance-use",
      convention: "counter-allegations",
      description: "Accuses the other parent of drinking or drug use.",
      patterns: [
        "{other}{gap}\\b(?:drinks|drinking|drunk|alcohol|alcoholic|booze|boozing|drugs?|cannabis|weed|cocaine|heroin|stoned|substance (?:misuse|abuse|use))\\b",
      ],
      suggests: counter("substance-use"),
    },
    {
      id: "counter-allegation/mental-health",
      convention: "counter-allegations",
      description: "Accuses the other parent of poor mental health.",
      patterns: [
        "{other}{gap}\\b(?:mental(?:ly)? (?:health|ill|illness|unstable|unwell)|bipolar|psychotic|psycho|unstable|depressed|depression|personality disorder|BPD|crazy|insane|paranoid|delusional|off (?:her|his) (?:meds|medication)|breakdown)\\b",
      ],
      suggests: counter("mental-health"),
    },
    {
      id: "counter-allegation/neglect",
      convention: "counter-allegations",
      description: "Accuses the other parent of neglecting the children.",
      patterns: [
        "{other}{gap}\\b(?:neglect\\w*|(?:doesn't|does not|never) (?:feed|wash|look after|care for)|left (?:the (?:kids|children|boys|girls|baby)|them) (?:alone|on their own)|filthy|unwashed|(?:bad|unfit) (?:mother|mum|parent)|not fit to|can't cope)\\b",
      ],
      suggests: counter("neglect"),
    },
    {
      id: "worker-bias",
      convention: "worker-bias",
      description: "Claims the worker is biased or on the other parent's side.",
      patterns: [
        "\\bon (?:mum|mom|the mum|the mother|her|my ex)'?s? side\\b",
        "\\b(?:biased|bias|prejudiced?|one-sided)\\b",
        "\\b(?:taken|taking|took|picked|chosen) (?:her |a )?sides?\\b",
        "\\bsided with\\b",
        "\\b(?:is|are|was|were|has been|have been|seems?) (?:against|biased against|prejudiced against) (?:me|fathers|dads|men)\\b",
        "\\b(?:has it in for me|vendetta|witch[- ]?hunt|out to get me)\\b",
        "\\bbecause I(?:'m| am) (?:a man|the father|the dad)\\b",
      ],
      suggests: [{ question: "content.socialWorkerActions", answer: "yes" }],
    },
    {
      id: "worker-actions",
      convention: "worker-actions",
      description: "Complains about something a social worker did or failed to do.",
      patterns: [
        "\\b(?:social worker|SW|caseworker|case worker|team manager)\\b{gap}\\b(?:lied|lies|lying|liar|failed|refused|ignored|rude|unprofessional|harass\\w*|incompetent|bull(?:y|ied|ying)|intimidat\\w*|fabricat\\w*|twisted|falsif\\w*|mislead\\w*|misled|misrepresent\\w*|never (?:replied|responded|called|listened)|did(?: not|n't) (?:reply|respond|call|listen|tell|inform))\\b",
      ],
      suggests: [{ question: "content.socialWorkerActions", answer: "yes" }],
    },
    {
      id: "not-involved",
      convention: "not-involved",
      description: "Claims not to have been involved in the assessment or the case.",
      patterns: [
        "\\b(?:I|I've|I'm|me)\\b[^.!?\\n]{0,20}?\\b(?:not|never|wasn't|weren't|haven't been|hasn't been)\\b[^.!?\\n]{0,25}?\\b(?:involved|consulted|included|invited|interviewed|spoken to|listened to|given a chance|given the chance|asked (?:for my|about my|my|what I))\\b",
        "\\b(?:no one|nobody|no-one)\\b[^.!?\\n]{0,30}?\\b(?:asked me|spoke to me|spoken to me|consulted me|contacted me|listened to me|involved me|invited me|interviewed me)\\b",
        "\\bwithout (?:ever )?(?:speaking to|talking to|consulting|asking|contacting|hearing from|involving|meeting) me\\b",
        "\\bmy (?:side|views?|voice|version)\\b[^.!?\\n]{0,30}?\\b(?:ignored|not (?:heard|considered|included)|never (?:heard|considered|included))\\b",
        "\\bexcluded (?:me|from)\\b",
      ],
      suggests: [{ question: "content.notInvolvedInAssessment", answer: "yes" }],
    },
    {
      id: "unrealistic-deadline",
      convention: "unrealistic-expectations",
      description: "Expects a response faster than any complaints procedure allows.",
      patterns: [
        "\\bwithin (?:the next )?(?:\\d{1,2}|one|two|three|a few|twenty[- ]four|forty[- ]eight|seventy[- ]two) (?:hours?|hrs?)\\b",
        "\\bwithin (?:\\d|one|two|three|a|a couple of) (?:working )?days?\\b",
        "\\b(?:by|before) (?:the end of )?(?:today|tonight|tomorrow|close of (?:play|business)|COB|EOD|end of (?:the )?day|\\d{1,2}(?::\\d{2})? ?(?:am|pm|o'clock)|midday|noon|this (?:afternoon|evening))\\b",
        "\\b(?:reply|respond|response|answer|call me|contact me|act)\\w*\\b[^.!?\\n]{0,20}?\\b(?:immediately|straight away|right away|at once)\\b",
        "\\b(?:24|48|72)[- ]?(?:hours?|hrs?)\\b",
      ],
      suggests: [
        { question: "process.unreasonableExpectations", answer: "yes" },
        { question: "process.unreasonableExpectationsWhat", answer: { excerpt: true } },
      ],
    },
    {
      id: "demand",
      convention: "demands",
      description: "Makes a demand.",
      patterns: [
        "\\bI (?:demand|insist)\\b",
        "\\bI (?:expect|want|require|need) (?:you|the council|an?|the|my|immediate|all|full|this|it|to)\\b",
        "\\byou (?:must|need to|have to|are required to|are to)\\b",
        "\\b(?:I am|I'm) (?:demanding|requesting|asking for)\\b",
      ],
      suggests: [],
    },
    {
      id: "threat-to-staff",
      convention: "threats",
      description: "Threatens the worker or their job.",
      patterns: [
        "\\byou(?:'ll| will) (?:regret|pay for|be sorry)\\b",
        "\\bwatch (?:your back|yourself)\\b",
        "\\bI know where (?:you|she|he) (?:live|lives|work|works)\\b",
        "\\b(?:lose|losing|cost (?:you|her|him)) (?:your|her|his|their) (?:job|jobs|career|registration)\\b",
        "\\b(?:get (?:you|her|him) )?(?:sacked|fired)\\b",
        "\\bthis (?:isn't|is not) over\\b",
        "\\bmark my words\\b",
      ],
      suggests: [{ question: "content.threatsToStaff", answer: "yes" }],
    },
    {
      id: "denial-minimisation",
      convention: "denial-minimisation",
      description: "Denies or minimises the abuse.",
      patterns: [
        "\\bI (?:have )?never (?:hit|touched|hurt|abused|assaulted|threatened|laid a (?:finger|hand))\\b",
        "\\b(?:only|just) (?:a|an|one) (?:argument|row|disagreement|push|shove|slap|domestic|tiff|misunderstanding)\\b",
        "\\b(?:normal|ordinary|every) (?:couples?|relationships?)\\b",
        "\\b(?:false|fabricated|made[- ]up|malicious|untrue|baseless) (?:allegations?|claims?|accusations?|reports?)\\b",
        "\\bit takes two\\b",
        "\\b(?:she|her) (?:started it|provoked|winds me up|wound me up)\\b",
        "\\bnothing (?:happened|serious)\\b",
      ],
      suggests: [{ question: "content.denialMinimisation", answer: "yes" }],
    },
    {
      id: "playing-off",
      convention: "playing-off",
      description: "Sets one professional's view against another's.",
      patterns: [
        "\\b(?:your (?:manager|colleague|supervisor|team manager|director)|the (?:previous|last|old|other|first) (?:social )?worker|health visitor|head ?teacher|teacher|GP|doctor|police officer|CAFCASS|guardian|contact centre)\\b[^.!?\\n]{0,40}?\\b(?:said|says|told me|agreed|agrees|confirmed|(?:had|has) no concerns|disagrees?)\\b",
      ],
      suggests: [{ question: "content.playingOff", answer: "yes" }],
    },
  ],
};
