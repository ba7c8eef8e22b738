"""The extractor against PolNeAR's hand-annotated attributions.

    uv run python bench/polnear.py PATH [--split train|dev|test] [--limit N] [--misses N]

PATH is a PolNeAR checkout (github.com/networkdynamics/polnear); nothing of
it is kept here: it has no licence, so only this reader is. For each article
in PATH/data/SPLIT/text the extractor's statements are matched against the
attributions in PATH/data/SPLIT/attributions (brat standoff). Some articles
were annotated by several people (NAME_xxxx.ann, one per annotator): the
first file in name order is the gold, the others are ignored.

Two sets are scored:
- direct+mixed: gold attributions whose content holds a quotation mark,
  against the statements the extractor calls direct or block, or whose words
  hold a quotation mark (the same rule on both sides);
- all: every gold attribution against every statement.

A statement's span is found by locating its words in the article, in pieces
(a quotation split around its speaker tag is two pieces, the tag left out;
a discontinuous gold content is its pieces too). A pair matches at X% when
the characters they share are at least X% of the larger of the two; pairs
are taken greedily, largest overlap first, one to one. Speaker accuracy is
over pairs matched at 30% (all attributions) whose gold source names someone
(a pronoun source — he, she, they, I, we, and the 'who' of '…, who said' —
cannot be checked without coreference, so those pairs are left out and counted).
A speaker is right when it shares a word (ignoring titles and "the") with the
gold source span.

Tune on train only; dev and test are for judging.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backchannel.extract import extract  # noqa: E402
from backchannel.extract.verbs import REPORT  # noqa: E402

QUOTE_MARKS = set('“”"«»„')
LEVELS = (0.3, 0.5, 0.8)
# 'who' too: '…, who said …' points back to a name as 'he' does
PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "his", "hers",
            "who", "whom", "which"}  # fmt: skip
IGNORED = {"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president",
           "senator", "secretary", "former", "'s", "s"}  # fmt: skip


@dataclass
class Gold:
    start: int
    end: int
    content: str
    source: str
    direct: bool
    pieces: list[tuple[int, int]]


@dataclass
class Pred:
    start: int
    end: int
    speaker: str
    direct: bool
    pieces: list[tuple[int, int]]


def quoted(text: str) -> bool:
    """Does the text hold a quotation mark (two apostrophes, ''…'', count as one)?"""
    return bool(QUOTE_MARKS & set(text)) or "''" in text


def read_ann(path: Path) -> list[Gold]:
    """The attributions of one brat file: content span, source words."""
    spans: dict[str, tuple[str, int, int, str]] = {}
    pieces_of: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, middle, text = (line.split("\t") + ["", ""])[:3]
            kind, _, offsets = middle.partition(" ")
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";") if p.strip()]
            if not pieces:
                continue
            spans[tid] = (kind, min(a for a, _ in pieces), max(b for _, b in pieces), text)
            pieces_of[tid] = pieces
        elif line.startswith("E"):
            parts = line.split("\t")[1].split()
            events.append(dict(p.split(":", 1) for p in parts if ":" in p))
    out = []
    for e in events:
        content = spans.get(e.get("Content", ""))
        if content is None:
            continue
        source = spans.get(e.get("Source", ""))
        text = content[3]
        out.append(Gold(content[1], content[2], text, source[3] if source else "",
                        quoted(text), pieces_of[e["Content"]]))  # fmt: skip
    return out


def _locate(text: str, words: str) -> list[tuple[int, int]]:
    """Where the statement's words run in the article, as pieces: a quotation split
    around its speaker tag is two pieces, the tag left out. Empty if not found."""
    tokens = re.findall(r"\w+", words)
    if not tokens:
        return []
    m = None
    # the longest run of its first words that the article has: four words alone
    # may stand earlier in the article too ('that the mayor has'); fewer only
    # when the quotation's first part is that short ('“It's doable,” X said. “…”'),
    # else such a statement was never found and counted as wrong
    n = len(tokens)
    for k in sorted({min(12, n), min(4, n), min(3, n), min(2, n)}, reverse=True):
        m = re.compile(r"\W+".join(map(re.escape, tokens[:k]))).search(text)
        if m is not None:
            break
    if m is None:
        return []
    pieces: list[list[int]] = []
    pos = m.start()
    for token in tokens:
        at = text.find(token, pos, pos + 400)
        if at < 0:
            continue
        if pieces and not re.search(r"\w", text[pieces[-1][1] : at]):
            pieces[-1][1] = at + len(token)
        else:
            pieces.append([at, at + len(token)])
        pos = at + len(token)
    out = []
    for a, b in pieces:
        # the quotation marks and closing punctuation belong to the quotation
        while a > 0 and text[a - 1] in QUOTE_MARKS | {"'"}:
            a -= 1
        while b < len(text) and text[b] in ".,!?'" + "".join(QUOTE_MARKS):
            b += 1
        out.append((a, b))
    return out


#: 'told reporters on Tuesday that …': words that complete the verb, then 'that' (not a
#: clause of its own before it, 'said he was sure that …', nor a relative 'that were …')
_THAT = re.compile(
    r"(?![^“”\"«»;:]{0,80}?\b(?:he|she|they|it|we|I|is|are|was|were|has|have|had|would|will|"
    r"could|can|may|might|must|should|[a-z]+ed)\s[^“”\"«»;:]{0,80}?\sthat\s)"
    r"[^“”\"«»;:]{0,80}?\s(?P<that>that\s)(?!(?:is|are|was|were|has|have|had|would|will)\s)"
)


#: ... or, in a thing called by a name ('X called the deadline unrealistic'), the verb
_CALLING = re.compile(r"\b(?:called|branded|deemed|labell?ed)\b")


def predictions(text: str, published: str) -> list[Pred]:
    out = []
    for q in extract(text, published, today=date(2017, 1, 1)).quotes:
        words = q.text
        if q.kind == "indirect":
            # The extractor's indirect text is 'X said that …' (the dev labels' form);
            # PolNeAR's content is what follows the speech verb.
            verb = REPORT.search(words[:150]) or _CALLING.search(words[:150])
            if verb and words[verb.end() :].strip():
                words = words[verb.end() :]
                # 'told reporters on Tuesday that …': the content is the clause
                that = _THAT.match(words)
                if that:
                    words = words[that.start("that") :]
        pieces = _locate(text, words)
        if pieces:
            direct = q.kind in ("direct", "block") or quoted(q.text)
            out.append(Pred(pieces[0][0], pieces[-1][1], q.speaker or "", direct, pieces))
    return out


def overlap(g: Gold, p: Pred) -> float:
    """Characters the two share, over the larger of the two (pieces, not gaps)."""
    shared = sum(max(0, min(b1, b2) - max(a1, a2)) for a1, b1 in g.pieces for a2, b2 in p.pieces)
    size = max(sum(b - a for a, b in g.pieces), sum(b - a for a, b in p.pieces), 1)
    return shared / size


def match(golds: list[Gold], preds: list[Pred], level: float) -> list[tuple[Gold, Pred]]:
    pairs = sorted(
        ((overlap(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
         if g.start < p.end and p.start < g.end),
        reverse=True,
    )  # fmt: skip
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for score, gi, pi in pairs:
        if score < level or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((golds[gi], preds[pi]))
    return out


def tokens(name: str) -> set[str]:
    """The words of a name, titles left out unless there is nothing else
    ('the president' is 'president')."""
    words = set(re.findall(r"[a-z0-9]+", name.lower()))
    return (words - IGNORED) or (words - {"the", "a", "an", "of", "s"})


def speaker_right(gold: str, pred: str) -> bool:
    return bool(tokens(gold) & tokens(pred))


def f1(found: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = found / n_pred if n_pred else 0.0
    r = found / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--split", default="train", choices=["train", "dev", "test"])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--misses", type=int, default=0, help="print N missed direct quotes")
    parser.add_argument("--wrong", type=int, default=0, help="print N wrong speakers")
    args = parser.parse_args()
    base = args.path / "data" / args.split
    texts = sorted((base / "text").glob("*.txt"))
    if args.limit:
        texts = texts[: args.limit]
    totals = {
        (kind, level): [0, 0, 0] for kind in ("direct", "all") for level in LEVELS
    }  # found, gold, predicted
    right = checked = pronoun = named = named_right = 0
    misses: list[str] = []
    wrong: list[str] = []
    started = time.perf_counter()
    for path in texts:
        anns = sorted((base / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        golds = read_ann(anns[0])
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
        preds = predictions(text, m.group(1) if m else "2016")
        for kind in ("direct", "all"):
            g = [x for x in golds if x.direct] if kind == "direct" else golds
            p = [x for x in preds if x.direct] if kind == "direct" else preds
            for level in LEVELS:
                pairs = match(g, p, level)
                t = totals[(kind, level)]
                t[0] += len(pairs)
                t[1] += len(g)
                t[2] += len(p)
                if kind == "all" and level == 0.3:
                    for gold, pred in pairs:
                        # (a source's own spacing aside: 'He\xa0' is 'he')
                        if not gold.source.strip() or gold.source.strip().lower() in PRONOUNS:
                            pronoun += 1
                            continue
                        checked += 1
                        ok = speaker_right(gold.source, pred.speaker)
                        right += ok
                        named += bool(pred.speaker)
                        named_right += ok
                        if not ok and len(wrong) < args.wrong:
                            wrong.append(f"{gold.source!r} got {pred.speaker!r}: "
                                         f"{text[pred.start - 80: pred.end + 80]!r}")  # fmt: skip
                if kind == "direct" and level == 0.3 and len(misses) < args.misses:
                    hit = {id(x) for x, _ in pairs}
                    misses += [f"{path.stem}: {x.source!r} {x.content[:160]!r}"
                               for x in g if id(x) not in hit]  # fmt: skip
    elapsed = time.perf_counter() - started
    for line in misses[: args.misses]:
        print("MISS", line)
    for line in wrong:
        print("WRONG", line)
    print(f"PolNeAR {args.split}: {len(texts)} articles, {elapsed:.1f} s")
    for kind, label in (("direct", "direct+mixed"), ("all", "all attributions")):
        cells = []
        for level in LEVELS:
            found, n_gold, n_pred = totals[(kind, level)]
            p, r, f = f1(found, n_gold, n_pred)
            cells.append(f"F1@{int(level * 100)}={f:.3f} (P {p:.3f} R {r:.3f})")
        print(f"{label:17} " + "  ".join(cells))
    acc = right / checked if checked else 0.0
    print(f"speaker right {acc:.3f} ({right}/{checked}; {pronoun} pronoun or no source left out)")
    # statements proposed with no speaker count as wrong above; here only named ones
    print(f"named speaker right {named_right / named if named else 0:.2f} ({named_right}/{named})")


if __name__ == "__main__":
    main()
