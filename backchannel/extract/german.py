"""German reported speech, whose word order the English rules do not read: the
subject before an auxiliary and the participle at the clause's end ('Das Kanzleramt
hat den Ländern zugesichert, den Fonds aufzustocken'), the subject after a fronted
phrase and its verb ('In einem Vermerk … warnen Beamte, eine Aufstockung sei …'), and
a tag after the words ('Die Reform sei ausfinanziert, fügte sie hinzu')."""

from __future__ import annotations

import re

from .speakers import People

#: Verbs of saying and assuring, as participles (after 'hat', 'hatte') and in the present
_PARTICIPLES = (
    r"zugesichert|versichert|angekündigt|erklärt|betont|gewarnt|mitgeteilt|bestätigt|"
    r"zugesagt|versprochen|gesagt|signalisiert|bekräftigt|eingeräumt|berichtet"
)
_PRESENT = r"warnen|warnt|betont|betonen|erklärt|erklären|versichert|versichern|sagt|sagen"
#: ... and in the past: 'Ein Sprecher erklärte auf Anfrage, man kommentiere …'
_PAST = (
    r"sagte|sagten|erklärte|erklärten|betonte|betonten|versicherte|versicherten|warnte|"
    r"warnten|bekräftigte|bestätigte|versprach|behauptete|räumte|teilte|kündigte|sicherte"
)
_SUBJECT = (
    r"(?:(?:Der|Die|Das|Ein|Eine)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
    r"(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}[A-ZÄÖÜ][\w-]*"
)
#: 'Das Kanzleramt hat den Ländern … zugesichert, …': the subject first
_SUBJECT_FIRST = re.compile(
    rf"^(?P<who>{_SUBJECT})\s+(?:hat|hatte|haben|hatten)\s+[^,;]{{0,120}}?"
    rf"\b(?:{_PARTICIPLES}),\s+(?P<what>\S.{{10,}})$"
)
#: '… hatte die Ministerpräsidentin Annett Vogel in der Sitzung angekündigt, …' and
#: 'In einem Vermerk …, warnen Beamte, …': the subject after the verb (and after one in
#: the past, whom and where between: 'Nach Informationen dieser Zeitung versicherte die
#: Ministerin dem Gesamtbetriebsrat bei einem Treffen Ende Oktober, der Bund werde …')
_SUBJECT_AFTER = re.compile(
    rf"(?:^|,\s+|\s)(?:(?:hat|hatte|{_PRESENT})\s+(?P<who>{_SUBJECT})(?:\s+[^,;]{{0,80}}?"
    rf"\b(?:{_PARTICIPLES}))?|(?:{_PAST})\s+(?P<who2>{_SUBJECT})(?:\s+[^,;]{{0,100}}?)?),\s+"
    r"(?P<what>\S.{10,})$"
)
#: 'Ein Sprecher des Ministeriums erklärte auf Anfrage, man kommentiere …', 'Der
#: Vorstandsvorsitzende der Ruhrstahl AG, Thomas Brückner, betonte …, ohne … sei …': the
#: subject first, then a verb in the past (the name in an apposition, if one is given)
_SUBJECT_THEN_PAST = re.compile(
    rf"^(?P<who>{_SUBJECT}(?:\s+(?:des|der)\s+[^,;]{{2,60}}?)?)"
    r"(?:,\s+(?P<named>(?:[A-ZÄÖÜ][\w.-]*\s+){1,3}[A-ZÄÖÜ][\w-]*),)?"
    rf"\s+(?:{_PAST})\s+(?:[^,;]{{0,100}}?)?,\s+(?P<what>\S.{{10,}})$"
)
#: 'Die Reform sei ausfinanziert, fügte sie hinzu.': a tag after the words
_TAG_AFTER = re.compile(
    r"^(?P<what>.{10,}?),\s+(?:fügte|sagte|erklärte|betonte|warnte|berichtete|hieß es)"
    r"(?:\s+(?P<who>er|sie|[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}|(?:der|die|ein|eine|einer)"
    r"\s+[^,.]{2,60}?))?"
    # (to whom: 'sagte Heller dem Westdeutschen Rundfunk')
    r"(?:\s+(?:dem|der|den)\s+[^,.]{2,60}?)?(?:\s+hinzu)?\s*\.?$"
)
_PRONOUNS = {"er": "he", "sie": "she"}
#: A cheap first look: a comma, and a German verb of saying somewhere after it or before it
_MAY = re.compile(rf"\b(?:{_PARTICIPLES}|{_PRESENT}|{_PAST}|fügte|berichtete)\b")


def may_be_german(text: str) -> bool:
    """Could german_reported find anything? Plain string tests first (most sentences
    are English and fail them), then the verbs."""
    return (
        ", " in text
        and (" der " in text or " die " in text or " das " in text or " sei " in text or "ä" in text
             or "ü" in text or "ö" in text)
        and _MAY.search(text) is not None
    )  # fmt: skip


def german_reported(clause: str, people: People) -> tuple[str, str | None] | None:
    """(text, speaker) of German reported speech in the clause, or None. A speaker
    the clause names but People does not know is taken as the words say it."""
    text = clause.strip().rstrip(".")
    for pattern in (_SUBJECT_FIRST, _SUBJECT_AFTER, _SUBJECT_THEN_PAST):
        m = pattern.search(text)
        if m and _konjunktiv_or_zu(m["what"]):
            phrase = m.groupdict().get("named") or m["who"] or m.groupdict().get("who2") or ""
            who = people.who(phrase) or phrase.strip()
            return text, who
    m = _TAG_AFTER.match(text)
    if m and _konjunktiv_or_zu(m["what"]):
        phrase = m["who"] or "er"
        who = people.who(_PRONOUNS.get(phrase, phrase))
        return text, who
    return None


#: A verb in Konjunktiv I, the mood of reported speech: 'gebe', 'erwarte', 'werde sich …
#: finden' (not one the indicative shares in the third person: 'werden', 'haben')
_KONJUNKTIV = re.compile(
    r"\b(?:sei|seien|habe|werde|gebe|könne|müsse|solle|wolle|dürfe|möge|stehe|erwarte|"
    r"komme|liege|gehe|bleibe|brauche|gelte|wisse|halte|sehe|lasse|fehle|plane|prüfe|rechne|"
    r"hoffe|kommentiere|arbeite|trage|zahle|verlange|fordere|lehne)\b"
)
#: What is reported: a Konjunktiv ('sei', 'werde', 'habe', 'lasse', 'würden'), an
#: infinitive with 'zu' ('den Fonds aufzustocken'), or 'dass'
_REPORTED = re.compile(
    rf"{_KONJUNKTIV.pattern}|\b(?:werden|hätten|hätte|würde|würden|dass)\b|\bzu\s+\w+en\b"
    r"|\w+zu\w+en\b|\bman\s+\w+e\b"
)


def _konjunktiv_or_zu(what: str) -> bool:
    return _REPORTED.search(what) is not None


#: Words only German has, as words: a first look that the sentence is German
_GERMAN = re.compile(r"\b(?:der|die|das|den|dem|des|und|nicht|es|man|ein|eine|sich|auch|aber)\b")


def goes_on_in_konjunktiv(sentence: str) -> bool:
    """Is the sentence, with no verb of saying of its own, German reported speech in
    Konjunktiv I: more of what the speaker before said ('Zusagen über die geltende
    Beschlusslage hinaus gebe es nicht.')?"""
    return (
        _KONJUNKTIV.search(sentence) is not None
        and len(_GERMAN.findall(sentence)) >= 2
        and " ich " not in f" {sentence.lower()} "
    )
