"""The date phrases of French and German news ('mardi dernier', 'à la mi-décembre',
'le 29 janvier', 'am 6. Mai', 'Ende April', 'vergangenen Dienstag'), found in running
text and said again in English, for the one date parser to read."""

from __future__ import annotations

import re

_FR_MONTHS = {
    "janvier": "January", "février": "February", "mars": "March", "avril": "April",
    "mai": "May", "juin": "June", "juillet": "July", "août": "August",
    "septembre": "September", "octobre": "October", "novembre": "November",
    "décembre": "December",
}  # fmt: skip
DE_MONTHS = {
    "Januar": "January", "Februar": "February", "März": "March", "April": "April",
    "Mai": "May", "Juni": "June", "Juli": "July", "August": "August",
    "September": "September", "Oktober": "October", "November": "November",
    "Dezember": "December",
}  # fmt: skip
_MONTHS = {**_FR_MONTHS, **DE_MONTHS}
_DAYS = {
    "lundi": "Monday", "mardi": "Tuesday", "mercredi": "Wednesday", "jeudi": "Thursday",
    "vendredi": "Friday", "samedi": "Saturday", "dimanche": "Sunday",
    "Montag": "Monday", "Dienstag": "Tuesday", "Mittwoch": "Wednesday",
    "Donnerstag": "Thursday", "Freitag": "Friday", "Samstag": "Saturday",
    "Sonntag": "Sunday",
}  # fmt: skip
#: early, mid, late: 'début mars', 'à la mi-décembre', 'fin avril', 'Anfang März', 'Ende April'
_PARTS = {"début": "early", "mi-": "mid", "mi": "mid", "fin": "late", "Anfang": "early",
          "Mitte": "mid", "Ende": "late"}  # fmt: skip
_LAST = {"dernier", "dernière", "letzte", "letzten", "vergangene", "vergangenen"}
_UNITS = {"semaine": "week", "mois": "month", "an": "year", "année": "year", "Woche": "week",
          "Monat": "month", "Jahr": "year"}  # fmt: skip
_RELATIVE = {"hier": "yesterday", "aujourd'hui": "today", "aujourd’hui": "today",
             "demain": "tomorrow", "gestern": "yesterday", "heute": "today",
             "morgen": "tomorrow"}  # fmt: skip

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY = "|".join(_DAYS)
FOREIGN_DATE = re.compile(
    r"(?<![\w-])(?:"
    rf"(?:le\s+|am\s+)?(?P<day>\d{{1,2}})(?:er|\.)?\s+(?P<month>{_MONTH})(?:\s+(?P<year>\d{{4}}))?"
    rf"|(?P<part>début|mi-|fin|Anfang|Mitte|Ende)\s*(?P<pmonth>{_MONTH})(?:\s+(?P<pyear>\d{{4}}))?"
    rf"|(?:en|im)\s+(?P<inmonth>{_MONTH})(?:\s+(?P<inyear>\d{{4}}))?"
    r"|(?:en|im\s+Jahre?|seit|depuis|ab)\s+(?P<bare_year>(?:19|20)\d{2})"
    rf"|(?P<which>vergangenen|letzten|kommenden|nächsten)\s+(?P<de_day>{_DAY})"
    rf"|(?P<fr_day>{_DAY})(?:\s+(?P<fr_which>dernier|prochain))?"
    r"|(?:la\s+|le\s+|l['’])(?P<fr_unit>semaine|mois|an|année)\s+(?P<fr_unit_which>dernière|"
    r"dernier|prochaine|prochain)"
    r"|(?P<de_unit_which>letzte|letzten|vergangene|vergangenen|nächste|nächsten|kommende|"
    r"kommenden)[nr]?\s+(?P<de_unit>Woche|Monat|Jahr)"
    r"|(?P<rel>hier|aujourd['’]hui|demain|gestern|heute|morgen)"
    r")(?![\w-])"
)


def may_be_foreign(text: str) -> bool:
    """Could the text hold a French or German date phrase? A cheap first look at its
    letters and commonest words (plain string tests: faster than a pattern)."""
    return (
        "é" in text
        or "ä" in text
        or "ü" in text
        or " la " in text
        or " le " in text
        or " der " in text
        or " die " in text
        or " im " in text
        or " am " in text
        or " des " in text
    )


def english(m: re.Match[str]) -> str:
    """A FOREIGN_DATE match said as the English date phrase the parser reads."""
    g = m.groupdict()
    if g["month"]:
        return " ".join(filter(None, [g["day"], _MONTHS[g["month"]], g["year"]]))
    if g["pmonth"]:
        year = f" {g['pyear']}" if g["pyear"] else ""
        return f"{_PARTS[g['part']]} {_MONTHS[g['pmonth']]}{year}"
    if g["inmonth"]:
        return " ".join(filter(None, [_MONTHS[g["inmonth"]], g["inyear"]]))
    if g["bare_year"]:
        return g["bare_year"]
    if g["de_day"]:
        which = "last" if g["which"] in ("vergangenen", "letzten") else "next"
        return f"{which} {_DAYS[g['de_day']]}"
    if g["fr_day"]:
        which = {"dernier": "last ", "prochain": "next "}.get(g["fr_which"] or "", "")
        return f"{which}{_DAYS[g['fr_day']]}"
    if g["fr_unit"]:
        last = g["fr_unit_which"].startswith("dernier") or g["fr_unit_which"] == "dernière"
        return f"{'last' if last else 'next'} {_UNITS[g['fr_unit']]}"
    if g["de_unit"]:
        last = g["de_unit_which"] in _LAST
        return f"{'last' if last else 'next'} {_UNITS[g['de_unit']]}"
    return _RELATIVE[g["rel"]]


#: A French or German date line's day, whole, its weekday and time aside: 'Mittwoch, 19.
#: November 2025, 06:30 Uhr', 'jeudi 5 mars 2026 à 07h15'
_WHOLE_DAY = re.compile(
    rf"(?:(?:{_DAY}),?\s+)?(?:le\s+)?(?P<day>\d{{1,2}})(?:er|\.)?\s+(?P<month>{_MONTH})\s+"
    r"(?P<year>(?:19|20)\d{2})(?:,?\s+(?:à\s+)?\d{1,2}[:.h]\d{2}(?:\s+Uhr)?)?"
)


def foreign_day(text: str) -> str | None:
    """The English for a French or German date that is all of ``text`` ('19 November
    2025' for 'Mittwoch, 19. November 2025, 06:30 Uhr'), or None."""
    m = _WHOLE_DAY.fullmatch(text)
    return f"{m['day']} {_MONTHS[m['month']]} {m['year']}" if m else None
