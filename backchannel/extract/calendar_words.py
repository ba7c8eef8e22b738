"""The calendar's words and arithmetic that date phrases are read with: month,
weekday and number names, the thirds of a month, seasons, and the year a day
without one means."""

from __future__ import annotations

import calendar
from datetime import date

from backchannel.db.dates import DateError

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
# German, French, Ukrainian and Russian datelines: 'BERLIN, 16. Januar', 'PARIS, 3 juin',
# 'Київ, 3 березня 2025', 'Москва, 3 марта' (the genitive a date takes)
for number, names in enumerate(
    ["januar janvier січня января", "februar février лютого февраля", "märz mars березня марта",
     "avril квітня апреля", "mai травня мая", "juni juin червня июня", "juli juillet липня июля",
     "août серпня августа", "septembre вересня сентября", "oktober octobre жовтня октября",
     "novembre листопада ноября", "dezember décembre грудня декабря"],
    start=1,
):  # fmt: skip
    MONTHS.update(dict.fromkeys(names.split(), number))
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): number for number, name in enumerate(calendar.day_abbr)})
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3,
}  # fmt: skip
THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
#: 'at the end of May' is late May, 'at the start of May' early May.
THIRD_WORDS = {"end": "late", "start": "early", "beginning": "early", "middle": "mid"}
#: 'by the end of 2027' is its December, 'the start of 2027' its January, its middle June
#: and July: the narrowest reading (a wider one can hold a date it does not mean).
PART_OF_YEAR = {"end": (12, 12), "start": (1, 1), "beginning": (1, 1), "middle": (6, 7)}
#: 'in the first quarter of 2026', 'Q3 2025'
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
             "q1": 1, "q2": 2, "q3": 3, "q4": 4}  # fmt: skip
#: EDTF seasons (spring 21 … winter 24) and the month each begins in.
SEASONS = {"spring": (21, 3), "summer": (22, 6), "autumn": (23, 9), "fall": (23, 9),
           "winter": (24, 12)}  # fmt: skip


def iso(d: date) -> str:
    return d.isoformat()


def month_of(month: str) -> int:
    return MONTHS[month.lower().rstrip(".")]


def day_of(year: int, month: int, day: int, phrase: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(f"cannot read date {phrase!r}: no such day") from None


def recent_year(month: int, day: int, reference: date) -> int:
    """The year of the most recent month/day not after the reference."""
    year = reference.year
    if (month, day) > (reference.month, reference.day):
        year -= 1
    return year


def count(text: str) -> int:
    return int(text) if text.isdigit() else NUMBERS[text.lower()]


def next_year(month: int, day: int, reference: date) -> int:
    """The year of the next month/day on or after the reference."""
    year = reference.year
    if (month, day) < (reference.month, reference.day):
        year += 1
    return year


_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
#: A day of the month in words, as speech has it: 'the fourteenth', 'the twenty-first'
ORDINAL_DAYS = (
    {word: n for n, word in enumerate(_UNITS, 1)}
    | {
        word: n
        for n, word in enumerate(
            ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"],
            10,
        )
    }
    | {f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS, 1)}
    | {"thirtieth": 30, "thirty-first": 31}
)  # fmt: skip
#: ... as a pattern, the longest first: '(?:twenty-first|…|first)'
ORDINAL_WORD = "(?:" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)) + ")"


#: A weekday in full, for patterns read case-blind: 'Friday', 'friday'
WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: A weekday as a date line may cut it short: 'Thu', 'Thurs.', 'Tues.', 'Thursday'
WEEKDAY_CUT = r"(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?"
