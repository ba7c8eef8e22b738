"""Who said a quotation: the speech verbs of news prose, and the speaker named
before or after a quotation, or in a lead-in ending in ":"."""

from __future__ import annotations

import re

from .speakers import ORG_WORDS, People, looks_like_person, person_name
from .text import alternation, words_in

#: Speech verbs that report speech only with a clause after them ("asked that…",
#: "pointed out that…"): on their own they are also ordinary verbs. French and
#: German reporting verbs are here too.
MORE_SPEECH = {
    "notes", "points out", "pointed out", "explains", "concludes", "concluded", "answered",
    "answers", "asked", "asks", "exclaimed", "retorted", "continued", "agreed", "agrees",
    "recalled", "recalls", "announced", "announces", "tweeted", "emailed", "joked", "quipped",
    "shouted", "pledged", "vowed", "urged", "urges", "predicted", "predicts", "responded",
    "responds", "suggested", "suggests", "observed", "remarked", "countered", "charged",
    "boasted", "complained", "lamented", "testified", "stated", "states", "demanded",
    "maintained", "maintains", "contended", "reiterated", "alleged", "alleges", "echoed",
    "recounted", "asserted", "asserts", "admits", "confirms", "denies", "claims", "adding",
    "noting", "writing", "arguing", "explaining", "accused", "accuses", "accusing",
    "threatened", "threatens", "threatening", "reported", "reports", "announcing", "predicting",
    "a déclaré", "a dit", "a affirmé", "a assuré", "a ajouté", "a souligné", "a expliqué",
    "a indiqué", "a estimé", "a précisé", "a annoncé", "a averti", "déclare", "affirme",
    "explique", "estime", "souligne", "ajoute", "précise", "sagte", "sagt", "erklärte",
    "erklärt", "betonte", "betont", "fügte hinzu", "warnte", "kündigte an", "schrieb",
    "сказал", "сказала", "заявил", "заявила", "сказав", "заявив",
}  # fmt: skip
SPEECH_WORDS = {
    "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes",
    "replied", "insisted", "insists", "stressed", "stresses", "warned", "warns",
    "acknowledged", "acknowledges", "acknowledge", "assured", "assures", "promised", "argued",
    "argues", "explained", "declared", "noted", "cautioned", "conceded", "admitted",
    "confirmed", "denied", "posted", "signalled", "signaled", "indicated", "claimed",
    "expressed", "made it clear", "has made it clear", "have made it clear", "described",
    "describes", "telling", "saying", "insisting", "warning", "assuring", "rejected", "rejects",
    "ruled out", "rules out", "dismissed", "dismisses",
}  # fmt: skip
SPEECH = alternation(SPEECH_WORDS | MORE_SPEECH) + r"|limited (?:himself|herself) to saying"
#: Verbs of stance rather than speech: a statement only where the clause says
#: how it was taken (publicly, in private…), never on their own.
STANCE_VERBS = {"rejected", "rejects", "ruled out", "rules out", "dismissed", "dismisses"}
REPORT = re.compile(rf"\b(?P<verb>{SPEECH})\b")  # verbs are lower case in running text

_VERB = rf"(?:has |had |is |was )?(?:\w+ly )?(?P<verb>{SPEECH})\b"
#: A full stop that ends an abbreviation, not the sentence ('Mr. Smith', 'Sen. Paul').
# case-sensitive even inside a pattern that is not: with re.I, '[A-Z]\.' took any
# word's last letter and full stop, and a tag ran on into the next sentence
_ABBREVIATED = (
    r"(?-i:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev|Fr|Hon|St|Jr|Sr|[A-Z]"
    # US states as the press writes them: 'Sen. Ana Lind, D-Mass., said'
    r"|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.|\([^()]{1,20}\)"
)
_AFTER = re.compile(rf"^[\s,.]*(?P<who>(?:{_ABBREVIATED}|[^.!?“”\"«»]){{1,120}}?)\s+{_VERB}", re.I)
#: '„…“, sagte Anna Weber am Montag', '« … », a déclaré Anna Weber': the verb first.
_AFTER_FOREIGN = re.compile(
    r"^[\s,]*[–—-]?\s*(?P<verb>sagte|sagt|erklärte|betonte|schrieb|warnte|fügte hinzu|"
    r"a déclaré|a dit|a affirmé|a ajouté|a expliqué|a souligné|a estimé|a indiqué|a précisé|"
    r"déclare|affirme|explique|ajoute|estime|souligne|сказала|сказал|сказав|заявила|заявил|"
    r"заявив|додала|додав|добавил|добавила)\s+(?P<who>(?:[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w'’.-]*\s+){0,3}"
    r"[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w'’.-]*|(?:le|la|der|die|das)\s+[\w'’-]+(?:\s+[A-Z][\w'’.-]*){0,3})"
)
#: '“…,” said X, though he added …': the verb first, so the speaker is after it
_INVERTED_FIRST = re.compile(r"^[\s,]*(?:said|says|added|wrote|replied|asked)\s+\w")
_AFTER_INVERTED = re.compile(
    rf"^[\s,]*(?P<verb>said|says|added|wrote|replied|asked|continued|explained|noted|argued)\s+"
    rf"(?P<who>(?:{_ABBREVIATED}|[^,.;“\"«]){{2,120}})",
    re.I,
)
#: A speaker named right after a quotation that ends on a comma, with any verb:
#: '“…,” Viguerie notes.', '“…,” the protesters chanted.'
_NP = (
    r"(?!(?:The|A|An|This|That|These|Those|It|There|In|On|At)\s)"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*(?:\s+\([^)]{1,20}\))?"
    r"|(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Hh]is|[Hh]er|"
    r"[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*"
    # 'Republican pollster Ann Lee', 'state attorney Ann Lee': a role before a name
    r"|(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]*\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}"
    r"|he|she|they|I|we"
)
#: What may stand between a speaker and the verb: 'in the room', ', the frontrunner,'.
_NP_TAIL = r"(?:\s+(?:in|at|of|from|for|with|on)\s+(?:the\s+)?[\w'’-]+){0,2}(?:,[^,“”\"]{1,90},)?"
#: Verbs of saying that do not end in -ed or -s.
_IRREGULAR = (
    r"told|wrote|said|read|spoke|went on|went|put it|put|shot back|fired back|hit back|"
    r"struck back|began|thought|felt|sang|swore|forecast"
)
_AFTER_ANY = re.compile(
    rf"^[\s,]*(?P<who>{_NP}){_NP_TAIL}\s+(?:\w+ly\s+)?(?P<verb>[a-z]{{3,}}(?:ed|s)|"
    rf"{_IRREGULAR})\b(?![’'-])"
)
_AFTER_ANY_INVERTED = re.compile(
    rf"^[\s,]*(?P<verb>[a-z]{{3,}}ed|says|asks|adds|notes|explains|{_IRREGULAR})\s+"
    rf"(?P<who>{_NP}){_NP_TAIL}\s*(?:[.,;!?]|$)"
)
_LEAD_ANY = re.compile(
    rf"(?:^|[,.;!?]\s+|\s)(?P<who>{_NP})\s+(?:has |have |had |was |is )?(?:\w+ly\s+)?"
    rf"(?:since\s+|also\s+|then\s+|even\s+)?(?:[a-z]{{3,}}(?:ed|s)|{_IRREGULAR})\b"
    rf"[^,:;.!?“”\"«»]{{0,60}}:\s*$"
)
#: '“…” — JOHN SMITH, interior minister': a signature after a dash
_AFTER_DASH = re.compile(r"^\s*(?:[—–]|--)\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
#: 'As Vulture put it, “…”'
_AS_PUT = re.compile(rf"\b[Aa]s\s+(?P<who>{_NP})\s+(?:put it|said|wrote|noted|says|puts it)\W*$")
_MAIN_SUBJECT = re.compile(
    rf"^(?:[^,]{{0,60}},\s+)?(?P<who>{_NP}|[Tt]he\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*)"
    rf"\s+(?:has |had |was |is )?(?:\w+ly\s+)?"
    rf"(?:[a-z]{{3,}}(?:ed|s)|told|wrote|said|spoke|took|gave|went|made|met|sent)\b"
)
#: Words that open an adverbial phrase, not a speaker's name.
_FRONTED = re.compile(
    r"(?:back|in|at|on|after|before|despite|his|her|their|its|when|while|as|during|since|"
    r"following|for|with|without|under|over|by|from|then|later|earlier|now|still|yet|but|"
    r"and|so|here|there|this|that|these|those|it|what|how|why|if|"
    # and their French and German kin: 'Et si demain matin…:'
    r"et|si|mais|pour|dans|en|un|une|quand|und|aber|wenn|im|am|als|doch)\b",
    re.I,
)
_AUX_BEFORE = re.compile(r"(?:\s+(?:has|had|is|was))?(?:\s+\w+ly)?\s*$")


def speaker_before(text: str) -> str | None:
    """The words before the last speech verb of a lead-in that runs up to a quotation
    ('Trade Minister Ratna Widjaja told delegates:' -> 'Trade Minister Ratna Widjaja')."""
    verbs = list(REPORT.finditer(text))
    if not verbs:
        return None
    verb = verbs[-1]
    if re.search(r"[.!?“”\"«»]", text[verb.end() :]):
        return None
    head = text[max(0, verb.start() - 160) : verb.start()]
    head = re.split(r"[.!?“”\"«»]", head)[-1]
    head = head[: _AUX_BEFORE.search(head).start()]  # type: ignore[union-attr]
    if verb.group(0).endswith("ing"):
        # 'Hours later, Trump thanked Adelson, telling Reuters:': the clause's subject
        m = _MAIN_SUBJECT.match(head.strip())
        return m["who"] if m else None
    return head if head.strip() else None


def main_subject(sentence: str) -> str:
    """The subject of a sentence's main clause ('At the vote, Olga Rask spoke…' ->
    'Olga Rask'), else the words before its first comma or verb."""
    m = _MAIN_SUBJECT.match(sentence.strip())
    if m:
        return m["who"]
    m = LEADING_NAME.match(sentence.strip())  # 'Moss shot back in a statement, …'
    if m and not _FRONTED.match(m.group(0).lower()):
        return m.group(0)
    rest = sentence.strip()
    # 'Later, Trump's campaign released …', 'On Thursday, the board …': past the
    # fronted phrases to the clause's own subject
    for _ in range(4):
        head, comma, tail = rest.partition(",")
        fronted = _FRONTED.match(head) or _TIME_WORD.fullmatch(head) or _PARTICIPLE.match(head)
        # 'In Ames, Iowa, on Sunday, …': the state after a fronted place is fronted too
        place = rest != sentence.strip() and _PLACE.fullmatch(head)
        if not (comma and tail.strip() and (fronted or place)):
            break
        rest = tail.strip()
    if rest != sentence.strip():
        m = _MAIN_SUBJECT.match(rest) or _ANY_SUBJECT.match(rest)
        if m:
            return m["who"]
    cut = _FIRST_BREAK.search(rest)  # not a split of the whole: a sentence may be long
    return rest[: cut.start()] if cut else rest


_FIRST_BREAK = re.compile(r",|\s+(?:has|had|was|is|said|told)\b")
_PARTICIPLE = re.compile(r"\s*[A-Za-z]+ing\s")  # 'raising both fists to the crowd, …'
_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?")
_TIME_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Later|"
    r"Earlier|Meanwhile|Still|Instead|Separately)"
)
#: Any short noun phrase before a verb in the past: 'Trump's campaign released'.
_ANY_SUBJECT = re.compile(
    r"^(?P<who>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?:[a-z]{3,}ed|told|wrote|said|spoke|took|gave|went|made|met|sent|says|tells)\b"
)


#: A sentence opening with a name and a lower-case word: 'Moss shot back …'.
LEADING_NAME = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\w'’.-]*\s+){0,7}[A-Z][\w'’-]*"
    r"(?:\s+\([^)]{1,20}\))?(?=,?\s+[a-z])"
)
_DASH_ASIDE = re.compile(r"\s+(?:--|—|–)\s+[^—–]{2,200}?\s*(?:--|—|–)$")


_AGE_OR_PLACE = re.compile(r"\d{1,3}\b|of\s+[A-Z]")
_TRAILING_ADVERB = re.compile(r"(?:\s+(?:also|then|later|again|still|too|once|\w+ly))+$")


#: Where a subject's clause starts: after a comma, 'that', a conjunction before a
#: name, or a subordinator before a pronoun ('vetoed it because she said').
_SUBJECT_SPLIT = re.compile(
    r",\s*|\s+that\s+|\s+(?:and|but|while|as)\s+(?=[A-Z])"
    r"|\s+(?:because|since|although|though|when|while|after|before|if|as|so)\s+"
    r"(?=(?:he|she|they|we|I)\b)"
    # 'officials said the minister privately promised …': the minister promised
    r"|\s+(?:said|say|says|told|reported|wrote|believe|believes|believed|think|thinks|thought)"
    r"\s+(?=(?:the|a|an|he|she|they|[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*$)"
)


def subject_of(text: str) -> str:
    """The subject just before a verb: after the last comma clause or 'that'.

    'Claire Favre, an economist at Geneva,' is Claire Favre: a closed
    apposition gives way to the name before it."""
    # 'The judge -- who has been feuding with him -- said': the aside is not the subject
    text = text.strip()
    if "—" in text or "–" in text or "--" in text:  # the aside's search is slow: look first
        text = _DASH_ASIDE.sub("", text)
    parts = [p for p in _SUBJECT_SPLIT.split(text) if p]
    if not parts:
        return ""
    subject = parts[-1].strip()
    if (
        text.endswith(",")
        and len(parts) >= 2
        and parts[-2][:1].isupper()
        and re.match(r"(?:an?|the|\w+ (?:of|at|for))\b|[a-z]", subject)
    ):
        subject = parts[-2].strip()
    if text.endswith(",") and len(parts) >= 3:
        # 'Cory Dahl, 22, of Flint, Mich.,': a name, then an age and a place
        for i, part in enumerate(parts[:-1]):
            if (
                _AGE_OR_PLACE.match(parts[i + 1])
                and person_name(part.strip()) == part.strip()
                and all(_AGE_OR_PLACE.match(p) or len(p.split()) <= 2 for p in parts[i + 1 :])
            ):
                subject = part.strip()
                break
    subject = _TRAILING_ADVERB.sub("", subject)  # 'The president also told…'
    return re.sub(
        r"^(?:however|meanwhile|but|and|then|also|publicly|privately|even though|although|"
        r"though|because|whereas|while|since|where|when|after|before|until|once)\s+",
        "",
        subject,
        flags=re.I,
    )


def lead_speaker(lead: str, people: People) -> str | None:
    """The speaker named by a lead-in ending in ':' ('From opposition leader X, speaking…:')."""
    found = speaker_before(lead)
    if found:
        who = people.who(subject_of(found))
        if who:
            return who
    if re.search(r"\b(?:him|her)\s+as\s+saying\b", lead):
        return people.last_person  # 'the minutes quote him as saying:'
    m = _LEAD_ANY.search(lead[-200:].rstrip())
    if m:
        who = people.who(m["who"])
        if who:
            return who
    lead = re.sub(r"^(?:More from|From|By)\s+", "", lead.strip().rstrip(":"))
    cut = _LEAD_BREAK.search(lead)
    head = lead[: cut.start()] if cut else lead
    if " " not in head.strip() and people.fullest(head.strip()) == head.strip():
        return None  # one word that is nobody named: 'Wait, it gets better:'
    if _FRONTED.match(head.strip()):
        return None  # 'Back in 1999, …:', 'In a September debate, …:' name nobody
    # only a plain noun phrase
    return (
        people.who(head)
        if re.fullmatch(r"[\w'’.()-]+(?:\s+[\w'’.()-]+){0,7}", head.strip())
        else None
    )


def attribution_of(
    between: str, after: str, people: People, ends_open: bool = False
) -> tuple[str | None, str]:
    """The speaker of a quotation from the words around it, and those words.

    ``ends_open``: the quotation ends on a comma, question or exclamation mark,
    so the words after it are its attribution whatever their verb."""
    m = None if _INVERTED_FIRST.match(after) else _AFTER.match(after)
    if m and words_in(m["who"]) <= 12 and " that " not in f" {m['who']} ":
        who = people.who(subject_of(m["who"]))
        if who:
            return who, after
    m = _AFTER_FOREIGN.match(after)
    if m:
        who = people.who(m["who"])
        if who:
            return who, after
    m = _AFTER_INVERTED.match(after)
    if m:
        phrase = re.split(r"\s+(?:at|in|on|during|after|to|from|while|when|who|as)\s+", m["who"])[0]
        person, _, _ = phrase.partition(" of ")
        name = person_name(person)
        if name and looks_like_person(name):
            phrase = person  # 'Terry Branstad of Iowa', not 'the Department of Justice'
        # 'said the candidate could be …' is reported speech, not a tag naming someone
        who = None if _AUXILIARY.search(phrase) else people.who(phrase)
        if who:
            return who, after
    found = speaker_before(between)
    if found:
        who = people.who(subject_of(found))
        if who:
            return who, between
    if between.rstrip().endswith(":"):
        who = lead_speaker(between, people)
        if who:
            return who, between
    m = _RELAY_BEFORE.search(between[-150:]) or _RELAY_AFTER.match(after)
    if m:
        who = _relay_speaker(m["who"], people)
        if who:
            return who, between if m.re is _RELAY_BEFORE else after
    m = _AS_PUT.search(between[-150:])
    if m:
        who = people.who(m["who"])
        if who:
            return who, between
    m = _AFTER_DASH.match(after)
    if m:
        who = people.who(m["who"])
        if who:
            return who, after
    if ends_open:
        for rx in (_AFTER_ANY, _AFTER_ANY_INVERTED):
            m = rx.match(after)
            if m:
                name = m["who"]
                if name.endswith(".") and not re.search(r"\b(?:Jr|Sr|[A-Z])\.$", name):
                    name = name[:-1]  # the sentence's full stop
                who = people.who(name)
                if who:
                    return who, after
    m = _LATE_TAG.match(after)
    if m:
        # '“…” if she did not win by more, said Ana Lind, an analyst.': the clause
        # the quotation runs into, then its tag
        name = person_name(m["who"].strip())
        if name and looks_like_person(name):
            return people.fullest(name), after
    return _lead_in_subject(between, people)


#: 'According to X, “…”' and '“…,” according to X.'
_RELAY_BEFORE = re.compile(
    r"\b(?:[Aa]ccording to|[Ss]elon|[Ll]aut)\s+(?P<who>[^,;“”\"«»]{2,90}?),?\s*$"
)
_RELAY_AFTER = re.compile(r"^[\s,]*(?:according to|selon|laut)\s+(?P<who>[^,;.“”\"«»]{2,100})")


def _relay_speaker(phrase: str, people: People) -> str | None:
    """Who a relay names: 'Ana Lind of the Harbour Trust' is Ana Lind; 'a filing by
    state attorney Ana Lind' is Ana Lind; else the phrase, as people.who() reads it."""
    person = phrase.partition(" of ")[0]
    name = person_name(person)
    if name and looks_like_person(name):
        return people.fullest(name)
    name = person_name(phrase)
    if name and looks_like_person(name) and not ORG_WORDS.search(phrase):
        return people.fullest(name)
    return people.who(phrase)


_AUXILIARY = re.compile(
    r"\b(?:could|would|will|should|can|may|might|must|is|are|was|were|has|have|had|be|been|"
    r"did|does|do|isn't|wasn't|won't|can't)\b"
)
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.?\s+[A-Z]")
_LATE_TAG = re.compile(
    r"^\s+[a-z][^.;“”\"«»]{0,150}?,\s+(?:said|says|added)\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’-]*)(?=[,.]|\s*$)"
)
_LEAD_BREAK = re.compile(r",|\s+(?:was|is|were|are|has|had|spoke|speaking|when|who)\b")
_LEAD_END = re.compile(r"[,:]\s*$")
_SAID_FIRST = re.compile(r"^\s*(?:Said|Says|Added|Asked|Wrote)\s+(?P<who>[^,“\"«]{2,80})")
_PERSON_SUBJECT = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")


def _lead_in_subject(between: str, people: People) -> tuple[str | None, str]:
    """'Silverman interjected, “…”', 'Said Dora Poyn, who grew up there, “…”',
    'Michael McDonald: “…”': a person who is the subject of the words that lead
    into the quotation, whatever the verb."""
    if not _LEAD_END.search(between) or len(between) > 300:
        return None, ""
    m = _SAID_FIRST.match(between)
    subject = m["who"] if m else main_subject(between)
    subject = subject.strip().rstrip(":,")
    if not _PERSON_SUBJECT.match(subject):
        return None, ""
    name = person_name(subject)
    # 'Said Comey, “…”': a name after a leading 'Said' is a speaker, a surname too
    honorific = _HONORIFIC.match(subject)  # 'Mr. Trump yelled, “…”'
    if name and (looks_like_person(name) or people.fullest(name) != name or m or honorific):
        return people.fullest(name), between
    return None, ""
