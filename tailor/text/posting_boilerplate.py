"""Recognising the text of a posting that is never a requirement: equal-opportunity and legal
notices, benefits and pay, company marketing, application instructions, schedules.

A third of the words of a real posting are such text, much of it worded like a requirement
("must pass a background check", "competitive benefits"), and it is not always under a heading
that says so. Judging each item on its own words keeps it out of the requirements and keywords.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tailor.text.role_nouns import names_a_role

_BOILERPLATE = [re.compile(p, re.I) for p in (
    # equal opportunity, accommodation, background/drug-test and at-will notices
    r"equal (employment )?opportunit|affirmative action|without regard to|regardless of (race|"
    r"age|gender|sex)|protected (veteran|class|by law)|discriminat|sexual orientation|"
    r"gender (identity|expression)|diverse (workforce|and welcoming)|culture of inclusion|"
    r"diversity is|e-verify|arrest (and|or) conviction|reasonable accommodation|"
    r"individuals with disabilities|essential functions",
    r"\b(pass|passing|complete|undergo|submit to|subject to|contingent (up)?on)\b[^.]{0,60}"
    r"\b(background|drug|criminal|credit|reference)[- ](check|screen|test)",
    r"pre-employment|\bat[- ]will\b|this job description|not designed to (cover|contain)|"
    r"may be asked to perform other|(duties|responsibilities)[^.]{0,40}may change|"
    r"not (intended|meant) to be (an? )?(exhaustive|all[- ]inclusive|comprehensive)|"
    r"physical demands? described|normal office setting|"
    r"other (related |similar |job[- ]related |incidental )?duties (as|when) "
    r"(assigned|required|needed|directed|requested)|"
    r"\b(do|does) not (include|list|cover|describe) all\b|"
    r"^(other|additional) duties|^miscellaneous\b|^special projects",
    # benefits and pay
    r"401\s*\(?k\)?|\bPTO\b|paid (time off|holidays?|parental|leave)|(parental|sick|vacation) "
    r"leave|tuition reimbursement|stock (options|purchase)|profit[- ]sharing|retirement (plan|"
    r"savings)|\bIRA\b|\bperks\b|sign[- ]on bonus|benefits? (package|include|such as|from day)|"
    r"incentives? program|flexible spending|commuter benefit|well-being allowance|"
    r"(competitive|comprehensive|generous|great|good|full|excellent|medical) benefits|"
    r"\bbenefits\s*[:–-]|benefits are|(offer|provide|receive)\w*\b[^.]{0,50}\bbenefits\b",
    r"\b(salary|pay rate|pay range|base pay|hourly (pay|rate|base)|starting (pay|rates?)|"
    r"commensurate|compensation|\bW2\b|per hour|an hour|/hr\b|plus tips|starting at \$)",
    r"\$\s?\d[\d,.]*\s?[kK]?\s*(?:-|–|to)\s*\$?\s?\d|\$\s?\d[\d,.]*\s?[kK]?\s*(?:/|per|an)\s*"
    r"(?:h(?:ou)?r|year|yr|annum|week)",
    # company marketing, about us, recruiter intros
    # ("We are looking for someone who has led research..." describes the candidate: a requirement)
    r"^(we are|we're|we) (a|an|one of|the|proud|committed|partnering|hiring|"
    r"(seeking|looking)(?![^.]{0,100}\b(who|that) (has|have|can|is|will)\b)|"
    r"currently|work as|think|focus|believe|value|invest|offer|empower|encourage|also value|"
    r"look forward)\b",
    r"\bour (mission|vision|values|culture|story|client|top firm|teams automate|focus is|"
    r"team members are|commitment)\b|\bis one of the\b|\b(a|the) (north american |global |"
    r"industry |market )?leader in\b|\bsince (18|19|20)\d\d\b|\bfounded in\b|\bheadquartered\b|"
    r"\bsubsidiary\b|\bjoin (us|our)\b|\bwill be joining\b|\bjoining (a|our) |\bby joining\b|"
    r"\bmission is to\b|\byou will experience\b",
    r"\bis (currently )?(seeking|looking for|hiring|recruiting)\b|\bhas partnered\b|"
    r"\bpartner(ing|ed)? with (a|an)\b|\bin (their|its) search for\b|\bmay have the job\b|"
    r"\bcontract (to hire|assignment)\b|\btemp to perm\b|\b\d+-month contract\b|"
    r"position open to remote|\bthis is a (\w+[- ])?(part|full)[- ]time\b",
    r"\bif (you are|you're|this sounds|you have what)\b|\bare you (an?|ready)\b|\bapply (now|today|"
    r"online|here|at|via|through)\b|(?<!\bability )(?<!\bable )\bto apply\b(?! (such|the|this|these|"
    r"those|it|them|knowledge|principles|concepts|technical|professional|advanced|new|sound|"
    r"analytical|scientific|statistical|engineering|methods|techniques|within|upon)\b)|"
    r"encourage[^.]*\bto apply\b|\bstart your "
    r"application\b|\bsubmit (your|a) (resume|cv|application)|\bsend (your|a|us) (resume|cv)|"
    r"\bcover letter\b|https?://|www\.|\bvisit (us|our|www|http)|\bfind out more\b|"
    r"\blearn more\b|\blet'?s talk\b|\bwe look forward\b",
    r"\bthis is an? (great |exciting |unique |rare )?opportunity\b|\bopportunity to (grow|join|"
    r"look back|work with)\b|\bmake (a|an) (meaningful |real |lasting )?(difference|impact)\b|"
    r"\byour work will\b|\bbe proud\b|\brewarding (career|role)\b|\bexciting opportunity\b|"
    r"\bwe want to\b|\bwants to help you\b|\brelentlessly\b|\bexpect more\b|\bwe believe\b|"
    r"\bmission, vision\b|\bcompany culture\b|\bour goal\b|^in return\b|\bwe serve\b",
    # schedules, shifts and location notes
    r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b.{0,30}(\d|am\b|pm\b)|\b\d{1,2}(:\d\d)?\s*(am|pm)\s*"
    r"[-–]\s*\d{1,2}(:\d\d)?\s*(am|pm)\b|^schedule\b|\b\d{4}\s*-\s*\d{4}\b|"
    r"^(please note:? )?this (role|position) is (onsite|on-site|remote|hybrid)\b|"
    r"^(local candidates|sign on bonus|starting rates?)\b|\bsign on bonus\b|"
    r"flexib\w* with the schedule|schedule flexib|\bwork schedule (will|is|may)\b|\btour (work )?schedule\b|"
    r"\bpossible extensions?\b",
    r"(job|position|role) (type|level)\s*:|^job description\b|^#\w+$",
    # how to apply and how the application is judged: about the paperwork, not the candidate
    r"\b(submit|submitted|submitting|upload|attach|provide)\w*\b[^.]{0,60}\b(transcripts?|a copy|copies|"
    r"supporting documents?|proof of|documentation of)\b|\bsupporting documents?\b|\bclosing date\b|"
    r"\bineligible rating\b|\bsubstantiated in your resume\b|"
    r"\byour resume (must|should) (contain|provide|include) sufficient\b|"
    r"\byour (resume|application) (must|should) (contain|include|list|show|reflect) your\b|"
    r"\byou must list (all|each|every)\b|\breapply\b|\byour application will expire\b|"
    r"^\W*\((i\.e\.|e\.g\.)[^()]*\)\W*$|\bclearly identify the duties\b|"
    r"\b(receive|be given|given) credit for\b|\bcredit will be given\b|^references?\s*:",
    r"\byour (resume|application)\b[^.]{0,40}\b(is the key|must clearly show|will be (used|reviewed|"
    r"evaluated))|\b(occupational|assessment) questionnaire\b|\bthis questionnaire\b|"
    r"\berrors or omissions\b|\bcut-?off dates?\b|\bseparate applications?\b|"
    r"\b(list|indicate) (your )?(military position|dates of employment)|\bwe will not make assumptions\b|"
    r"\bdo not use (position|job) descriptions\b|\bapplication submission\b|\bunchanged status",
    r"\bincomplete applications?\b|\bapplications? will be rated\b|\bfollow all (the )?instructions\b|"
    r"\banswer all (the )?questions\b|\bredact\b|\bpersonally identifiable information\b|"
    r"^\W*failure to (provide|submit|include)\b|\bacceptable forms? of documentation\b|"
    r"\bmust be clearly (stated|described|documented|shown) in your (resume|application)\b",
    # how experience and education are credited, and who may be appointed (civil-service prose
    # about the rules of eligibility, not about what the candidate knows or has done)
    r"\bexperience refers to\b|\brefers to (paid and unpaid|full-time)\b|\bvolunteer work helps\b|"
    r"\bprorated basis\b|\bfull credit for\b|\bcreditable experience\b(?! equivalent)|\bnot of itself qualifying\b|"
    r"\bqualifying for (this|the) position based on\b|\bcrediting (education|experience)\b|"
    r"\b(education completed|education claimed)\b(?![^.]{0,40}\bforeign\b)|"
    r"\baccrediting (institutions|agencies) recognized\b|\bpreference eligible\b|"
    r"\bnoncompetitively promoted\b|\bnon-citizens may be appointed\b|\bself-certified\b|"
    r"\b(performance test results|certificates? of proficiency)\b|\bfalse or fraudulent\b|"
    r"\bpunishable by\b|\bconstitutes concurrence\b|\b(certified|best qualified) applicants\b|"
    r"\bmay meet these requirements by\b|\bmust meet the requirements specified\b|"
    r"\b(identified|specified) below\b|\bcontact with the program coordinator\b|"
    r"\bis (defined as )?(experience )?(that which|that|which) (h?as )?"
    r"(equipped\b|(is )?(typically )?in or (directly |closely )?related to the (line of )?work\b)|"
    r"\btranscripts (must|are to|should) be (provided|submitted)\b|\bwith (the|their|your) application\b(?! of)|"
    r"\bwill be considered for (vacancies|positions|this position)\b|\bclick(:| here| the following| on)\b|"
    r"\b(when|in) describing your (work )?experience\b|^public law \d",
    # civil-service rules that define or limit what counts as experience or education, in words
    # every announcement of a series shares: a definition, an example, combination arithmetic,
    # a deadline. They ask nothing of the candidate that the posting's own qualifications do not.
    r"^\W*specialized experience must include experience (that|which)\b|"
    r"\btotal experience must demonstrate the ability\b|\beducation offered to meet\b|"
    r"^\W*(\w+ )?experience may (have been|be) (gained|obtained|acquired)\b|"
    r"\bexperience is (typically |usually )?in or (directly |closely )?related to the (line of )?work\b|"
    # how courses are credited: examples of creditable courses, a cap on the hours that count
    r"\bexamples of creditable (courses|coursework)\b|"
    r"^\W*no more than\b[^.]{0,80}\b(is|are|will be|may be) (creditable|credited|counted)\b|"
    r"^\W*(for the [\w-]+ (grade )?level, )?only\b[^.]{0,120}\bmay be (combined|substituted)\b|"
    r"^\W*for example\b|\bwould be qualifying\b|\bmust be met (by|not later than|no later than)\b|"
    r"\bto receive credit\b|\bemploying agency is responsible\b|^\W*see\b[^.]{0,80}\b(above|below)\b|"
    # "...equivalent to at least the next lower grade level": the general rule; naming the grade
    # ("...the next lower grade level (GS-07)") makes it this posting's requirement
    r"^\W*to be creditable, (the |this |such )?(specialized )?experience must have been (at least )?"
    r"equivalent (in difficulty and complexity )?to (at least )?the next lower grade( level)?(?! level)"
    r"(?! *(\(|gs|[a-z]{2}-\d))|"
    # the standard's general definition of specialized experience, which names no work ("Experience
    # that equipped the applicant with the particular knowledge, skills, and abilities..."); with
    # "such as" it goes on to name the work, and is this posting's requirement
    r"^\W*(specialized )?experience (that|which) (has )?(equipped|provided) the applicant with the "
    r"particular knowledge\b(?![^.]*\bsuch as\b)",
    # the arithmetic of a combination of education and experience ("Add the two percentages.",
    # "...divide your semester hours by 18."), the unit experience is counted in ("A season of
    # experience is considered to be a period of..."), the standard's general definition of a
    # profession's experience, the standard's rule for grades above the full performance level,
    # and a waiver asked for after selection: rules every announcement of a series repeats
    r"\bdivide (your|the)\b[^.]{0,80}\bby \d|^\W*(then )?add the (two |three )?percentages\b|"
    r"\b(is|are) considered to be a period of\b|\bperiods (may|can) be combined\b|"
    r"^\W*professional \w+ experience (required )?is defined as\b|"
    r"\bassignments above the full performance level\b|^\W*upon selection\b[^.]{0,80}\bmay request\b",
    # conditions met after hiring, and rules about who is preferred: not what the candidate has
    r"\bis required to (obtain|receive) and maintain\b|\bmonths (from|of) (the date of )?(hire|appointment)\b|"
    r"\bonce hired\b|\b(of|after|upon) being hired\b|"
    r"\bcause for (reassignment|removal|termination)\b|"
    r"\bveterans?'?s?'? preference\b[^.]{0,60}\b(not|apply|applies|applied)\b|\bi?ctap\b|"
    r"\bcareer transition assistance\b|^\W*as a rule\b|^\W*to calculate\b|\bare to be rounded\b|"
    # an office of the agency described in the third person ("The Assessment Division is
    # responsible for collecting..."): what the unit does, not what the person will do
    # ("The Annual Reports Staff (ARIS) has Center-wide responsibility for...", "ARIS has
    # responsibility within the Center...", "The Executive Director's office is responsible...")
    r"^(the |this )?(([\w'’&/,-]+ ){0,8}(division|office|agency|center|bureau|branch|department|"
    r"administration|directorate|laboratory|staff)( \((?-i:[A-Z][\w/&-]*)\))?|(?-i:[A-Z][A-Z/&-]{1,7})) "
    r"((is|are) (also )?responsible\b|(has|have) ([\w-]+-wide |overall |primary )?responsibility\b)",
    # a list intro or heading that names the kind of list and nothing else
    r"\bthe following (knowledge, skills,? and abilities|ksa'?s?|competencies|criteria|(grade )?"
    r"requirements)\b|"
    r"^(\w+ )?knowledge, skills,? and abilities( \(ksa'?s?\))?\.?$|"
    # a qualification standard's paragraph heading, which names the requirement the next sentence
    # states ("English Language Proficiency.", "Education and/or Experience Combination.")
    r"^\W*(english language proficiency|education (and/or|and|or) experience combination|"
    r"combination of (both )?education (and|&) experience( at the gs-[\d/]+)?)\W*$",
    # civil-service rules about who is preferred, re-employed or examined, and where rules live
    r"\bpreference eligibles?\b|\bindian preference\b|\bpreference in filling vacancies\b|"
    r"\breemployment\b|\btime[- ]in[- ]grade\b|\btig\b|\btime after competitive\b|\bdirect hire authority\b|"
    r"\brating and ranking\b|\b(test|exam\w*|narrative responses) (is|are) not required\b|"
    r"\bhuman resources office\b|\bhandbook \d|\boperating manual\b|\baccreditation agenc|"
    r"\bmay be obtained from\b|\bare not all[- ]inclusive\b|\bselective placement factors? (are|is a)\b|"
    r"\bincludes a selective placement factor\b|\bineligible for (further )?consideration\b|"
    r"\b(lost|loss of) consideration\b|\bwill not be considered without\b|\bquestionnaire (answers|"
    r"responses)\b|\byour resume must include\b|(?<!\( )(?<!\()\btranscripts? (is |are )?required\b|"
    r"\bfull year of (full-time )?work is considered\b|\bcredited on the basis of\b|"
    r"\bpathways (recent graduates?|program)\b|\brecent graduates? (program|appointments?)\b|"
    r"\bassessment questions\b|\bnone beyond the\b|\bineligible to be referred\b|\bwill make you ineligible\b|"
    r"\bdetermine your eligibility\b|\bwho may apply\b|\b(narrative|supplemental) statements?\b|"
    r"\bpay plan, series,? (and )?grade\b|\bpresidential directive\b|\bHSPD-?12\b|\btake your career\b",
    # a document to send as the statement's subject ("Transcripts must reflect...", "(a) Letter
    # signed by...", "Copies of degrees..."): the paperwork that proves a requirement, not one
    r"^\W*(or\s+)?(\(?[a-z0-9]\)\s*)?(official |unofficial |college |academic )?(transcripts?|"
    r"letters?( of)?|a copy of|copies of|proof of)\b",
    # a pointer to where the rules are written ("See the OPM standard for further details."); in
    # parentheses it is an aside of a statement ("Related curriculum ... (see OPM website above).")
    r"(?<!\()\bsee (the )?(OPM|qualification standard)|\bfor (more|further) (detailed )?(information|details)\b|"
    r"\bfor information (on|about|regarding)\b",
    # working conditions: what the job is like, not what the candidate must have
    r"\b(work|position) is (primarily |generally |mostly |usually )?sedentary\b|\bsit comfortably\b|"
    r"\bwalking, standing\b|\bwork environment involves\b|\beveryday risks\b|"
    r"\bnormal safety precautions\b|\b(considerable|occasional|some|frequent) travel (may be|is) "
    r"required\b|^may require (occasional |some |frequent )?travel\b",
    # where and how the work is done, told to sell the place, not to ask anything of the candidate
    r"\byou['’]?(ll| will) (likely )?(find|enjoy|love|hear|see|discover|be part of) (a|an|the|our|yourself|that|why)\b|"
    r"\b(achieve|fulfil|fulfill) (that|our|its|this) mission\b|\bhas a vision of\b|"
    r"^(the )?work is (\w+ )?performed (in|at|on)\b|\bwide range of opportunit|\baffordable housing\b|"
    r"\bcultural and educational opportunit",
    # the retirement law of a covered position and who may have its age limit waived
    r"\bspecial retirement (coverage|provisions?)\b|\bentitled to veterans?.?s?.? preference\b",
)]
# A capitalised heading with one word of content ("GRADE REQUIREMENTS: Experience."): case matters.
_HEADING_WORD = re.compile(r"^[A-Z][A-Z ,'()]{3,}\s?:\s*(GS-\d+ )?[A-Z][a-z]+\.$")

_QUESTION = re.compile(r"\?\s*$")
# A rated knowledge, skill or ability is often typed in capitals ("KNOWLEDGE OF OCULAR ANATOMY"):
# short and all capitals like a place name, but its opening words say it is a requirement.
_KSA_OPENER = re.compile(r"^\W*(knowledge|skills?|ability|abilities|proficiency|experience) "
                         r"(of|in|to|with|using)\b", re.I)
# "Specialized experience must include the following:" only opens a list; a long sentence that
# ends so ("...calculus and courses in five of the following seven areas:") is a requirement.
_SHORT_INTRO = re.compile(r"\bthe following\b[^:.]{0,80}:\s*$")
INTRO_WORDS = 12
# "In addition to the basic requirements, applicants must meet the following requirements:" is
# longer and still only opens a list, when what follows is named as a kind of list (or not at
# all): 42 such dev statements of 13-25 words, none a requirement. "...accredited by one of the
# following bodies:" and "...courses in five of the following seven areas of engineering
# science:" name what is asked, and stay.
_LIST_INTRO = re.compile(
    r"\bthe following(\s*|(\s+[\w,()/-]+){0,3}?\s+(requirements?|qualifications?|criteria|ksa\W?s|"
    r"ksaos|\(ksas?\)|competenc\w+|abilities|areas|information|ways|level|individuals))\s*:\s*$", re.I)
LIST_INTRO_WORDS = 25


# A terse ad's announcement of the role ("Food plant in Bolingbrook looking for maint
# electrician."): the statement ends with the role it seeks, and says nothing of who fills it.
_ANNOUNCES = re.compile(r"^(?!.*\b(?:who|that|with)\b)[^.]{0,60}?\b(?:looking for|seeking|hiring|needs?)\s+"
                        r"(?:an?\s+)?(?P<role>[\w/ -]{2,40}?)\s*[.!]?$", re.I)


# A job board's fact row ("Drug test: Yes", "Security clearance: Not Required", "Functional
# Statement #: 000123", "Travel Required: Occasional travel"): a label over a yes/no, a "not ..."
# or a number of four digits or more (an id; "E-4", "GS-11" and "1W051" are grades and codes
# asked of the person), or a label that names a fact of the job, not of who fills it.
_FACT_VALUE = re.compile(r"^[A-Z][\w /&()'#.-]{1,40}:\s*(yes|no|none|n/?a|not (required|authorized|"
                         r"applicable|available|eligible)|#?\s*\d[\d -]{3,})\W*$", re.I)
_FACT_LABEL = re.compile(r"^(travel( required)?|relocation[\w ]{0,30}|supervisory status|drug test(ing)?|"
                         r"functional statement[^:]{0,5}|virtual|remote( job)?|telework( eligible)?|"
                         r"(work )?shift|(dice|job|req|requisition|posting) ?(id|#|number)|"
                         r"position sensitivity[\w ]{0,20}|trust determination[\w ]{0,20}|"
                         r"recruitment incentive[^:]{0,30}|permanent change of station[^:]{0,10})\s*:", re.I)


@lru_cache(maxsize=8192)
def is_boilerplate(text: str) -> bool:
    """EEO, benefits, pay, marketing, application, legal and schedule text: never a requirement.
    Cached: a statement is asked about several times in one parse (as a candidate, when it is
    split, when the filter decides), and each ask runs a dozen long patterns."""
    if _QUESTION.search(text):
        return True                                   # "Curious about the other benefits...?"
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(text.split()) <= 6 \
            and not _KSA_OPENER.match(text):
        return True                                   # "TUNNEL HILL, GA", "KROGER ROANOKE VA"
    if _SHORT_INTRO.search(text) and len(text.split()) <= INTRO_WORDS:
        return True
    if _LIST_INTRO.search(text) and len(text.split()) <= LIST_INTRO_WORDS:
        return True
    if (found := _ANNOUNCES.match(text)) and names_a_role(found["role"]):
        return True
    if _FACT_VALUE.match(text) or _FACT_LABEL.match(text):
        return True
    return bool(_HEADING_WORD.match(text)) or any(p.search(text) for p in _BOILERPLATE)
