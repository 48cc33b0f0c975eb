"""The header above the first section: name, label, email, phone, location, URL and profiles.

Contact details are kept exactly as written (a phone stays "(555) 123-4567"); URLs of known
networks become `profiles` with their network and username, the first other URL is
`basics.url`. Which line is the name and how it splits into name and label is `name_line.py`'s;
see docs/ARCHITECTURE.md, "Resume import".
"""
from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from tailor.corpus.jsonresume import location_object
from tailor.importer import fields
from tailor.importer.addresses import bare_place, city_and_country, place_of_address
from tailor.importer.header_reasons import unread_reason
from tailor.importer.labelled_address import address_under_label
from tailor.importer.lines import Line, join_wrapped
from tailor.importer.name_line import (
    DOCUMENT_TITLE,
    covering_note,
    drop_icons,
    largest_first,
    name_and_label,
    unshout,
)
from tailor.importer.name_row import title_goes_on
from tailor.importer.networks import NETWORK_NAMES, home_page, icon_value, network_of, username_of
from tailor.importer.personal_details import FORM_LABEL, personal_details
from tailor.importer.postal_place import place_and_postal, with_postal
from tailor.importer.result import Unparsed
from tailor.importer.roles import ROLE_WORDS
from tailor.importer.sections import HEADINGS, normalise_heading
from tailor.importer.slashed_details import slashed_details
from tailor.importer.street_address import street_address
from tailor.importer.street_kept import street_and_postal
from tailor.importer.summary_opening import opens_paragraph

# longer labels first: "Phone number:" is read whole before "Phone" could take "number: ..." as its value
_LABELLED = ("email address", "e-mail address", "phone number", "mobile number", "telephone", "email", "e-mail",
             "phone", "tel", "mobile", "cell", "linkedin", "github", "website", "web", "portfolio", "site", "url",
             "location", "address", "twitter", "gitlab")
_SUMMARY_WORDS = 14  # a header line this long without contact details is prose: the summary
_NOTE_REASON = "before the resume: looks like a covering note"


# What a browser prints where an image failed to load: its size ("64x64") or its alternative text.
# A file-style alt text joins its words with a hyphen or underscore ("profile-pic", "user_photo").
# A theme's alternative text names the person too: "Dr. Lena Vasquez avatar", "Photo of Jo Doe".
_IMAGE_TEXT = re.compile(r"^(\d{2,4}\s*[x×]\s*\d{2,4}|((profile|user|my)[ _-]?)?(photo|picture|pic|image|img|avatar"
                         r"|headshot)|(?:\S+ ){1,4}(?:avatar|headshot|photo|profile (?:photo|picture))"
                         r"|(?:photo|picture|headshot|image) of (?:\S+ ?){1,4})$", re.I)


def parse_header(lines: list[Line]) -> tuple[dict, list[Unparsed]]:
    """basics (without summary unless the header holds prose) and the header lines left over."""
    basics: dict = {}
    unparsed: list[Unparsed] = []
    urls: list[str] = []
    while lines and _IMAGE_TEXT.match(lines[0].text.strip()):   # never the person's name
        unparsed.append(Unparsed("header", lines[0].text, "an image's size or alternative text"))
        lines = lines[1:]
    personal, lines = personal_details(lines)
    unparsed += personal
    note = covering_note(lines)  # "Hi Sam," / "My resume is below." over the name: a resume pasted in an email
    unparsed += [Unparsed("header", line.text, _NOTE_REASON) for line in lines[:note]]
    lines = lines[note:]
    unparsed += [Unparsed("header", line.text, "the document's title, not the name") for line in lines
                 if DOCUMENT_TITLE.fullmatch(line.text.strip())]
    lines = [line for line in lines if not DOCUMENT_TITLE.fullmatch(line.text.strip())]
    ordered = largest_first(lines)
    named = next((i for i, line in enumerate(ordered) if not _not_the_name(line)), -1)
    above = {line.text for line in lines[:next((i for i, line in enumerate(lines) if line is ordered[named]), 0)]} \
        if named >= 0 else set()
    lines = _joined_addresses(address_under_label(ordered))  # "Location" over "920 Lavaca Street 78701" / "Austin..."
    named = next((i for i, line in enumerate(lines) if not _not_the_name(line)), -1)
    prose_at, label_at, logo = -2, -2, ""  # the last line read as the summary, the name's line if its label
    title_at, title = -2, ""  # the line the label was read from, and its text as printed
    sentence_at = -2  # the last line left unread that is one whole sentence
    unread: list[str] = []  # header text that found no field, said why once the name and label are known
    for index, line in enumerate(lines):
        parts = [p for part in fields.split_parts(line.text) for item in _SEPARATOR_ITEM.split(part)
                 for p in map(drop_icons, slashed_details(item)) if p]  # "Austin US / (512) 555-0188 / jo@..."
        parts = _labels_on_values([icon_value(p) or _unwrap_url(p) for p in parts if not DOCUMENT_TITLE.fullmatch(p)])
        if index == named:
            first = parts.pop(0)  # the name's part, read either way: never left over as well
            basics["name"], label = name_and_label(line, first, len(parts) == 0)
            if label:
                basics["label"], label_at = label, index
        parts = [p for p in parts if not _name_again(p, basics.get("name", ""))]
        leftover = [p for part in parts for p in _split_glued(part)
                    if not _place(p, basics, urls) and (line.link or not _place_among_details(
                        p, basics, urls, len(parts) > 1, any(map(fields.is_contact_detail, parts))))]
        if _linked_word(leftover, line, urls):
            urls.append(line.link)
            leftover = []
        if not leftover:
            continue
        text = " | ".join(leftover)
        if index == prose_at + 1 and len(leftover) == 1 and re.search(r"\w[.!?]$", text) and len(text.split()) >= 5:
            basics["summary"], prose_at = f"{basics['summary']} {text}", index  # its next sentence, a line apart
        elif index == label_at + 1 and line.size == lines[label_at].size == max(x.size for x in lines) > 0 \
                and len(leftover) == 1 and len(text.split()) <= 3 and not re.search(r"\d", text):
            basics["label"] = f"{basics['label']} {unshout(text)}"  # "Jo Doe | Computer Science" / "Graduate"
        elif index == title_at + 1 and len(leftover) == 1 and title_goes_on(lines[title_at], line):
            title = join_wrapped(title, text)
            basics["label"] = unshout(title)  # "DIRECTOR OF" / "ENGINEERING": one title
        elif "label" not in basics and len(leftover) == 1 and not line.is_bullet and len(text.split()) <= 12 \
                and not re.search(r"\d{3}", text) and normalise_heading(text) not in HEADINGS \
                and not opens_paragraph(lines, index):  # no "Profiles", no summary's first sentence
            if line.text in above and not logo:
                logo = unshout(text)  # text above the name waits: a label under the name comes first
                continue
            basics["label"], label_at = unshout(text), index if index == named else label_at
            title_at, title = index, text
        elif len(text.split()) >= _SUMMARY_WORDS and len(leftover) == 1:
            if index == sentence_at + 1 and unread and unread[-1] == lines[sentence_at].text.strip():
                text = f"{unread.pop()} {text}"  # a short first sentence on a line of its own opens it
            basics["summary"] = f"{basics['summary']} {text}" if basics.get("summary") else text
            prose_at = index
        else:
            unread += leftover
            if len(leftover) == 1 and re.search(r"\w[.!?]$", text) and len(text.split()) >= 5:
                sentence_at = index
    unparsed += [Unparsed("header", part, unread_reason(part, basics)) for part in unread]
    if logo and "label" not in basics:
        basics["label"] = logo
    elif logo:
        unparsed.append(Unparsed("header", logo, "text above the name (a logo, a kind of document), not the label"))
    _add_urls(basics, urls)
    return basics, unparsed


def _not_the_name(line: Line) -> bool:
    """"john.smith@gmail.com | 555-201-3344" above the name: a line of contact details only is
    never the name, nor is a list's item ("- Python"); the name is the first line that is neither."""
    parts = [drop_icons(p) for p in fields.split_parts(line.text) if drop_icons(p)]
    return line.is_bullet or bool(parts) and all(fields.is_contact_detail(p) for p in parts)


_SEPARATOR_ITEM = re.compile(r"\s*,\s*[•·|◦▪]\s*,\s*")  # "site, •, in handle": a row read as a list, its dots too


def _name_again(part: str, name: str) -> bool:
    """The name set a second time (a banner and a side panel both print it), whole or broken
    over lines ("Dr. Lena" over "Vasquez"): every word is one of the name's words as written."""
    return part.casefold() == name.casefold() or set(part.split()) <= set(name.split())


_LINKED_WORDS = 3  # "LinkedIn", "lvasquez", "My portfolio": what a person sets as a link's text


def _linked_word(leftover: list[str], line: Line, urls: list[str]) -> bool:
    """A header line whose only unread text is a short word set as a web link ("LinkedIn",
    "GitHub", a handle, "Portfolio"): Word and Google Docs users link a word rather than print
    the address, so the address under it is the profile or site. Longer text is a label or a
    sentence whose link says nothing about which field it is."""
    return (len(leftover) == 1 and line.link.lower().startswith(("http://", "https://"))
            and len(leftover[0].split()) <= _LINKED_WORDS and not re.search(r"\d{3}", leftover[0])
            and line.link not in urls)


_ADDRESS_WORDS = 12  # a header line longer than this is prose, not an address broken in two


def _joined_addresses(lines: list[Line]) -> list[Line]:
    """"920 Lavaca Street, Austin," then "Texas, US, 78701": an address broken after a comma in
    a narrow header cell goes on at the next line that completes a place (a contact detail of a
    cell beside it may come between them in reading order); so does a place broken inside its
    country's name ("San Francisco, California, United" then "States"), and one whose country's
    code is set on a line of its own under it."""
    out = [replace(line, text=_address_in_parts(line.text)) for line in lines]
    for index, line in enumerate(out):
        comma = line.text.rstrip().endswith(",")
        # "920 Lavaca Street Austin, Texas 78701" over "US": the country's code on a line of its own ends it
        code = index + 1 < len(out) and re.fullmatch(r"[A-Z]{2}", out[index + 1].text.strip()) is not None
        if len(line.text.split()) > _ADDRESS_WORDS or not comma and (len(line.text.split(",")) < 3 and not code
                                                                     or place_of_address(line.text)):
            continue  # ... or a country's name broken after its first word: "Austin, Texas, United" / "States"
        for at in range(index + 1, min(index + 3, len(out))):
            joined = f"{line.text.strip()} {out[at].text.strip()}"
            if comma and (_STREET_FIRST.fullmatch(joined) or _CITY_REGION_COUNTRY.fullmatch(joined)) \
                    or place_of_address(joined):
                out[index], out[at] = replace(line, text=joined), replace(out[at], text="")
                break
    return [line for line in out if line.text]


def _address_in_parts(text: str) -> str:
    """"Rua Augusta, 1508 – São Paulo, SP 01304-001 – BR": an address set on one line with dashes
    between its lines is one address, read whole, when none of its parts is another detail."""
    parts = fields.split_parts(text)
    pin = len(parts) == 2 and parts[1].isdigit() and street_address(" ".join(parts))  # "... Pune, Maharashtra – 411045"
    whole = len(parts) > 1 and not place_of_address(text) and (place_of_address(" ".join(parts)) or pin) \
        and not any(fields.is_email(p) or fields.is_url(p) or fields.is_phone(p) for p in parts)
    return " ".join(parts) if whole else text


def _labels_on_values(parts: list[str]) -> list[str]:
    """"EMAIL • jo@example.com": a contact label set apart from its value by a separator goes
    back on it ("EMAIL: jo@example.com"), so the label is read as one, not as leftover text."""
    out: list[str] = []
    for part in parts:
        if out and out[-1].casefold() in _LABELLED:
            out[-1] = f"{out[-1]}: {part}"
        else:
            out.append(part)
    return out


_PHONE_THEN_HANDLE = re.compile(r"(\+?[\d(][\d\s().\-/]{5,}\d)\s+(@?(?!(?:x|ext)\b)[\w.-]*[^\W\d][\w.-]*)")


def _split_glued(part: str) -> list[str]:
    """"jo@example.com 555-010-2233": contact details typed with only spaces between them are one
    part after whitespace is collapsed; cut around an email address or URL inside the part (a bare
    domain in lower case too: "jo.example.com jo-data", a site over a handle in a narrow column),
    and after a phone number that a handle follows (a row of icons and details set inline)."""
    if fields.is_email(part) or fields.is_url(part) or labelled_contact(Line(part)):
        return [part]  # "Email address: jo@example.com": the label goes with its value
    if (phone := _PHONE_THEN_HANDLE.fullmatch(part)) and fields.is_phone(phone[1]):
        return [phone[1], phone[2]]  # "+55 11 98765-4321 chef.jose.nunez": a phone, then a linked handle
    found = fields.EMAIL.search(part) or re.search(r"(?:https?://|www\.)\S+", part) \
        or next((m for m in re.finditer(r"\S+", part) if fields.is_url(m[0]) and m[0].islower()), None)
    if not found:
        return [part]
    before, after = part[:found.start()].strip(" ,;"), part[found.end():].strip(" ,;")
    return [*(_split_glued(before) if before else []), found.group(0), *(_split_glued(after) if after else [])]


def _unwrap_url(part: str) -> str:
    """A URL wrapped after a slash got a space when its lines were joined: take it out."""
    return re.sub(r"(\bhttps?:/\S*/|\bwww\.\S*/) (?=\S)", r"\1", part)


# In the header, "City, Region, CC" is the person's place whatever the region is called.
_CITY_REGION_COUNTRY = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*, [A-Z]{2}")
# A full address ending "..., City, Region (CC)": the street and postal code before the place.
_COUNTRY_IN_BRACKETS = re.compile(r"(?:.*,\s*)?([^\W\d][^,()]*?),\s*([^\W\d][^,()]*?)\s*\(([A-Z]{2})\)")
# ... or "4410 Bellaire Blvd, Apt 12, Houston, Texas, US, 77401": street first, postal code last.
_STREET_FIRST = re.compile(r".*\d.*?,\s*([^\W\d][^,]*?),\s*([^\W\d][^,]*?),\s*([A-Z]{2})"
                           r"(?:,?\s*(?=[\w -]*\d)[\w -]{3,10})?,?")


# "416-555-0199 (Mobile)", "jo.example.com (Personal)": LinkedIn and form-like layouts name the
# kind of a contact detail in brackets after it
_KIND_AFTER = re.compile(r"(.*?)\s*\((?:mobile|home|work|office|personal|company|blog|portfolio|other|linkedin"
                         r"|rss feed)\)", re.I)


def _place(part: str, basics: dict, urls: list[str]) -> bool:
    """Put `part` into its field if it is a contact detail; False when it is not one. A kind in
    brackets alone, or after the end of the address before it that a narrow column wrapped
    ("www.linkedin.com/in/priya-" over "raghunathan (LinkedIn)"), belongs to that address."""
    if kind := _KIND_AFTER.fullmatch(part.strip()):
        part = kind[1]
        if not part or any(url.endswith(part) for url in urls):
            return True
    value = _label_value(part)
    if "location" not in basics and (address := street_address(value or "") or street_address(part)):
        basics["location"] = address.location()  # "1420 Granby Street, Norfolk, VA 23510": each piece
        return True
    candidate = value if value and (fields.is_email(value) or fields.is_phone(value)
                                    or fields.is_url(value) or fields.is_location(value)) else part
    if candidate.isupper() and fields.is_location(place := _unshout_place(candidate)):
        candidate = place  # "AUSTIN, TEXAS": a place set in capitals by the layout
    candidate, postal = place_and_postal(candidate) or (candidate, "")  # "Columbus, OH 43215": code kept
    street, whole = {}, candidate
    if (address := _COUNTRY_IN_BRACKETS.fullmatch(candidate) or _STREET_FIRST.fullmatch(candidate)) \
            and "location" not in basics:
        candidate = f"{address[1]}, {address[2]}, {address[3]}"  # "88 Harrison St, 94105, San Francisco, CA (US)"
        street = street_and_postal(whole, candidate)  # ... its street and postal code kept too
    if _CITY_REGION_COUNTRY.fullmatch(candidate) and "location" not in basics:
        basics["location"] = {**street, **with_postal(location_object(candidate), postal)}  # "Manchester, ..., GB"
        return True
    if fields.is_email(candidate) and "email" not in basics:
        email = candidate.removeprefix("mailto:")
        basics["email"] = email.lower() if email.isupper() else email  # set in capitals by the layout
    elif fields.is_url(candidate):
        urls.append(candidate)
    elif fields.is_phone(candidate) and "phone" not in basics:
        basics["phone"] = candidate
    elif "location" not in basics and (place := place_of_address(candidate)):
        basics["location"] = {**street_and_postal(candidate, place), **location_object(place)}  # "920 Lavaca ... US"
    elif (fields.is_location(candidate) or city_and_country(candidate)) and "location" not in basics \
            and not ROLE_WORDS.search(candidate):
        # ... but "Registered Nurse, BSN" is a title and its credential, shaped as "City, ST"
        basics["location"] = with_postal(location_object(candidate), postal)  # "Madrid, España", "Columbus, OH"
    elif re.fullmatch(r"[A-Z]{2}", candidate) and "countryCode" not in basics.get("location", {"countryCode": 1}):
        basics["location"]["countryCode"] = candidate  # "San Francisco, California 94105", then "US"
    else:
        return False
    return True


def _place_among_details(part: str, basics: dict, urls: list[str], beside: bool, row: bool = False) -> bool:
    """"Jo Doe | jo@example.com | 020 7946 0958 | London": a city named alone ("London", "Melbourne
    VIC") after a contact detail is the person's place, where right under the name it would be
    the label (`addresses.bare_place` says which text can be a city); before any contact detail
    only a city the gazetteer knows is ("Melbourne VIC | 0412 555 019 | bex@example.com"), and
    so on a line of its own (not `beside` other details): there a capitalised word or two may as
    well be a heading in a language Tailor does not read ("İş Deneyimi") or a role. A city with a
    country's code after it ("Houston US") opens a row whose other parts are contact details
    (`row`): JSON Resume's city and countryCode, as a theme prints them."""
    if "location" in basics or normalise_heading(part) in HEADINGS:
        return False  # "Profil", "Formación": a section's heading the layout did not set apart
    details = urls or "email" in basics or "phone" in basics
    coded = row and beside and re.fullmatch(r"\S.* [A-Z]{2}", part.strip()) is not None
    if place := bare_place(part, known_only=not (details and beside or coded)):
        basics["location"] = location_object(place)
    return bool(place)


def _unshout_place(text: str) -> str:
    """"ZÜRICH, ZH" -> "Zürich, ZH": each part of a place in capitals in a form's case, a code of
    two or three letters (a state, a country) kept as it is."""
    return ", ".join(part if len(part) <= 3 else unshout(part) for part in text.split(", "))


# "Instagram: https://...", "XING: xing.com/profile/jo": any short name before a colon and a web address.
_ANY_LABEL = re.compile(r"^([A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*)?)\s*:\s*(\S+)$")


def _label_value(text: str) -> str | None:
    """The value of a labelled contact detail: after a contact label Tailor knows ("Email",
    "Website"), or after any short label when the value is an address (networks come and go, so
    their names are not listed)."""
    value = fields.label_value(text, *_LABELLED)
    if value is None and (form := FORM_LABEL.match(text.strip())):
        value = form[1]  # "Telefon: +49 171 2345678", "Tel. 555 0100": a label in another language or short form
    if value is None and (match := _ANY_LABEL.match(text.strip())) and fields.is_url(match[2]):
        value = match[2]
    return value


def labelled_contact(line: Line) -> bool:
    """"Email: maya@example.com", "Phone: (206) 555-0142": a contact detail under its label,
    which some layouts print at the end of the About section rather than in a header."""
    value = _label_value(line.text)
    return bool(value) and fields.is_contact_detail(value)


def contact_block(lines: list[Line]) -> bool:
    """An "About" block in a sidebar that holds the person's contact details one a line (an
    address, an email, a phone, a site, handles), not prose about them: two or more of its lines
    are contact details, at least half of them are details or handles, and none is a sentence."""
    details = sum(fields.is_phone(line.text) or labelled_contact(line)
                  or fields.is_email(head := line.text.split()[0] if line.text.split() else "")
                  or fields.is_url(head) for line in lines)  # an address may have a handle glued on
    handles = sum(bool(re.fullmatch(r"@?[\w.-]+", line.text.strip())) for line in lines)  # "lena-vasquez-eng"
    return details >= 2 and 2 * (details + handles) >= len(lines) and not any(
        len(line.text.split()) >= _SUMMARY_WORDS or re.search(r"\w{2}[.!?]$", line.text.strip())
        and len(line.text.split()) >= 5 for line in lines)


def leading_contact(lines: list[Line]) -> int:
    """How many of a section's first lines are contact details (an email, a phone, a web
    address, or a network's name over its handle): a page break can carry the end of a
    "Contact" block past the next heading, and an email never belongs to a school or a job."""
    count = 0
    while count < len(lines):
        text = lines[count].text.strip()
        if text.casefold() in NETWORK_NAMES and count + 1 < len(lines) and " " not in lines[count + 1].text.strip():
            count += 2
        elif fields.is_contact_detail(text):
            count += 1
        else:
            break
    return count


def _add_urls(basics: dict, urls: list[str]) -> None:
    """The first URL of no known network is the personal site; all others are profiles. An address
    read twice (a linked word and the same address printed, "https://jo.dev" and "jo.dev/") is
    one site or profile: only its first form is kept. A full address after a site's own prefix (a
    template that writes "https://www.linkedin.com/" before what the person gave, a full address
    too) is the address the person gave."""
    profiles, seen = [], set()
    for url in (re.sub(r"^\S+?(?=https?://)", "", url) for url in urls):
        if (same := _same_address(url)) in seen or home_page(url):  # no handle: no one's profile
            continue
        seen.add(same)
        network = network_of(url)
        if not network and "url" not in basics:
            basics["url"] = url
            continue
        host = urlsplit(url if "://" in url else "https://" + url).netloc.removeprefix("www.")
        profiles.append({"network": network or host, "username": username_of(url), "url": url})
    if profiles:
        basics["profiles"] = profiles


def _same_address(url: str) -> str:
    """An address without what does not change where it leads: its scheme, "www." and a final "/"."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().casefold()).rstrip("/")
