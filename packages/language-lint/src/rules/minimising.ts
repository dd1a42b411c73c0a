import type { Rule } from "../rule.js";
import { define, MINIMISING_WHY } from "./define.js";

const CHOICE = "{perpetrator} chose to {behaviour}";
const NOT_CHILD = { not: ["child"] } as { not: ["child"] };

/** The abuse or its harm played down or excused. */
export const minimisingRules: Rule[] = [
  define({
    id: "minimising/just-a",
    severity: "warning",
    patterns: [
      "(just|only|merely|simply|nothing more than) (a|an|one|the)? (little|small|slight|minor)? (push|shove|slap|row|argument|tap|nudge|scuffle|squabble|disagreement|fight|domestic|incident|grab|one-off|words|misunderstanding|bit of shouting|bit of pushing|shouting match|falling out)",
      "(a bit of a|bit of a|a little) (push|shove|slap|row|argument|scuffle|squabble|disagreement|fight|domestic|to-do|falling out|kerfuffle|barney|ding-dong|set-to)",
    ],
    message: '"Just a push" plays down an assault: describe it plainly and in the context of his pattern.',
    explanation: MINIMISING_WHY,
    sources: ["D3", "D9", "S4"],
    suggestions: ["{perpetrator} {behaviour} [described plainly: where, how, with what effect]"],
    examples: {
      match: [
        "Mr B said it was just a push.",
        "It was only a slap and she was fine.",
        "Father called it a bit of a row.",
      ],
      noMatch: ["Mr B pushed Ms A into the door frame, bruising her back.", "It was just a short visit."],
    },
  }),
  define({
    id: "minimising/only-once",
    severity: "warning",
    // "He says it was only once, which her account contradicts": the note records and challenges his account.
    exceptions: ["(only|just) (happened)? once (which|but|though|although|however|whereas)"],
    patterns: [
      "(only|just) (happened|happens)? (once|one time|the once|twice|a couple of times|occasionally)",
      "(happened|happens) (only|just) (once|the once|twice)",
    ],
    message: '"It only happened once" measures abuse by count, not by pattern and impact.',
    explanation: `${MINIMISING_WHY} Safe & Together looks at the whole pattern across time and relationships.`,
    sources: ["S4", "D10"],
    suggestions: ["{perpetrator} {behaviour} on [date]; his pattern also includes [other behaviours]"],
    examples: {
      match: ["Father said it only happened once.", "It happened just twice, according to mother."],
      noMatch: ["Mr B has hit Ms A at least four times since January."],
    },
  }),
  define({
    id: "minimising/temper",
    severity: "warning",
    patterns: [
      "(a bit of a|bit of a|a|has a|quick|bad|nasty|hot|short|explosive|terrible|violent)? (temper|short fuse|hothead|hot head|hot-head|hot temper|hot-tempered|quick-tempered|bad-tempered)",
      "(temper|tempers) (flared|flare|flares|got the better|frayed)",
    ],
    exceptions: ["temper tantrum~", "tantrum~"],
    subject: NOT_CHILD,
    message:
      '"A bit of a temper" excuses abuse as a personality trait: name what he does when he is angry, and to whom.',
    explanation: `${MINIMISING_WHY} Abuse is used to gain power and control, not a temper he cannot help.`,
    sources: ["D6", "D12"],
    suggestions: [CHOICE, "{perpetrator} {behaviour} when [situation]"],
    examples: {
      match: [
        "Mr B has a bit of a temper.",
        "Ms A said he has a short fuse.",
        "Tempers flared and police were called.",
      ],
      noMatch: [
        "Mr B shouts and throws objects at Ms A when she asks about money.",
        "The toddler had a temper tantrum.",
      ],
    },
  }),
  define({
    id: "minimising/lost-control",
    severity: "warning",
    patterns: [
      "(lost|loses|lose|losing) (his|her|their)? (control|temper|cool|rag|head|it)",
      "(snapped|snaps|flipped|flips|blew up|blows up|exploded|explodes|kicked off|kicks off|went mad|goes mad|saw red|sees red)",
      "(flew|flies|fly) off the handle",
    ],
    exceptions: [
      "(lost|loses|lose|losing) control of (the|his|her) (car|vehicle|bike)",
      "(phone|screen|glass|bone|tyre|balloon) (snapped|exploded)",
    ],
    subject: { not: ["child", "survivor", "female"] },
    message: '"He lost control" describes a choice as an accident: abuse is controlled and targeted.',
    explanation: `${MINIMISING_WHY} He does not lose control at work or with the police.`,
    sources: ["D6", "D17"],
    suggestions: [CHOICE],
    examples: {
      match: ["Mr B lost his temper and threw a chair.", "Father said he just snapped.", "He flew off the handle."],
      noMatch: ["Mr B threw a chair at Ms A.", "Mr B lost control of the car on the ice."],
    },
  }),
  define({
    id: "minimising/anger-issues",
    severity: "warning",
    patterns: [
      "anger (management|issues|problems|difficulties|control|outbursts|outburst|problem|issue)",
      "(anger|temper) control (issues|problems|difficulties)",
      "(angry|anger) (man|person)",
      "(issues|problems|difficulties) (with|managing|controlling) (his)? (anger|temper|emotions)",
    ],
    subject: NOT_CHILD,
    message:
      '"Anger issues" mislabels abuse: he uses it to have power and control, and anger management does not address it.',
    explanation: `${MINIMISING_WHY} Anger management assumes a loss of control; domestic abuse is a pattern of control.`,
    sources: ["D6", "D13"],
    suggestions: [
      "{perpetrator} uses {behaviour} to control {survivor}",
      "a referral for {perpetrator} to a domestic abuse perpetrator programme",
    ],
    examples: {
      match: [
        "Mr B has anger issues.",
        "Father was referred to anger management.",
        "He has problems controlling his anger.",
      ],
      noMatch: ["Mr B was referred to a perpetrator programme.", "The child has difficulty managing big feelings."],
    },
  }),
  define({
    id: "minimising/out-of-character",
    severity: "warning",
    patterns: [
      "(out of character|uncharacteristic|uncharacteristically|not like him|not himself|not in his nature)",
      "never (been|done anything|behaved) like (this|that) before",
    ],
    message: '"Out of character" excuses abuse and ignores the pattern: look across time and earlier relationships.',
    explanation: `${MINIMISING_WHY} Perpetrators often present well to professionals; the pattern is in what he does at home.`,
    sources: ["D17", "S4"],
    suggestions: ["{perpetrator} {behaviour}; earlier incidents include [dates and behaviours]"],
    examples: {
      match: ["Father said his behaviour was out of character.", "The assault was uncharacteristic."],
      noMatch: ["Mr B has assaulted two previous partners."],
    },
  }),
  define({
    id: "minimising/isolated-incident",
    severity: "warning",
    patterns: [
      "(isolated|one-off|one off|single|one-time|one time|first and only|unusual|rare) (incident|incidents|event|episode|occurrence|occasion|assault|occurrence)",
      "(a|an) (one-off|one off|isolated)",
    ],
    message: '"An isolated incident" looks at one event, not his pattern of behaviour.',
    explanation: `${MINIMISING_WHY} Recording only the incident is how escalation is missed.`,
    sources: ["D10", "S4", "S19"],
    suggestions: ["{perpetrator} {behaviour} on [date]; his pattern also includes [other behaviours]"],
    examples: {
      match: ["Police described it as an isolated incident.", "Father says it was a one-off."],
      noMatch: ["This is the third assault on Ms A this year."],
    },
  }),
  define({
    id: "minimising/stress",
    severity: "warning",
    patterns: [
      "(due to|because of|caused by|triggered by|brought on by|result of|as a result of|down to|blamed on|blames it on|put it down to) (his|the|work|financial|money)? (stress|pressure|pressures|worries|debts|job loss|losing his job|redundancy|depression|ptsd|mental health|tiredness|lack of sleep|frustration)",
      "(he|mr *|@father) (was|is|had been|has been|gets|got) (stressed|under pressure|frustrated|tired|overwhelmed|struggling)",
      "(just|maybe|probably) (stressed|under pressure|tired)",
      "(he|mr *|@father) (is|was|has been|had been|has|had) (been)? under (a lot of|a great deal of|so much|huge|a huge amount of|considerable|a bit of)? (stress|pressure)",
    ],
    subject: NOT_CHILD,
    message: "Explaining abuse by stress excuses it: stress does not make anyone abusive.",
    explanation: `${MINIMISING_WHY} Record stress as context (critical component 5), never as the cause of his choices.`,
    sources: ["D9", "D17", "S9"],
    suggestions: [CHOICE, "{perpetrator} {behaviour}; he was also under financial stress (context, not cause)"],
    examples: {
      match: [
        "The incident was due to his stress at work.",
        "Father was stressed and it got out of hand.",
        "Ms A said he has been under a lot of stress since losing his job.",
      ],
      noMatch: ["Ms A is stressed about money since Mr B took her bank card."],
    },
  }),
  define({
    id: "minimising/drink-made-him",
    severity: "warning",
    patterns: [
      "(drink|drinking|alcohol|drugs|drug use|cannabis|cocaine|substance use|substance misuse|the drink) (made|makes|caused|causes|causing|leads|led|fuelled|fueled|triggered|triggers|brought out|brings out) (him|he|the)?",
      "(when|because|as) (he|he 's|mr *) (is|was|gets|got|had been|has been)? (drunk|intoxicated|under the influence|high|drinking|on drugs)",
      "(alcohol-fuelled|alcohol-fueled|alcohol-related|drink-fuelled|drunken) (row|argument|incident|assault|fight|episode)?",
      "(only|just) (violent|abusive|aggressive) when (he is|he 's|he was)? (drunk|drinking|high)",
    ],
    subject: { not: ["child", "survivor", "female"] },
    message: "Blaming drink or drugs excuses the abuse: record substance use as context, and his abuse as his choice.",
    explanation: `${MINIMISING_WHY} Ask how he handles his jealousy when he is not drinking.`,
    sources: ["S11", "S9", "D12"],
    suggestions: ["{perpetrator} {behaviour}; he had also been drinking (context, not cause)"],
    examples: {
      match: ["The drink made him aggressive.", "He is only violent when he is drunk.", "It was a drunken argument."],
      noMatch: ["Mr B drinks daily and has hit Ms A when sober and when drinking."],
    },
  }),
  define({
    id: "minimising/jealousy",
    severity: "warning",
    patterns: [
      "(jealous|jealousy|possessive|possessiveness|overprotective|over-protective|insecure|insecurities|insecurity|clingy)",
    ],
    subject: { is: ["perpetrator", "male", "unknown"] },
    message:
      '"Jealous" or "possessive" softens controlling behaviour: name what he does (checks her phone, stops her seeing friends).',
    explanation: `${MINIMISING_WHY} Jealousy is a common justification for coercive control; the behaviours are what matter.`,
    sources: ["S11", "S13", "D3"],
    suggestions: ["{perpetrator} [controlling behaviour, e.g. checks {survivor}'s phone, stops her seeing friends]"],
    examples: {
      match: ["Mr B can be jealous and possessive.", "Father is insecure about her friendships."],
      noMatch: ["Mr B checks Ms A's phone every night and stops her seeing friends."],
    },
  }),
  define({
    id: "minimising/heat-of-the-moment",
    severity: "warning",
    patterns: [
      "(crime|crimes) of passion",
      "(in|during) the heat of (the)? moment",
      "heat of the moment",
      "spur of the moment",
      "(moment|moments) of madness",
    ],
    message: '"In the heat of the moment" or "a crime of passion" frames control as passion: name it as abuse.',
    explanation: MINIMISING_WHY,
    sources: ["D17", "D16"],
    suggestions: [CHOICE],
    examples: {
      match: ["Father said it happened in the heat of the moment."],
      noMatch: ["Mr B planned the attack and waited for Ms A outside her work."],
    },
  }),
  define({
    id: "minimising/didnt-mean-it",
    severity: "warning",
    patterns: [
      "(didnt|did not|never|doesnt|does not) mean (to|it)",
      "(it was|was|an) accident",
      "accidentally (hit|pushed|hurt|caught|knocked|struck|elbowed)",
      "(by|an) accident",
    ],
    subject: NOT_CHILD,
    message: '"He didn\'t mean to" accepts his excuse: record what he did and its effect.',
    explanation: MINIMISING_WHY,
    sources: ["D12", "D6"],
    suggestions: ["{perpetrator} {behaviour}; he says it was accidental"],
    examples: {
      match: ["Mr B said he didn't mean to hurt her.", "He accidentally hit her while holding the baby."],
      noMatch: ["Mr B hit Ms A while she was holding the baby."],
    },
  }),
  define({
    id: "minimising/minor-injury",
    severity: "warning",
    patterns: [
      "(minor|superficial|small|slight|little|light) (injury|injuries|bruise|bruises|bruising|scratch|scratches|mark|marks|cut|cuts|graze|grazes|swelling)",
      "(nothing|not) (too|that|very|particularly)? serious",
      "could have been worse",
      "no (real|serious|lasting|significant) (harm|damage|injury|injuries)",
      "(only|just) (a)? (bruise|bruises|bruising|scratch|scratches|mark|marks|graze)",
    ],
    message: 'Calling injuries "minor" measures abuse by marks; the pattern and the fear are the harm.',
    explanation: `${MINIMISING_WHY} Non-fatal strangulation, for example, often leaves no visible injury.`,
    sources: ["D9", "S4", "S8"],
    suggestions: ["{survivor} had [injury] after {perpetrator} [behaviour]"],
    examples: {
      match: ["Ms A had minor injuries.", "It was nothing serious, according to father."],
      noMatch: ["Ms A had bruising to her neck after Mr B strangled her."],
    },
  }),
  define({
    id: "minimising/play-fighting",
    severity: "warning",
    patterns: [
      "(play-fighting|playfighting|play fighting|horseplay|horse-play|rough play|roughhousing|rough-housing|mucking about|messing about|messing around|banter)",
      "(only|just) (joking|messing|playing|teasing|a joke|banter)",
    ],
    subject: NOT_CHILD,
    message: '"Play-fighting" or "just joking" is his account: record what he did and how it affected her.',
    explanation: MINIMISING_WHY,
    sources: ["D12", "D9"],
    suggestions: ["{perpetrator} {behaviour}; he described it as [his words]"],
    examples: {
      match: ["Father said they were just messing about.", "He said it was only banter."],
      noMatch: ["The children were play-fighting in the garden.", "Mr B pinned Ms A to the floor."],
    },
  }),
  define({
    id: "minimising/sex-for-rape",
    severity: "error",
    patterns: [
      "(non-consensual|nonconsensual|forced|unwanted) (sex|intercourse|sexual intercourse|sexual activity)",
      "(had|have|having) sex (with her)? (against her will|without (her)? consent|when she did not want to|when she said no)",
      "sex (against her will|without (her)? consent)",
      "(forced|forcing|forces) (himself )?(on|upon) her",
      "forced (a )?(kiss|kisses|kissed|kissing)",
    ],
    message: 'Calling rape "non-consensual sex" softens it: sex without consent is rape, done by someone.',
    explanation: `${MINIMISING_WHY} Name sexual violence for what it is, and who did it.`,
    sources: ["D3", "D7"],
    suggestions: ["{perpetrator} raped {survivor}", "{perpetrator} sexually assaulted {survivor}"],
    examples: {
      match: ["Ms A disclosed non-consensual sex.", "He had sex with her against her will."],
      noMatch: ["Ms A disclosed that Mr B raped her in March."],
    },
  }),
  define({
    id: "minimising/another-chance",
    severity: "warning",
    patterns: [
      "(deserves|deserve|give|gives|giving|gave|given) (him|mr *|@father)? (another|a second|one more|a fresh|a last) (chance|start)",
      "(he|mr *|@father) (is|was|has been|seemed|seems|appeared|appears) (very|really|extremely|genuinely|clearly)? (apologetic|remorseful|regretful|ashamed|sorry)",
    ],
    message: "Remorse is part of many abusers' pattern: record it as what he said, not as a reduction in risk.",
    explanation: `${MINIMISING_WHY} Apologies and promises often follow abuse and keep the survivor in the relationship.`,
    sources: ["D9", "S13"],
    suggestions: ["{perpetrator} said he was sorry; he has [behaviour] since"],
    examples: {
      match: ["Mr B is remorseful and wants another chance.", "Ms A wants to give him another chance."],
      noMatch: ["Mr B has apologised before and assaulted Ms A again two weeks later."],
    },
  }),
  define({
    id: "minimising/good-father",
    severity: "warning",
    exceptions: ["never (hurt|hit|harmed|touched) (the)? (@child|them) but"],
    patterns: [
      "(good|great|loving|devoted|caring|brilliant|fantastic|doting|hands-on|involved) (dad|father|daddy|parent) (despite|but|although|even though|apart from|regardless)",
      "(he|mr *|@father) (is|was|remains|has always been) (a)? (good|great|loving|devoted|caring|brilliant|fantastic|doting) (dad|father|daddy|parent)",
      "(never|not) (hurt|harmed|touched|laid a finger on|been violent to|violent towards) (the)? @child",
    ],
    message:
      "Separating his abuse from his parenting misses the S&T point: abuse of the children's mother is a parenting choice that harms them.",
    explanation: `${MINIMISING_WHY} The multiple pathways to harm include undermining her parenting and the children's safety and stability.`,
    sources: ["S1", "S8", "S4"],
    suggestions: ["{perpetrator}'s {behaviour} towards {survivor} is a parenting choice that harms {child}: [how]"],
    examples: {
      match: ["Mr B is a good dad despite the DA.", "Father has never hurt the children."],
      noMatch: ["Mr B's abuse of Ms A is a parenting choice that frightens the children."],
    },
  }),
  define({
    id: "minimising/children-unaware",
    severity: "warning",
    patterns: [
      "(@child|they) (was|were|had been) (asleep|in bed|upstairs|not present|not in the room|not at home|not home|unaware|out|at school|in another room|in the other room)",
      "(@child) (did not|didnt|did not) (see|hear|witness|know about) (it|anything|the incident|what happened)",
      "(@child|they) (are|were) (not|never) (aware|affected|impacted|exposed)",
      "(too young|too little) to (understand|remember|know)",
    ],
    message: "Children asleep or in another room are still harmed: describe how his behaviour affects them.",
    explanation: `${MINIMISING_WHY} "Did the children see or hear it?" captures only a small slice of the harm; look at the multiple pathways.`,
    sources: ["S8", "S4", "L11"],
    suggestions: [
      "{child} [how {perpetrator}'s behaviour affects them: sleep, fear, school, their relationship with {survivor}]",
    ],
    examples: {
      match: ["The children were asleep upstairs at the time.", "The baby is too young to understand."],
      noMatch: ["The children were woken by Mr B's shouting and hid in their room."],
    },
  }),
  define({
    id: "minimising/only-verbal",
    severity: "warning",
    patterns: [
      "(only|just|purely|merely|mainly|mostly) (verbal|emotional|shouting|words|name-calling|name calling)",
      "(not|never|no longer|wasnt|was not|isnt|is not) (physical|physically violent)",
      "no physical (violence|abuse|harm|assault|injuries)",
    ],
    message: '"Only verbal" ignores coercive control, which is abuse with or without physical violence.',
    explanation: `${MINIMISING_WHY} Coercive control is a crime and the core of the S&T perpetrator pattern.`,
    sources: ["S13", "S8"],
    suggestions: ["{perpetrator} [controlling behaviours: threats, monitoring, restricting money or friends]"],
    examples: {
      match: ["The abuse is only verbal.", "There has been no physical violence."],
      noMatch: ["Mr B calls Ms A worthless, checks her phone and takes her wages."],
    },
  }),
  define({
    id: "minimising/historic-abuse",
    severity: "info",
    patterns: ["(historic|historical|previous|past|old) (@da|abuse|violence|incident|incidents|concerns|allegations)"],
    message: '"Historic DA" can signal the risk is over: say what he did, when, and whether the pattern continues.',
    explanation: `${MINIMISING_WHY} Past behaviour, including with earlier partners, is part of his current pattern.`,
    sources: ["S4", "S19"],
    suggestions: ["{perpetrator} {behaviour} in [year]; [what he does now]"],
    examples: {
      match: ["There is historic DA between the parents.", "Previous incidents were noted."],
      noMatch: ["Mr B assaulted his previous partner in 2019 and Ms A in 2023."],
    },
  }),
  define({
    id: "minimising/low-level",
    severity: "warning",
    patterns: [
      "(low-level|low level|minor|lower-level|low risk|low-risk|standard risk) (@da|abuse|violence|incident|incidents|concerns|domestic|dv|da|assault)",
    ],
    message: '"Low-level DA" ranks abuse by the last incident: coercive control can be high risk without injuries.',
    explanation: `${MINIMISING_WHY} Risk lies in the pattern of coercive control, not the severity of the last incident.`,
    sources: ["S4", "S13"],
    suggestions: ["{perpetrator}'s pattern: {behaviour}"],
    examples: {
      match: ["This is low-level DA.", "Police graded it as a low risk domestic."],
      noMatch: ["The DASH risk assessment was completed with Ms A."],
    },
  }),
  define({
    id: "minimising/things-got-out-of-hand",
    severity: "warning",
    patterns: [
      "(things|it|this|matters|the argument|the row|the situation|the evening) (got|get|gets|became|becomes|turned|turns|escalated|spiralled|spiraled) (a bit|slightly|a little)? (out of hand|heated|nasty|messy|physical|violent|ugly)",
    ],
    message: '"Things got out of hand" describes abuse as if no one did it: say what he did.',
    explanation: MINIMISING_WHY,
    sources: ["D3", "D1"],
    suggestions: ["{perpetrator} {behaviour}"],
    examples: {
      match: ["Things got out of hand after the party.", "The argument turned physical."],
      noMatch: ["After the party Mr B grabbed Ms A by the throat."],
    },
  }),
  define({
    id: "minimising/nice-guy",
    severity: "warning",
    patterns: [
      "(nice|good|decent|lovely|charming|pleasant) (guy|bloke|man|lad|chap)",
      "(jilted|spurned|heartbroken|scorned) (lover|partner|husband|boyfriend|man)",
    ],
    subject: { not: ["survivor", "female", "child"] },
    message: '"A nice guy" or "jilted lover" centres his image, not her safety; abusers often present well.',
    explanation: MINIMISING_WHY,
    sources: ["D18", "D19"],
    suggestions: ["{perpetrator} presented as calm with the worker; Ms A describes [behaviour]"],
    examples: {
      match: ["Mr B came across as a nice guy."],
      noMatch: ["Mr B was calm with the worker but sent Ms A twenty messages afterwards."],
    },
  }),
  define({
    id: "minimising/others-have-it-worse",
    severity: "warning",
    patterns: [
      "(others|other people|other women|some people) (have|had) it (worse|harder)",
      "(it|this) (is|was|could be) not (that|so)? bad",
      "(not|isnt|wasnt) (that|so) bad",
    ],
    message: "Comparing her experience to worse cases minimises what she has lived through.",
    explanation: MINIMISING_WHY,
    sources: ["D9"],
    suggestions: ["{survivor} describes [impact on her and the children]"],
    examples: {
      match: ["Others have it worse, father said.", "It is not that bad compared to before."],
      noMatch: ["Ms A said she is frightened of Mr B."],
    },
  }),
  define({
    id: "minimising/cultural-excuse",
    severity: "warning",
    patterns: [
      "(cultural|culturally) (norm|norms|practice|practices|acceptable|normal|thing|difference|differences) (explains|means|for him|in his)?",
      "(part of|normal in|accepted in) (his|their) culture",
    ],
    message: "Culture explains nothing about why he chose to abuse: record culture as context and his choices as his.",
    explanation: `${MINIMISING_WHY} Safe & Together treats culture as an intersection to understand, never as an excuse.`,
    sources: ["S9", "S3"],
    suggestions: ["{perpetrator} {behaviour}; [relevant cultural context for {survivor}'s safety and support]"],
    examples: {
      match: ["Father said shouting is a cultural norm."],
      noMatch: ["Ms A would like an interpreter who speaks Tigrinya."],
    },
  }),
];
