"""What follows a speech verb when it reports a clause: 'that' or its kin ('as', 'of',
'to', 'whether' after the verbs that take them), or a clause of its own ('said the
plan is dead', 'warned they would walk out', 'said “there is love”'); and what a
closing tag may end with, and what a denial denies."""

from __future__ import annotations

import re

from .clause_openings import PAST
from .verbs import MORE_SPEECH

#: Verbs that report only with 'that' or a clause of its own after them ('warned that …',
#: not 'warned the town').
_NEEDS_THAT = {"insisted", "insists", "stressed", "stresses", "warned", "warns", "acknowledged",
               "acknowledges", "acknowledge", "assured", "assures", "promised", "argued", "argues",
               "explained", "declared", "noted", "cautioned", "conceded", "admitted", "confirmed",
               "denied", "signalled", "signaled", "indicated", "claimed", "posted", "described",
               "made it clear", "has made it clear", "have made it clear", "has been clear",
               "has been very clear", "was clear", "was very clear"}  # fmt: skip
_NEEDS_THAT |= MORE_SPEECH
_FINITE = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,8}?(?:(?:is|are|was|were|had|has|have|would|will|could|should|"
    r"did|does|do|can|may|might|must|saw|remained?|needs?)\b|"
    # 'his campaign doesn’t want “that crap”': the auxiliary with its 'not'
    r"(?:isn|aren|wasn|weren|hasn|haven|hadn|wouldn|won|couldn|shouldn|didn|doesn|don|can)['’]t\b)"
)


THAT = re.compile(
    # (a short name in quotation marks may stand before it: 'told colleagues in a WhatsApp
    # group named "Project Lantern" in early October that …')
    # (and an abbreviation's stop: 'told board members on Nov. 9 that …', 'U.S. officials')
    r"^\s*(?:(?:[^.;“\"«–—]|[“\"][^“”\".;]{1,40}[”\"]|\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|St)\.){0,130}?\s)?"
    # (not a day's 'that': 'said Tuesday, after a session ended early that morning')
    r"(?:that\b(?!\s+(?:morning|afternoon|evening|night|day|week|month|year)\b)"
    r"|que\b|qu['’]|dass\b|что\b|що\b)"
)


def _may_have_that(text: str) -> bool:
    """Could THAT match? Its words as plain strings first (faster than the pattern)."""
    return "that" in text or "qu" in text or "dass" in text or "что" in text or "що" in text


_WRITERS_CLAUSE = re.compile(
    r",\s+(?:as|while|after|when|because|amid|before|following|even as|since|although)\s"
)
_AS = re.compile(r"^\s+[^.;]{0,60}?\bas\b")
#: What one dismisses something as: 'dismisses the claims as the usual noise' (not a
#: clause: 'dismissed the case as the judge saw …')
_DISMISSED_AS = re.compile(
    r"\s+(?:the|these|those|his|her|their|its|such)\s[^,;.]{2,60}?\sas\s"
    r"(?!(?:the\s+|a\s+|an\s+)?\w+\s+(?:\w+ed|saw|was|were|had|has|is|are|did)\b)"
    # (nor a clause of a pronoun's: 'slammed the door as he left')
    r"(?!(?:he|she|they|it|we|I|you)\b)"
)
#: Verbs that take something as what they call it, as 'dismissed' does: 'rejected the
#: offer as hostile', 'blasted the revelations as an absolute disgrace'
_CONDEMNING = frozenset({"blasted", "slammed", "denounced", "condemned"})
_TAKEN_AS = ("dismiss", "reject", *_CONDEMNING)


def taken_as(rest: str) -> bool:
    """Does ``rest``, after a verb of _TAKEN_AS, say what the thing is taken as?"""
    return _DISMISSED_AS.match(rest) is not None


#: Verbs that say what something is, with 'as': 'hailed it as', 'branded the plan as'.
_AS_VERBS = frozenset({"hailed", "hails", "branded", "brands"})
_CLAUSE_START = re.compile(
    # (not a day and its comma: 'the union said Tuesday, after a 14-hour session …')
    r"^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[,.])"
    r"(?:the|he|she|they|its|a|an|there|\d|[A-Z]|"
    # ('said it was dead', not 'said it twice', 'said it again', 'said it in public')
    r"it(?!\s+(?:twice|again|once|more|repeatedly|publicly|privately|openly|plainly|bluntly|"
    r"clearly|loudly|quietly|first|too|himself|herself|themselves|to|in|on|at|with|for|before|"
    r"after)\b))"
)
#: A clause's subject first: a determiner or pronoun as a word, a number, a name.
_SUBJECT_FIRST = re.compile(r"^\s+(?:(?:the|he|she|they|it|its|a|an|his|her|their)\b|\d|[A-Z])")
_QUOTE_IN = re.compile(r"[“\"«„‘]|''")
_QUOTE_NEXT = re.compile(r"\s+[“\"«„‘]")  # 'said “there is love” in Orlando'
_QUOTE_OWN = re.compile(r"[,:]?\s+[“\"«„‘]")  # 'adding, “I am that conservative.”'
_ADD = {"added", "adds"}
_SAY = {"said", "says", "say"}
_WRITE = {"wrote", "writes", "write"}
_WRITING_SAYS = re.compile(
    r"\b(?:saying|asking|urging|calling|demanding|warning|arguing|accusing|praising|mocking|"
    r"criticizing|criticising|insisting|claiming|telling|thanking|congratulating)\b"
)
#: A clause with its verb in the past, 'that' left out: 'wrote the agents knew to …'
_PAST_CLAUSE = re.compile(
    r"^\s+(?:[\w'’-]+\s+){1,4}?(?:[a-z]{3,}ed|knew|went|made|took|gave|came|thought|felt|"
    r"found|kept|told|said|got|won|lost|left|meant|became|began)\b"
)
#: After 'said', a clause opening in lower case: four words or more, no preposition first.
_BARE_CLAUSE = re.compile(
    r"^\s+(?!(?:in|on|at|to|for|of|with|by|after|before|during|from|about|as|when|if|yes|"
    # ('said no such understanding existed' is a clause, 'said no' a refusal)
    r"no\b(?!\s+(?:such|one|other|further|formal|final|new)\b)|"
    r"so|goodbye|nothing|little|something|much|this|earlier|later|last|recently|"
    r"it\s+(?:more|twice|again|once|repeatedly)|"
    # (a number's comma is no clause's: 'more than 31,000 people cast …')
    r"today|yesterday|now|then|here|there|again|only)\b)[a-z][\w'’-]*(?:\s+[\w'’-]+(?:,\d+)*){3}"
)
#: 'saying it took the action …': a pronoun subject and its verb
_PRONOUN_CLAUSE = re.compile(
    r"^\s+(?:he|she|they|it|we|I|you)\s+(?:[a-z]\w*ly\s+)?[a-z]{2,}\b(?<!ly)"
)
_COMMA_VERBS = {"sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "warnte", "schrieb"}
_COMMA_CLAUSE = re.compile(r"^,\s+[a-zäöüß]+\s+\w")
_PERSON_CLAUSE = re.compile(
    # ('insists there's no contradiction': a pronoun and its verb in one word)
    r"^\s+(?:there|he|she|it)['’]s\s|"
    r"^\s+(?:(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    # ('insisted there had been no deal': 'there' and its verb open a clause too)
    # ('has confirmed it received the notification': a body's 'it' too)
    r"Sunday|week|night|today|yesterday)\s+)?(?:he|she|they|we|I|there|it)\s+(?:[a-z]\w*ly\s+)?"
    r"(?:would|will|was|were|is|are|had|has|have|could|should|must|might|can|did|does|do|"
    # ('Ankara has signalled it wants a new deal': a stance in the present)
    r"wants?|needs?|plans?|intends?|expects?|hopes?|favou?rs?|prefers?|accepts?|rejects?|"
    r"opposes?|supports?|remains?|sees?|believes?|"
    # (any verb in the present after 'he', 'she' or 'it': 'said yesterday she meets
    # regularly with industry'; or in the past without -ed: 'told reporters he stood by …')
    r"[a-z]{3,}ed|(?<=he |it )[a-z]{2,}[^s\W]s|(?<=she )[a-z]{2,}[^s\W]s|"
    rf"{PAST})\b"
)
#: 'assured his audience he would …', 'warned Kyiv they could …': whom it was told, then
#: a person pronoun and its verb
_TOLD_PERSON = re.compile(
    r"^\s+(?:him|her|them|us|me|you|(?:his|her|their|the|its|our)\s+[a-z][\w'’-]+"
    # ('promised them the region would pay …': a short subject of its own after whom)
    r"(?:\s+[a-z][\w'’-]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:he|she|they|we|I|it|"
    # ('assured Warsaw the US Export-Import Bank would cover …': a body by name)
    r"the\s+(?:[a-z]+|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*))\s+"
    r"(?:[a-z]\w*ly\s+)?(?:would|will|was|were|is|are|had|has|have|could|should|must|might|can)\b"
)
#: 'told reporters the presidency expected …': the audience, then a clause with no 'that'
_TOLD_AUDIENCE = re.compile(
    r"^\s+(?:reporters|journalists|the press|lawmakers|legislators|delegates|supporters|"
    r"colleagues|aides|ministers|officials|councillors|councilors|members|voters|investors|"
    r"analysts|shareholders|staff|employees|workers|residents|students|donors|fans|MPs|"
    r"senators|us|the (?:jury|court|audience|crowd|meeting|conference|hearing|paper|newspaper))"
    r"\s+(?:(?:the|its|his|her|their)\s+[a-z][\w'’-]+|"
    r"he|she|they|it|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    # ('told councillors the scheme now included …')
    r"(?:[a-z]\w*ly\s+|(?:now|also|still|already|never|not|only|just|soon)\s+)?"
    rf"(?:[a-z]{{3,}}ed|would|will|was|were|is|are|had|has|have|could|should|must|might|can|"
    rf"{PAST})\b"
    # ... or a verb in the present after a thing ('told us the memo reflects …'; not 'told
    # staff the company's plans')
    r"|^\s+(?:reporters|journalists|us|the (?:paper|newspaper))\s+(?:the|its|his|her|their)\s+"
    r"[a-z][a-z-]+\s+(?:[a-z]\w*ly\s+)?(?!(?:news|this|was|has|is)\b)[a-z]{3,}s\b"
)
_SHORT_CLAUSE = re.compile(
    r"^\s+(?:nothing|nobody|no one|everything|everyone|(?:the|its|his|her|their)\s+[\w'’-]+"
    # ('insisted Ferraz had trained normally': a name and its auxiliary)
    # ('suggested Canadian negotiators had signalled …': a people and its auxiliary)
    r"(?:\s+[\w'’-]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+[a-z]+s)?)"
    r"\s+(?:is|are|was|were|has|have|had|would|will|could|should|must|did|does|"
    r"do|can|may|might)\s"
    r"(?!to\b)"
)
#: 'saying 61% of schools opened normally', 'saying most staff stayed home': a counted or
#: determined subject and its verb in the past
_COUNTED_CLAUSE = re.compile(
    r"^\s+(?:\d[\d,.]*%?|most|many|some|all|several|few|the|its|his|her|their)\s+"
    r"(?:[\w'’%-]+\s+){0,5}?(?!(?:need|seed|feed|speed|bed|red)\b)[a-z]{3,}ed\b"
)
_SAY_ING = {"saying", "telling", "writing", "adding", "noting", "insisting", "arguing"}
_OF_VERBS = {"accused", "accuses", "accusing", "accuse"}
_TO_VERBS = {"threatened", "threatens", "threatening", "vowed", "pledged", "promised", "urged",
             "urges", "urging", "asked", "asks", "instructed", "instructs", "instructing",
             "called on", "calls on", "calling on",
             # ('reminded jurors not to research the case online')
             "reminded", "reminds", "advised", "advises",
             # ('reminded jurors not to research the case', 'advised staff to stay home')
             # a demand, what is called for to be done ('called for the contract to be
             # suspended', not 'called for backup')
             "called for", "calls for", "calling for", "asked for", "asks for"}  # fmt: skip
#: An order passed down: 'a memo … tells crews to “prepare for …”' (someone told, not
#: 'were told to wait', 'those told not to come back')
#: A count or a sum, after 'put the figure at'
_AMOUNT = re.compile(
    r"^\s+(?:(?:about|around|roughly|nearly|almost|more than|at least|over|some|just|up to|"
    r"fewer than|less than|as many as|as few as)\s+)?[\d$€£¥]"
)
_TELL_VERBS = {"tells", "told"}
_TOLD_TO = re.compile(
    r"^\s+(?!(?:to|not|you|me|us)\b)(?:[a-z][\w'’-]*\s+){1,3}?to\s+(?:[a-z]|[“\"«„‘])"
    # (where and when between: 'told engineering managers in a private Slack channel last
    # month to prepare for cuts')
    r"|^\s+(?:[a-z][\w'’-]*\s+){1,3}?(?:in|on|at|during)\s+(?:(?!(?:he|she|they|it|was|were|"
    r"had|has|is|are|would|will)\b)[\w'’-]+\s+){1,8}?to\s+[a-z]"
)
_DENY_VERBS = {"denied", "denies", "deny", "denying"}
#: What a denial denies outright, no clause: 'denied wrongdoing', 'denies the charges'
_DENIED_THING = re.compile(
    r"^\s+(?:any\s+|all\s+|the\s+|these\s+|those\s+)?(?:wrongdoing|allegations?|charges?|"
    r"accusations?|claims?|involvement|responsibility|knowledge|reports?)\b"
    # a plea in court: 'denies gross negligence manslaughter', 'denies a corporate health
    # and safety offence', 'denied two counts of fraud'
    r"|^\s+(?:an?\s+|two\s+|three\s+|four\s+|several\s+|\d+\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:manslaughter|murder|assault|fraud|theft|rape|offen[cs]es?|bribery|corruption|"
    r"embezzlement|laundering|harassment|misconduct in public office|counts?\s+of)\b"
)
_DEMAND_VERBS = {"demanded", "demands", "demanding"}
#: What a demand asks for, no clause: 'demanded an apology from the company', 'demanded
#: a statement on the floor of the House', 'demands more money' (not 'demanded to know')
_DEMANDED_THING = re.compile(
    r"^\s+(?:an?|the|his|her|their|its|more|an\s+end|urgent|immediate|full|fresh|new|"
    r"greater|clear)\s+(?!to\b)[\w'’-]+"
)
#: What the press asks for, no demand: 'asked for a response', 'asked for a comment'
_ASKED_TO_ANSWER = re.compile(
    r"^\s+an?\s+(?:response|reply|comment|reaction|interview|statement)\b"
)
_CONFIRM_VERBS = {"confirmed", "confirms", "confirming"}
#: A count confirmed, no clause: 'two deaths', '14 new cases', 'a third death'
_COUNTED_THINGS = re.compile(
    r"^\s+(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:second|third|"
    r"fourth|fifth|sixth))\s+(?:[a-z-]+\s+)?(?:deaths?|cases?|casualties|fatalities|"
    r"infections?|injuries|arrests|victims)\b"
)
_ASK_VERBS = {"asked", "asks", "asking", "wondered", "wonders", "questioned"}
#: What was asked: a clause opening with whether, if or a question word.
_ASKED = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:whether|if|why|how|what|who|when|where)\s+[\w'’-]+\s+\w"
)
_OF = re.compile(r"^\s+[^.;,]{0,80}?\bof\b")
_TO = re.compile(r"^\s+(?:[\w'’-]+\s+){0,10}?to\s+(?:[a-z]|[“\"«„‘])")
_TO_NEXT = re.compile(r"\s+to\s")  # 'asked to see him': no one asked


#: 'that' as a word that points, not one that opens a clause: 'rejects that argument',
#: 'repeated that line on Tuesday' (not 'said that argument was flawed')
THAT_THING = re.compile(
    r"^\s+that\s+(?:argument|line|claim|view|point|message|position|assessment|figure|"
    r"number|promise|idea|account|version|story|warning|pledge|assurance|statement|remark|"
    r"comment|request|demand|offer|proposal|suggestion|description|decision|charge|"
    r"accusation|allegation|criticism|reading|interpretation|logic|characteri[sz]ation)\b"
    r"(?!\s+(?:was|is|were|are|had|has|would|will|could|should|did|does|must|may|might|can)\b)"
)


def that_follows(word: str, rest: str, first: bool = True) -> bool:
    """Does ``rest`` (the words after the verb ``word``) open with 'that' or the word the
    verb takes in its stead ('described … as', 'accused … of', 'threatened to')? ``first``:
    no speech verb comes before it in its clause."""
    has_that = (
        bool(THAT.match(rest))
        and not THAT_THING.match(rest)
        # (not a clause of the writer's after a tag, whose 'that' is a relative one: '…, two
        # of the sources said, as the company competed for quotas that the agency …')
        and not _WRITERS_CLAUSE.match(rest)
        if _may_have_that(rest)
        else False
    )
    if word.startswith(_TAKEN_AS):
        has_that = has_that or bool(_DISMISSED_AS.match(rest))
    elif word.startswith("describ") or word in _AS_VERBS:
        # 'described the deal as …', 'hailed it as the biggest step …'
        has_that = has_that or bool(_AS.match(rest))
    elif word in _OF_VERBS:  # 'accused the agency of hiding…'
        has_that = has_that or bool(_OF.match(rest))
    elif word in _DENY_VERBS:  # 'has denied wrongdoing', 'denies the allegations'
        has_that = has_that or bool(_DENIED_THING.match(rest))
    elif word in _DEMAND_VERBS and first:  # 'demanded an apology from the company'
        # (not after another: 'Sylvi Berg, telling reporters that …, demanded a vote' is
        # what she told them)
        has_that = has_that or bool(_DEMANDED_THING.match(rest))
    elif word in _CONFIRM_VERBS:  # 'confirmed two deaths: …', 'confirmed 14 new cases'
        has_that = has_that or bool(_COUNTED_THINGS.match(rest))
    elif word in _TO_VERBS:  # 'threatened to close…', 'urged them to…'
        # (not 'asked to see him alone': a request of one's own, no one's words)
        has_that = has_that or (
            bool(_TO.match(rest)) and not (word == "asked" and _TO_NEXT.match(rest))
        )
        if word.endswith(" for") and first:
            # a demand for a thing, as 'demanded' has: 'called for an urgent review of
            # flood defences', 'asked for a minimum of five vessels' (not 'called for
            # backup', nor the paper's 'asked for a response')
            has_that = has_that or bool(
                _DEMANDED_THING.match(rest) and not _ASKED_TO_ANSWER.match(rest)
            )
    elif word.startswith("put"):  # 'police put the figure at about 3,000'
        has_that = bool(_AMOUNT.match(rest))
    elif word in _TELL_VERBS and not has_that:  # 'tells crews to prepare for …'
        has_that = bool(_TOLD_TO.match(rest))
    if word in _COMMA_VERBS:  # 'erklärte, man sei »bereit«': German reports after a comma
        has_that = has_that or bool(_COMMA_CLAUSE.match(rest))
    if word in _ASK_VERBS:  # 'asked whether the fund …', 'asked reporters why …'
        has_that = has_that or bool(_ASKED.match(rest))
    return has_that


def clause_follows(word: str, rest: str, words: str, has_that: bool) -> bool:
    """Does the verb ``word`` report what follows it? ``words``: ``rest`` without its
    quotation marks; ``has_that``: see that_follows."""
    if word in _CONDEMNING and not has_that:
        return False  # 'blasted the plan for a “deportation force”': no words of theirs
    if word in _ADD and not has_that and not (_FINITE.match(words) or _PRONOUN_CLAUSE.match(words)):
        return False  # 'organizers added 160 officers': adding things, not words
    if word in _WRITE and not (
        has_that
        or _FINITE.match(words)
        or _PAST_CLAUSE.match(words)
        or _QUOTE_IN.search(rest, 0, 200)
        or _WRITING_SAYS.search(words, 0, 120)
    ):
        # 'wrote a letter to the council', 'wrote new songs': the writing, not what it
        # says ('wrote a letter to Lynch asking her to investigate' says it)
        return False
    # 'saying the person would “not get beat up”': a finite clause will do
    if (
        (word in _NEEDS_THAT or word.endswith("ing"))
        and not has_that
        and not (
            word in _SAY_ING
            and (
                _FINITE.match(words)
                or _PRONOUN_CLAUSE.match(words)
                or _QUOTE_OWN.match(rest)
                or _COUNTED_CLAUSE.match(words)
            )
        )
        # 'announced Sunday she will resign', 'warned they would walk out': a person
        # pronoun and its verb open a clause, 'that' or not
        and not _PERSON_CLAUSE.match(words)
        and not _TOLD_PERSON.match(words)
        and not _TOLD_AUDIENCE.match(words)
        # 'insists nothing has changed', 'warned the port was at risk': a short subject
        # and its auxiliary
        and not _SHORT_CLAUSE.match(words)
        # 'insists the mayor is mounting a “phony attack”': a clause with a quotation
        # in it is what was said, 'that' or not
        and not (
            (quote := _QUOTE_IN.search(rest, 0, 160))
            and (_FINITE.match(words) or _SUBJECT_FIRST.match(words))
            # (not a quotation a colon brings in: 'posted a photograph with the caption:
            # “…”' quotes the post, which is no clause of the verb's)
            and not rest.endswith(":", 0, quote.start())
            and not rest.endswith(": ", 0, quote.start())
        )
    ):
        return False
    return bool(
        has_that
        or _CLAUSE_START.match(words)
        or _FINITE.match(words)
        or _QUOTE_NEXT.match(rest)
        or _TOLD_AUDIENCE.match(words)
        # ('said yesterday she meets regularly with industry': a day, then the clause)
        or _PERSON_CLAUSE.match(words)
        or (word in _SAY_ING and (_QUOTE_OWN.match(rest) or _COUNTED_CLAUSE.match(words)))
        # 'experts said first-time offenders rarely go to jail'
        or (word in _SAY and _BARE_CLAUSE.match(words))
    )


#: What a closing tag may end with: whom it was told, when or where ('told reporters
#: on Friday', 'said in a statement'), and nothing that starts a clause of its own.
WHEN_OR_WHERE_ONLY = re.compile(
    r"(?:\s+(?:reporters|journalists|the press|lawmakers|parliament|(?:the|a)\s+(?:court|jury|"
    r"judge|committee|hearing|crowd|audience)|(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,5}))?"
    r"(?:\s+(?:on|in|at|during|late|early|last|this)"
    r"(?:\s+(?!(?:that|it|he|she|they|we|would|will|was|is|had|has|could)\b)[\w'’.-]+){1,6}"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
    # ('Kowalczyk replied the same evening.', 'replied within minutes', 'the next day')
    r"|\s+(?:the\s+(?:same|next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"|within\s+(?:minutes|hours|the\s+hour|a\s+day)))?"
    # and how they spoke: ', speaking on condition of anonymity because …'
    # (or what came of it: ', prompting angry scenes at …')
    r"(?:,\s+(?:speaking|asking|declining|requesting|prompting|sparking|triggering|drawing|"
    r"fuelling|fueling)\b[^;“”\"]*"
    # (or what it came after: '…, the minister announced on Tuesday, after retail prices of
    # a single nut climbed above Rs. 200')
    # ('…, four people familiar with the matter said, days after a heated phone call')
    r"|,\s+(?:(?:days|hours|weeks|months|minutes|a\s+(?:day|week|month)|shortly|just|soon|"
    r"moments)\s+)?(?:after|before|amid|following|as)\s+"
    r"(?!(?:he|she|they|it|we|I)\s+(?:said|says|added))"
    r"[^;“”\"]*)?"
    # (a lead-in, its words in the paragraph after: '… told the Senate:')
    r"[\s.:]*$"
)
#: What a denial denies: 'rejected suggestions that …', 'dismissed reports that …'
DENIED = re.compile(
    # ('rejected opposition claims that …': whose claims, a word before them)
    r"\s+(?:the\s+)?(?:[a-z]+\s+)?(?:claims?|suggestions?|reports?|allegations?|accusations?|criticism|"
    r"assertions?|speculation)\s+that\s"
)
