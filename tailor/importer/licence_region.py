"""Where a licence holds, told from who issued it: "Registered Nurse License, Texas (Compact)",
"REGISTERED NURSE LICENSE, TEXAS (COMPACT)", "Registered Nurse – Ohio (RN.123456)". A state or
country after a certificate's name is part of the name (a licence of that state), never its
issuer: `header_parts.certificate_split` keeps such a line whole, and
`certificate_names.one_credential` joins the part back. See the importer steps in
docs/ARCHITECTURE.md.
"""
from __future__ import annotations

from tailor.importer import fields


def licence_region(text: str) -> bool:
    """A state or country alone, maybe with a bracket ("Texas (Compact)", "Ohio (RN.123456)"), also
    set in capitals ("TEXAS (COMPACT)"): where a licence holds, no body that issues it."""
    text = text.strip()
    return bool(fields.REGION.match(text) or text.isupper() and fields.REGION.match(text.title()))
