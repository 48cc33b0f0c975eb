"""`tailor import`: a resume file (PDF, DOCX, ODT, TXT, Markdown) -> JSON Resume, nothing dropped.

extract (lines with layout) -> sections (headings by style and words) -> contact / entries /
simple (fields) -> build (assemble, validate, account for every line) -> optional classify
(a model labels leftover lines, never writes text).
"""
from tailor.importer.build import import_resume, resume_from_lines
from tailor.importer.result import ImportResult, Unparsed

__all__ = ["ImportResult", "Unparsed", "import_resume", "resume_from_lines"]
