"""The extractor reads in time linear in the paste, whatever its shape.

Each text here took seconds to minutes when per-sentence work scanned the
whole paragraph; at 100 KB they now take a fraction of a second."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backchannel.extract import extract

SIZE = 100_000


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said that the man and " * (SIZE // 30),  # speech verbs, no full stop
        "“a b c d e f,” Ann Lee said and " * (SIZE // 32),  # dense quotes, no full stop
        "Head\n\nQuote: “" + "a line of text\n" * (SIZE // 15),  # a block left open
        "Ab Cd " * (SIZE // 6),  # one run of capitalised words
        # one paragraph of dated sentences: each day's year looked back for once, not
        # by reading the paragraph again up to it
        "The deal was signed on 3 March 2025. " * (SIZE // 37),
        # British single marks after a verb that reports them, no full stop
        "urged allies to ‘buy faster’ and " * (SIZE // 33),
        # speech verbs in a lead-in, each once looked back from for a passive
        "she wrote back in full " * (SIZE // 23) + "she wrote:\n\nI we",
    ],
    ids=[
        "speech-verbs",
        "dense-quotes",
        "open-block",
        "capitals",
        "dated-sentences",
        "single-marks",
        "lead-in-verbs",
    ],
)
def test_pathological_pastes_read_in_linear_time(text: str) -> None:
    started = time.perf_counter()
    extract(text, "2025-06", today=date(2025, 12, 31))
    assert time.perf_counter() - started < 2.0


TOKENS = [
    "Ann",
    "Lee",
    "said",
    "told",
    "reporters",
    "that",
    "he",
    "she",
    "“",
    "”",
    '"',
    "«",
    "»",
    "„",
    "‘",
    "’",
    "''",
    "—",
    "–",
    ":",
    ",",
    ".",
    "?",
    "\n",
    "\n\n",
    "Q:",
    "A:",
    "TRUMP:",
    "on",
    "Monday",
    "in",
    "March",
    "2024",
    "the",
    "minister",
    "privately",
    "according",
    "to",
    "Writing",
    "Mr.",
    "Sen.",
    "(R-Ky.)",
    "was",
    "boarded",
    "next",
    "Friday",
    "Quote:",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=60))
def test_extract_never_crashes(tokens: list[str]) -> None:
    extract(" ".join(tokens), "2025-06", today=date(2025, 12, 31))
