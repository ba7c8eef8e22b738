"""The lines above an article's body: a masthead and its section or date, a breadcrumb,
the headline, a byline, a live blog's time stamps, links to other stories. article.py
reads the page with them."""

from __future__ import annotations

import re
from datetime import date

from .date_lines import DATE_IN_LINE

#: A byline alone: 'By Ana Berg', 'By Tom Hale and Eva Moss'
BYLINE = re.compile(r"^By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)*(?:,? and [A-Z][\w.'’ -]+)?$")
#: A live blog's time stamp on a line of its own: '18:05', '9.40 GMT'
TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:CET|CEST|GMT|BST|UTC))?$")
#: A link to another story in the page: 'Read more: …', 'RELATED: …', 'See also: …', or
#: to the page's media, a short line with no stop: 'Interactive: Check sewage spills at
#: your local beach', 'Watch: …', 'In pictures: …'
RELATED_LINK = re.compile(
    r"(?i:read more|read also|also read|related|see also)\s*[:|›»]"
    r"|(?i:interactive|watch|listen|video|in pictures|podcast|explainer|quiz)\s*[:|›»]"
    r"(?=[^\n]{1,100}$)(?![^\n]*[.:]$)"
)
#: A note on where the piece first ran, at its foot: 'This report by The Dominion
#: Newswire was first published Aug. 27, 2026.', 'This story was originally published by …'
PUBLISHED_NOTE = re.compile(
    r"(?:This|The) (?:report|story|article|piece)\b[^.]{0,80}?\bwas (?:first |originally )?"
    r"(?:published|posted)\b[^\n]{0,100}$"
)

#: A picture's caption: 'Photo: Local 412 members line up …', '[PHOTO: … arrives at the
#: courthouse on Tuesday.', '[Image: …', 'Main image: …'
CAPTION = re.compile(
    r"\[?(?:(?:Main|Top|Lead) (?:image|photo)|Photo(?:graph)?|PHOTO|Image|IMAGE|Picture|"
    r"Pictured|Caption|CAPTION)\s*[:|]"
)
#: An editor's note on the piece itself: 'This article was updated at 15:05 UTC to …',
#: 'Correction, Nov. 27, 16:30: An earlier version of this article misstated …'
EDITORS_NOTE = re.compile(
    r"(?:This|The) (?:report|story|article|piece)\b[^.]{0,40}?\b(?:was|has been) "
    r"(?:updated|corrected|amended)\b"
    r"|(?:Update[ds]?|UPDATE[DS]?|Correction|CORRECTION|Clarification|Editor['’]s note)\b"
    r"[^\n]{0,40}?:\s.*\b(?:(?:[Tt]his|[Tt]he) (?:article|story|report|piece)|earlier version)\b"
)


def furniture(line: str) -> bool:
    """Is the line the page's, not the story's: a live blog's time stamp, a byline, a
    link to another story, a note on where the piece first ran, a picture's caption, an
    editor's note on the piece?"""
    return bool(
        TIMESTAMP.match(line)
        or BYLINE.match(line)
        or RELATED_LINK.match(line)
        or (line.startswith("Th") and PUBLISHED_NOTE.match(line))
        or (line[:1] in "PICMTL[" and CAPTION.match(line))
        or (line[:1] in "TUCE" and EDITORS_NOTE.match(line))
    )


#: How long a piece takes to read, as a page's top line gives it: '14-minute read'
READ_TIME = re.compile(r"\b\d{1,3}[- ]?(?:minute|min)s?\.?\s+read\b", re.I)
_EDITION = re.compile(r"^.{2,50}\s[-–—]\s(?:[\w'’]+\s){0,2}[Ee]dition$")
_MASTHEAD_DASH = re.compile(r"[A-Z][A-Z0-9 .&'’]{3,}\s+[-–—]\s+\S")


def top_block(lines: list[str]) -> set[int]:
    """The lines of a block above the headline that only say where and when: 'THE ASIA
    LEDGER | Defence & Diplomacy' then 'Wednesday, 8 October 2025', or 'Iberia Business
    Post - English edition' then 'COURTS | Wednesday 25 February 2026', then a blank line
    and the headline. Empty when the first block holds no such line or nothing follows."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return set()
    end = next((i for i in range(first, len(lines)) if not lines[i]), len(lines))
    block = range(first, end)
    after = next((i for i in range(end, len(lines)) if lines[i]), None)
    if (
        after is None
        or len(block) > 4
        or len(lines[after]) >= 200
        or lines[after][-1:] in ".:"  # a newsletter's greeting, no headline: keep the block
    ):
        return set()
    placing = [
        i
        for i in block
        if "|" in lines[i]
        or (lines[i].isupper() and len(lines[i]) < 60)
        or _MASTHEAD_DASH.match(lines[i])  # 'ASIAN MONEY WEEKLY - Central Banks'
        or _EDITION.search(lines[i])  # 'La Voz del Litoral — English edition'
        or (DATE_IN_LINE.fullmatch(lines[i].strip(" ,")) is not None)
        # a date, then the time or the segment: 'Wednesday 3 June 2026, 7:10 a.m. segment'
        or (len(lines[i]) < 60 and DATE_IN_LINE.match(lines[i]) is not None)
        # (and how long it takes to read: 'March 2026 · 14-minute read', '6 min read')
        or (len(lines[i]) < 60 and READ_TIME.search(lines[i]) is not None)
        # (a section's one-word label under the masthead: 'The Waikato Record' / 'Health')
        or (i > first and SECTION_WORD.fullmatch(lines[i].strip()) is not None)
    ]
    if any(len(lines[i]) > 80 for i in block) or not placing:
        return set()
    if placing[-1] == block[-1]:
        between = [i for i in block if i not in placing]
        if len(between) == 1 and placing[0] < between[0] and lines[between[0]][-1:] not in ".:":
            # 'THE MAJLIS BRIEFING - Episode 147' / 'Locked out: inside the port hack' / 'Gulf
            # Monitor Podcasts | Released Tuesday 19 August 2025': the headline between
            return set(placing)
        return set(block)  # the block's last line says where or when: the headline next
    if placing[0] == block[0] and all(_SECTION.fullmatch(lines[i]) for i in block[1:]):
        return set(block)  # 'THE MAPLE HEALTH REPORT' over 'Drugs & Devices': its section
    return set()


#: A section's name under a masthead: a few words, no sentence ('Local News', 'Analysis').
_SECTION = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:&|and|[A-Z][\w&'’.-]*)){0,3}")
#: A breadcrumb of sections: 'News › Environment', 'World > Europe'.
BREADCRUMB = re.compile(r"[A-Z][\w&'’ .-]{1,30}(?:\s+[›»>/]\s+[A-Z][\w&'’ .-]{1,30})+")


#: A section's label in one word: 'Politics', 'Business', 'World'
SECTION_WORD = re.compile(
    r"Politics|Business|World|Sports?|Opinion|Technology|Tech|Health|Science|Culture|Economy|"
    r"Markets|Money|News|Environment|Climate|Education|Europe|Asia|Africa|Americas|Local|"
    r"Regional|Entertainment|Lifestyle|Travel|Analysis|Energy|Courts|Crime|Transport"
)


_POSTED = re.compile(r"\b(?:Posted|Published|Updated)\b")


def byline_or_date_next(lines: list[str], index: int, today: date | None) -> bool:
    """Does a byline or a line of the date come among the next few lines with words
    ('By Tom Heseltine, Environment Correspondent' then 'Friday 7 February 2025')?"""
    after = [lines[i] for i in range(index + 1, min(len(lines), index + 6)) if lines[i]][:2]
    return any(
        line.startswith("By ")
        and len(line) < 100
        or (DATE_IN_LINE.search(line) is not None and len(line) < 60)
        # ('Kristen Ahn · NBN News · Posted: Jan 21, 2026 4:00 AM ET | Last Updated: …')
        or (_POSTED.search(line) is not None and len(line) < 160 and DATE_IN_LINE.search(line))
        # ('The Northern Post | Sport | Thu 21 May 2026 | Last updated 17:42 BST')
        or ("|" in line and len(line) < 120 and DATE_IN_LINE.search(line) is not None)
        for line in after
    )


def headline_after(lines: list[str], index: int) -> bool:
    """Is the next line with words after ``index`` a headline (short, no sentence's or
    greeting's end), with text after it?"""
    after = [i for i in range(index + 1, min(len(lines), index + 8)) if lines[i]]
    return (
        len(after) >= 2
        and len(lines[after[0]]) < 200
        and lines[after[0]][-1:] not in ".:,!"
        and "|" not in lines[after[0]]
    )
