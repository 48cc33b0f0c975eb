"""A personal-data block's details: which of them JSON Resume has a field for, and which it has none for.

A German Lebenslauf opens with "Persönliche Daten" (Name, Anschrift, Telefon, Geburtsdatum,
Familienstand), an Indian CV ends with "Personal Details" (Father's Name, Date of Birth,
Nationality, Marital Status). The name, address, phone and email go to `basics` under labels in
the resume's own language (`FORM_LABEL`, read by `contact.py`); the birth date, nationality,
marital status, gender and parents' names have no field in JSON Resume, and a value such as
"Indian" or "ledig" must not be taken for the place or the label: they are listed as unparsed
with that reason. See docs/ARCHITECTURE.md, "Resume import" (header step).
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer import fields
from tailor.importer.lines import Line
from tailor.importer.result import Unparsed

# "Telefon: +49 171 2345678", "Tel. 0711 123", "E-Mail: ...", "Anschrift: ...": contact labels in
# German, French, Spanish, Portuguese, Italian and Dutch (and English short forms) before their value
FORM_LABEL = re.compile(
    r"^(?:telefon(?:nummer)?|tel|mob|mobil(?:telefon|nummer)?|handy|fon|e-?mail|courriel|t[ée]l[ée]phone|portable"
    r"|tel[ée]fono|m[óo]vil|celular|telem[óo]vel|telefone|cellulare|telefoon|mobiel|anschrift|adresse|wohnort"
    r"|direcci[óo]n|morada|endere[çc]o|indirizzo|adres)\s*\.?\s*:?\s+(\S.*)$", re.I)
# "Name: Katharina Schäfer": the person's name under a form's label (never "Father's Name: ...")
_NAME_LABEL = re.compile(r"^(?:name|full name|vollst[äa]ndiger name|vor- und nachname|nom(?: complet)?"
                         r"|nombre(?: completo)?|nome(?: completo)?|naam)\s*:\s*(\S.*)$", re.I)
# Details a CV form asks for that JSON Resume has no field for, in English and the other languages
_NO_FIELD = (r"date of birth|d\.?\s?o\.?\s?b\.?|birth ?date|born|place of birth|nationality|citizenship|marital status"
             r"|civil status|gender|sex|father'?s name|mother'?s name|husband'?s name|spouse'?s name|religion"
             r"|caste|passport(?: no\.?| number)?|geburtsdatum|geburtsort|geboren|staatsangeh[öo]rigkeit"
             r"|nationalit[äa]t|familienstand|geschlecht|konfession|date de naissance|lieu de naissance"
             r"|nationalit[ée]|situation familiale|[ée]tat civil|fecha de nacimiento|lugar de nacimiento"
             r"|nacionalidad|estado civil|data de nascimento|nacionalidade|data di nascita|luogo di nascita"
             r"|nazionalit[àa]|stato civile|geboortedatum|geboorteplaats|nationaliteit|burgerlijke staat")
CONTACT_WORDS = (r"e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|tel(?:ephone)?|telefon(?:nummer)?|handy"
                  r"|mobil|address|anschrift|adresse|wohnort|location|website|t[ée]l[ée]phone|tel[ée]fono|direcci[óo]n")
_ADDRESS_WORDS = re.compile(r"address|anschrift|adresse|wohnort|direcci[óo]n", re.I)
# a table's label cell alone on its line ("Telefon", "Father's Name", "Languages Known:")
_LABEL_CELL = re.compile(rf"^(?:{CONTACT_WORDS}|{_NO_FIELD}|name|full name|languages known|hobbies)\s*:?$", re.I)
# "Father's Name | : | Mr. R. Doe", "Telefon | +49 171 2345678": a label/value table's row, cells joined
# ("Gender, :, Female" where a PDF's cells were read as a list)
ROW = re.compile(r"^([^|:,]{1,40}?)\s*(?:\|\s*(?:[:–-]\s*\|\s*)?|,\s*:\s*,\s*)(\S.*)$")
# where a second row starts on the same line: "Marital Status, :, Single, Languages Known, :, English"
_NEXT_ROW = re.compile(r",\s*(?=[^,:|]{1,40},\s*:\s*,)")
_NO_FIELD_DETAIL = re.compile(rf"^({_NO_FIELD})\s*[:\-–]\s*(\S.*)$", re.I)
_NO_FIELD_LABEL = re.compile(rf"^({_NO_FIELD})\s*:?$", re.I)  # a table's label cell, its value on the next line
_VALUE_WORDS = 4  # "Indian", "ledig", "12/03/1996", "deutsch": a label cell's value is a few words


def no_field_reason(label: str) -> str:
    return (f'a personal detail ("{label.strip()}") that JSON Resume has no field for: left out; '
            "add it to basics.summary if you want it kept")


def personal_details(lines: list[Line]) -> tuple[list[Unparsed], list[Line]]:
    """The header lines without the personal details JSON Resume has no field for (listed as
    unparsed, value and all: a label cell and its value cell on the next line too), and with a
    "Name:" label taken off the name."""
    out: list[Line] = []
    left: list[Unparsed] = []
    skip = False
    lines = _joined_cells(_rows_apart(lines))
    for index, line in enumerate(lines):
        text = " ".join(line.text.split())
        if skip:
            skip = False
            continue
        if detail := _NO_FIELD_DETAIL.match(text):
            left.append(Unparsed("header", text, no_field_reason(detail[1])))
        elif label := _NO_FIELD_LABEL.match(text):
            value = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
            skip = _a_value(value)
            left.append(Unparsed("header", f"{text.rstrip(':')}: {value}" if skip else text, no_field_reason(label[1])))
        elif named := _NAME_LABEL.match(text):
            out.append(replace(line, text=named[1]))
        else:
            out.append(line)
    return left, out


def _a_value(text: str) -> bool:
    """Whether `text`, the line after a label cell, is that label's value: a few words, no
    contact detail, no label of its own."""
    return bool(text) and len(text.split()) <= _VALUE_WORDS and not fields.is_contact_detail(text) \
        and ":" not in text and not _NO_FIELD_LABEL.match(text)


def _joined_cells(lines: list[Line]) -> list[Line]:
    """"Telefon" over "+49 171 2345678", "Father's Name" over ":" over "Mr. R. Doe": a label/value
    table read cell by cell puts each label on a line of its own; the label goes back on its
    value ("Telefon: +49 171 2345678"), an address's two lines ("Hohenloher Straße 12" over
    "70435 Stuttgart") on one, so the value is read under its label, never as a name or place."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line, text = lines[index], " ".join(lines[index].text.split())
        if (row := ROW.match(text)) and _LABEL_CELL.match(row[1]):
            text = f"{row[1]}: {row[2]}"  # "Telefon | +49 171 2345678", "Gender | : | Female": one table row
            line = replace(line, text=text)
        at = index + 1
        while at < len(lines) and lines[at].text.strip() in (":", "-", "–"):
            at += 1  # a column of colons between the labels and the values
        if _LABEL_CELL.match(text) and at < len(lines) and not _LABEL_CELL.match(lines[at].text.strip()):
            value, at = lines[at].text.strip(), at + 1
            if _ADDRESS_WORDS.fullmatch(text.rstrip(": ")) and at < len(lines) \
                    and re.match(r"\d{4,5}\s+\w", lines[at].text.strip()):
                value, at = f"{value}, {lines[at].text.strip()}", at + 1  # "70435 Stuttgart" under its street
            out.append(replace(line, text=f"{text.rstrip(': ')}: {value}"))
            index = at
        else:
            out.append(line)
            index += 1
    return out


def _rows_apart(lines: list[Line]) -> list[Line]:
    """"Marital Status, :, Single, Languages Known, :, English, Hindi," over "Tamil": two rows of a
    label/value table read as one line, its last value wrapped onto the next: one line a row."""
    out: list[Line] = []
    for line in lines:
        if out and out[-1].text.rstrip().endswith(",") and ROW.match(out[-1].text) \
                and len(line.text.split()) <= _VALUE_WORDS and not ROW.match(line.text):
            out[-1] = replace(out[-1], text=f"{out[-1].text.rstrip()} {line.text.strip()}")  # the wrapped value
            continue
        rows = _NEXT_ROW.split(line.text) if ROW.match(line.text) else [line.text]
        out += [replace(line, text=row) for row in rows]
    return out
