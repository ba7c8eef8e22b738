"""The words before a quotation that belong to what was said: the clause it
finishes ('Ms. Berg is “not a backslapper,” Mr. Dahl said'), the clause around
its tag ('The golf trade, he said, is “doing much better”'), the phrase it opens
with ('If the law passes, “…,” she said'), the head of the sentence it ends ('The
truth is, Dahl added, “there are …”'), the thing a speaker called something
('called the board “rotten to the core”') or what her verb takes ('blamed the ban
on “…”'), and the words joining two quotations of one statement ('“…” because
“…”')."""

from __future__ import annotations

import re

from .blocks import ProposedQuote
from .clause_openings import FRONTED, MAIN_SUBJECT
from .text import RUN_ON, inner, words_at_least
from .verbs import REPORT

_LETTER = re.compile(r"[A-Za-z]")
#: Words before a quotation that it finishes: a clause, no tag or lead-in of its own.
_CLAUSE_HEAD = re.compile(r"^\s*[A-Z][^:;“”\"«»]{4,200}?[\w’']\s*$")
#: A phrase or clause that opens the sentence and ends on a comma before its quotation.
_LEAD_PHRASE = re.compile(r"\s*[A-Z][^:;“”\"«»]{2,200}?,\s*")
#: A condition or time clause, then a short tag: 'If the law passes, she said, '.
_IF_THEN_TAG = re.compile(
    r"\s*(?P<a>(?:If|When|Unless|Once|Until|After|Before)\s+(?![a-z]+(?:ing|ed)\b)[^,:;“”\"«»]{4,150}?),\s+"
    r"(?:he|she|they|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:said|says|added|adds|wrote|"
    r"writes|tweeted|argued|insisted|warned)\s*,\s*$"
)
_AS_FOR = re.compile(r"\s*(?:As for|As to|Whatever|Regardless of)\b")
#: A connective opening a sentence, and a short phrase fronted with its comma.
_CONNECTIVE_FIRST = re.compile(
    r"\s*(?:But|And|Yet|So|Still|Also|However|Indeed|Instead|Meanwhile)\b,?\s+"
)
_PHRASE_FIRST = re.compile(r"\s*(?:[A-Za-z][a-z]*)(?:\s+[\w'’-]+){0,3},\s+")
_MORE_FRONTED = re.compile(r"(?:behind|beyond|among|amid|unlike|like|of course)\b", re.I)
_TAG_INSIDE = re.compile(
    r"^\s*(?P<a>[A-Z][^:;“”\"«»]{3,150}?),\s+(?:(?:he|she|they|[A-Z][\w'’. -]{1,40}?)\s+(?:said|"
    r"says|added|adds|argued|argues|noted|insisted|contended|contends|maintained)"
    # inverted: 'Central banks, said Daniel Okafor of Regional Macro Partners, “…”'
    r"|(?:said|says|added|adds|argued|argues|noted)\s+[A-Z][^,;:“”\"«»]{1,80}?)\s*,\s+"
    r"(?P<b>[^:;“”\"«»]{0,150}?)\s*$"
)
#: '…, Nefzi said, adding, “…”': a participle that leads into the quotation, no clause.
_SPEECH_PARTICIPLE = re.compile(
    r"(?:adding|saying|noting|explaining|continuing|writing|warning|arguing)\s*[,:]?\s*"
)
#: 'As Lind puts it, the mayor wants …': the clause after an 'as … put it' tag.
_AS_PUT_CLAUSE = re.compile(
    r"\b[Aa]s\s+[^“”\"]{2,120}?\s+(?:put it|puts it|said|says|wrote|noted)[^,“”\"]{0,60},\s+"
    r"(?P<clause>[^“”\"«».!?;:,]{6,150})$"
)
_AS_TAGS = re.compile(r"\b(?:puts? it|said|says|wrote|noted)\b[^,]{0,60},")
#: A sentence's head, then a tag between commas right before its quotation.
_HEAD_THEN_TAG = re.compile(
    r"^\s*(?P<a>[A-Z][^:;“”\"«»]{3,200}?),\s+(?!(?:and|but|then|also)\s)[^,:;“”\"«»]{2,60}?"
    r"\b(?:said|says|added|adds|told|tells|argued|argues|noted|notes|wrote|writes|insisted|"
    r"insists|explained|continued|warned|predicted|tweeted)\b[^,:;“”\"«»]{0,40}?,\s*$"
)
#: 'called the board', 'calling him': the thing called what the quotation says.
_CALLED_OBJECT = re.compile(
    r"\b(?:called|calls|calling|dubbed|dubs|dubbing|labeled|labelled|labels|labeling|branded|"
    r"brands|branding|deemed)"
    r"\s+(?P<object>[^,:;.!?“”\"]{1,80}?)\s*$"
)


def head_of(between: str, quoted: str, *, tag_after: bool) -> tuple[str, str] | None:
    """(words, kind) of a statement whose quotation (``quoted``, with its marks)
    ends a sentence that ``between`` begins, or None when ``between`` is a lead-in
    and no part of it. ``tag_after``: the speaker's tag follows the quotation."""
    tagged = _TAG_INSIDE.match(between) if between.count(",") >= 2 else None
    if (
        tagged
        # (the quotation may go on with the clause itself: 'Central banks, said Okafor,
        # “have all discovered …”')
        and (
            _LETTER.search(tagged["b"])
            or (
                inner(quoted)[:1].islower()
                # ('In other words, she said, “…”': a fronted phrase is no clause)
                and (words_at_least(tagged["a"], 5) or not FRONTED.match(tagged["a"]))
            )
        )
        and not _SPEECH_PARTICIPLE.fullmatch(tagged["b"])
    ):
        # 'The golf trade, he said, is “doing much better”': the clause around the
        # tag and the quotation it ends in
        return f"{tagged['a']} {tagged['b']}".strip() + f" {quoted}", "indirect"
    if tag_after and _CLAUSE_HEAD.search(_masked(between)):
        # 'Ms. Berg is “not a backslapper,” Mr. Dahl said': the clause the quotation
        # finishes is what was said (not a connective or phrase fronted before it:
        # 'But behind the scenes, Mr. Berg is “…”')
        connective = _CONNECTIVE_FIRST.match(between)
        between = between[connective.end() :] if connective else between
        opener = _PHRASE_FIRST.match(between)
        if opener and (FRONTED.match(between) or _MORE_FRONTED.match(between)):
            between = between[opener.end() :]
        return f"{between.strip()} {quoted}", "indirect"
    if (
        tag_after
        and _LEAD_PHRASE.fullmatch(between)
        and words_at_least(between, 3)
        and not _AS_FOR.match(between)
        and not REPORT.search(between)
    ):
        # 'If the law passes, “I think …,” Lind said': the phrase it opens with, not
        # a topic ('As for the plan, “…”') or a lone connective ('Yet, “…”')
        return f"{between.strip()} {quoted}", "indirect"
    # a cheap first look: most lead-ins are no 'as … put it'
    as_put = _AS_PUT_CLAUSE.search(between) if _AS_TAGS.search(between) else None
    if as_put:
        # 'As Lind puts it, the mayor wants to make the board “an offer …”': the clause
        return f"{as_put['clause'].strip()} {quoted}", "indirect"
    lead_in = not tag_after and between.rstrip().endswith(",")
    cond = _IF_THEN_TAG.match(between) if lead_in else None
    if cond and not words_at_least(cond["a"], 16):
        # 'If the law passes, she said, “We will sue.”': the condition it is said on
        return f"{cond['a']}, {quoted}", "indirect"
    # a cheap first look: the quotation goes on in lower case after a comma
    lower = between.rstrip().endswith(",") and inner(quoted)[:1].islower()
    fronted = _HEAD_THEN_TAG.match(between) if lower else None
    if (
        fronted
        # 'In other words, she said, “…”': a fronted phrase is no clause
        and (words_at_least(fronted["a"], 5) or not FRONTED.match(fronted["a"]))
        and words_at_least(fronted["a"], 2)
    ):
        # 'Sooner or later, the governor told reporters, “it starts to pay off.”':
        # the quotation ends the sentence its head begins
        return f"{fronted['a']} {quoted}", "direct"
    return None


#: A quoted fragment (a scare quote) in the words before a statement: 'a “new low” and a'.
_FRAGMENT = re.compile(r"“[^“”]{1,80}”|\"[^\"]{1,80}\"|''[^']{1,80}''")
#: A stop, or a colon with words after it: the object ends before it.
_STOP = re.compile(r"[.!?;]\s|:\s*\S")
_PREPOSITION_FIRST = re.compile(r"\s*(?:about|with|of|on|at|from|into|over|for)\s")
#: 'a statement condemning “…”': a participle that takes the quotation itself.
_PARTICIPLE_LAST = re.compile(r"\b[a-z]{3,}ing\s*$")
#: A later verb of the same subject: a participle after a comma, a verb after 'and'.
_LAST_VERB = re.compile(
    r"(?:,\s+|\s(?:while|by|when)\s+)[a-z]{3,}ing\s"
    r"|\s(?:and|but)\s+(?:then\s+|also\s+)?[a-z]{3,}ed\s"
)
#: 'that' opening a clause, not a relative 'that' ('a phrase that could have …').
CLAUSE_THAT = re.compile(r"\sthat\s(?!(?:could|would|was|were|is|are|has|had|have|will|can)\b)")
_DETERMINER_FIRST = re.compile(r"\s*(?:a|an|the|this|that|these|those|his|her|their|its|one)\s")


def _masked(between: str) -> str:
    """``between`` with its scare quotes as runs of letters, at the same places."""
    if "“" not in between and '"' not in between and "''" not in between:
        return between  # a cheap first look
    return _FRAGMENT.sub(lambda m: "x" * len(m[0]), between)


def verb_object(between: str) -> str | None:
    """What a quotation finishes after the last verb of the sentence's subject, when
    none is a speech verb: 'Ana Lind blamed the ban on “…”' -> 'the ban on'; '…,
    declaring it “…”' -> 'it'; 'called it a “farce” and likened it to “…”' -> 'it
    to'. A scare quote may stand in it ('called the plan a “farce” and a'); a comma
    may not, nor a lead-in on a colon unless it is a thing named ('delivered a
    retort: “…”', not 'was irritated: “…”'). None if not."""
    masked = _masked(between)
    if REPORT.search(masked):
        return None  # a speech verb: the clause it says is clause_before's
    lead = len(masked) - len(masked.lstrip())
    subject = MAIN_SUBJECT.match(masked[lead:])  # (anchored at the string's start)
    if subject is None:
        return None
    start = lead + subject.end()
    for participle in _LAST_VERB.finditer(masked, start):
        start = participle.end()  # '…, declaring it “…”': what the last verb takes
    # 'talks about “…”': the thing talked about, not the preposition
    preposition = _PREPOSITION_FIRST.match(masked, start)
    start = preposition.end() if preposition else start
    that = CLAUSE_THAT.search(masked, start) if " that " in masked[start:] else None
    start = that.start() + 1 if that else start  # 'vented to him, Per, that it was “…”'
    rest = masked[start:]
    if (
        not _LETTER.search(rest)
        or "," in rest
        or _STOP.search(rest)
        or _PARTICIPLE_LAST.search(rest)
    ):
        return None
    if rest.rstrip().endswith(":") and (
        not _DETERMINER_FIRST.match(rest)
        # (a thing passed on, and whom to: 'forwarded the note to Kaya with a single
        # line: “…”' leads into the quotation, which is whole)
        or _PASSED_TO.search(rest)
    ):
        return None
    return between[start:].strip()


_PASSED_TO = re.compile(r"\s(?:to|with)\s")


def called_object(between: str) -> str | None:
    """What a speaker called what the quotation after ``between`` says ('called the
    board “…”' -> 'the board'; 'called him a “child” who is acting' with its scare
    quote), or None."""
    tail = between[-100:]
    if not any(w in tail for w in ("call", "dub", "label", "brand", "deem")):
        return None  # a cheap first look
    m = _CALLED_OBJECT.search(_masked(tail))
    if m is None or _LAST_VERB.search(m["object"]):
        return None  # 'called it “shameful” and ranked her …': the last verb's, see verb_object
    return tail[m.start("object") : m.end("object")]


#: A last clause that is the writer's, not the speaker's: an apposition ('…, a swipe
#: at the mayor'), a relative clause of place ('…, where he trails in the polls'),
#: 'before reversing himself', 'as have her rivals', 'hours before …'. (Not a
#: participle: '…, saying' goes on with the speaker as often as not.)
_ASIDE_LAST = re.compile(
    # at the last comma, after the quotation or inside its closing mark ('…,” a swipe')
    r",[”\"’]?\s+(?:(?:a|an)\s|where\s|(?:before|after)\s+[a-z]+ing\s|"
    r"as\s+(?:have|has|did|do|does)\s|"
    # ('…, hours before a letter surfaced in which he …': when, the writer's)
    r"(?:(?:two|three|four|five|several|a few|\d+)\s+)?(?:minutes|hours|days|weeks|months)\s+"
    r"(?:before|after)\s)[^,;“”\"«»]{2,200}$"
)


#: A second verb that goes on saying, and stays with the words said: '… had “lost control
#: of this dispute” and called for an independent inquiry', '… “does not comment” and
#: referred reporters to the readout' (not the writer's 'but downplayed the issue', nor
#: 'but declined to say …', which the labels split on)
_SAYING_ON = (
    r"(?:called|urged|demanded|asked|insisted|warned|accused|added|argued|stressed|"
    r"reiterated|dismissed|described|pledged|vowed|promised|appealed|pressed|"
    r"rejected|repeated|acknowledged|conceded|disputed|referred|questioned|criticised|"
    r"criticized|expressed|welcomed|hoped)\b"
)
#: What follows a quotation's closing mark and is no part of what was said: a second
#: verb of the speaker's ('… “a prayer” but did not say for whom'), a dash or a
#: participle of the writer's ('…,” describing the team as heroes'), 'despite being …'.
_TAIL_AFTER_QUOTE = re.compile(
    r",?\s*(?:(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(?:did\s+not|didn't|"
    r"(?!" + _SAYING_ON + r")[a-z]{3,}(?:ed|ing)|swears|says|insists|adds|argues|notes)\b|"
    r"(?:--|—|–|-)\s|"
    r"(?:despite|while|before|after)\s+[a-z]{3,}ing\b|also known as\b|"
    r"(?:although|though|whereas)\s|"
    # '… “a prayer” for the mayor but did not say for whom': a few words on, 'but' and a verb
    r"(?P<run>(?:\s+[A-Za-z][\w'’-]*){1,8}?)\s+but\s+(?:did\s+not|didn't|[a-z]{3,}ed)\b)"
)
#: A participle after a comma ('…,” describing …'; not '“look into” paying the fees').
_PARTICIPLE_AFTER_COMMA = re.compile(r",?\s*(?!being\b|according\b)[a-z]{3,}ing\s")
_CLOSING = re.compile(r"[”\"]|''")


#: A name, then a relative clause about them before their verb: 'Marinov, who resigned
#: on 26 June, two days after the raids, has denied …'
_NAME_THEN_RELATIVE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*),\s+who\s+[^“”\"]{2,160}?,\s+"
    r"(?=(?:has|have|had|also|then|later|[a-z]+ed|[a-z]+s)\s)"
)


def without_relative(words: str) -> str:
    """Reported words without the relative clause between their speaker's name and
    verb ('Marinov, who resigned …, has denied wrongdoing' -> 'Marinov has denied
    wrongdoing')."""
    m = _NAME_THEN_RELATIVE.match(words) if ", who " in words[:80] else None
    return f"{m['name']} {words[m.end() :]}" if m else words


def without_aside(words: str) -> str:
    """Reported words without a last clause that comments on them."""
    close = max(words.rfind("”"), words.rfind('"'), words.rfind("''") + 1)
    # the tail after the last closing mark, which holds no quotation of its own
    tail = _TAIL_AFTER_QUOTE.match(words, close + 1) if 0 < close < len(words) - 4 else None
    participle = (
        0 < close < len(words) - 4
        and (words[close - 1] == "," or words[close + 1 : close + 2] == ",")
        and _PARTICIPLE_AFTER_COMMA.match(words, close + 1)
    )
    if (tail or participle) and not _CLOSING.search(words, close + 1):
        return words[: close + 1] + (tail["run"] if tail and tail["run"] else "")
    at = words.rfind(",")
    if at <= 20 or not (words[at - 1].isalnum() or words[at - 1] in "”\"'’"):
        return words
    if not _ASIDE_LAST.match(words, at) and not (
        0 < close < at and _ASIDE_AFTER_QUOTE.match(words, at)
    ):
        return words
    # a comma inside the closing mark stays with the quotation ('country,”')
    return words[: at + 2] if words[at + 1] in '”"’' else words[:at].rstrip()


#: After a quotation, more of the writer's last clauses: a participle ('…, drawing
#: fresh criticism'), a relative clause ('…, which includes her rivals'), 'in a …'.
_ASIDE_AFTER_QUOTE = re.compile(
    r",\s+(?:(?!according\b)[a-z]{3,}ing\s|which\s|with whom\s|in a\s)[^,;“”\"«»]{2,200}$"
)


#: A clause that is the writer's, not more of what was said: a new subject's verb
#: ('…, but he pressed her …'), the speaker's next verb ('but did not say …', 'but
#: downplayed it'), a contrast.
_WRITERS_CLAUSE = re.compile(
    r"\s*,?\s*(?:(?:and|but|yet)\s+(?:he|she|they|it|we|I)\s+[a-z]+(?:ed|s)\b"
    r"|(?:but|and)\s+(?:did\s+not|didn't|(?:also\s+|then\s+|later\s+)?[a-z]{3,}ed\b)"
    r"|(?:while|whereas|although|though)\s)"
)


def writers_clause(said: str, clause: str) -> bool:
    """Is ``clause``, after reported words ``said`` that hold a closed quotation, the
    writer's rather than more of what was said? '… there were “good gains,” | but he
    pressed her to do more'. A clause inside a quotation still open goes on with it."""
    if not any(m in said for m in ("”", '"', "''")) or any(
        m in clause for m in ('"', "”", "“", "''")
    ):
        return False
    closed = said.count("“") == said.count("”") and said.count('"') % 2 == 0
    return closed and said.count("''") % 2 == 0 and bool(_WRITERS_CLAUSE.match(clause))


#: Lower-case words after a quotation, then a comma and its tag: '“…” before
#: discussing specifics, he said', '“…,” since most cases were close, said Ana Lind'.
_RUN_TO_TAG = re.compile(
    r"\s+(?P<run>(?!(?:said|says|added|adds|told|tells|wrote|writes|according|he|she|they|"
    r"the|a|an|another|one|his|her|their|its|our|my|some|former|fellow|by|who|which|as)\b)[a-z][^.;:!?“”\"«»,]{2,120}?),\s+(?:(?:said|says|added|adds|"
    r"wrote|writes|told|tells)\s+[A-Z]|(?:he|she|they|(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:said|says|added|adds|told|tells|wrote|writes)\b)"
)


def run_to_tag(after: str) -> str | None:
    """The words a quotation runs on with before its tag after it, or None."""
    m = _RUN_TO_TAG.match(after)
    return m["run"] if m else None


#: Words between two quoted parts of one statement: no new sentence, no tag.
_JOINING = re.compile(r"[^.!?;:“”\"«»]{1,60}")


def joined(last: ProposedQuote | None, opened: str, between: str, quoted: str) -> str | None:
    """The text of ``last``, which ends on the quotation ``opened``, going on with
    the words ``between`` and the next quotation ``quoted`` of its sentence ('Dahl
    says “…” because “…”', 'a “new low,” made by some “…”'); None when the words
    between are a tag, a clause of their own ('“…,” the crowd chanted “…”') or many."""
    if last is None or not _JOINING.fullmatch(between) or not _LETTER.search(between):
        return None
    if REPORT.search(between) or words_at_least(between, 9):
        return None
    if MAIN_SUBJECT.match(between.strip(" ,")):
        return None
    quoted = quoted.strip()
    if last.kind == "direct" and last.text == " ".join(inner(opened).split()):
        return f"{opened} {between.strip()} {quoted}"
    if last.kind == "indirect" and last.text.endswith(opened):
        return f"{last.text} {between.strip()} {quoted}"
    return None


def run_to_stop(words: str, after: str) -> str | None:
    """The words a quotation with no stop of its own (its ``words`` end on a letter)
    runs on with to the end of its sentence, or None: 'Dahl said, “We have three
    weeks to go” until the vote.' -> 'until the vote'."""
    run = RUN_ON.match(after) if words[-1:].isalpha() else None
    return run.group(0).strip() if run and after[run.end() : run.end() + 1] == "." else None
