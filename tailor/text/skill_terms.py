"""Finding the skills, tools and qualifications a requirement names ("QuickBooks", "Class A CDL",
"knowledge of US Postal regulations").

These terms become the requirement's keywords, from which the posting's keywords, retrieval and
coverage are built, so one skill must come out the same however a posting spells it: a lexicon
gives well-known terms a canonical spelling, and acronyms, tool-like tokens and the phrases a
posting itself marks as skills catch the rest. Plain regular expressions, no model: ingest stays
deterministic, fast and explainable.
"""
from __future__ import annotations

import functools
import re

from tailor.text.keyword_variants import spellings

# Skills, tools and qualifications worth matching verbatim, across the kinds of jobs Tailor sees.
# Entries are canonical spellings; matching ignores case (except the CASE_SENSITIVE ones, which
# are also ordinary English words) and hyphen/space differences and accepts a plural "s".
SKILL_LEXICON = """
Python|Java|JavaScript|TypeScript|C#|C++|Golang|Rust|Ruby on Rails|Ruby|PHP|Kotlin|Swift|Scala|
SQL|NoSQL|MySQL|PostgreSQL|SQL Server|T-SQL|PL/SQL|Oracle|MongoDB|Redis|Elasticsearch|Kafka|
Spark|Hadoop|Airflow|dbt|Snowflake|BigQuery|Bigtable|Cloud SQL|Pub/Sub|PubSub|Google PubSub|
Google Cloud Platform|GCP|Google Cloud Run|Cloud Run|Cloud Functions|Cloud Build|Compute Engine|
Container Registry|AWS|Amazon Web Services|AWS Lambda|EC2|S3|Azure|Docker|Kubernetes|Terraform|
Ansible|Jenkins|Git|GitHub|GitLab|CI/CD|continuous integration|continuous deployment|DevOps|
microservices|serverless|RESTful API|REST API|RESTful|GraphQL|gRPC|HTML|CSS|React|Angular|Vue.js|
Svelte.js|Svelte|SvelteKit|Node.js|Django|Flask|FastAPI|Spring Boot|.NET|.Net framework|ASP.NET|
Entity Framework|ORM|Linux|Unix|Bash|PowerShell|XML|JSON|web services|CMS|content management
systems|CRM|ERP|SAP|Salesforce|Tableau|Power BI|PowerBI|Looker|Agile|Scrum|Kanban|Jira|Confluence|
machine learning|deep learning|NLP|data analytics|data analysis|data lake|data warehouse|ETL|
automated testing|unit testing|test automation|cross-site scripting|XSS|CSRF|SQL injection|OAuth|
authentication|authorization|firmware|embedded systems|cloud-native|containerized|web applications|
software development lifecycle|SDLC|code reviews|debugging|system architecture|web development|
UI/UX|product development|key performance indicators|cross-functional teams|data centers|
Microsoft Office 365|Microsoft Office Suite|Microsoft Office|MS Office Suite|MS Office|Office 365|
Microsoft Excel|Excel|Microsoft Word|MS Word|Outlook|PowerPoint|Google Suite|G Suite|
Google Workspace|Adobe Acrobat|Adobe|SharePoint|calendar management|travel arrangements|data entry|
accounts payable|accounts receivable|bookkeeping|payroll|payroll tax|bank reconciliation|
account reconciliation|general ledger|GAAP|SOX|CPA|financial statements|financial reporting|
financial statement preparation|tax returns|income tax|tax preparation|public accounting|budgeting|
forecasting|QuickBooks|Sage50|Sage 50|Peachtree|Peach Tree|Thomson Reuters|NetSuite|Xero|1099|W-9|
W-8|1042|month-end close|vendor management|procurement|IRS|OFAC|TIN Matching|P&L|audit|
accounting principles|accounting software|
CDL|Class A CDL|DOT regulations|DOT compliance|FMCSA|forklift|pallet jack|RF scanner|scan gun|
inventory control|inventory management|shipping and receiving|UPS|FedEx|USPS|dispatch|box truck|
route planning|fleet maintenance|load planning|logistics|warehouse|driver's license|
clean driving record|pre-trip inspection|roadside inspection|manual handling|heavy lifting|
crisis intervention|crisis counseling|case management|de-escalation|mental health|substance abuse|
LICSW|LCSW|CPR|First Aid|HIPAA|BLS|managed care|clinical assessment|
CNC|blueprint reading|blueprints|machining|lathe|5S|ISO 9001|ISO-9000|lean manufacturing|
Six Sigma|AutoCAD|CAD|Revit|SmartPlant 3D|SolidWorks|NEC|ANSI/IEEE|NQA-1|ASME-NQA-1|MIL-Q-9858A|
electrical design|raceway design|grounding|lightning protection|AGi32|cable pull calculations|
Cable Management System|SETROUTE|PLC|HVAC|OSHA|welding|security clearance|quality assurance|
nuclear plant design|AP1000|
project management|program management|product management|product roadmap|user stories|
stakeholder management|change management|Agile methodologies|product life cycle|KPI|NPS|
business development|market research|market analysis|strategic planning|regulatory affairs|
regulatory strategy|regulatory intelligence|FDA|drug development|talent acquisition|recruiting|
interview scheduling|onboarding|employment law|immigration|applicant tracking system|LinkedIn|
property management|budgets|banking products|Bank Secrecy Act|BSA|consumer lending|
customer relationships|relationship management|service management|field services|
P&L ownership|LEAN|bartending|cash handling|point of sale|POS|food safety|beverage recipes|
Bachelor's degree|Master's degree|Associate degree|high school diploma|GED|PhD|MBA|PMP|
Certified Product Owner|Certified Scrum Master|U.S. citizenship|
customer service|communication skills|written communication|verbal communication|
interpersonal skills|organizational skills|time management|attention to detail|problem-solving|
analytical skills|leadership|negotiation|presentation skills|critical thinking|confidentiality|
multitasking|
"""

CASE_SENSITIVE = frozenset("Excel Outlook Swift Oracle Rust Adobe LEAN Spark Git POS BSA UPS NEC "
                           "IRS GED KPI NPS DOT CAD ORM SAP ERP CRM CMS".split())

# Alternative spellings that mean the same skill: matched text -> canonical entry. They live with
# every other variant of a keyword in `keyword_variants` (data/variants.txt, [spellings]).
ALIASES = spellings()


def _term_pattern(term: str) -> str:
    body = re.escape(term).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
    body = body.replace("'", "['’]?").replace("’", "['’]?")
    start = r"(?<![\w.#+/-])" if term[0].isalnum() else r"(?<![\w])"
    # a plural "s" is lower case after an acronym: "CPRs", while "CPRS" is another acronym
    plural = r"(?-i:s|es)?" if term.isupper() and len(term) > 1 else r"(?:s|es)?"
    end = plural + r"(?![\w#+])" if term[-1].isalnum() else r"(?![\w#+])"
    return start + body + end


def _build_lexicon() -> tuple[re.Pattern, re.Pattern]:
    terms = [t.strip() for t in SKILL_LEXICON.replace("\n", " ").split("|") if t.strip()]
    terms = sorted({" ".join(t.split()) for t in terms}, key=len, reverse=True)
    aliases = sorted(ALIASES, key=len, reverse=True)
    insensitive = [t for t in terms if t not in CASE_SENSITIVE] + aliases
    sensitive = [t for t in terms if t in CASE_SENSITIVE]
    # wrapped in a look-ahead so overlapping terms are all seen ("income tax" / "tax returns")
    return (re.compile("(?=(" + "|".join(_term_pattern(t) for t in insensitive) + "))", re.I),
            re.compile("(?=(" + "|".join(_term_pattern(t) for t in sensitive) + "))"))


_LEXICON_I, _LEXICON_S = _build_lexicon()
_CANONICAL = {" ".join(t.split()).lower(): " ".join(t.split())
              for t in SKILL_LEXICON.replace("\n", " ").split("|") if t.strip()}


def canonical_spelling(term: str) -> str | None:
    """The lexicon's spelling of `term` ("PYTHON" -> "Python", "DBT" -> "dbt"), or None when the
    lexicon does not know it: the importer gives skills a layout set in capitals their own case."""
    found = _canonical(term)
    return found if found != term or found.lower() in _CANONICAL or found.lower() in ALIASES else None


def _canonical(found: str) -> str:
    key = re.sub(r"[\s-]+", " ", found.lower().replace("’", "'")).strip()
    for candidate in (key, key.rstrip("s"), key[:-2] if key.endswith("es") else key):
        if candidate in ALIASES:
            return ALIASES[candidate]
        for variant in (candidate, candidate.replace(" ", "-")):
            if variant in _CANONICAL:
                return _CANONICAL[variant]
    compact = key.replace(" ", "")
    for k, v in _CANONICAL.items():
        if k.replace(" ", "").replace("-", "") in (compact, compact.rstrip("s")):
            return v
    return found


# Acronyms and tool-like tokens not in the lexicon: "AS400/XPM", "GIIN", "W-8", "AGi32".
_TECH_TOKEN = re.compile(
    r"(?<![\w.#+/-])(?:[A-Z][A-Za-z]*[0-9]+[A-Za-z0-9]*|[A-Z]{2,}[0-9]*(?:[/&-][A-Z0-9]{1,}[0-9A-Z]*)*"
    r"(?:['’]?s)?|[A-Za-z]+\.js|\.N[Ee][Tt]|[A-Z]&[A-Z])(?![\w#+])")
STOP_ACRONYMS = frozenset("""
US USA U.S UK EU EEO AND OR NOT NA N/A THE ALL NEW OUR YOU WE AM PM ET EST PST CST MST II III IV
LLC INC CO LTD CEO CFO COO CTO VP SVP EVP EA EAS HR REQUIRED REQUIREMENTS RESPECT POWER MUST ONLY
NOTE NOW APPLY PLUS BONUS URGENT HIRING OT ID DC TBD ASAP FAQ OK OR II SR JR MR MS DR AL AK AZ AR
CA CO CT DE FL GA HI IA IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR PA
RI SC SD TN TX UT VA VT WA WI WV WY IT SW PT FT DN DOE
""".split())


# "Community Association Manager License", "Certified Product Owner Certification"
_NAMED_CREDENTIAL = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w’'/&-]*\s+){1,4}(?:[Ll]icen[cs]e|[Cc]ertification|[Cc]ertificate))\b")
# "degree in Computer Science, Engineering, or a related field"
_DEGREE_FIELD = re.compile(r"\bdegree in ((?:[A-Z][\w&]*(?:,?\s+(?:or\s+|and\s+)?|$)){1,8})")
# "experience with research/sourcing tools", "knowledge of US Postal regulations"
_CUE_PHRASE = re.compile(
    r"\b(?:experience (?:in|with|of)|knowledge (?:of|about)|proficien(?:t|cy) (?:in|with)|"
    r"familiar(?:ity)? with|expertise in|background in|skilled in|trained in|understanding of)"
    r"\s+([A-Za-z0-9][\w/&.+#’'-]*(?:\s+[A-Za-z0-9][\w/&.+#’'-]*){0,5})", re.I)
_CUE_STOP = frozenset("and or to in for with including such as is are that which who where when "
                      "by on at from into using within across both each while like similar "
                      "required preferred of minimum least pertaining regarding concerning relating "
                      "involving".split())
_CUE_LEAD = frozenset("a an the all any strong solid various relevant related previous prior basic "
                      "advanced in-depth thorough extensive working proven demonstrated good "
                      "excellent comprehensive general some current".split())
_CUE_TAIL = frozenset("environment environments industry roles role field fields setting settings "
                      "experience tools tool skills skill programs program systems system "
                      "applications application".split())
_CUE_GENERIC = frozenset("""
work working business office team teams others people customer customers clients client company
organization this that these those them it all any a an the their our your its etc related
""".split())


def cue_phrases(text: str) -> list[str]:
    """Noun phrases the posting itself marks as skills ("experience with X", "X license")."""
    found: list[tuple[int, str]] = []
    for match in _NAMED_CREDENTIAL.finditer(text):
        phrase = match.group(1).strip()
        if not re.match(r"(?i)(a|an|the|valid|current|active|must|have|hold|possess)\b", phrase):
            found.append((match.start(1), phrase))
    for match in _DEGREE_FIELD.finditer(text):
        for field in re.split(r",\s*|\s+or\s+|\s+and\s+|\s+(?:or|and)$", match.group(1)):
            field = field.strip(" ,")
            if field[:1].isupper() and field.lower() not in _CUE_GENERIC | _CUE_STOP:
                found.append((match.start(1), field))
    for match in _CUE_PHRASE.finditer(text):
        tokens = []
        for token in match.group(1).split():
            bare = token.strip(",.;:()").lower()
            if bare in _CUE_STOP or token[0] in "(" or not bare:
                break
            tokens.append(token.rstrip(",.;:)"))
            if token[-1] in ",.;:)":
                break
        while tokens and tokens[0].lower() in _CUE_LEAD:
            tokens.pop(0)
        while tokens and tokens[-1].lower() in _CUE_TAIL | _CUE_GENERIC:
            tokens.pop()
        if not tokens or any(t.lower() in _CUE_GENERIC for t in tokens):
            continue
        phrase = " ".join(tokens)
        if tokens[0].endswith("ing") and tokens[0].islower():
            continue                              # "leading growth": an activity, not a skill
        if len(tokens) == 1 and not re.search(r"[A-Z0-9]", phrase):
            continue                              # "market", "competitive": too vague alone
        found.append((match.start(1), phrase))
    return [phrase for _, phrase in sorted(found)]


def skill_terms(text: str) -> list[str]:
    """Skills, tools and qualifications named in one requirement, in order of appearance.

    Lexicon terms come back in canonical spelling ("Quickbooks" -> "QuickBooks"); other
    acronyms and tool-like tokens ("GIIN", "AS400/XPM", "AGi32") and the phrases the posting
    marks as skills ("knowledge of US Postal regulations") come back as written.

    Ingest asks this of the same statement several times (is it substantive, its terms, the
    posting's keywords), and the lexicon scan is its costliest step, so answers are cached.
    """
    return list(_skill_terms(text))


@functools.lru_cache(maxsize=8192)
def _skill_terms(text: str) -> tuple[str, ...]:
    hits: list[tuple[int, int, str]] = []
    for pattern in (_LEXICON_I, _LEXICON_S):
        for match in pattern.finditer(text):
            hits.append((match.start(1), match.end(1), _canonical(match.group(1))))
    taken = _non_overlapping(hits)
    for match in _TECH_TOKEN.finditer(text):
        token = match.group().rstrip("’'")
        bare = re.sub(r"['’]?s$", "", token) if re.search(r"[A-Z]['’]?s$", token) else token
        if bare.upper() in STOP_ACRONYMS or bare.replace(".", "").upper() in STOP_ACRONYMS:
            continue
        if len(bare) < 2 or (len(bare) == 2 and not re.search(r"\d|&", bare)):
            continue
        if any(s <= match.start() < e for s, e, _ in taken):
            continue
        taken.append((match.start(), match.end(), bare))
    taken.sort()
    out: list[str] = []
    for _, _, term in taken:
        if all(term.lower() != t.lower() for t in out):
            out.append(term)
    for phrase in cue_phrases(text):
        key = phrase.lower()
        # a phrase around a term already found adds nothing ("SOX compliance requirements")
        words = set(key.split())
        if any(key in t.lower() or re.search(r"(?<!\w)" + re.escape(t.lower()) + r"(?!\w)", key)
               or len(words & set(t.lower().split())) >= 2 for t in out):
            continue
        out.append(phrase)
    return tuple(out)


def _non_overlapping(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A term inside a longer one is dropped ("Cloud Run" in "Google Cloud Run"); terms that only
    overlap are both kept ("income tax" and "tax returns" in "income tax returns")."""
    chosen: list[tuple[int, int, str]] = []
    for start, end, term in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if not any(s <= start and end <= e for s, e, _ in chosen):
            chosen.append((start, end, term))
    return chosen
