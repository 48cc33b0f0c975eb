"""A posting saved from a browser as a web page is read as the text a reader sees."""
from tailor.text.html_text import html_to_text, looks_like_html
from tailor.text.posting import parse_posting_file

PAGE = """<!DOCTYPE html>
<!-- saved from url=(0042)https://careers.example.com/jobs/ap -->
<html><head><title>Accounts Payable Specialist - Oakline</title>
<style>body { font-family: sans-serif }</style><script>var tracking = "x";</script></head>
<body><nav><a href="/">Home</a></nav>
<h1>Accounts Payable Specialist</h1><p>Oakline Home Goods &middot; Columbus, OH</p>
<h2>Requirements</h2>
<ul><li>3+ years of accounts payable experience</li><li>Advanced Excel (VLOOKUP, pivot tables)</li></ul>
<footer>&copy; 2026 Oakline Home Goods.</footer>
<script src="./Accounts Payable Specialist - Oakline_files/app.js"></script></body></html>
"""


def test_a_saved_page_is_its_visible_text_a_line_per_block():
    assert looks_like_html(PAGE) and not looks_like_html("Accounts Payable Specialist\n<b>bold</b>")
    text = html_to_text(PAGE)
    assert "- 3+ years of accounts payable experience\n- Advanced Excel (VLOOKUP, pivot tables)" in text
    assert "Oakline Home Goods · Columbus, OH" in text
    assert "<" not in text and "tracking" not in text and "font-family" not in text


def test_a_saved_page_parses_as_the_posting_it_shows():
    job, _ = parse_posting_file(PAGE.encode(), "jobs/oakline.html", ".html")
    assert job.title == "Accounts Payable Specialist"
    texts = [r.text for r in job.requirements]
    assert any("accounts payable experience" in t for t in texts)
    assert not any("<" in t or "script" in t.lower() for t in texts)
