"""The triage card: one proposal, everything a decision needs, wrapped to the
width it is given — the words in their sentence, who said it and whether
that person is on the desk, when, the topics, the words that suggested a
stance, and the keys."""

from __future__ import annotations

import re

from rich.text import Text

from backchannel.db import Desk, humanize
from backchannel.db.candidates import Candidate
from backchannel.db.names import resolve_actor
from backchannel.tui.text import clean, literal
from backchannel.vocabulary import stance_word

STATEMENT_KEYS = (
    "p public · a private · enter untagged · x reject · A accept all\n"
    "s speaker · w when · t topics · o belongs to · e edit · u undo · ? keys"
)
EVENT_KEYS = "enter accept · x reject · w when · t topics · e edit · u undo · ? keys"


def highlighted(candidate: Candidate) -> Text:
    """The article's words around a proposal: the proposal reversed, cue words underlined."""
    context = clean(candidate.context or candidate.text, 3_000, one_line=False)
    text = Text(context)
    words = clean(candidate.text, 3_000, one_line=False)
    start = context.lower().find(words.lower()[:80])
    if start >= 0:
        text.stylize("reverse", start, start + len(words))
    if candidate.cue:
        for m in re.finditer(re.escape(candidate.cue), context, re.I):
            text.stylize("bold underline", m.start(), m.end())
    return text


def speaker_line(desk: Desk, candidate: Candidate) -> Text:
    """ "Trump → Donald Trump (on the desk)", or "(new, belongs to United States)"."""
    line = Text("Speaker: ", style="bold")
    line.append_text(literal(candidate.speaker or "unknown", 120))
    if not candidate.speaker:
        return line.append("  (s names one)", style="dim")
    try:
        found, _new = resolve_actor(desk, candidate.speaker)
    except ValueError as error:
        return line.append_text(literal(f"  ({error})", 200, style="bold"))
    if found is not None:
        actor = desk.actors.get(found)
        line.append(" → ")
        line.append_text(literal(actor.name, 120, style="bold"))
        line.append(" (on the desk)", style="dim")
        return line
    line.append("  (new", style="dim")
    if candidate.aliases:
        line.append_text(literal(f", also “{', '.join(candidate.aliases)}”", 120, style="dim"))
    if candidate.affiliation:
        line.append(", belongs to ", style="dim")
        line.append_text(literal(candidate.affiliation, 80))
    return line.append(")", style="dim")


def when_line(candidate: Candidate, reported: str | None) -> Text:
    """When it was said (and the words that say so), else when it was reported."""
    line = Text("When: ", style="bold")
    if candidate.date:
        line.append(f"{humanize(candidate.date)}  [{candidate.date}]")
        if candidate.date_cue:
            line.append_text(literal(f"  from “{candidate.date_cue}”", 80, style="dim"))
    elif reported:
        line.append(f"reported {humanize(reported)}", style="italic")
        line.append("  (the article's date; w says when it was said)", style="dim")
    else:
        line.append("undated", style="dim")
    return line


def card(
    desk: Desk,
    candidate: Candidate,
    number: int,
    total: int,
    reported: str | None,
    event: Candidate | None = None,
) -> Text:
    """The whole card for one proposal (``event``: the article's event it tells of)."""
    text = Text()
    text.append(f"{candidate.kind.upper()} {number} of {total}", style="bold reverse")
    text.append(f"  {candidate.state}", style="dim")
    if candidate.kind == "statement":
        text.append(f"  · {candidate.quote_kind or 'direct'}")
        if candidate.stance:
            text.append("  · suggested: ").append(stance_word(candidate.stance).upper(), "bold")
        if candidate.cue:
            text.append("  (cue: ").append_text(literal(candidate.cue, 60, style="underline"))
            text.append(")")
        text.append("\n").append_text(speaker_line(desk, candidate))
    text.append("\n").append_text(when_line(candidate, reported))
    topics = ", ".join(candidate.topics) if candidate.topics else "none"
    text.append("\nTopics: ", style="bold").append_text(literal(topics, 200))
    if event is not None:
        text.append("\nAt or about: ", style="bold").append_text(literal(event.text, 200))
        text.append("  (linked when both are accepted)", style="dim")
    text.append("\n\n").append_text(highlighted(candidate))
    keys = STATEMENT_KEYS if candidate.kind == "statement" else EVENT_KEYS
    text.append(f"\n\n{keys}", style="dim")
    return text
