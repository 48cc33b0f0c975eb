"""Rendering a tailored resume: HTML (Jinja2), PDF (WeasyPrint), and reading the PDF back."""
