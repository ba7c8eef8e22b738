"""An article as people paste it: headline, byline and dateline, paragraphs.

Handles wire copy ("VILNIUS, June 3 (Agency) - ..."), web copy ("By …",
"Published 14 March 2025"), liveblog time stamps ("18:05"), digests with
numbered sections, and the "Source: / Details: / Quote: / Background:"
layout of relayed reports. Pure: no desk, no UI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .conventions import (
    curly_singles,
    indented_blocks,
    indented_paragraphs,
    post_embeds,
    signed_lines,
    spoken_marks,
    unmarked_blocks,
    unwrap,
    without_bullets,
)
from .date_lines import date_from, date_line, day_in_words, top_date
from .interviews import HOST_ROLE, HOSTED_BY
from .names import looks_like_person, person_name
from .page_top import (
    BREADCRUMB,
    CAPTION,
    SECTION_WORD,
    byline_or_date_next,
    furniture,
    headline_after,
    top_block,
)

#: Opening mark -> closing mark: English “…” and "…", British ‘…’, French « … »,
#: German „…“ and »…«, Ukrainian and Russian «…».
QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“", "»": "«", "‘": "’", "‹": "›"}

#: A programme's credit line: 'Presenter: Akosua Frimpong', 'Hosted by Ana Berg'
_CREDIT = re.compile(rf"(?:{HOST_ROLE}s?\s*:|{HOSTED_BY}\b)", re.I)
#: A live blog's time stamp opening an entry: '17:45 — ', '9.05am - '
_STAMP_FIRST = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|CET|CEST|GMT|BST|UTC|EET|EEST)?\s*[—–-]\s+"
)
#: "VILNIUS, June 3 (Wire) - ", or with no date ("PRAGUE — ", "KYIV, Ukraine
#: -- ", "BERLIN/PARIS (Reuters) - "): the place in capitals, a region, a date, a wire.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'/-]{2,})(?:,\s+[A-Z][A-Za-z .'-]{1,30})?"
    r"(?:,\s+(?P<date>[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?"
    r"|\d{1,2}\.? [A-ZÄÖÜa-zéû][a-zäöüéû]+(?: \d{4})?))?"  # 'June 3', '16. Januar'
    # a wire's name in brackets, or a press release's '/PRNewswire/'
    r"(?:\s*\((?P<agency>[^)]+)\)|\s*/[^/]{2,40}/)?\s*(?:--|[-–—])\s*"
)
#: 'Kyiv, 14 February 2025 — ', 'Berlin, March 3, 2025 -- ': a place not in capitals is a
#: dateline only with a whole date, year and all (else 'Berlin, Germany — …' is a sentence).
_DATED_PLACE = re.compile(
    r"^(?P<place>[A-ZА-ЯЄІЇҐ][\w.'’/-]+(?: [A-ZА-ЯЄІЇҐ][\w.'’/-]+){0,2}"
    # (several places: 'Baku / Astana / Tashkent, 30 September 2025 —')
    r"(?:\s+/\s+[A-ZА-ЯЄІЇҐ][\w.'’-]+(?: [A-ZА-ЯЄІЇҐ][\w.'’-]+)?){0,4})"
    r"(?:,\s+[A-ZА-ЯЄІЇҐ][\w .'-]{1,30})?,"
    # '14 February 2025', 'March 3, 2025', '3 березня 2025', '25/09/2025' (day first)
    r"\s+(?P<date>\d{1,2} [A-Za-zа-яєіїґ]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4}|"
    r"\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*\((?P<agency>[^)]+)\))?\s*(?:--|[-–—])\s*"
)
#: Capitals with a word no name has, then a dash: a section's kicker, not a speaker.
_KICKER = re.compile(
    r"^(?=[A-Z' ]*\b(?:THE|TO|OF|ON|IN|AND|WE|WE'RE|WHAT|WHY|HOW|IT|IS|ARE|FOR|NEXT|NOW)\b)"
    r"[A-Z][A-Z .'’/-]{2,40}?\s*(?:--|[-–—])\s*"
)
#: A clip played in a broadcast's transcript, the speaker named in it, the words on the
#: lines after: '[CLIP - KHALID AL-ENEZI, DIRECTOR-GENERAL, NATIONAL CYBER SECURITY CENTER]'
_CLIP = re.compile(
    r"^\[(?:(?:ARCHIVE|AUDIO|VIDEO)\s+)?(?:CLIP|SOUNDBITE|SOUND BITE|AUDIO|VIDEO|SOT|RECORDING)"
    r"(?:\s+(?:OF|FROM))?\s*[-–—:]?\s*(?P<who>[^\]]{2,160})\]$",
    re.I,
)
#: A message in a chat's export, the time it was sent, who sent it, the words:
#: '[11/06/2024, 02:14] Stavros K.: …', '[09:41] Ana: …', '03/09/2024, 19:52 - Nikos P.: …'
_CHAT_LINE = re.compile(
    r"(?:\[(?:(?P<day>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}),?\s+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?\]"
    r"|(?P<day2>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}),?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s+[-–])"
    r"\s*(?P<who>[^:\[\]“”\"]{1,40}?):\s+(?P<words>\S.*)$"
)
_LABEL = re.compile(
    r"^(?P<label>Source|Details|More details|Quote|Background|Context|"
    # a fact-check's rating of a claim: no one's words
    r"Verdict|Rating|Ruling|Our ruling)\s*:\s*",
    re.I,
)
#: A fact-check's claim, the quotation under its label: 'CLAIM 1: “…”', 'The claim: "…"'
_CLAIM = re.compile(r"^(?:the\s+)?claim(?:\s+\d{1,2})?\s*:\s*(?=[“\"«„‘])", re.I)
#: ... and who made it, on the line under it: 'Who said it: Valdis Krūmiņš, leader of …'
_CLAIMED_BY = re.compile(
    r"^(?:who\s+said\s+it|said\s+by|claimed\s+by|claim\s+by|made\s+by)\s*:\s*(?P<who>\S.*)$",
    re.I,
)


#: A list's heading that sums the story up: 'Key points', 'At a glance'
_SUMMARY_HEAD = re.compile(
    r"(?i:key points|key facts|at a glance|in brief|in short|summary|highlights|the latest)"
    r"\s*:?$"
)


@dataclass
class Paragraph:
    """A paragraph of body text, and how the article marked it."""

    text: str
    # "quote" for a Quote: block, "claim" for a fact-check's, "chat" for a chat's message
    # (its sender the attribution), "background", "details", ""
    label: str = ""
    attribution: str = ""  # for a quoted block: the "– a diplomat quoted by …" line
    said_on: str = ""  # for a chat's message: the day it was sent ('on 11 June 2024')
    standfirst: bool = False  # the summary under the headline, before the byline


@dataclass
class Article:
    """The parts of a pasted article that the extractor reads."""

    title: str = ""
    published: str | None = None  # EDTF, from the dateline or a "Published" line
    source_line: str = ""  # "The Telegraph" from "Source: The Telegraph"
    paragraphs: list[Paragraph] = field(default_factory=list)
    masthead: str = ""  # 'BLACK SEA MONITOR | Interview': the publication's line on top
    #: a programme's credits above the body ('Presenter: Akosua Frimpong'): who asks
    credits: str = ""
    captions: str = ""  # a picture's captions, which name people in full


#: A party and a home set after a name, as American papers do: ', D-Essex,', ', R-Ky.,'
_PARTY_AFTER = re.compile(r"(?<=[a-z]), [DRI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?(?=,)")
_HANDLE_ASIDE = re.compile(r" ?\(@\w{1,30}\)")


def _tidy(line: str) -> str:
    """The line with each run of whitespace one space, none at either end (most lines
    are so already: looked at first, as splitting every word out is slow)."""
    # every whitespace character but the space is unprintable: isprintable() finds them
    if line[:1] == " " or line[-1:] == " " or "  " in line or not line.isprintable():
        return " ".join(line.split())
    return line


def read_article(text: str, today: date | None = None) -> Article:
    """Split pasted text into headline, published date and paragraphs."""
    text = spoken_marks(curly_singles(text.replace("\r", "")))
    if (", D-" in text or ", R-" in text or ", I-" in text) and _PARTY_AFTER.search(text):
        # 'state Sen. Darnell Okafor, D-Essex, called the veto …': the name, then its verb
        text = _PARTY_AFTER.sub("", text)
    if "(@" in text:
        # a handle set after a name: 'Activist Wanjiru Kamau (@wanjiru_speaks), …' is Kamau
        text = _HANDLE_ASIDE.sub("", text)
    if "**" in text or "__" in text:
        # markdown's bold ('**Tsahkna:** Nobody asked us'): the words, not the marks
        text = text.replace("**", "").replace("__", "")
    raw_lines = text.split("\n")
    set_in = post_embeds(indented_blocks(indented_paragraphs(raw_lines)))
    lines = signed_lines(unmarked_blocks(unwrap([_tidy(line) for line in set_in])))
    article = Article()
    # A headline is a short first line with more text after it, not a sentence.
    wants_title = len([line for line in lines if line]) >= 2
    top = top_block(lines) if wants_title else set()
    body_started = False
    open_quote: Paragraph | None = None  # a quotation running over several lines
    open_lines: list[str] = []
    pending = ""  # the label of a line of its own ('Quote:'), for the line after it
    clip_by = ""  # who speaks in the clip a '[CLIP - …]' line announces
    summing_up = False  # under 'Key points': bullets that sum the story up, as a standfirst
    for index, line in enumerate(lines):
        if not line:
            continue
        if open_quote is not None:
            # kept as a list of lines: adding to one growing string is quadratic
            open_lines.append(line)
            if line.rstrip(".,").endswith(QUOTE_PAIRS[open_quote.text[0]]):
                open_quote.text = "\n".join(open_lines)
                open_quote = None
            continue
        summary_head = _SUMMARY_HEAD.match(line) is not None
        summing_up = summing_up or summary_head
        if wants_title and not body_started:
            if index in top or (index == 0 and (line.isupper() or "|" in line) and len(lines) > 2):
                # a masthead, a section line, the edition's date above the headline
                article.masthead = article.masthead or line
                if len(line) < 120:
                    article.published = article.published or top_date(line, today)
                continue
            if BREADCRUMB.fullmatch(line) or (
                index + 2 < len(lines)
                and BREADCRUMB.fullmatch(lines[index + 2] or lines[index + 1])
                and len(line) < 40
            ):
                # 'News › Environment', and the paper's name above it: no headline
                article.masthead = article.masthead or line
                continue
            dated = top_date(line, today) if "|" in line and len(line) < 120 else None
            if dated and headline_after(lines, index):
                # 'Bonn talks | Thursday 18 June 2026' under the masthead, the headline next:
                # a section's line and its date
                article.masthead = article.masthead or line
                article.published = article.published or dated
                continue
            if (
                (line.isupper() or SECTION_WORD.fullmatch(line))
                and len(line) < 30
                and headline_after(lines, index)
                and len(next(x for x in lines[index + 1 :] if x)) > 2 * len(line)
            ):
                continue  # a section's label: 'INTERVIEW', 'FACT CHECK', 'Politics'
            if len(line) < 120 and (line.startswith("By ") or line.count("|") > 1 and not dated):
                # a newsletter's byline and date, or its bar of links: no headline
                article.published = article.published or dated
                continue
            wants_title = False
            if len(line) < 200 and not line.endswith((".", ":")):
                article.title = line
                if dated:  # 'Polish politics, decoded | Monday 15 September 2025 | No. 87'
                    article.published = article.published or dated
                continue
        if furniture(line):
            article.captions += f"{line}\n" if CAPTION.match(line) else ""
            continue  # ('Read more: ‘It’s a crisis’: inside …': a link to another story)
        when = date_line(line, today) if not body_started and len(line) < 120 else None
        if when:
            # 'Politics | Thursday 13 November 2025', 'Published: 9 June 2025, 14:02 |
            # Updated: …', a line of the date alone ('21 August 2025' under the byline)
            article.published = article.published or when
            continue
        short = len(line) < 80 and line[-1:] not in ".!?:”\"»'"
        if not body_started and short and not _LABEL.match(line):
            if _CREDIT.match(line):
                article.credits += line + "\n"
            continue  # kickers, section names, edition lines
        if not body_started and article.title and byline_or_date_next(lines, index, today):
            # the standfirst under the headline, the byline and its date after it: read as
            # text, though the date line that follows still dates the article
            article.paragraphs.append(Paragraph(line, standfirst=True))
            continue
        # (a place in lower case with a whole date only where the body starts)
        dateline = (
            (_DATELINE.match(line) or (None if body_started else _DATED_PLACE.match(line)))
            if line[:1].isupper()
            else None
        )
        kicker = _KICKER.match(line) if dateline and not dateline["date"] else None
        if kicker and body_started:
            # a newsletter's section in capitals ('DRIVING THE DAY — '): no speaker's name
            line = line[kicker.end() :]
        # A dateline with no date opens the body only: later, capitals and a
        # dash may be a transcript's speaker ("SMITH — I think …"), unless a wire's name
        # says it is one (a roundup's 'ROTTERDAM (Newswire) — ')
        if dateline and (dateline["date"] or dateline["agency"] or not body_started):
            if dateline["date"]:
                article.published = article.published or date_from(dateline["date"], today)
            line = line[dateline.end() :]
        body_started = True
        label, pending = pending, ""
        chat = _CHAT_LINE.match(line) if line[:1] == "[" or line[:1].isdigit() else None
        if chat and not (chat["day"] or chat["day2"]) and chat["who"].isupper():
            # '[00:00:20] ALI KHAN: …': a recording's time stamp on a transcript's turn
            line, chat = line[line.index("]") + 1 :].strip(), None
        if chat:
            # a chat's export: '[11/06/2024, 02:14] Stavros K.: Switch off the box …'
            sent = day_in_words(chat["day"] or chat["day2"] or "")
            article.paragraphs.append(Paragraph(chat["words"], "chat", chat["who"], sent))
            continue
        clip = _CLIP.match(line) if line[:1] == "[" else None
        if clip:
            pending, clip_by = "quote", clip["who"].strip()
            continue
        m = _LABEL.match(line)
        if m:
            label = m["label"].lower()
            line = line[m.end() :]
            if label == "source":
                article.source_line = re.split(r",| citing ", line)[0].strip()
                continue
            if not line:
                # 'Quote:' on a line of its own: the block is on the lines after it
                pending = "quote" if label == "quote" else ""
                continue
        claimed = _CLAIMED_BY.match(line) if line[:1] in "WSCMwscm" else None
        if claimed and article.paragraphs and _quotation_alone(article.paragraphs[-1]):
            # a fact-check's claim, then 'Who said it: …': its speaker, as a signature
            article.paragraphs[-1].attribution = claimed["who"]
            continue
        claim = _CLAIM.match(line) if line[:1] in "CcTt" else None
        if claim:
            line, label = line[claim.end() :], "claim"
        signed = _SIGNATURE.match(line) if line[:1] in "-–—" else None
        if signed and article.paragraphs and _quotation_alone(article.paragraphs[-1]):
            # '“…”' then '- Bernie Sanders.': a digest signs a quotation on the next line
            article.paragraphs[-1].attribution = signed["who"]
            continue
        if signed and article.paragraphs and article.paragraphs[-1].label == "quote":
            # a 'Quote:' block, then '- Dr. Ana Lind, Chair of the Review'
            article.paragraphs[-1].attribution = signed["who"]
            continue
        if (
            article.paragraphs
            and article.paragraphs[-1].label == "quote"
            and not article.paragraphs[-1].attribution
            and lines[index - 1]  # (right under it, no blank line between)
            and _signs_block(line)
        ):
            # a release's 'Quote:' block, then 'Governor Dr Tangeni Shikongo' under it
            article.paragraphs[-1].attribution = line
            continue
        bullet = line.startswith(("- ", "• ", "* "))
        if bullet:
            line, label = line[2:], "background"
        if (
            line[:1] in ("–", "—")
            and article.paragraphs
            and article.paragraphs[-1].label == "quote"
        ):
            article.paragraphs[-1].attribution = line.lstrip("–— ")
            continue
        if line[:1].isdigit():
            line = _STAMP_FIRST.sub("", line)  # a live blog's '17:45 — Finance Minister …'
        paragraph = Paragraph(line, "quote" if label == "quote" else label)
        paragraph.standfirst = summing_up and bullet
        summing_up = summing_up and (bullet or summary_head)
        if label == "quote" and clip_by:
            paragraph.attribution, clip_by = clip_by, ""
        article.paragraphs.append(paragraph)
        if paragraph.label == "quote" and not _closes(line):
            open_quote, open_lines = paragraph, [line]
    if open_quote is not None:
        open_quote.text = "\n".join(open_lines)
    texts = [p.text for p in article.paragraphs]
    unbulleted = without_bullets(texts)
    if unbulleted is not texts:  # (the same list when no paragraph opens on a dash)
        for paragraph, words in zip(article.paragraphs, unbulleted, strict=True):
            paragraph.text = words
    if article.published is None:
        # a date line the reading above took for something else: a hard-wrapped top run
        # into one paragraph, a date under a breadcrumb ('5.3.2026 at 06:30 | Updated …')
        for raw in raw_lines[:12]:
            when = date_line(_tidy(raw), today) if len(raw) < 120 else None
            if when:
                article.published = when
                break
    return article


def _signs_block(line: str) -> bool:
    """A short line that is a person's name and title, no sentence: 'Governor Dr Tangeni
    Shikongo', 'Ana Lind, Chair of the Review'."""
    if len(line) > 90 or line[-1:] in '.!?:”"»' or not line[:1].isupper():
        return False
    name = person_name(line.split(",")[0])
    return name is not None and looks_like_person(name)


#: A dash and a few words that start with a capital: '- Sanders.', '—Ana Lind, mayor'.
_SIGNATURE = re.compile(r"^[-–—]\s?(?P<who>[A-Z][^“”\"«»]{1,100}?)\.?$")


def _quotation_alone(paragraph: Paragraph) -> bool:
    """Is the paragraph a quotation and nothing else ('“…”', '"…"')?"""
    text = paragraph.text
    return (
        paragraph.label in ("", "claim")
        and not paragraph.attribution
        and text[:1] in QUOTE_PAIRS
        and text.rstrip()[-1:] == QUOTE_PAIRS[text[0]]
        and len(text.split()) >= 3
    )


def _closes(text: str) -> bool:
    """Does a quotation opened at the start of ``text`` close in it?"""
    opener = text[:1]
    closer = QUOTE_PAIRS.get(opener)
    if closer is None:
        return True
    return text.rstrip().rstrip(".,").endswith(closer) and len(text) > 1
