"""Other ways of writing down what people said, turned into the shape the
reader knows: hard-wrapped plain text, a block set in by spaces under a lead-in
('It reads:'), British straight single quotes ('…,' he said) and dash-introduced
dialogue ("— …, — he said."). Transcripts and
interviews ("NAME: …", "Q: … A: …") are interviews.py."""

from __future__ import annotations

import re

_WRAP_MIN, _WRAP_MAX = 45, 80
_ENDS = '.!?:”"»'


def indented_paragraphs(lines: list[str]) -> list[str]:
    """The raw ``lines`` with a blank line before each paragraph that a wire marks by
    setting its first line in ('   HANOI, Aug 21 (Mekong Newswire) - …' under the last
    line of the paragraph before), when the text marks paragraphs so three times or more."""
    starts = [
        i
        for i in range(1, len(lines))
        if lines[i][:1] == " "
        and lines[i].strip()
        and lines[i - 1].strip()
        and lines[i - 1][:1] not in (" ", "\t")
    ]
    if len(starts) < 3:
        return lines
    out: list[str] = []
    at = 0
    for i in starts:
        out += lines[at:i]
        out.append("")
        at = i
    return out + lines[at:]


def indented_blocks(lines: list[str]) -> list[str]:
    """The raw ``lines`` with each block set in by four spaces or a tab under a lead-in
    that ends in a colon ('In its conclusions, the audit office is blunt:') made one
    'Quote:' line, its wrapped lines (and paragraphs) joined."""
    if not any(line[:1] == "\t" or line[:4] == "    " for line in lines):
        return lines  # (a first look: most text sets nothing in)
    out: list[str] = []
    block: list[str] = []
    lead = ""  # the last line with words, before the blank one
    for line in lines:
        indented = (line[:1] == "\t" or line[:4] == "    ") and bool(line.strip())
        if indented and (block or (lead.endswith(":") and out and not out[-1].strip())):
            block.append(line.strip())
            continue
        if block and not line.strip():
            block.append("")  # a paragraph of the block ends; more may be set in after it
            continue
        if block:
            out.extend([*_block_lines(block), ""])
            block = []
        out.append(line)
        if line.strip():
            lead = line.strip()
    if block:
        out.extend(_block_lines(block))
    return out


def _block_lines(block: list[str]) -> list[str]:
    """A block set in as a 'Quote:' line, and the signature it ends on, if any, on the
    line under it ('— Harriet Okonjo-Blake, Editor-in-Chief')."""
    words = [w for w in block if w]
    signed = words[-1] if len(words) > 1 and words[-1][:1] in "—–" and len(words[-1]) < 120 else ""
    if signed:
        words = words[:-1]
    return ["Quote: " + " ".join(words), *([signed] if signed else [])]


#: Where posts are put for all to read ('wrote on Telegram', a post pasted from X)
PLATFORMS = (
    "Telegram", "X", "Twitter", "Facebook", "Instagram", "TikTok", "LinkedIn", "Threads",
    "Bluesky", "Truth Social",
)  # fmt: skip
#: A lead-in that ends on its writer and the verb of the words under it: 'Further down
#: the same email, she wrote:', 'The message reads in full:', 'The letter's central
#: passage reads:', 'The note continued:' (not 'Worth a read:')
_WRITES_THEN_COLON = re.compile(
    r"(?:\b(?:he|she|they|it|I|we|It)|\b[A-Z][\w'’-]+|\b(?:email|e-mail|letter|message|memo|"
    r"note|post|text|passage|section|paragraph|excerpt))"
    # ('The email, headed ‘…’, goes on:': an aside before the verb)
    r"(?:,\s+[^,:]{2,120},)?\s+(?:wrote|writes|reads|stated|"
    r"states|posted|posts|continued|continues|concluded|concludes|goes on|went on)"
    r"(?:\s+(?:in\s+(?:part|full)|back|again|on\s+(?:" + "|".join(PLATFORMS) + r")))?:$"
)
#: Words that speak for themselves: 'We will not contest …', 'I would ask you …'
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")
#: Quotation marks (British ‘ too, for a paragraph that holds no quotation at all)
_MARK_CHARS = '“”"«»„'
_ANY_MARK = re.compile(f"[{_MARK_CHARS}‘]")


#: A quotation signed after a dash on its own line, under a heading in capitals:
#: 'QUOTE OF THE DAY: “Farmers can count.” — Irish Finance Minister Ciarán Dolan, at …'
_SIGNED_INLINE = re.compile(
    r"^[A-Z][A-Z'’ ]{2,40}:\s+(?P<quote>[“\"][^“”\"]{2,600}[”\"])"
    r"\s+(?P<sign>[—–]\s+[A-Z].{2,150})$"
)


def signed_lines(lines: list[str]) -> list[str]:
    """Lines with a heading, a quotation and its signature after a dash split in two, the
    quotation and its signature (read as a signature on the line under it)."""
    out: list[str] = []
    for line in lines:
        m = _SIGNED_INLINE.match(line) if " —" in line or " –" in line else None
        out.extend((m["quote"], m["sign"]) if m else (line,))
    return out


def unmarked_blocks(lines: list[str]) -> list[str]:
    """The raw ``lines`` with a paragraph that a lead-in ending in 'she wrote:', 'It
    reads:' or 'she posted on Instagram:' sets under it, in the first person and with no
    quotation marks of its own, made a 'Quote:' line (its lines one): the words of the
    email, letter or post the lead-in names."""
    if not any(line.endswith(":") for line in lines):
        return lines  # (a first look: most text has no such lead-in)
    out = list(lines)
    for i, line in enumerate(lines):
        if not line.endswith(":") or not _WRITES_THEN_COLON.search(line):
            continue
        at = i + 1 if i + 1 < len(lines) and lines[i + 1].strip() else i + 2
        end = at  # (a post of several lines, no blank line between: 'she posted:' then 3)
        while end < min(len(lines), at + 12) and lines[end].strip():
            end += 1
        block = lines[at:end]
        words = " ".join(part.strip() for part in block)
        if (
            words[:1].isupper()
            and not any(part.endswith(":") for part in block)
            and not words.startswith("Quote: ")  # (a block set in, made one already)
            and not _ANY_MARK.search(words)
            and _FIRST_PERSON.search(words)
        ):
            out[at : at + len(block)] = ["Quote: " + words] + [""] * (len(block) - 1)
    return out


_PLATFORMS = "(?:" + "|".join(PLATFORMS) + ")"
#: The head of a post pasted from a platform: 'Dr Kwabena Asante-Mensah @KAsanteMensah ·
#: Oct 6' (X: a handle and the post's date), 'KRAKEN-GH (Telegram, 5 Oct, 23:14)'
_POST_HEAD = re.compile(
    r"^(?P<who>[A-Z][^@()“”\":.|·•]{1,60}?)\s+(?:"
    r"@\w{2,30}\s*[·•]\s*(?:\d{1,2}\s+[A-Z][a-z]{2}|[A-Z][a-z]{2}\s+\d{1,2}|\d{1,2}[hm])"
    r"[\w ,.:]{0,20}"
    rf"|\((?P<platform>{_PLATFORMS})(?:,[^)]{{1,40}})?\))$"
)
#: What heads a line of a page's furniture, no poster: 'By Ann Lee @annlee',
#: 'Follow her on X', 'Photograph: @annlee_photo'
_NO_POSTER = re.compile(
    r"(?:By|Follow|Share|Photo|Photograph|Image|Credit|Posted|Read|Watch|Listen|Subscribe|"
    r"Email|Sign|Via|Source)\b"
)


def post_embeds(lines: list[str]) -> list[str]:
    """The raw ``lines`` with a post pasted from a platform, its head line and its text
    under it (to the next blank line), made a 'Quote:' line signed by who posted it,
    where ('— KRAKEN-GH, on Telegram'): the words of a post are the poster's, on the
    record."""
    if not any("@" in line or "(" in line for line in lines):
        return lines  # (a first look: most text pastes no post)
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _POST_HEAD.match(lines[i].strip()) if len(lines[i]) < 120 else None
        end = i + 1
        while head and end < len(lines) and lines[end].strip():
            end += 1  # the post runs to the next blank line
        post = " ".join(line.strip() for line in lines[i + 1 : end])
        if (
            head
            and post
            and not _NO_POSTER.match(head["who"])
            and not _POST_HEAD.match(lines[i + 1].strip())
            and not post.endswith(":")
            # (its quotation marks closed: a quotation left open would take the signature)
            and post.count('"') % 2 == 0
            and post.count("“") == post.count("”")
        ):
            where = head["platform"] or "X"
            out += [f"Quote: {post}", f"— {head['who'].strip()}, on {where}"]
            i = end
            continue
        out.append(lines[i])
        i += 1
    return out


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs (blank lines part them).

    Text is taken as hard-wrapped when most of its lines run on into the next
    one at a similar width, as e-mail and plain-text wires do."""
    nonempty = sum(1 for line in lines if line)
    running = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        # a wrapped line mostly breaks inside a sentence: one-sentence lines that
        # happen to be short are paragraphs
        if a and b and _WRAP_MIN <= len(a) <= _WRAP_MAX and a[-1] not in _ENDS
    )
    if nonempty < 6 or running < 0.5 * nonempty:
        return _join_run_ons(lines)
    out: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        if line:
            current.append(line)
        elif current:
            out.extend([" ".join(current), ""])
            current = []
    return out


def _join_run_ons(lines: list[str]) -> list[str]:
    """A few wrapped lines: a line that stops mid-sentence (no stop, a word at its end)
    runs on into a next line that opens in lower case ('Lind said the' / 'plan was')."""
    runs: list[list[str]] = []  # joined once at the end: a growing string is quadratic
    for line in lines:
        if runs and runs[-1][-1] and _OPENS_LOWER.match(line) and _RUNS_ON.search(runs[-1][-1]):
            runs[-1].append(line)
        else:
            runs.append([line])
    return [" ".join(run) for run in runs]


_OPENS_LOWER = re.compile(r"[a-zà-öø-ÿа-яёєії]")
_RUNS_ON = re.compile(r"[\w,]$")


#: A straight single quote opening a quotation: at a word's start, before a letter.
_SINGLE_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=[^\W\d_])", re.M)
#: A straight single quote closing one: after a word or a stop, before a space or a stop
#: (not a plural's apostrophe before a noun: 'the farmers' union').
_SINGLE_CLOSES = re.compile(r"(?<=[^\s'])'(?=[\s.,;:!?)\]—–-]|$)(?<!s'(?=\s[a-z]))", re.M)
#: A whole quoted sentence in straight single quotes: 'We will not be ready,' …
_SINGLE_QUOTED = re.compile(r"(?:^|\s)'[A-Z][^'\n]{3,}?[,.!?]'(?=\s|$)", re.M)
_DOUBLE_MARKS = ('"', "“", "”", "«", "»", "„")


def curly_singles(text: str) -> str:
    """An article quoting in straight single quotes, as British papers do ('We will
    not be ready,' she said), with those marks curly (‘…’), the way the reader knows;
    apostrophes stay as written. Unchanged where the article quotes with double marks, or
    with two single ones (''…'', as the New York Times does)."""
    if "'" not in text or "''" in text:
        return text
    doubles = any(mark in text for mark in _DOUBLE_MARKS)
    if doubles and len(_SINGLE_QUOTED.findall(text)) < 2:
        return text  # it quotes with double marks
    if not _SINGLE_QUOTED.search(text):
        return text  # its straight single quotes are apostrophes only
    chars = list(text)
    at = 0
    pairs: list[tuple[int, int]] = []
    for opener in _SINGLE_OPENS.finditer(text):
        if opener.start() < at:
            continue  # inside the last quotation
        line_end = text.find("\n", opener.end())
        closer = _SINGLE_CLOSES.search(text, opener.end(), len(text) if line_end < 0 else line_end)
        if closer is None:
            continue  # ('em, 'tis: an apostrophe after all; a quotation ends in its paragraph
        # only the pair: the apostrophes between ('don't') stay as written
        chars[opener.start()], chars[closer.start()] = "‘", "’"
        pairs.append((opener.start(), closer.start()))
        at = closer.end()
    if doubles and not _doubles_inside(text, pairs):
        return text  # double marks of its own: the single ones are inside them
    return "".join(chars)


#: A quotation announced aloud, as a transcript has it: 'needed to, quote, “broaden …”',
#: 'was, his words, “declaring war …”', 'called it, quote-unquote, “…”'
_SPOKEN_MARK = re.compile(
    r",?\s+(?:quote(?:[-, ]+unquote)?|and I quote|(?:in\s+)?(?:his|her|their|its)\s+"
    r"(?:own\s+)?words),\s+(?=[“\"‘])"
)
_UNQUOTE = re.compile(r"(?<=[”\"’]),?\s+(?:end quote|unquote)\b,?")


def spoken_marks(text: str) -> str:
    """The text without the words a transcript says a quotation with ('…, quote, “…”',
    '…, his words, “…”', '“…” unquote'): the quotation goes on the clause before it."""
    if "quote," not in text and "quote-" not in text and " words, " not in text:
        return text  # (a first look: most text says none)
    return _UNQUOTE.sub("", _SPOKEN_MARK.sub(" ", text))


def _doubles_inside(text: str, pairs: list[tuple[int, int]]) -> bool:
    """Is every double mark in ``text`` inside a single-quoted pair, or in a paragraph
    that a single quote opens ('The minister calls it a "system of approvals". …', the
    British way: double marks inside single ones)?"""
    for m in re.finditer("|".join(_DOUBLE_MARKS), text):
        at = m.start()
        if any(a < at < b for a, b in pairs):
            continue
        start = text.rfind("\n", 0, at) + 1
        if text.startswith("'", start):
            continue
        return False
    return True


_DASH = re.compile(r"^[—–]\s*")
_MARKS = re.compile(f"[{_MARK_CHARS}]")
_DASH_SPLIT = re.compile(r"(?:,\s*|\s+)[—–]\s+")
#: Dialogue in the Spanish way: the tag between dashes glued to it, '—Nobody consulted
#: us —Governor Echeverría said on Wednesday—. What we will do is …'
_GLUED_TAG = re.compile(
    r"\s[—–](?P<tag>(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|they|the\s+[a-z]+)\s+"
    r"(?:said|says|told|asked|added|recalled|replied|insisted|explained|warned|dijo|afirmó|"
    r"agregó|añadió|señaló|explicó|recordó|sostuvo)\b[^—–]{0,120}?)[—–](?=[.,;:]?(?:\s|$))"
    r"[.,;:]?\s*"
)


def without_bullets(texts: list[str]) -> list[str]:
    """The paragraphs without a list's dashes: a dash before a paragraph is a bullet
    ('— “It's happening,” one senator said.', '— The Pentagon briefed …') unless the
    article writes dialogue with dashes ('— Not now, — he said.'), and even then where
    the paragraph has quotation marks of its own."""
    dashed = [t for t in texts if t.startswith(("—", "–"))]  # (a string test: most have none)
    if not dashed:
        return texts
    dialogue = any(
        (_DASH_SPLIT.search(t) or _GLUED_TAG.search(t)) and not _MARKS.search(t) for t in dashed
    )
    return [
        _DASH.sub("", t, count=1) if _DASH.match(t) and (not dialogue or _MARKS.search(t)) else t
        for t in texts
    ]


#: A dialogue's tag after its words, no dash between: ', says Maria Ciobanu, 71.',
#: ', Rusu says.', '? she asks.'
_TAG_VERBS = r"(?:says|said|asks|asked|adds|added|replies|replied|explains|recalls|insists|told)"
_INNER_TAG = re.compile(
    rf"(?:,|(?<=[?!]))\s+(?P<tag>(?:{_TAG_VERBS}\s+[A-Z][^.?!]{{1,100}}"
    rf"|(?:[A-Z][\w'’-]*|he|she|they|one|an?|the)(?:\s+[\w'’,-]+){{0,4}}?\s+{_TAG_VERBS}\b"
    r"[^.?!]{0,120})"
    r"[.?!]?)\s*$"
)


def dash_dialogue(text: str) -> str | None:
    """'— We will not give in, — he said. — Not now.' as quotation marks, or None."""
    if not _DASH.match(text):
        return None
    glued = _GLUED_TAG.search(text)
    if glued:
        # '—This is not a tax —Albarracín said—. If the provinces want …'
        said = _DASH.sub("", text[: glued.start()], count=1)
        after = text[glued.end() :].strip()
        mark = "" if said[-1:] in ",?!.…" else ","
        return f"“{said}{mark}” {glued['tag'].strip()}." + (f" “{after}”" if after else "")
    parts = _DASH_SPLIT.split(_DASH.sub("", text, count=1))
    inner = _INNER_TAG.search(parts[0])
    if inner:
        # '– We have had no heating, says Maria Ciobanu, 71. – The children are fine.':
        # the tag inside the first stretch, no dash before it
        parts = [parts[0][: inner.start()], inner["tag"], *parts[1:]]
    if len(parts) == 1:
        return f"“{parts[0]}”"
    speech, tag, *more = parts
    comma = "" if speech[-1:] in ",?!.…" else ","
    out = f"“{speech}{comma}” {tag}"
    if more:
        out += " “" + " ".join(more) + "”"
    return out
