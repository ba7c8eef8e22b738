"""Who said a quotation: the speaker named after it (a speech verb, a relay, a dash
signature) or before it (leadins.py reads what a lead-in names)."""

from __future__ import annotations

import re

from .clause_openings import NP
from .heads import CLAUSE_THAT
from .leadins import lead_in_subject, lead_speaker, recorded_speaker, speaker_before
from .names import looks_like_person, person_name
from .phrases import CONTRAST_FIRST
from .relays import RELAY_AFTER, RELAY_BEFORE, bound_by, relay_speaker
from .speakers import People
from .subjects import subject_of
from .text import words_at_least, words_in
from .verbs import IRREGULAR, REPORT, SPEECH

# (and what a paper reads, right before the tag's end: '“…,” it reads.', 'the note read.')
_VERB = rf"(?:has |had |is |was )?(?:[a-z]\w*ly )?(?P<verb>{SPEECH}|reads?(?=[\s,.]*$|[.,]))\b"
#: A full stop that ends an abbreviation, not the sentence ('Mr. Smith', 'Sen. Paul').
# case-sensitive even inside a pattern that is not: with re.I, '[A-Z]\.' took any
# word's last letter and full stop, and a tag ran on into the next sentence
_ABBREVIATED = (
    r"(?-i:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev|Fr|Hon|St|Jr|Sr|[A-Z]"
    # US states as the press writes them: 'Sen. Ana Lind, D-Mass., said'
    r"|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.|\([^()]{1,20}\)"
)
#: (a short quotation may stand in an aside: 'Bill Eastland, wearing “Ted Cruz” pins, said')
_AFTER = re.compile(
    rf"^[\s,.]*(?P<who>(?:{_ABBREVIATED}|(?<=\s)“[^“”\".!?]{{1,30}}”(?=\s)|[^.!?“”\"«»]){{1,240}}?)"
    rf"\s+{_VERB}",
    re.I,
)
#: (or no subject at all, ending on a preposition and its article: '…”, a phrase diplomats
#: read as a (warning)')
_NEW_CLAUSE = re.compile(
    r",\s*(?:and|but|while|whereas)\s[^,]*$|\s(?:as|of|for|to|with) (?:a|an|the)$"
)
#: (or a participle: 'Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said')
_NAME_APPOSED = re.compile(
    r"\s*(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*,\s+(?:an?|the)\s[^,]+,\s*$"
    r"|\s*(?:[\w'’.-]+\s+){1,4}[A-Z][\w'’-]*,\s+[a-z]{3,}ing\s[^,]+,\s*$"
)
#: '„…“, sagte Anna Weber am Montag', '« … », a déclaré Anna Weber': the verb first.
_AFTER_FOREIGN = re.compile(
    r"^[\s,]*[–—-]?\s*(?P<verb>sagte|sagt|erklärte|betonte|schrieb|warnte|fügte hinzu|"
    r"a déclaré|a dit|a affirmé|a ajouté|a expliqué|a souligné|a estimé|a indiqué|a précisé|"
    r"a lancé|a assuré|a martelé|a averti|a rappelé|a prévenu|a confié|a répondu|a insisté|"
    r"a dénoncé|a reconnu|a regretté|a jugé|a tranché|a résumé|"
    r"déclare|affirme|explique|ajoute|estime|souligne|raconte|observe|poursuit|assure|"
    r"reconnaît|confie|insiste|tranche|сказала|сказал|сказав|заявила|заявил|"
    r"заявив|додала|додав|добавил|добавила)\s+"
    # 'a déclaré mardi un porte-parole …', 'sagte am Montag …': the day, then who
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|am\s+\w+tag)\s+)?"
    # 'sagte er dem Bayerischen Rundfunk', 'a-t-il dit': a pronoun right after the verb
    r"(?:(?P<pronoun>er|sie|il|elle|он|она|він|вона)\b|"
    # 'сказала голова адміністрації Олена Коваль': lower-case titles before the name
    # ('a lancé le député écologiste du Finistère Yannick Le Bihan': a place in it too)
    r"(?:(?:[a-zà-ÿ'’-]+\s+){1,4}?(?:du|de|des|de la)\s+[A-ZÀ-ÖØ-Þ][\w'’-]+\s+(?=[A-ZÀ-ÖØ-Þ]))?"
    r"(?:[a-zà-ÿа-яєіїґ'’-]+\s+(?=(?:[a-zà-ÿа-яєіїґ'’-]+\s+){0,2}[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ])){0,3}"
    r"(?P<who>(?:[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w'’.-]*\s+){0,3}"
    r"[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w'’.-]*|"
    # 'le ministre de l'Économie', 'un conseiller de l'Élysée', 'ein Sprecher des Amtes'
    r"(?:le|la|les|un|une|der|die|das|ein|eine)\s+[\w'’-]+"
    r"(?:\s+(?:de la|de|du|des|d['’]|von|vom|der|des)\s*[\w'’-]+)?(?:\s+[A-Z][\w'’.-]*){0,3}))"
)
#: French tags put the pronoun after the verb: 'a-t-elle déclaré', 'observe-t-il'
_FRENCH_INVERTED = re.compile(
    r"^[\s,]*(?:a-t-(?P<p1>il|elle)\s+(?:[\w'’]+\s+){0,2}?(?:déclaré|dit|ajouté|expliqué|"
    r"affirmé|souligné|estimé|indiqué|précisé|assuré|répondu|lancé|confié|reconnu|averti|"
    r"martelé|insisté|raconté|observé|poursuivi|tranché|résumé|prévenu|rappelé)|(?:déclare|dit|"
    r"ajoute|explique|affirme|souligne|estime|indique|précise|observe|raconte|assure|répond|"
    r"reconnaît|poursuit|insiste|note|relève|résume|tranche|confie|lance|glisse|martèle|"
    r"prévient|rappelle|déplore|regrette|ironise|conclut)-(?:t-)?(?P<p2>il|elle))\b"
)
#: The pronouns above, as People.who reads them
_PRONOUN_AS = {"er": "he", "il": "he", "он": "he", "він": "he", "sie": "she", "elle": "she",
               "она": "she", "вона": "she"}  # fmt: skip
#: '“…,” said X, though he added …': the verb first, so the speaker is after it
#: ('“…,” writes Nate Silver.', '“…,” adds the mayor.': the present tense too)
_INVERTED_VERB = (
    r"said|says|added|adds|wrote|writes|replied|asked|asks|continued|continues|explained|"
    r"explains|noted|notes|argued|argues|tweeted|recalled|recalls|declared|declares|insisted|"
    r"insists|warned|warns|countered|counters|responded|responds|concluded|concludes|agrees|"
    r"agreed|admits|admitted|concedes|conceded|jokes|joked|quips|quipped"
)
_INVERTED_FIRST = re.compile(rf"^[\s,]*(?:{_INVERTED_VERB})\s+\w")
_AFTER_INVERTED = re.compile(
    rf"^[\s,]*(?P<verb>{_INVERTED_VERB})\s+"
    rf"(?P<who>(?:{_ABBREVIATED}|[^,.;“\"«]){{2,120}})",
    re.I,
)
#: What may stand between a speaker and the verb: 'in the room', ', the frontrunner,'.
_NP_TAIL = r"(?:\s+(?:in|at|of|from|for|with|on)\s+(?:the\s+)?[\w'’-]+){0,2}(?:,[^,“”\"]{1,90},)?"
_AFTER_ANY = re.compile(
    # ('an angry Hollande retaliated': a description's words before the name)
    rf"^[\s,]*(?P<who>{NP}|(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){{1,2}}[A-Z][\w'’-]+)"
    rf"{_NP_TAIL}\s+(?:[a-z]\w*ly\s+)?(?P<verb>[a-z]{{3,}}(?:ed|s)|"
    rf"{IRREGULAR})\b(?![’'-])"
)
_AFTER_ANY_INVERTED = re.compile(
    rf"^[\s,]*(?P<verb>[a-z]{{3,}}ed|says|asks|adds|notes|explains|{IRREGULAR})\s+"
    rf"(?P<who>{NP}){_NP_TAIL}\s*(?:[.,;!?]|$)"
)
#: '“…” — JOHN SMITH, interior minister': a signature after a dash
_AFTER_DASH = re.compile(r"^\s*(?:[—–]|--)\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
#: 'As Vulture put it, “…”', 'As Ana Lind, the harbour master, put it: “…”'
_AS_PUT = re.compile(
    # 'As The Post's Dana Milbank puts it, “…”': the outlet's possessive is not the name
    rf"\b[Aa]s\s+(?:(?:[Tt]he\s+)?[A-Z][\w.-]*['’]s\s+)?(?P<who>{NP})"
    # an apposition, a title in it ('Ola Dahl, author of “The Island,”'), and where
    # it was put ('put it in his memo to staff,')
    r"(?:,(?P<apposition>[^,“”\"]{2,80}|[^,]{2,80}?,?[”\"])(?:,|(?<=,[”\"])))?\s+"
    r"(?:put it|said|wrote|noted|says|puts it)(?:\s+(?:in|on|to|at)\s+[^,.;“”\"]{2,60})?"
    # then the quotation, or the clause it ends ('As Lind puts it, the mayor wants “…”')
    r"(?:\W*|,\s+(?P<clause>[a-z][^“”\"«».!?;:]{2,150}|[A-Z][\w'’-]*\s[^“”\"«».!?;:]{2,150}))$"
)


def clause_before(between: str) -> int | None:
    """Where the statement starts when a quotation finishes a clause after a speech
    verb ('Ana Lind said the plan is “…”', 'Rask told them that if it fails, “…”'):
    at the verb's subject. None when the verb leads straight into the quotation
    ('Lind said, “…”', 'Lind told reporters: “…”') or there is none."""
    verbs = list(REPORT.finditer(between))
    if not verbs:
        return None
    verb = verbs[-1]
    rest = between[verb.end() :]
    # a quoted fragment may stand in the clause ('said he’s “looking forward to it”
    # because “…”'), a full stop may not
    if not _WORD_CHAR.search(rest) or _STOP_OR_MARK.search(
        _ABBREVIATION.sub("", _FRAGMENT.sub("", rest))
        if "." in rest or "“" in rest or '"' in rest
        else rest
    ):
        return None
    if (
        _LEADS_IN.search(rest)
        and not _THAT_FIRST.match(rest)
        and (
            (words_in(rest) <= 4 and not _PRONOUN_VERB.match(rest))
            # 'said on Twitter that he meant X, “…”': the clause it said, not a lead-in
            or (_PREPOSITION_FIRST.match(rest) and not CLAUSE_THAT.search(rest))
            # 'told the host of a radio show, “…”': whom it was said to
            or (verb["verb"] in _TOLD and " that " not in rest)
        )
    ):
        return None  # 'said on Tuesday,', 'told reporters:', 'said in a statement,'
    if rest.rstrip().endswith(":") and " that " not in rest:
        # 'posted a photograph on Instagram with the caption: “…”': a colon brings in
        # the quotation itself, whatever the verb's object before it
        return None
    participle = _PARTICIPLE_FIRST.match(rest)
    if participle:
        # '…,” Kiedis said, mentioning the album is “…”': the participle's clause
        return verb.end() + participle.start("clause")
    head = between[: verb.start()]
    sentence_start = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    head_from = sentence_start + 2 if sentence_start >= 0 else 0
    subject = subject_of(head[head_from:])
    # ('even as the minister told parliament …': the contrast's word is no part of it)
    subject = CONTRAST_FIRST.sub("", subject) if subject else subject
    at = head.rfind(subject, head_from) if subject else -1
    return at if at >= 0 else verb.start()


_WORD_CHAR = re.compile(r"[A-Za-z]")
_ONE_OF = re.compile(r"one of (?:the|them|those|these)(?:\s+\w+)?")
#: ', a senior official at a multilateral lender': an apposition that says who one is
_DESCRIBED = re.compile(r",\s+(?P<who>(?:a|an)\s+[^,.;“”\"]{3,80})")
_PARTICIPLE_FIRST = re.compile(r",\s+(?P<clause>[a-z]{3,}ing\s)")
_PRONOUN_VERB = re.compile(r"\s*(?:he|she|they|we|I)\s+(?:was|were|is|are|had|has)\s")
_TOLD = {"told", "tells", "telling", "assured", "assures", "assuring"}
#: The stop of a title or initial is no sentence's end: 'Mr. Trump', 'U.S. troops'.
_ABBREVIATION = re.compile(
    r"\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Jr|Sr|"
    r"[A-Z])\."
)
_FRAGMENT = re.compile(r"“[^“”.!?]{1,60}”|\"[^\".!?]{1,60}\"")
_STOP_OR_MARK = re.compile(r"[.!?“”\"«»„]")
_LEADS_IN = re.compile(r"[,:;—–-]\s*$")
_THAT_FIRST = re.compile(r"\s+that\b")
_PREPOSITION_FIRST = re.compile(r"\s*(?:in|on|at|during|after|before|to|from|of|about|with)\b")


def attribution_of(
    between: str, after: str, people: People, ends_open: bool = False
) -> tuple[str | None, str]:
    """The speaker of a quotation from the words around it, and those words.

    ``ends_open``: the quotation ends on a comma, question or exclamation mark,
    so the words after it are its attribution whatever their verb."""
    m = None if _INVERTED_FIRST.match(after) else _AFTER.match(after)
    # a name and a long apposition may run to 30 words ('Ana Lind, an adviser to … and
    # former director of …, said'); anything else that long is a clause, no tag
    longest = 30 if m and _NAME_APPOSED.match(m["who"]) else 13
    if (
        m
        and not words_at_least(m["who"], longest)
        and " that " not in f" {m['who']} "
        # '“glow in the dark,” for instance, and Trump vowed …': a clause of its own
        and not _NEW_CLAUSE.search(m["who"])
    ):
        if m["verb"].lower() not in ("read", "reads"):
            who = people.who(subject_of(m["who"]))
            if who:
                return who, after
        elif m["who"].strip().lower() == "it" and (paper := people.voices.read_from()):
            return paper, after  # ('“…,” it reads.': the paper just named with its sender)
    m = _FRENCH_INVERTED.match(after) if "-" in after[:40] else None
    if m:  # '« … », a-t-elle déclaré', '« … », observe-t-elle'
        who = people.who(_PRONOUN_AS[m["p1"] or m["p2"]])
        if who:
            return who, after
    m = _AFTER_FOREIGN.match(after)
    if m and m["pronoun"]:
        who = people.who(_PRONOUN_AS[m["pronoun"]])
        if who:
            return who, after
    elif m:
        # 'a affirmé le directeur, Paul Lefèvre': the name after the title
        named = _NAME_AFTER.match(after, m.end()) if m["who"][:1].islower() else None
        if named and looks_like_person(named["name"]):
            return people.fullest(named["name"]), after
        who = people.who(m["who"])
        if who:
            return who, after
    m = _AFTER_INVERTED.match(after)
    if m and _ONE_OF.fullmatch(m["who"].strip()):
        # 'said one of the three, a senior official at a multilateral lender': who they are
        described = _DESCRIBED.match(after, m.end())
        if described:
            return described["who"].strip(), after
    if m:
        phrase = re.split(r"\s+(?:at|in|on|during|after|to|from|while|when|who|as)\s+", m["who"])[0]
        person, _, _ = phrase.partition(" of ")
        name = person_name(person)
        if name and (looks_like_person(name) or people.fullest(name) != name):
            phrase = person  # 'Terry Branstad of Iowa', not 'the Department of Justice'
        # 'said the candidate could be …' is reported speech, not a tag naming someone
        who = None if _AUXILIARY.search(phrase) else people.who(phrase)
        named = _NAME_AFTER.match(after, m.end()) if who and phrase[:1].islower() else None
        if named and looks_like_person(named["name"]):
            # 'said another passenger, Ola Berg': the name after the description
            return people.fullest(named["name"]), after
        if who:
            return who, after
    colon = between.rstrip().endswith(":")
    recorded = recorded_speaker(between, people) if colon else None
    if recorded:
        return recorded, between  # ('… record Stoenescu telling Tătaru:': not the record)
    found = speaker_before(between)
    if found:
        who = people.who(subject_of(found))
        if who:
            return who, between
    if colon:
        who = lead_speaker(between, people)
        if who:
            return who, between
    m = RELAY_BEFORE.search(between[-150:]) or RELAY_AFTER.match(after)
    if m:
        who = relay_speaker(m["who"], people)
        if who:
            return who, between if m.re is RELAY_BEFORE else after
    m = _OWNER_AFTER.match(after) if "in " in after[:140] else None
    if m:
        # '“…” from diplomacy to the budget, in Bolton’s view.'
        who = relay_speaker(m["owner"], people)
        if who:
            return who, after
    m = _RELAY_OPENING.match(between) if "ccording" in between or "In " in between else None
    if m:
        # 'According to Lind, he was once …, but is now “…”'; 'In Lind’s words, “…”'
        who = (m["who"] and bound_by(m["who"], between[m.end() :], people)) or relay_speaker(
            m["who"] or m["owner"], people
        )
        if who:
            return who, between
    m = _OWNER_BEFORE.search(between[-120:]) if "words" in between else None
    if m:
        # '… was held there because, in Forbes’ words, “…”': the words are Forbes’
        who = relay_speaker(m["owner"], people)
        if who:
            return who, between
    if _GOING_ON.match(between):
        # '… “wasn’t good.” Adding, “…”': the last person named goes on
        return people.last_person, between
    m = _AS_PUT.search(between[-250:])
    if m:
        apposition = m["apposition"] if m["who"][:1].islower() else None
        apposed = person_name(apposition) if apposition else None
        # 'As the chief executive, Per Moss, put it': the name in the apposition
        who = people.who(apposed if apposed and looks_like_person(apposed) else m["who"])
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
        # '“…” if she did not win by more, said Ana Lind, an analyst.', '“…” than
        # the council's, Lind said.': the clause the quotation runs into, then its tag
        name = person_name((m["who"] or m["subject"]).strip())
        if name and (looks_like_person(name) or people.fullest(name) != name):
            return people.fullest(name), after
    return lead_in_subject(between, people)


_AUXILIARY = re.compile(
    r"\b(?:could|would|will|should|can|may|might|must|is|are|was|were|has|have|had|be|been|"
    r"did|does|do|isn't|wasn't|won't|can't)\b"
)
_LATE_TAG = re.compile(
    # ('said Ohio State University professor Paul Beck': a title in lower case too)
    r"^\s+[a-z][^.;“”\"«»]{0,150}?,\s+(?:(?:said|says|added)\s+(?P<who>(?:(?:[A-Z][\w'’.-]*|"
    r"[a-z]+)\s+){0,5}[A-Z][\w'’-]*)(?=[,.]|\s*$)|(?P<subject>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+"
    r"(?:said|says|added)(?=[,.]|\s*$))"
)
_NAME_AFTER = re.compile(r",\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)(?=[,.;]|\s*$)")
#: A sentence that opens with whose account it is, the quotation later in it.
_RELAY_OPENING = re.compile(
    r"^\s*(?:(?:But|And|Yet)\s+)?(?:[Aa]ccording to\s+(?P<who>[^,;“”\"«»]{2,80}?)|"
    r"[Ii]n\s+(?P<owner>[^,;“”\"«»]{2,60}?)['’]s?\s+(?:own\s+)?(?:words|view|telling|account|"
    r"estimation|opinion)),\s"
)
#: Whose view a quotation is, said after it: '“…” from diplomacy on, in Bolton’s view.'
_OWNER_AFTER = re.compile(
    r"^[^.;:!?“”\"«»]{0,100}?\bin\s+(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+"
    r"(?:own\s+)?(?:view|words|telling|account|estimation|opinion)\b"
)
#: Whose words the quotation is, said right before it: '…, in Forbes’ words, “…”'.
_OWNER_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\s)in\s+(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+"
    r"(?:own\s+)?words,\s*$"
)
#: A sentence that goes on with the last speaker: 'Adding, “…”', 'Continuing: “…”'.
_GOING_ON = re.compile(r"^\s*(?:Adding|Continuing|Going on)\s*[,:]\s*$")


#: A name and 'said', then a clause: what is said comes after, not before.
SAYS_MORE = re.compile(
    r"^[\s,]*(?:[A-Z][\w.'’-]*\s+){1,5}(?:said|says)\s+(?:that\s|(?!(?:as|while|when|after|"
    r"before|in|on|at|to|during|of|with|from|last|this|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|today|yesterday)\b)(?:(?![a-z]+ing\b)[^.;,]{0,80}?\b(?:is|are|"
    r"was|were|has|have|had|would|will|could|can|should|did|does|must|might)\b"
    # or a clause that runs on into a quotation of its own ('said the mayor's “…”')
    r"|[^.;,]{8,80}$))"
)
