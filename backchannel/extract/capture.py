"""The capture line: a statement and its details, typed or pasted in one line.

    “I've been clear that that's an important component” @Starmer !public
        #security-guarantees ^Telegraph ~"4 April" via:"UK officials"

Tokens, in any order: ``@speaker``, ``!public``/``!private`` (``!p``/``!a``),
``#topic`` (several), ``^source``, ``~date``, ``via:relayer``,
``kind:direct|indirect|block``. A value with spaces is quoted: ``@"Keir
Starmer"``. Text in “curly” or "straight" quotes that is not a token's value
is the statement; otherwise every word that is not a token is. A token
starts a word: ``me@example.com`` and ``No. #1`` inside quotes are text.
Parsing never touches the desk: names are resolved by ``backchannel.actions.capture``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

STANCE_WORDS = {
    "public": "public", "pub": "public", "p": "public",
    "private": "private", "priv": "private", "a": "private",
}  # fmt: skip
KINDS = ("direct", "indirect", "block")
QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»"}

#: What the capture line shows in place of a line break from a paste.
NEWLINE_MARK = "⏎"


class CaptureError(ValueError):
    """A capture that cannot be understood or saved; the message says which part,
    ``field`` (when known) names it: speaker, source, said, via, text."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass
class Capture:
    """What a capture line says. Names are as typed, not yet resolved."""

    text: str = ""
    speaker: str | None = None
    stance: str | None = None
    topics: list[str] = field(default_factory=list)
    source: str | None = None
    said: str | None = None
    via: str | None = None
    kind: str | None = None
    note: str | None = None


_PREFIXES = ("via:", "kind:", "@", "!", "#", "^", "~")


#: A token's value may also be in single quotes (~'4 April' in a shell);
#: a statement may not, since single quotes mark phrases inside quotes.
VALUE_QUOTES = {**QUOTES, "'": "'", "‘": "’"}


def _read_value(line: str, start: int, quotes: dict[str, str] = QUOTES) -> tuple[str, int]:
    """A value at ``start``: a quoted run or a run of non-space; (value, end)."""
    if start < len(line) and line[start] in quotes:
        close = quotes[line[start]]
        end = line.find(close, start + 1)
        if end == -1:
            raise CaptureError(f"a quote opened at {line[start : start + 20]!r} is never closed")
        return line[start + 1 : end], end + 1
    end = start
    while end < len(line) and not line[end].isspace():
        end += 1
    return line[start:end], end


def normalise_topic(name: str) -> str:
    """'security-guarantees' and 'Security guarantees' name the same topic."""
    return " ".join(re.split(r"[\s_-]+", name.strip())).strip()


def parse_capture(line: str) -> Capture:
    """Read a capture line. Raises CaptureError saying what cannot be understood."""
    line = line.replace(NEWLINE_MARK, "\n")
    capture = Capture()
    kept = list(line)  # the line with every token blanked out: the statement's words
    quoted: list[str] = []
    i = 0
    while i < len(line):
        if line[i].isspace():
            i += 1
            continue
        start = i
        prefix = next((p for p in _PREFIXES if line.startswith(p, i)), None)
        if prefix is None:
            value, i = _read_value(line, i)
            if line[start] in QUOTES:
                quoted.append(value)
            continue
        value, i = _read_value(line, start + len(prefix), VALUE_QUOTES)
        token = line[start:i]
        if not value.strip():
            if prefix in ("#", "!", "@", "^", "~"):
                continue  # a lone '#' or '!' is just text
            raise CaptureError(f"{token!r} needs a value after {prefix!r}")
        _apply(capture, prefix, value.strip(), token)
        kept[start:i] = " " * (i - start)
    text = quoted[0] if len(quoted) == 1 else "".join(kept)
    lines = [re.sub(r"[ \t]+", " ", part).strip() for part in text.split("\n")]
    capture.text = "\n".join(lines).strip()
    if len(quoted) != 1 and capture.text[:1] in QUOTES and capture.text[-1:] in QUOTES.values():
        capture.text = capture.text[1:-1].strip()
    if not capture.text:
        raise CaptureError(
            "there is no statement: paste or type the words that were said", field="text"
        )
    return capture


def _apply(capture: Capture, prefix: str, value: str, token: str) -> None:
    def once(attribute: str, what: str) -> None:
        if getattr(capture, attribute) not in (None, value):
            raise CaptureError(f"two {what}s given: {getattr(capture, attribute)!r} and {value!r}")
        setattr(capture, attribute, value)

    if prefix == "@":
        once("speaker", "speaker")
    elif prefix == "!":
        stance = STANCE_WORDS.get(value.lower())
        if stance is None:
            raise CaptureError(f"{token!r}: a stance is !public or !private (!p, !a)")
        if capture.stance not in (None, stance):
            raise CaptureError("both !public and !private given: choose one")
        capture.stance = stance
    elif prefix == "#":
        topic = normalise_topic(value)
        if topic.lower() not in (t.lower() for t in capture.topics):
            capture.topics.append(topic)
    elif prefix == "^":
        once("source", "source")
    elif prefix == "~":
        once("said", "date")
    elif prefix == "via:":
        once("via", "relayer")
    elif prefix == "kind:":
        if value.lower() not in KINDS:
            raise CaptureError(f"{token!r}: kind is direct, indirect or block")
        once("kind", "kind")
        capture.kind = value.lower()
