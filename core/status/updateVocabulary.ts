/**
 * The words business managers use in progress updates, by what they say about the work
 * (PRODUCT §5.1a). Tables, not logic: core/status/readUpdate.ts applies them. Each list is a
 * class of wording; a new board's phrasing is added to its class, never as a one-off rule.
 */

/** Decided and approved. */
const DECIDED = [
  'agreed', 'approved', 'signed off', 'signed', 'ratified', 'endorsed', 'adopted', 'accepted', 'confirmed', 'secured', 'awarded', 'funded', 'allocated', 'passed',
];
/** Made and finished. */
const MADE = [
  'developed', 'produced', 'created', 'written', 'drawn up', 'designed', 'built', 'compiled', 'collated', 'completed', 'finalised', 'finalized', 'concluded', 'finished',
  'done', 'achieved', 'filled', 'exceeded', 'resolved', 'addressed', 'closed', 'undertaken', 'undertook', 'carried out', 'conducted', 'evaluated', 'audited', 'analysed', 'analyzed',
  'reviewed', 'updated', 'revised', 'refreshed', 'amended', 'redesigned', 'rewritten', 'restructured', 'replaced', 'mapped', 'tested', 'consulted',
];
/** Put into effect. */
const PUT_INTO_EFFECT = [
  'established', 'set up', 'formed', 'put in place', 'implemented', 'introduced', 'embedded', 'rolled out', 'launched', 'relaunched', 'opened', 'installed', 'procured',
  'purchased', 'appointed', 'recruited', 'nominated', 'elected', 'trained', 'briefed', 'incorporated', 'factored in', 'factored into', 'built into', 'added', 'included',
  'integrated', 'merged', 'streamlined', 'aligned', 'extended to',
];
/** Made known and handed over. */
const MADE_KNOWN = [
  'published', 'signed up', 'circulated', 'distributed', 'disseminated', 'shared', 'cascaded', 'communicated', 'issued', 'sent', 'sent out', 'went out', 'gone out', 'posted', 'uploaded',
  'made available', 'presented', 'reported', 'submitted', 'returned', 'received', 'collected', 'delivered', 'provided', 'given', 'translated', 'printed',
];
/** Events that happened. */
const HAPPENED = [
  'held', 'ran', 'hosted', 'attended', 'took place', 'taken place', 'went ahead', 'gone ahead', 'went live', 'gone live', 'happened',
];

/** Verbs that deliver a piece of work, in their past / participle form: "signed off", "went live". */
export const DELIVERING = [...DECIDED, ...MADE, ...PUT_INTO_EFFECT, ...MADE_KNOWN, ...HAPPENED];

/** Delivering forms that are also the plain verb ("set up a group", "run a session"): done only after has/was/…, or after a noun. */
export const SAME_AS_BASE = ['set up', 'put in place', 'carried out', 'built into', 'extended to'] as const;

/** Participles that state a result as present fact after is/are: "the protocol is agreed". */
export const RESULT_STATES = [
  'agreed', 'approved', 'signed off', 'ratified', 'adopted', 'endorsed', 'established', 'set up', 'implemented', 'embedded', 'published', 'launched', 'completed',
  'finalised', 'finalized', 'operational', 'live', 'in place', 'in use', 'up and running', 'available', 'business as usual',
] as const;

/** What follows "now" to state a present result: "Parents now sit on the group", "now in place". */
export const NOW_STATES = [
  'in place', 'live', 'operational', 'up and running', 'in use', 'embedded', 'available', 'part of', 'forms part', 'form part', 'sits', 'sit', 'has', 'have', 'holds',
  'hold', 'keeps', 'keep', 'includes', 'include', 'attends', 'attend', 'meets', 'meet', 'receives', 'receive', 'uses', 'use', 'chairs', 'chair', 'reports', 'provides',
  'provide', 'covers', 'cover', 'contains', 'contain', 'features', 'feature', 'runs', 'run', 'routinely', 'standard', 'a standing', 'mandatory', 'fully',
] as const;

/** Present-fact wording that says the work is done without a verb: "Pathway in place". */
export const IN_EFFECT = ['in place', 'up and running', 'business as usual', 'no further action required', 'no further action needed', 'no further action is required', 'live on', 'live since', 'live from'] as const;

/** Subjects whose being "held" or "agreed" is talk about the work, not the work: "meeting held to discuss". */
export const TALK = [
  'meeting', 'meetings', 'discussion', 'discussions', 'conversation', 'conversations', 'call', 'calls', 'email', 'emails', 'talks', 'initial', 'scoping', 'introductory',
  'telephone', 'feedback', 'update', 'updates', 'reminder', 'reminders', 'invitation', 'invitations', 'enquiry', 'enquiries', 'query', 'queries',
] as const;

/** -ing words that are adjectives or nouns, not work going on: "when a child is missing from education". */
export const NOT_PROGRESSIVE = [
  'missing', 'existing', 'willing', 'interesting', 'amazing', 'pleasing', 'striking', 'exciting', 'thriving', 'nothing', 'something', 'anything', 'everything', 'thing',
  'during', 'evening', 'morning', 'spring', 'string', 'king', 'sibling', 'ceiling', 'following', 'according', 'including', 'regarding', 'concerning', 'outstanding',
  'safeguarding', 'training', 'funding', 'learning', 'meeting', 'briefing', 'wellbeing', 'bring', 'ring', 'booking', 'reporting', 'housing', 'parenting', 'screening',
] as const;

/** Clause-opening -ing verbs that say the work is going on: "Working with schools to …", "Exploring options". */
export const ONGOING_VERBS = [
  'working', 'developing', 'exploring', 'looking', 'considering', 'progressing', 'continuing', 'awaiting', 'waiting', 'preparing', 'drafting', 'finalising', 'finalizing',
  'arranging', 'organising', 'organizing', 'liaising', 'discussing', 'establishing', 'implementing', 'seeking', 'chasing', 'pursuing', 'rolling', 'moving',
  'updating', 'revising', 'refreshing', 'writing', 'producing', 'building', 'designing', 'collating', 'compiling', 'gathering', 'analysing', 'analyzing', 'reviewing',
  'identifying', 'agreeing', 'trying', 'aiming', 'hoping', 'intending', 'expecting', 'proposing', 'scheduling', 'piloting',
  'embedding', 'introducing', 'engaging', 'consulting', 'refining', 'completing', 'delivering', 'setting', 'putting', 'making', 'starting', 'beginning',
] as const;

// the planning wording, in three statements so that the bundled add-on keeps short lines
const PLANNED_1 = [
  "(?:will|shall|'ll)\\s+(?:(?:now|also|then|shortly|soon|need to|be able to|have been)\\s+)?(?:be\\s+)?\\w+", 'would\\s+(?:be\\s+)?\\w+', 'going to\\s+(?:be\\s+)?\\w+',
  'to be\\s+(?:\\w+(?:ed|en)|held|done|set|made|run|sent|built|put|drawn|written|seen|given|taken|brought|sought|met|shared|led)', '(?:is|are|was|were) to\\s+[\\w\\x27’-]+', '(?<=(?:^|[.;:!?\\n•–-])\\s*)to\\s+(?:be\\s+)?\\w+', 'plan(?:s|ning)? to\\s+[\\w\\x27’-]+', 'planned(?:\\s+(?:for|to|in))?', 'planning (?:for|to|is)', 'intend(?:s|ed|ing)?\\s+to\\s+[\\w\\x27’-]+',
  'aim(?:s|ed|ing)?\\s+to\\s+[\\w\\x27’-]+', 'hope(?:s|d)?\\s+to\\s+[\\w\\x27’-]+', 'expect(?:s|ed|ing)?\\s+to\\s+(?:be\\s+)?\\w+', 'expected(?:\\s+(?:in|by|at|on|for)\\s+[\\w\\x27’-]+)?', 'to go (?:live|ahead|out)',
];
const PLANNED_2 = [
  // a future event named by its infinitive: "Audit to take place in Q2", "Pilot to start in May"
  'to (?:take place|start|begin|commence|launch|run|happen|conclude|resume|restart)', 'anticipat\\w*', '(?:propose[sd]?|it is proposed) to\\s+[\\w\\x27’-]+', '(?:has|have) been proposed', '(?:was|were) proposed',
  'scheduled(?:\\s+(?:for|to))?', 'booked(?:\\s+(?:for|in))?', 'arranged(?:\\s+for)?', '(?:has|have) been arranged', 'organised for', 'organized for',
];
const PLANNED_3 = [
  '(?:is|are|was|were) due(?:\\s+to)?(?:\\s+be)?(?:\\s+[\\w\\x27’-]+)?', 'due (?:in|by|for|on|at)\\s+[\\w\\x27’-]+', 'due to be\\s+[\\w\\x27’-]+', 'agreed to\\s+[\\w\\x27’-]+', 'decided to\\s+[\\w\\x27’-]+',
  'with a view to\\s+[\\w\\x27’-]+', 'next steps?', 'next (?:stage|phase|quarter|month|year|week|few)\\w*', 'going forward', 'moving forward',
  'by (?:the )?end of\\s+[\\w\\x27’-]+', 'before (?:the )?end of\\s+[\\w\\x27’-]+', 'on (?:the|an|its) agenda for', 'on track (?:for|to)\\s+[\\w\\x27’-]+', 'on target (?:for|to)\\s+[\\w\\x27’-]+',
  'target date', 'need(?:s|ed)? to\\s+(?:be\\s+)?\\w+', 'required to\\s+[\\w\\x27’-]+', 'must\\s+(?:be\\s+)?\\w+', 'should\\s+(?:be\\s+)?\\w+',
  'plans? (?:are |is )?(?:now )?in place', 'in preparation', 'forward plan',
];

/**
 * Wording that stops an update reading as done, by class, in the order their words are quoted.
 * Each entry is a pattern source (case-insensitive, word-bounded by the reader).
 */
export const BLOCKING: { cls: BlockingClass; patterns: string[] }[] = [
  {
    cls: 'negation',
    patterns: [
      "(?:has|have|had|is|are|was|were|did|does|do|could|can|will|would)(?:\\s+still)?\\s*(?:not|n['’]t)\\s+(?:yet\\s+)?(?:been\\s+|be\\s+)?\\w+",
      "(?<!whether or )not(?! only)(?:\\s+yet)?(?:\\s+[\\w\\x27’-]+){1,2}", "\\w+n['’]t\\s+[\\w\\x27’-]+", 'never\\s+[\\w\\x27’-]+', 'unable to\\s+[\\w\\x27’-]+', 'failed to\\s+[\\w\\x27’-]+', 'cannot(?:\\s+yet)?\\s+[\\w\\x27’-]+',
      'no\\s+(?:progress|update|response|responses|date|decision|agreement|confirmation|capacity|funding|resource|resources|sign[- ]off|approval|further progress|movement|feedback)',
      'none\\s+(?:yet|received|so far)',
    ],
  },
  {
    cls: 'awaiting',
    patterns: [
      'await(?:s|ed|ing)?(?:\\s+[\\w\\x27’-]+){0,2}', 'waiting (?:for|on)(?:\\s+[\\w\\x27’-]+){0,2}', 'pending(?:\\s+[\\w\\x27’-]+){0,2}', 'subject to(?:\\s+[\\w\\x27’-]+){0,2}', 'yet to(?:\\s+be)?\\s+[\\w\\x27’-]+', 'still to(?:\\s+be)?\\s+[\\w\\x27’-]+',
      'to follow', 'tbc', 'tba', 'outstanding', 'remaining', 'remains? to be\\s+[\\w\\x27’-]+', '(?:is|are) with\\s+[\\w\\x27’-]+(?:\\s+[\\w\\x27’-]+)?\\s+for\\s+[\\w\\x27’-]+', 'out (?:to|for) consultation',
      'requested(?:\\s+from)?', 'chased', 'sought', 'reminded', 'dependent (?:on|upon)', 'depends on', 'once\\s+[\\w\\x27’-]+', 'until\\s+(?:the\\s+)?\\w+\\s+(?:is|are|has|have)\\s+[\\w\\x27’-]+',
      'asked for (?:changes|amendments|revisions|further\\s+[\\w\\x27’-]+)', 'sent back', 'returned for\\s+[\\w\\x27’-]+', '(?:changes|amendments|revisions) (?:requested|required|needed)',
    ],
  },
  {
    cls: 'delay',
    patterns: [
      'delay(?:s|ed)?(?:\\s+(?:until|to|by|into)\\s+[\\w\\x27’-]+)?', 'postponed', 'deferred', 'cancelled', 'canceled', 'paused', 'slipped', 'slippage', 'stalled', 'rescheduled', 're-scheduled',
      'put back', '(?:on|put on) hold', 'suspended', 'withdrawn', 'behind (?:schedule|target)', 'extension', 'extended (?:to|until)', 'revised (?:date|deadline|timescale)s?',
      'new (?:date|deadline|timescale)s?', 'moved (?:to|back)\\s+[\\w\\x27’-]+',
    ],
  },
  {
    cls: 'planned',
    patterns: [...PLANNED_1, ...PLANNED_2, ...PLANNED_3],
  },
  {
    cls: 'continuing',
    patterns: [
      'still(?:\\s+being)?(?:\\s+[\\w\\x27’-]+)?', 'ongoing', 'on-going', 'in progress', 'underway', 'under way', 'under (?:review|development|discussion|consideration|construction)',
      'continu(?:e|es|ed|ing)(?:\\s+to)?(?:\\s+[\\w\\x27’-]+)?', 'further work', 'more work', 'work is progressing', 'progressing', 'progress (?:is being|has been) made',
      '(?:some|good|steady|slow|limited|significant) progress', 'currently\\s+[\\w\\x27’-]+', 'being\\s+[\\w\\x27’-]+', 'in (?:discussion|talks|development|hand)', 'looking (?:at|into|to)',
    ],
  },
  {
    // the work has begun, not finished
    cls: 'started',
    patterns: ['(?:(?:has|have|had|was|were)\\s+(?:now\\s+|just\\s+|been\\s+)?)?(?:started|begun|began|commenced|initiated|commissioned|piloted|scoped|kicked off|mobilised)', 'piloting', 'first steps?'],
  },
  {
    cls: 'partial',
    patterns: [
      'partial(?:ly)?', 'partly', 'in part', 'largely', 'mostly', '(?:nearly|almost)(?:\\s+(?:finished|complete|completed|done|there|ready|agreed))?', 'broadly', 'in the main', 'majority', 'most (?:agencies|partners|schools|staff|services|teams)',
      'some (?:agencies|partners|schools|staff|services|teams|areas)', 'all but', 'except', 'apart from', 'with the exception', 'draft(?:ed|s)?', 'first draft',
      '(?:first|initial|1st|second|phase|stage) (?:cohort|tranche|wave|round|batch|phase|stage|part|step)s?', 'phase (?:1|one|i)\\b', 'stage (?:1|one)\\b', 'in principle',
      'may\\s+(?:be|need|have|not|also|require|well|take|slip|change|affect|mean|delay)', 'might\\s+[\\w\\x27’-]+', 'could\\s+(?:be\\s+)?\\w+', 'unclear', 'uncertain', 'not clear', 'cannot yet assure', 'assurance (?:is )?(?:being )?sought',
      'issues? (?:with|around)', 'concerns? remain', 'risk (?:that|of)',
    ],
  },
];

export type BlockingClass = 'negation' | 'awaiting' | 'delay' | 'planned' | 'continuing' | 'started' | 'partial';

/**
 * What a finished piece of work leads to, which does not make it unfinished: who chairs the new
 * group, when it first meets, how its impact is monitored, what it will ensure. Blocking words
 * inside these are not counted.
 */
const AFTERCARE_1 = [
  "(?:will|shall)\\s+(?:be\\s+)?(?:chaired|chair|co-chaired)\\b(?:\\s+by)?",
  "(?:(?:first|1st|1\\s*st|next|inaugural|initial)\\s+)meeting(?:s)?\\s+(?:will\\s+(?:be|take place)|is|are|was|scheduled|planned|booked|arranged|set|due)(?:\\s+(?:for|on|in))?",
  "(?:will|shall)\\s+(?:then\\s+)?(?:meet|report)\\s+(?:to|into|monthly|quarterly|annually|bi-monthly|every|regularly|on a)",
  "(?:will|shall)\\s+(?:continue\\s+to\\s+)?(?:be\\s+)?(?:monitored|monitor|evaluated|evaluate|measured|reviewed\\s+(?:annually|yearly|regularly|periodically|quarterly|every|in\\s+\\d+|after)|reflected|reported\\s+(?:to|in|via|through)|remain)\\b",
  "(?:will|shall|should|would)\\s+(?:help|ensure|support|enable|allow|mean|improve|lead|give|provide|strengthen|reduce|increase|benefit|inform|assist|raise|promote|make sure)\\b",
];
const AFTERCARE_2 = [
  "impact\\s+(?:of\\s+[\\w\\s]{1,40}?)?(?:will|is to|to)\\s+be\\s+(?:monitored|evaluated|measured|assessed|reviewed)",
  "(?:continue|continues|continuing)\\s+to\\s+(?:be\\s+)?(?:monitor|monitored|review|reviewed|meet|report)\\w*",
  "can be (?:found|accessed|viewed|downloaded|seen|read)",
  "as (?:planned|scheduled|agreed|expected|intended)",
  "going forward\\s+(?:it|this|the\\s+[\\w\\x27’-]+)\\s+(?:is|will be)\\s+(?:monitored|reviewed|chaired)",
];
export const AFTERCARE = [...AFTERCARE_1, ...AFTERCARE_2];

/** "No update this quarter", "Nothing to report": the entry reports nothing. */
export const NO_UPDATE = '^(?:no (?:new |further )?(?:update|progress|information|change)s?(?: (?:this|for this|at this|since last) (?:quarter|month|period|time|meeting|review|report))?(?: (?:provided|given|received|available|to report))?|nothing (?:new |further )?to (?:report|add|update)|n/?a|tbc|awaiting update|update awaited|update to follow)[.!]?$';

/** Wording that moves the action on to a later plan, beyond §5.1's carry-over words. */
export const MOVES_ON = [
  '(?:defer(?:red)?|postpone[d]?|move[d]?|transfer(?:red)?|roll(?:ed)?|push(?:ed)?|put back|slipped|carried)\\s+(?:in)?to\\s+(?:the\\s+)?(?:next|new|following|20\\d\\d[-/]\\d{2,4})\\s+(?:(?:year|financial year|period|plan|business plan|strategic plan|year\'?s? plan|year\'?s? business plan)\\b)',
  '(?:deferred|moved|transferred|carried|taken|picked up|included|continue[sd]?|carried on)\\s+(?:forward\\s+)?(?:in|into|to)\\s+(?:the\\s+)?(?:20\\d\\d[-/]\\d{2,4}|next|new)\\s+(?:year\'?s?\\s+)?(?:business\\s+|strategic\\s+|action\\s+)?plan',
  '(?:carried|taken|rolled|brought)\\s+forward(?:\\s+(?:to|into)\\s+[\\w\\x27’-]+)?',
] as const;

/**
 * A hedge or negation anywhere in a clause governs its completion word (§5.1, "Complete" and the
 * like): "we cannot yet assure that every action was completed", "no assurance that all are
 * complete", "unclear whether …".
 */
export const HEDGES = "\\b(?:not|never|cannot|unable|unclear|uncertain|unsure|unknown|whether|neither|nor|no\\s+(?:assurance|evidence|confirmation|guarantee|certainty|way|record|sign))\\b|n't\\b|\\b(?:difficult|hard|too early|impossible)\\s+to\\s+(?:say|confirm|assure|know|tell)\\b";

/** Hedged completion, read before any "complete" by the reading of an update (§5.1a): "cannot yet assure that every action was completed". */
export const HEDGED_COMPLETION = "(?:cannot|can't|can not|unable to|not (?:yet )?(?:able|possible) to)\\s+(?:yet\\s+)?(?:assure|confirm|evidence|say|guarantee|demonstrate|verify)";
