"""The words that set how strong a resume claim is, by kind and level (data for `claims`).

Each kind is a ladder. A text's level on a ladder is the highest level of the cues it contains,
or the kind's `NEUTRAL` level when it has none: "Helped migrate" sits below a plain "Migrated",
which sits below "Led the migration". A rewrite may keep or lower a level, never raise it.

Pattern syntax (one string per cue, words separated by spaces; matched on lower-case words with
hyphens and punctuation removed, so "company-wide" is "company wide"):

* `word`   the word or any of its inflections (lemminflect): `lead` = lead, leads, leading...
  (not `led`: irregular past forms are listed as their own words where they are meant);
* `=word`  exactly this surface word;
* `a|b`    either;
* `?word`  optional;
* `*`      up to three words of anything.

Levels are numbers only to be compared within a kind. The lists were written from the kinds of
inflation resume writers and models produce (docs/ARCHITECTURE.md, "Claim check"), then
widened on the dev split of `bench/data/claims` only.
"""
from __future__ import annotations

# Places and groups a claim's reach is counted in ("one store", "every clinic").
UNITS = ("store|site|branch|location|office|team|clinic|unit|ward|school|department|plant"
         "|warehouse|facility|campus|hospital|property|region|market|division|floor|line|cell"
         "|classroom|class|kitchen|restaurant|account|client|product|queue|channel|trial|case"
         "|country|city|state|district|territory|shop|studio|lab|program|project|desk|newsroom"
         "|crew|squad|pod|chapter|committee|board|panel|cohort|area|neighborhood|route|zone")
# Whole organisations: what "company-wide" reaches.
WHOLES = ("company|organization|organisation|org|firm|enterprise|agency|district|business"
          "|practice|network|chain|group|hospital|system|university|school|county|state|city"
          "|plant|site|department|portfolio|industry|bank|brokerage|library|metro|area|nation"
          "|territory|region|market|country|campus|newsroom|agency")
_BOSS_VERBS = "manage|managed|managing|oversee|oversaw|overseen|supervise|direct|run|ran"
STAFF = ("team|teams|staff|people|crew|group|department|employees|reports|associates|nurses"
         "|engineers|developers|analysts|specialists|volunteers|contractors|technicians|agents"
         "|designers|teachers|cooks|electricians|interns|members")
BOSSES = ("planner|manager|lead|supervisor|director|editor|attorney|partner|engineer|designer"
          "|nurse|physician|doctor|pharmacist|teacher|chef|foreman|superintendent|officer|head"
          "|producer|architect|researcher|scientist|analyst|owner|principal|coordinator")
TIMES = ("times|shifts|occasions|weekends|saturdays|sundays|days|nights|evenings|mornings"
         "|weeks|months|visits|sessions")
PEOPLE = ("others|other|colleagues|peers|coworkers|teammates|engineers|staff|nurses|analysts"
          "|designers|teachers|developers|partners|members|volunteers|associates|team")

# Level a text has on a ladder when none of its cues occur (see `claims`).
NEUTRAL = {
    "ownership": 2, "completion": 2, "skill_level": 2, "scope": 2, "attribution": 2,
    "role_title": 2, "frequency": 2, "superlative": 1, "puffery": 0,
}
# What evidence with no cue of a kind supports: a plain "Built the app" supports "Delivered
# the app" (done is the default reading of a past-tense bullet), not "Led" or "Expert".
SUPPORTED_WITHOUT_CUE = {"completion": 3}

# Levels below neutral are hedges (dropping them raises the claim); above are strong claims.
CUES: dict[str, list[tuple[float, str]]] = {
    "ownership": [
        (1, "help|assist|aid|contribute|participate|shadow"), (1, "support|supported the|a|an"),
        (1, "take|took part"), (1, "played a part|role"), (1, "part of"), (1, "joined the|a"),
        (1, "work|worked|working with|alongside|under"), (1, "collaborate|collaborated"),
        (1, "partner|partnered with"), (1, "involved in"), (1, "member of"),
        (1, "under * supervision|direction|guidance|leadership"),
        (1, "supervised|directed|guided|led|managed|run|ran|headed|overseen|owned|set by"),
        (1, "=which|=that|=whose * led|managed|ran|headed|directed|set|owned|oversaw"),
        (1, "=co led|lead|leading|managed|owned|designed|founded|authored|organized|wrote|ran"),
        (1, "backed up"), (1, "lend|lent a hand"), (1, "pitched in"), (1, "sat in on"),
        (1, "second reviewer"), (1, "on behalf of"), (1, "for the|my|our * lead|manager"),
        (1, f"under the|a|my|our * {BOSSES}"), (1, f"reporting to|for the|a|my|our * {BOSSES}"),
        (3, "=led|=leading|=leads"), (3, "=lead the|a|an|our|all|efforts|development|work"),
        # Managing a waitlist is a task; managing people or a project is a role.
        (3, f"{_BOSS_VERBS} * {STAFF}|project|projects|program|initiative|launch|rollout"),
        (3, f"{_BOSS_VERBS} * effort|migration|budget|operations|redesign|implementation"),
        (3, "manager|supervisor|head|director|lead|leader of"), (3, "in charge of"),
        (3, "own|owned|owning"), (3, "owner"),
        (3, "spearhead|head|headed|steer|quarterback|quarterbacked"), (3, "take|took the reins"),
        (3, "art direct|directed|directing"),
        (3, "ran|run the show"),
        (3, "drive|drove|driven the|a|an|adoption|change|growth|effort|initiative|launch"),
        (3, "champion|orchestrate|helm|helmed"), (3, "at the helm"), (3, "in charge"),
        (3, "take|took charge|control|ownership|command"), (3, "take|took the lead"), (3, "driving force"),
        (3, "end to end"), (3, "architect|architected"), (3, "pioneer|pioneered"),
        (3, "founded|founder|cofounded"), (3, "mastermind|masterminded"),
        (3, "chair|chaired"), (3, "commanded"), (3, "decision maker"),
        (3, "set the direction"), (3, "call|called the shots"), (3, "headed up"),
        (3, "lead role|author"), (3, "by me"), (3, "my own"),
    ],
    "completion": [
        (1, "propose|proposal|draft|=planned"),
        (1, "still being|under"), (1, "under review|construction|development|consideration"),
        (1, "awaiting|pending|unapproved|unpublished|unreleased|unfunded|application"),
        (1, "decision * due|pending"), (1, "# of #"),
        (1, "has|have|had|was|were not started|begun|shipped|launched|released|approved"), (1, "=planning to|for"),
        (1, "=plans|=plan to|for"), (1, "pilot|prototype|trial|trialled"),
        (1, "tested|testing a|the|an * prototype|concept|idea|design|version|pilot"),
        (1, "apply|applied for"), (1, "application for"), (1, "study|studying for"),
        (1, "pursue|pursuing"), (1, "learn|learning"), (1, "prepare|preparing for"),
        (1, "explore|exploring"), (1, "recommend|recommendation|suggest|suggestion"),
        (1, "outline|sketch|mockup|wireframe"), (1, "mock up|ups"), (1, "mocked up"),
        (1, "proof of concept"), (1, "=poc"), (1, "beta"), (1, "work|working toward|towards"),
        (1, "in progress"), (1, "ongoing"), (1, "enrolled in"), (1, "candidate"),
        (1, "concept"), (1, "pitch|pitched"), (1, "dry run"),
        (1, "=to =be pilot|test|launch|roll|release|implement|complete|review|approve|decide"),
        (1, "=to =be determine|schedule|finish|deliver|build|adopt|finalize|funded|published"),
        (1, "nominated|nominee"), (1, "shortlisted|finalist"),
        (1, "began|started|starting work|working|building|migrating|developing|writing|on"),
        (3, "implement|launch|publish|ship|deliver|secure|earn|certified"),
        (3, "complete|finish|deploy|release|rollout|operationalize|productionize|commercialize"),
        (3, "roll|rolled out"), (3, "go|went|gone live"),
        (3, "put|placed * into production|service|use|place"), (3, "in production"),
        (3, "bring|brought to market"), (3, "adopt|adopted"),
        (3, "institute|achieve|obtain|award|awarded"),
        (3, "approve|approved|passed|graduate|graduated|licensed|accredited"),
        (3, "win|won"), (3, "landed"), (3, "execute|executed"),
        (3, "introduce|introduced|establish|enact"),
        (3, "brought|carried|saw * to|through completion|fruition"), (3, "closed out"),
        (3, "from concept|idea|design|start to"),
        (3, "hold|holds|held * license|certification|endorsement|credential|degree|certificate"),
    ],
    "skill_level": [
        (1, "familiar|familiarity|exposure|exposed|basic|basics|beginner|introductory"),
        (1, "learn|learning|novice|foundational|elementary|rudimentary"),
        (1, "some experience|knowledge|familiarity"), (1, "limited"), (1, "working knowledge"),
        (1, "conversational"), (1, "intro|introduction to"), (1, "awareness"),
        (1, "dabbled"), (1, "coursework"),
        (3, "proficient|proficiency|expert|expertise|advanced|fluent|fluency|mastery"),
        (3, "skilled|adept|seasoned|deep|extensive|authority|specialist|virtuoso|guru|ninja"),
        (3, "go to"), (3, "in depth"), (3, "strong command|knowledge|background|grasp"),
        (3, "command of"), (3, "highly experienced|skilled|proficient"), (3, "native"),
        (3, "subject matter expert"), (3, "=sme"), (3, "veteran"), (3, "thorough knowledge"),
        (3, "master|mastered"), (3, "well versed"), (3, "second nature"), (3, "inside out"),
        (3, "comprehensive knowledge|understanding"), (3, "wizard"),
    ],
    "scope": [
        (1, f"one|a|single|my|our {UNITS}"), (1, f"one of the|our * {UNITS}"),
        (1, "pilot|piloted"), (1, "local|locally"),
        (1, "small group|team|sample|subset|batch|number"), (1, "subset of"),
        (1, "handful of"), (1, "single"), (1, "one of"),
        (3, f"{WHOLES} wide"), (3, f"across|throughout the|all|every|our * {WHOLES}|{UNITS}"),
        (3, "all|every|entire|whole"), (3, "each of"), (3, "all|both|each #"),
        (3, "=companywide|=organizationwide|=enterprisewide|=districtwide|=citywide|=firmwide"),
        (3, "=plantwide|=sitewide|=statewide|=storewide"),
        (3, "statewide|regional|regionally|multisite|wide"), (3, "multi site"),
        (3, "in|across|throughout the region|state|country|nation|district|company|industry"),
        (3, "chain wide"),
        (4, "national|nationwide|nationally|country|international|internationally"),
        (4, "global|globally|worldwide|world|continents|countries"),
    ],
    "attribution": [
        (1, "=we"), (1, f"our * {UNITS}|crew|group|squad|staff"),
        (1, "=. the|our|my * team|staff|crew|group|department|desk|committee|unit|office"),
        (1, f"with|alongside the|a|my|our * {PEOPLE}|{UNITS}|crew|group"),
        (1, f"with|alongside * {PEOPLE}"), (1, "member of"), (1, "part of"),
        (1, "jointly|collectively|collaboratively|collaborative|collaborate"),
        (1, "together with"), (1, "cross functional"), (1, "partnered|partnering"),
        (1, "=joint effort|project|venture|work|review"), (1, "=co"), (1, "shared credit|effort"), (1, "team effort"),
        (3, "single handedly|handed"), (3, "=singlehandedly"), (3, "solely|sole|solo"),
        (3, "alone"), (3, "independently|independent"), (3, "by myself|himself|herself"),
        (3, "on my|his|her own"), (3, "personally"), (3, "individually"),
        (3, "without help|assistance|support"), (3, "one person"), (3, "=only person"),
        (3, "unaided"), (3, "my own"), (3, "entirely by"), (3, "all by"),
        (3, "the one who"), (3, "by me"),
    ],
    "role_title": [
        (1, "intern|internship|trainee|apprentice|apprenticeship|volunteer|volunteered"),
        (1, "student|assistant|aide|helper|extern|externship|junior|=jr"),
        (1, "entry level"), (1, "shadow|shadowing|shadowed"), (1, "co op|coop"),
        (1, "part time"), (1, "temp|temporary|seasonal|substitute"),
        (3, "senior|=sr|principal|head|chief|director|manager|supervisor|foreman"),
        (3, "superintendent|officer|=vp|president|executive|captain|leader"),
        (3, "staff engineer|scientist|accountant|nurse|designer|pharmacist"),
        (3, "=lead =engineer|=developer|=designer|=analyst|=nurse|=teacher|=accountant"),
        (3, "=lead =researcher|=architect|=scientist|=role|=technician|=electrician|=cook"),
        (3, "team|tech|technical|shift|project|practice lead"), (3, "head of"),
        (3, "charge nurse"), (3, "architect"),
        # A role named as what the person is ("trainer with 9 years of acute care"): nouns only,
        # so "trained" or "coordinated" in a bullet never reads as a title.
        (3, "trainer|instructor|educator|consultant|coordinator|specialist|administrator|strategist"),
    ],
    "frequency": [
        (1, "occasionally|occasional|sometimes|rarely|periodically|sporadically|intermittently"),
        (1, "as|when|if needed|required|asked|available|requested"),
        (1, "on occasion|request|call"), (1, "ad hoc"), (1, "once|twice"),
        (1, f"a few|couple|handful * {TIMES}"),
        (1, f"occasional|some|several|select|odd|certain|irregular {TIMES}"),
        (1, "once|twice|a few times a|per|each|every"),
        (1, "from time to time"), (1, "now and then"), (1, "backup|fill in"),
        (2.1, "annually|annual|yearly|quarterly"), (2.1, "a|per|each|every year|quarter"),
        (2.3, "monthly"), (2.4, "every|each two|other weeks|week"),
        (2.5, "every|each monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend"),
        (2.5, "=mondays|=tuesdays|=wednesdays|=thursdays|=fridays|=saturdays|=sundays|=weekends"),
        (2.3, "a|per|each|every month"), (2.4, "biweekly|fortnightly"), (2.5, "weekly"),
        (2.5, "a|per|each|every week"),
        (3, "regularly|regular|often|frequently|frequent|routinely|routine|consistently"),
        (3, "repeatedly|habitually"), (3, "throughout #"), (3, "as a|the standard"),
        (3, "standard practice|procedure"),
        (3.5, "daily|nightly"), (3.5, "a|per|each|every day|morning|night|shift|evening|visit"),
        (3.5, "day to day"),
        (4, "always|constantly|continuously|continually|nonstop|invariably|perpetually"),
        (4, "every single"), (4, "all shifts"), (4, "around the clock"), (4, "=24 =7"),
        (4, "never miss|missed"), (4, "without fail|exception"), (4, "each and every"),
        (4, "day|week|month|year|shift in * out"), (4, "year round"),
    ],
    "superlative": [
        (2, "among the|our top|best|highest|leading"), (2, "one of the|our top|best|first|few|only|highest|leading"),
        (2, "top #|three|five|ten|quarter|half|tier|percent"),
        (2, "above average"), (2, "ranked"), (2, "runner up"), (2, "second|third place"),
        (3, "first|only|best|top|highest|largest|fastest|biggest|greatest|lowest|strongest"),
        (3, "number one"), (3, "=#1"), (3, "no =1"),
        (3, "record|unprecedented|unmatched|unrivaled|unrivalled|unparalleled|unbeaten"),
        (3, "premier|foremost"), (3, "the most"), (3, "never before"), (3, "ever"),
        (3, "all time"), (3, "in class"), (3, "industry|market leading|first"),
        (3, "world class"), (3, "outperform|outperformed all|every"),
        (3, "pioneering|trailblazing"), (3, "of the year|month|quarter"),
    ],
    "puffery": [
        (1, "proven|demonstrated ability|success|history|leader|results|record|expertise"),
        (1, "track record"), (1, "results driven|oriented|focused"), (1, "award winning"),
        (1, "world class"), (1, "best in class"), (1, "industry leading"),
        (1, "recognized|renowned|celebrated|acclaimed|respected|esteemed|distinguished"),
        (1, "go to"), (1, "visionary|dynamic|passionate|exceptional|outstanding|stellar"),
        (1, "exemplary|unparalleled|rockstar|elite|impeccable|flawless|superior"),
        (1, "top|high performing|performer|notch|tier"), (1, "rock star"),
        (1, "thought leader"), (1, "highly|extremely|exceptionally|remarkably|incredibly"),
        (1, "trusted|reliable|dependable advisor|partner|leader|expert|resource"),
        (1, "known for"), (1, "reputation"), (1, "sought after"),
        (1, "consistently exceed|exceeds|exceeded|deliver|delivers|delivered"),
        (1, "seasoned|accomplished|veteran|innovative|strategic|savvy|dedicated"),
        (1, "excellence"), (1, "game changer|changing"), (1, "transformational|transformative"),
        (1, "inspiring|inspirational|charismatic|influential|talented|gifted|brilliant"),
        (1, "expert|authority|guru|ninja|wizard|master"), (1, "obsessed|driven"),
    ],
}
# Phrases that look like cues but make no claim: "outstanding invoices", "lost-time injuries",
# "for our team" (the team is what the work was for, not who shared it). A cue inside one of
# them does not count.
NO_CLAIM = [
    "outstanding * invoice|invoices|check|checks|balance|balances|debt|payment|payments|item"
    "|items|issue|issues|order|orders|claim|claims|ticket|tickets|amount|amounts|statement"
    "|statements|receivable|receivables|loan|loans|work|requests|balance",
    "lost time",
    f"for|to|on|of|across|in|at|from our * {UNITS}|crew|group",
    "on top of", "first time", "first aid", "first responder|responders", "first line",
    "first shift|floor|quarter|half|year|week|day|month|round|pass|draft|contact",
    "record|records keeping|management|retention|requests|request|system|systems",
    "medical|patient|financial|payroll|sales|training|health|maintenance|service|employee"
    "|personnel|vendor|client|customer|case|court|public|track|driving|safety|school|student"
    "|tax|accurate record|records",
    "best practice|practices", "all hands", "wide range|variety|array|selection|open|margin",
    "whole grain|grains|number|numbers",
]
# Words that keep a hedge of their kind when the draft says them instead of the evidence's
# hedge ("helped" -> "supported" is not a dropped hedge).
KEEPS_HEDGE = {
    "ownership": ("help", "assist", "support", "contribute", "aid", "participate", "collaborate",
                  "join", "partner", "co", "coordination", "alongside", "jointly"),
    "completion": ("draft", "prepare", "write", "compose", "outline", "sketch"),
    "attribution": ("team", "with", "together", "jointly", "we", "our", "collaborate", "co",
                    "alongside", "group", "crew", "colleague", "peer"),
}

# Kinds whose strong cues are claims in their own right: each one the draft makes must be made
# by the evidence too ("top 10%" does not support "the top score" because "first" is nearby).
SAME_CUE_KINDS = ("superlative", "puffery", "role_title")

# Polarity is not a ladder: opposite pairs (a draft may not say one side where the evidence
# says only the other), a status saying the work stopped, and negation.
_UP = ("increase|raise|grow|boost|expand|double|triple|quadruple|rise|rose|risen|lift|climb"
       "|gain|more|higher|greater|larger|maximize|maximise|surge|jump|stretch|lengthen|longer"
       "|swell|spike|soar|widen|worsen|balloon")
_DOWN = ("reduce|cut|decrease|lower|drop|shrink|shrank|minimize|minimise|lessen|decline|fall"
         "|fell|slash|trim|fewer|less|shorten|halve|halved|curb|save|eliminate|slip|dip|sink"
         "|plunge|slump|dwindle|narrow|ease")
OPPOSITES: list[tuple[list[str], list[str]]] = [
    ([_UP, "creep|crept|went|go|shot|tick|ticked up"], [_DOWN, "went|came|go down"]),
    (["over budget|target|plan|estimate"], ["under|within budget|target|plan|estimate"]),
    (["late|overdue|delayed", "behind schedule", "past the * date|deadline"],
     ["on time|schedule", "early", "ahead of"]),
    (["no|little|minimal * change|difference|effect|impact|improvement|gain|lift", "flat",
      "unchanged", "not change|improve|move"], [_UP, _DOWN, "improve|improved|better"]),
    (["placed|finished|came|ranked second|third|fourth|fifth", "runner up", "finalist",
      "shortlisted", "honorable mention", "nominated|nominee"],
     ["won|win|winner|winning|named|crowned|voted|awarded"]),
    (["missed"], ["met|hit|beat|exceeded"]), (["lost"], ["won|retained|kept"]),
    (["failed|failing"], ["passed|succeeded"]), (["rejected|declined|denied"], ["approved|accepted"]),
    (["below"], ["above"]), (["loss"], ["profit"]), (["negative"], ["positive"]),
]
STOPPED = ["=was|=were|=got|=been|=is|=being|=later|=eventually|=then|=project|=it pause"
           "|cancel|shelve|halt|discontinue|suspend|scrap|abandon|postpone|defund|sunset"
           "|mothball|stall",
           "stalled|unfinished|incomplete|unsuccessful", "on hold", "fell through", "called off",
           "wound down", "not yet", "never launched|shipped|finished|completed|released",
           "did|didn't|was|were not launch|ship|finish|complete|go|adopted|approved|selected",
           "not completed|finished|launched|shipped|adopted|approved|implemented|selected",
           "went with another|someone", "went with a different|another",
           "declined|rejected|vetoed it|them|this", "declined|rejected|vetoed the * proposal|plan|idea|request|design",
           "turned down", "moved it|them|the * in house",
           "not|never|n't ?to approve|launch|ship|finish|complete|adopt|pursue|select|fund|accept",
           "not|never|n't ?to publish|win|pass|implement|release|move|proceed|renew|sign",
           "withdrew|withdrawn", "=paused|=cancelled|=canceled|=shelved|=halted|=scrapped|=abandoned",
           "=postponed|=suspended|=discontinued|=stalled|=defunded|=mothballed"]
# Phrases that compare quantities rather than state a direction ("more than 200 visitors").
NOT_DIRECTION = ("more than", "less than", "fewer than", "no more than", "up to")
NEGATION = ["=no|=not|=never|=without|=zero|=none|=nothing|=nobody|=neither|=nor|=n't|=cannot"
            "|=didn't|=wasn't|=weren't|=isn't|=aren't|=don't|=doesn't|=won't",
            "error|defect|bug|accident|incident|injury|mistake|problem|trouble|hassle|risk"
            "|downtime|complaint free", "free of|from"]
