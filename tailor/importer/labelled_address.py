"""A postal address under its label ("Location", "Address") that a narrow header column wrapped.

A theme may print the person's address in a column of its own under a label, its pieces one
after another with only spaces between them, in JSON Resume's order (street, postal code, city,
region, country code): "920 Lavaca Street 78701 Austin" over "Texas US". Read line by line, the
first line names no place and the second is no address, so the place was lost or read from its
tail alone, and the street line was left over. The lines under a lone address label, at its
left edge and in one type, none a contact detail, are one address when joined they read as one
(`addresses.place_of_address`), and are read as one line (docs/ARCHITECTURE.md, "Resume
import", step 2, the header).
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer import fields
from tailor.importer.addresses import place_of_address
from tailor.importer.lines import Line

# A label over the address alone on its line, with or without its colon
_LABELS = {"location", "address", "home address", "postal address", "adresse", "anschrift", "wohnort", "dirección",
           "direccion", "indirizzo", "endereço", "endereco", "adres"}
_ROWS = 3      # an address wraps onto this many rows at most
_EDGE = 2.0    # its rows start this many points from the label's left edge at most


def address_under_label(lines: list[Line]) -> list[Line]:
    """`lines` with the rows of each labelled address a column wrapped joined into one line (the
    label's own line may hold the first row already: "Location: 920 Lavaca Street 78701 Austin")."""
    out = list(lines)
    for index, label in enumerate(out):
        name, _, value = label.text.strip().partition(":")
        if name.strip().casefold() not in _LABELS:
            continue
        own = [value.strip()] if value.strip() else []  # the row on the label's own line
        rows = _rows(out, index)
        for count in range(len(rows), 0 if own else 1, -1):
            joined = " ".join(own + [row.text.strip() for row in rows[:count]])
            if place_of_address(joined):
                out[index:index + 1 + count] = [replace(label, text=f"{name.strip()}: {joined}")] if own \
                    else [label, replace(rows[0], text=joined)]
                break
    return out


def _rows(lines: list[Line], index: int) -> list[Line]:
    """The lines right after the label at `index` that may be rows of one address: on its page,
    at its left edge, in one type, none a contact detail."""
    label = lines[index]
    rows: list[Line] = []
    for line in lines[index + 1:index + 1 + _ROWS]:
        text = line.text.strip()
        if line.page != label.page or abs(line.x - label.x) > _EDGE or fields.is_email(text) \
                or fields.is_phone(text) or fields.is_url(text) \
                or rows and (line.size != rows[0].size or line.bold != rows[0].bold):
            break
        rows.append(line)
    return rows
