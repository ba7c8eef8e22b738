"""The brief's one Markdown-escaping function, read by real renderers.

News text escaped by ``md`` must render as exactly its own words, with no
syntax of its own, under CommonMark (markdown-it-py's commonmark preset),
GitHub-flavoured Markdown with linkify (markdown-it-py's gfm-like preset) and
GitHub's own cmark-gfm with its extensions (autolinks, tables,
strikethrough), and Python-Markdown (which unescapes fewer characters: a
``\\|`` or ``\\:`` would show its backslash there). In each we check the
rendered text, not our own output.
"""

from __future__ import annotations

import html
import re

import cmarkgfm
import markdown
import pytest
from cmarkgfm.cmark import Options
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from backchannel.brief import WORD_JOINER, md
from backchannel.textsafe import clean

_COMMONMARK = MarkdownIt("commonmark")
_GFM_LIKE = MarkdownIt("gfm-like")


def _cmark_gfm(text: str) -> str:
    return cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_UNSAFE)


def _python_markdown(text: str) -> str:
    # With its tables extension, as a brief's table needs (and without: both).
    return markdown.markdown(text, extensions=["tables"])


RENDERERS = {
    "commonmark": _COMMONMARK.render,
    "gfm-like": _GFM_LIKE.render,
    "cmark-gfm": _cmark_gfm,
    "python-markdown": markdown.markdown,
    "python-markdown+tables": _python_markdown,
}

NASTY = [
    "1. a news line starting with a number",
    "2) and another",
    "# not a heading",
    "- not a list",
    "+ nor this",
    "=== not an underline",
    "> not a quote",
    "**bold** *em* _em_ __strong__ ~~struck~~ ~one~",
    "`code` ``more``",
    "[click](http://e.vil) ![img](http://e.vil/x.png) [ref]: http://e.vil",
    "<script>alert(1)</script> <b>bold</b> <!-- comment -->",
    "<http://e.vil> <javascript:alert(1)> <a@b.com>",
    "bare http://e.vil/x and https://e.vil and www.e.vil and example.com/path",
    "mail me at someone@example.com",
    "AT&T &copy; &#65; &amp; &",
    "a | table | row",
    "trailing backslash \\",
    "\\*already escaped\\*",
    "    four spaces",
    "[^1] footnote",
    "javascript:alert(1)",
    "ends with two spaces  ",
    "U.S. officials said 3.5% e.g. this",
    "write to first.last@sub.example.co.uk, a'b@example.com or user@.co.uk",
    "mailto:@example.org xmpp:x@y.co ftp://files.example.org HTTPS://EXAMPLE.COM",
    "IDN é.fr and 9$.co and x=.co.uk and xn--xn--.co and (www.example.com)",
    "a/b//c and a///b and &amp|x and &#9~ and === under",
]


def rendered_text(html_out: str) -> str:
    """The text of a one-paragraph rendering, or fail if it holds any tag but <p>."""
    body = html_out.strip()
    if not body:
        return ""
    assert body.startswith("<p>") and body.endswith("</p>"), body
    inner = body[3:-4]
    assert "<" not in inner, f"markup in {body!r}"
    return html.unescape(inner).replace(WORD_JOINER, "")


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("text", NASTY)
def test_news_text_renders_as_its_own_words(renderer: str, text: str) -> None:
    out = RENDERERS[renderer](md(text))
    assert rendered_text(out) == clean(text).strip()


def test_escapes_stay_few_so_the_brief_reads_as_text() -> None:
    assert md("1. first") == "1\\. first"  # not \1. which renders a backslash
    assert md("Trump said no, 3.5% of them") == "Trump said no, 3.5% of them"
    assert md("AT&T") == "AT&T"


_ALPHABET = st.sampled_from(
    list("ab1 .:/@#*_-+=>|<[]()!`~&;\\\"'\twé$%^{}?€«")
    + ["www.", "http://", "1.", "&amp;", "&#65;", "x.com", ".co.uk", "mailto:", "xn--", "user@"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_any_text_renders_as_itself(text: str) -> None:
    expected = clean(text).strip()
    for render in RENDERERS.values():
        assert rendered_text(render(md(text))) == expected


def test_a_brief_of_hostile_news_renders_without_links(tmp_path) -> None:
    from backchannel.brief import write_brief
    from backchannel.db import open_desk
    from backchannel.filter_line import parse_filter

    desk = open_desk(tmp_path / "d.db")
    source = desk.sources.add(
        "Report & [more]", outlet="The *Wire*", url="javascript:alert(1)", author="A. Writer"
    )
    linked = desk.sources.add("Linked", outlet="Wire", url="https://wire.example/a?b=1")
    for line in NASTY:
        desk.statements.add(line, source_id=source, speaker_id=desk.actors.add("x_y *z*"))
    desk.statements.add("see http://e.vil", source_id=linked)
    import io

    out = io.StringIO()
    write_brief(desk, parse_filter(desk, ""), out)
    desk.close()
    for render in RENDERERS.values():
        page = render(out.getvalue())
        # The one link is the source's own http(s) URL.
        assert re.findall(r"<a [^>]*>", page) == ['<a href="https://wire.example/a?b=1">']
        assert "<script" not in page and "<em>" not in page and "<del>" not in page
        assert "\\" not in html.unescape(re.sub(r"<[^>]+>", "", page)).replace(
            "trailing backslash \\", ""
        ).replace("\\*already escaped\\*", "")
