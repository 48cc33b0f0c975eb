"""Key hygiene: every key of a corpus file is either one Tailor knows or one the person hears about.

A misspelled key loses content without a sound: `"wrok"` for `"work"` used to give a resume with
no Experience section, `"highlihgts"` a role with no bullets. So a key the format does not know
is compared with the known keys that are absent at the same place; when one is close (a letter
swapped, dropped or added, another case, `start_date` for `startDate`) it is an error naming
both, and nothing is written. Any other unknown key is a warning (JSON Resume allows extra
properties, so they are legal, but the person should know Tailor leaves them out).

The known keys come from the format's own JSON Schema (the official JSON Resume schema; the
native format's pydantic schema), so they cannot drift from what the loaders accept.
See docs/ARCHITECTURE.md, "Inputs".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

from rapidfuzz.distance import OSA

from tailor.corpus.evidence import json_path

#: The known keys of an object, each with the shape of its value; None for a value with no keys
#: of its own (a string, a list of strings). Lists are transparent: a list of objects has the
#: shape of its items.
Shape = Union[dict[str, "Shape"], None]
# Keys a person marks as deliberate extras are never taken for misspellings.
_EXTRA_PREFIXES = ("x-", "_")


@dataclass
class KeyReport:
    """What a walk over a document found: misspellings (errors) and other unknown keys."""
    errors: list[tuple[str, str]] = field(default_factory=list)   # (JSON path, message)
    unknown: dict[str, int] = field(default_factory=dict)         # "work[].foo" -> how many


def shape_of(schema: dict, root: dict | None = None) -> Shape:
    """The key shape a JSON Schema describes ($ref, anyOf/oneOf/allOf and array items followed)."""
    root = root if root is not None else schema
    node = _resolve(schema, root)
    shapes = [shape_of(part, root) for key in ("anyOf", "oneOf", "allOf") for part in node.get(key, [])]
    if "items" in node and isinstance(node["items"], dict):
        shapes.append(shape_of(node["items"], root))
    if "properties" in node:
        shapes.append({key: shape_of(value, root) for key, value in node["properties"].items()})
    merged: dict[str, Shape] = {}
    for shape in shapes:
        for key, value in (shape or {}).items():
            merged[key] = value if merged.get(key) is None else merged[key]
    return merged or None


def _resolve(node: dict, root: dict) -> dict:
    while "$ref" in node:  # only local refs ("#/definitions/x", "#/$defs/x") occur here
        target: Any = root
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def close_key(key: str, candidates: list[str]) -> str | None:
    """The candidate `key` is most likely a misspelling of, or None.

    Close means equal after case and `_`/`-`/space are ignored, or one edit away (OSA distance:
    a letter added, dropped, replaced, or two neighbours swapped); two edits for keys longer than
    six letters. Ties go to the first candidate in schema order.
    """
    if key.casefold().startswith(_EXTRA_PREFIXES):
        return None
    plain = _plain(key)
    best, best_distance = None, None
    for candidate in candidates:
        target = _plain(candidate)
        limit = 1 if len(target) <= 6 else 2
        distance = OSA.distance(plain, target, score_cutoff=limit)
        if distance <= limit and (best_distance is None or distance < best_distance):
            best, best_distance = candidate, distance
    return best


def _plain(key: str) -> str:
    return "".join(ch for ch in key.casefold() if ch not in "_- ")


def check_keys(data: Any, shape: Shape, *, extras_allowed: bool) -> KeyReport:
    """Walk `data` against `shape`: misspelled known keys as errors, other unknown keys counted
    by their path with list positions left out (`work[].foo`), so one line covers every role.
    `extras_allowed`: the format accepts keys of the person's own (JSON Resume does)."""
    report = KeyReport()
    _walk(data, shape, (), report, extras_allowed)
    return report


def _walk(value: Any, shape: Shape, path: tuple, report: KeyReport, extras: bool) -> None:
    if isinstance(value, list):
        for i, item in enumerate(value):
            _walk(item, shape, path + (i,), report, extras)
        return
    if not isinstance(value, dict) or shape is None:
        return
    absent = [key for key in shape if key not in value]
    for key, item in value.items():
        if key in shape:
            _walk(item, shape[key], path + (key,), report, extras)
            continue
        meant = close_key(key, absent)
        if meant is not None:
            report.errors.append((json_path(path + (key,)), misspelling(meant, extras)))
        else:
            where = _pattern(path + (key,))
            report.unknown[where] = report.unknown.get(where, 0) + 1


def _pattern(path: tuple) -> str:
    """`("work", 2, "foo")` -> `work[].foo`: a path for every entry of a list at once."""
    out = ""
    for part in path:
        out += "[]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def misspelling(meant: str, extras_allowed: bool = False) -> str:
    """The message for a key that is most likely `meant`, misspelled."""
    own = " (or prefix it with `x-` if it is a field of your own)" if extras_allowed else ""
    return (f"did you mean `{meant}`? `{meant}` is missing here, so Tailor would leave this "
            f"out: rename the key{own}")
