"""Section headings, month names and "present" words of the common European languages, as data.

A French, Spanish, German, Portuguese, Italian or Dutch resume heads its sections in its own
language ("Expérience professionnelle", "Formación", "Berufserfahrung", "Idiomas"); when none
of them is known every line below the header is read as a header line. `sections` adds these
headings to its vocabulary and `dates` these month names and open ends (docs/ARCHITECTURE.md,
"Resume import", step 2). Everything here is written without accents: `plain` strips them from
what a resume wrote before it is looked up, so "Competencias" and "Competências" both match.
"""
from __future__ import annotations

from tailor.text.normalise import without_accents


def plain(text: str) -> str:
    """`text` without its accents ("Expérience" -> "Experience", "März" -> "Marz"); "ß" -> "ss"."""
    return without_accents(text.replace("ß", "ss"))


# Section key (as in `sections.VOCABULARY`) -> headings in French, Spanish, German, Portuguese,
# Italian and Dutch, normalised as `sections.normalise_heading` does and without accents.
FOREIGN_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": ("profil", "profil professionnel", "a propos", "a propos de moi", "objectif",
                "perfil", "perfil profesional", "resumen", "resumen profesional", "sobre mi", "objetivo",
                "kurzprofil", "zusammenfassung", "uber mich", "perfil profissional", "resumo", "sobre mim",
                "profilo", "profilo professionale", "sommario", "chi sono", "profiel", "samenvatting",
                "over mij"),
    "work": ("experience", "experiences", "experience professionnelle", "experiences professionnelles",
             "parcours", "parcours professionnel", "emplois", "experiencia", "experiencia laboral",
             "experiencia profesional", "trayectoria profesional", "historial laboral",
             "berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang",
             "praxiserfahrung", "experiencia profissional", "historico profissional",
             "esperienza", "esperienze", "esperienza professionale", "esperienze professionali",
             "esperienza lavorativa", "esperienze lavorative", "werkervaring", "ervaring",
             "werkervaringen", "loopbaan", "beroepservaring"),
    "education": ("formation", "formations", "etudes", "diplomes", "formation et diplomes",
                  "formation academique", "parcours academique", "formacion", "formacion academica",
                  "educacion", "estudios", "titulacion", "ausbildung", "bildung", "bildungsweg",
                  "studium", "schulbildung", "akademischer werdegang", "ausbildung und studium",
                  "formacao", "formacao academica", "escolaridade", "educacao", "istruzione",
                  "formazione", "istruzione e formazione", "titoli di studio", "opleiding",
                  "opleidingen", "onderwijs", "opleiding en cursussen"),
    "skills": ("competences", "competences techniques", "competences cles", "savoir faire",
               "habilidades", "competencias", "conocimientos", "aptitudes", "habilidades tecnicas",
               "kenntnisse", "fahigkeiten", "kompetenzen", "fachkenntnisse", "it kenntnisse",
               "edv kenntnisse", "fahigkeiten und kenntnisse", "competencias tecnicas",
               "conhecimentos", "competenze", "competenze tecniche", "capacita", "abilita",
               "vaardigheden", "competenties", "kennis en vaardigheden"),
    "languages": ("langues", "langues etrangeres", "competences linguistiques", "idiomas", "lenguas",
                  "sprachen", "sprachkenntnisse", "fremdsprachen", "linguas", "lingue",
                  "conoscenze linguistiche", "talen", "talenkennis"),
    "certificates": ("certifications", "certificats", "certificaciones", "certificados", "zertifikate",
                     "zertifizierungen", "certificacoes", "certificazioni", "certificati",
                     "certificaten", "certificeringen", "cursos", "cursos y certificaciones",
                     "weiterbildung", "weiterbildungen", "fortbildungen", "cursussen"),
    "projects": ("projets", "proyectos", "projekte", "projetos", "progetti", "projecten"),
    "volunteer": ("benevolat", "engagement associatif", "voluntariado", "ehrenamt",
                  "ehrenamtliches engagement", "volontariato", "vrijwilligerswerk"),
    "awards": ("prix", "distinctions", "prix et distinctions", "premios", "reconocimientos",
               "auszeichnungen", "premios e distincoes", "premi", "riconoscimenti", "prijzen"),
    "interests": ("centres d interet", "centres d interets", "loisirs", "interets", "intereses",
                  "aficiones", "hobbys", "hobbies und interessen", "interessen", "interesses",
                  "passatempos", "interessi", "hobby", "hobby e interessi"),
    "publications": ("publicaciones", "publikationen", "veroffentlichungen", "publicacoes",
                     "pubblicazioni", "publicaties"),
    "references": ("referencias", "referenzen", "referencias profissionais", "referenze",
                   "referenties"),
    # a block of personal data (name, address, phone, birth date) holds what a header holds
    "contact": ("personliche daten", "personliche angaben", "kontakt", "kontaktdaten", "donnees personnelles",
                "informations personnelles", "coordonnees", "datos personales", "informacion personal", "contacto",
                "dados pessoais", "dati personali", "informazioni personali", "contatti", "persoonlijke gegevens",
                "personalia"),
}

# Month number -> its names and abbreviations in those languages (without accents), beyond the
# English ones `dates` knows. "set", "out" and "ago" are English words: they count only with the
# abbreviation's dot ("set. 2019"), listed apart in `DOTTED_MONTHS`.
FOREIGN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janvier", "janv", "enero", "ene", "januar", "janner", "janeiro", "gennaio", "gen", "januari"),
    2: ("fevrier", "fevr", "fev", "febrero", "februar", "fevereiro", "febbraio", "februari"),
    3: ("mars", "marzo", "marz", "mrz", "marco", "maart", "mrt"),
    4: ("avril", "avr", "abril", "abr", "aprile"),
    5: ("mai", "mayo", "maio", "maggio", "mag", "mei"),
    6: ("juin", "junio", "juni", "junho", "giugno", "giu"),
    7: ("juillet", "juil", "julio", "juli", "julho", "luglio", "lug"),
    8: ("aout", "agosto", "augustus"),
    9: ("septembre", "septiembre", "setiembre", "setembro", "settembre"),
    10: ("octobre", "octubre", "oktober", "okt", "outubro", "ottobre", "ott"),
    11: ("novembre", "noviembre", "novembro"),
    12: ("decembre", "dec", "diciembre", "dic", "dezember", "dez", "dezembro", "dicembre"),
}
DOTTED_MONTHS = {"set": 9, "out": 10, "ago": 8}
# Words for an entry that has not ended ("janv. 2019 – aujourd'hui", "2021 – actualidad"),
# as a regular expression; accents optional.
OPEN_WORDS = (r"aujourd['’]hui|[aà] ce jour|pr[eé]sent|actualidad|actualmente|actual|presente|hoy"
              r"|heute|bis heute|laufend|atual|atualmente|oggi|in corso|heden|en cours|en curso")


def foreign_month(word: str) -> int:
    """The month `word` names ("févr.", "März", "set."), 0 when it names none."""
    dotted = word.strip().endswith(".")
    word = plain(word.strip().rstrip(".").lower())
    if dotted and word in DOTTED_MONTHS:
        return DOTTED_MONTHS[word]
    return next((number for number, names in FOREIGN_MONTHS.items() if word in names), 0)


def month_pattern() -> str:
    """A regular expression for the month names above, accented or not ("f[eé]vr", "d[eé]c")."""
    accents = {"e": "[eéè]", "a": "[aàä]", "o": "[oô]", "u": "[uû]", "c": "[cç]"}
    words = sorted({name for names in FOREIGN_MONTHS.values() for name in names}, key=len, reverse=True)
    alternatives = ["".join(accents.get(char, char) for char in word) for word in words]
    dotted = [rf"{word}\." for word in DOTTED_MONTHS]
    return "|".join(alternatives + dotted)

# Languages' names in those languages (without accents), for `simple.spoken_languages`: a
# "Langues" list of them ("Français, Anglais") is the person's languages, not skills.
FOREIGN_LANGUAGE_NAMES = frozenset(
    "francais anglais espagnol allemand italien portugais neerlandais arabe chinois japonais russe polonais "
    "ingles espanol castellano frances aleman italiano portugues holandes catalan gallego euskera chino japones "
    "deutsch englisch franzosisch spanisch italienisch portugiesisch niederlandisch russisch polnisch "
    "turkisch chinesisch japanisch arabisch "
    "portugues espanhol alemao frances ingles "
    "inglese francese tedesco spagnolo portoghese olandese "
    "nederlands engels duits frans spaans italiaans portugees".split())
# Fluency words in those languages, as a regular expression (`simple`'s fluency line).
FOREIGN_LEVELS = (r"courant|natif|native|langue maternelle|bilingue|interm[eé]diaire|avanc[eé]|notions|"
                  r"nativo|nativa|lengua materna|fluido|fluida|avanzado|intermedio|b[aá]sico|"
                  r"muttersprache|flie(?:ß|ss)end|verhandlungssicher|gute kenntnisse|grundkenntnisse|"
                  r"l[ií]ngua materna|fluente|avan[cç]ado|madrelingua|moedertaal|vloeiend")
