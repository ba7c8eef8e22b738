"""The words of roles and titles: who comments (an analyst, an economist), who reports
(a paper, a broadcaster), who holds office, and the titles a person is named with
('Sen.', 'la ministre'). People (speakers.py) reads names with them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .documents import author_of

#: Roles of commentators, not actors: their words are analysis, no stance.
_ROLE_WORDS = (
    "analyst", "economist", "strategist", "professor", "researcher", "expert", "historian",
    "fellow", "consultant", "commentator", "scientist", "lecturer", "scholar",
    "pollster",
)  # fmt: skip
#: (not 'fellow Republicans', 'fellow members': one's peers)
ROLE = f"(?:(?:{'|'.join(_ROLE_WORDS)})(?<!fellow)|fellow(?!\\s+[\\w'’-]+s\\b))"
#: What one who studies a field does: 'Sara Naji, who tracks ransomware groups at …'
_STUDY_VERBS = ("studies", "tracks", "researches", "monitors", "teaches", "follows")

#: ('Jan Berg, an economist at …', 'Jan Berg, chief strategist': an apposition; not
#: 'Mikkel Arendt telling analysts')
ANALYST_AFTER = re.compile(
    # (no participle before the role: 'Ola Brenn, telling analysts on the call')
    rf",\s+(?:(?:an?|the)\s+)?(?:(?![a-z]+ing\b)[\w'’-]+\s+){{0,3}}?{ROLE}"
    # an academic: 'Andrea Lucumí of the Universidad del Valle'
    # (not a profession's body: 'Nia Jenkins of the Royal College of Midwives')
    r"|\s+(?:of|at|from)\s+(?:the\s+)?(?!Royal\s)(?:[A-Z][\w'’.-]*\s+){0,3}(?:University|"
    r"Universidad|Universidade|Università|Université|Universität|College)\b"
    # one who studies a field: 'Sara Naji, who tracks ransomware groups at …'
    rf"|,\s+who\s+(?:{'|'.join(_STUDY_VERBS)})\s"
)

#: What ANALYST_AFTER and ANALYST_BEFORE need among their words, in lower case: a first
#: look, as plain strings (most names come with no role).
_ROLE_LOOK = (
    *_ROLE_WORDS, "universi", "college", *(f"who {verb}" for verb in _STUDY_VERBS),
)  # fmt: skip


def introduced_as_analyst(text: str, start: int, end: int) -> bool:
    """Is the name at ``start``…``end`` of ``text`` introduced as a commentator ('Jan
    Berg, an economist at …', 'Political analyst Jan Berg', 'Andrea Lucumí of the
    Universidad del Valle')?"""
    near = text[max(0, start - 40) : end + 120].lower()
    return any(role in near for role in _ROLE_LOOK) and bool(
        ANALYST_AFTER.match(text, end) or ANALYST_BEFORE.search(text, max(0, start - 40), start)
    )


#: German and French roles, compounds too ('Gesundheitsökonomin', 'Politikwissenschaftler')
ROLE_ABROAD = (
    r"(?:ökonom|wissenschaftler|forscher|analyst|experte|expertin|économiste|analyste|"
    r"chercheur|chercheuse|politologue)(?:in|en|innen)?"
)

ANALYST_IN = re.compile(rf"\b{ROLE}s?\b|{ROLE_ABROAD}\b", re.I)

#: What a paper or broadcaster is called before its name ('the daily Večernik')
_OUTLET_KINDS = (
    r"newspaper|paper|daily|tabloid|magazine|weekly|broadcaster|(?:TV |television )?channel|"
    r"(?:news )?agency|website|outlet"
)
OUTLET_BEFORE = re.compile(rf"\b(?:{_OUTLET_KINDS})\s+$")
#: What OUTLET_BEFORE needs among its words: a first look, as plain strings.
_OUTLET_LOOK = (
    "paper", "daily", "tabloid", "magazine", "weekly", "broadcaster", "channel", "agency",
    "website", "outlet",
)  # fmt: skip


def outlet_named_before(text: str, at: int) -> bool:
    """Is what is named at ``at`` of ``text`` introduced as a paper or a broadcaster
    ('the German newspaper Die Welt')?"""
    before = text[max(0, at - 40) : at]
    return any(kind in before for kind in _OUTLET_LOOK) and bool(OUTLET_BEFORE.search(before))


#: What 'the …' calls a paper or agency named before ('the paper reported')
OUTLET_KIND_WORDS = ("paper", "newspaper", "daily", "agency", "broadcaster", "magazine",
                     "newsletter", "outlet", "tabloid")  # fmt: skip
#: The words of a paper's or an agency's name ('the Financial Courier', 'Reuters')
OUTLET_NAMES = frozenset({
    "Times", "Post", "News", "Wire", "Insider", "Daily", "Courier", "Journal", "Telegraph",
    "Guardian", "Bloomberg", "Reuters", "Press", "Review", "Politico", "Axios", "Agency",
    "Gazette", "Herald", "Tribune", "Standard",
})  # fmt: skip

ANALYST_BEFORE = re.compile(rf"\b{ROLE}s?\s+(?:at\s+[^,]{{0,30}}\s+)?$", re.I)

#: A body named right after what it is ('the broadcaster Raadio Kesk', 'the think tank
#: Europa Forward'): no person, whatever its name looks like; not who 'he' or 'she' is.
BODY_BEFORE = re.compile(
    # (with its article: 'party Chairman Reince Priebus' is a person with a title)
    rf"\b(?:the|a|an|its|their|of)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_OUTLET_KINDS}|think[- ]tank|"
    r"institute|firm|company|consultancy|foundation|station|network|group|bank|fund|party|"
    # ('Directors of grocery chain Karoo Fresh')
    r"chain|retailer|grocer|supermarket|airline|lender|insurer|carmaker|manufacturer|"
    r"union|association|federation|"
    # a thing with a name: 'the pelagic trawler Morning Star', 'the tanker Eagle S'
    r"trawler|vessel|ship|boat|ferry|tanker|yacht|frigate|destroyer|carrier|submarine|"
    r"freighter|album|film|novel|horse|restaurant|pub|brand)\s+$"
    # the rest of a body's name after 'of' or 'for': 'the Warsaw Institute for Public Affairs'
    r"|\b(?:Institute|Centre|Center|Council|School|Ministry|Department|Office|Foundation|"
    r"Association|Committee|Commission|University|College|Bank|Fund|Agency|Authority|Society|"
    r"Academy|Federation|Union|League|Board|Bureau|Court)\s+(?:of|for|on)\s+(?:the\s+)?$"
)

#: Titles of office: whoever holds one talks to others in office, not to the press
#: The offices one person holds, named alone: 'the minister', 'the Union Health Minister'
OFFICES = (
    "minister", "ambassador", "president", "secretary", "governor", "chancellor", "envoy",
    "commissioner", "mayor", "premier", "treasurer",
)  # fmt: skip
OFFICE = re.compile(
    r"\b(?:minister|secretary|ambassador|envoy|commissioner|chancellor|president|premier|"
    r"governor|senator|negotiator|official|representative|mayor|director|chief|executive|"
    r"ceo|chairman|chairwoman|councillor|councilor)\b"
)

#: People of a place or a trade, who speak as a group ('islanders say', 'doctors warned'):
#: words for naming.GROUP_WORDS and reported's group subjects alike.
PEOPLE_OF_A_PLACE_OR_TRADE = (
    "islanders|villagers|locals|parents|patients|doctors|nurses|teachers|farmers|workers|"
    "employees|passengers|traders|shopkeepers|supervisors|managers|bosses"
)

#: Unnamed groups of people, in lower case and the plural: 'aides', 'unions', 'critics'
PEOPLE_IN_GROUPS = (
    "aides|officials|sources|analysts|advisers|advisors|voters|critics|experts|supporters|"
    "residents|organizers|lawmakers|economists|diplomats|negotiators|investigators|prosecutors|"
    "police|authorities|researchers|scientists|witnesses|people|members|leaders|protesters|"
    "republicans|democrats|conservatives|liberals|officers|activists|observers|unions|"
    "campaigners|opponents|environmentalists|employers|landlords|businesses|strategists|donors|"
    "ministers|senators|councillors|councilors|legislators|objectors|executives|bankers|"
    "investors|regulators|jurors|"
    f"{PEOPLE_OF_A_PLACE_OR_TRADE}"
)
#: Unnamed groups that speak, in lower case: 'aides said', '60 percent of voters said'.
GROUP_OF_PEOPLE = re.compile(
    r"(?:(?:\d[\d,.]*\s*(?:percent|%)?|(?:nearly |almost |about )?half|most|many|some|all|"
    rf"a majority|a third|two-thirds)\s+of\s+)?(?:[\w'’-]+\s+){{0,2}}(?:{PEOPLE_IN_GROUPS})\b"
)
#: A person's role: 'the senator', 'Opposition leader Ola Berg'.
PERSON_ROLE = re.compile(
    r"senator|governor|president|chairman|chairwoman|chair|pollster|aide|spokes(?:man|woman|"
    r"person)|secretary|minister|actress|actor|leader|candidate|congress(?:man|woman)|"
    r"representative|mayor|judge|justice|nominee|general|ambassador|envoy|director|founder|"
    r"adviser|advisor|strategist|economist|analyst|professor|lawyer|attorney|manager|host|"
    r"anchor|commissioner|chancellor|premier|treasurer|speaker|pontiff|billionaire|businessman|mogul|"
    r"frontrunner|negotiator|master|chief|officer|executive|author|columnist|historian|registrar"
)

THE_ROLE = re.compile(r"the (?:[\w'’-]+ ){0,2}([a-z]+)")

APPOSITION = re.compile(
    r",\s+(?:(?:the|an?)\s+([\w'’ -]{2,40}?)"
    # (or no article before a role: 'Marcus Davids, chief executive of the developer,')
    # (not 'Dan Gross, president of the Brady Campaign': 'the president' is still Obama)
    r"|((?:[a-z][\w'’-]*\s+){0,2}(?:executive|chair(?:man|woman)?|director|founder|owner|"
    r"member|councillor|councilor|spokes(?:man|woman|person)|"
    # ('Mwila Chisenga, Minister of Energy of the Republic of Zambia,': 'the Minister')
    r"[Mm]inister|[Cc]ommissioner|[Aa]mbassador)(?:\s+(?:of|for|at)\s+"
    r"[\w'’ -]{2,40}?)?))(?=,|\.|\s+(?:said|says|told)\b)"
)

#: ('Counsel to the governor and the state, Musa Ejeh,': whom he serves is no title of his)
APPOSITION_BEFORE = re.compile(
    # ("Ethiopia's Minister of Water and Energy, Mekonnen Alemu": a country's too)
    # ('Their president, Haji Arshad Baig': an owner's)
    r"(?<!\bto )(?<!\bfor )\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Ll]a|[Ll]e|[Dd]er|[Dd]ie|"
    r"[A-Z][\w-]+['’]s)\s+"
    r"([\w'’ -]{2,40}?),\s*$"
)

ABBREVIATED = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "pres": "president",
    "prof": "professor",
    "amb": "ambassador",
    # French and German titles, as 'la ministre' is read: 'the minister'
    "ministre": "minister",
    "ministerin": "minister",
    "présidente": "president",
    "président": "president",
    "maire": "mayor",
    "kanzlerin": "chancellor",
    "kanzler": "chancellor",
    "bürgermeister": "mayor",
    "bürgermeisterin": "mayor",
}

FOREIGN_THE = re.compile(r"^(?:le|la|der|die) ((?:[\w'’-]+ )?)([\wéü]+)$")

THE_TITLE = re.compile(
    r"the (?:\w+ )?(?:minister|governor|president|chancellor|premier|envoy|mayor|"
    r"secretary|ambassador|leader|chief)"
)

#: Forms of address: no role 'the minister' could be ('Sir Keir', 'Mr Lund').
ADDRESS = frozenset({"sir", "dame", "mr", "mrs", "ms", "dr"})

#: A title alone is nobody: 'Mrs.' cut from 'Mrs. Schlafly'
HONORIFICS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "rev", "mme", "herr",
               "frau", "hon"}  # fmt: skip

#: A pronoun right after a name's speech verb: 'Reyes, who chairs …, said she would …'
PRONOUN_AFTER = re.compile(
    r"(?:,[^,.;“”\"]{1,80},)?\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ly\s+)?(?:said|says|told|added|"
    r"argued|insisted|"
    r"warned|wrote|noted|explained|conceded|admitted|replied|stressed|promised|announced)\s+"
    r"(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?(?P<p>he|she)\b"
)
GENDERED_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f", "madame": "f",
                    "monsieur": "m", "herr": "m", "frau": "f", "sir": "m", "dame": "f",
                    # a royal's or a peer's ('Prince Rupert' is never 'she')
                    "prince": "m", "princess": "f", "king": "m", "queen": "f", "lord": "m",
                    "lady": "f", "duke": "m", "duchess": "f", "sheikh": "m", "sheikha": "f",
                    }  # fmt: skip


def lower_words_before(text: str, run: re.Match[str]) -> str:
    """The lower-case words just before a name ('harbour master Ana Lind'), after a verb
    if one is among them ('the minister had told Mr Kwan-Morrison': none of his)."""
    m = re.search(r"(?:\b[a-z][\w'’-]*\s+){1,3}$", text[max(0, run.start() - 40) : run.start()])
    if m is None:
        return ""
    words = m.group(0).split()
    verbs = [
        i for i, w in enumerate(words) if w in _VERB_WORDS or (w.endswith("ed") and len(w) > 4)
    ]
    return " ".join(words[verbs[-1] + 1 :]) + " " if verbs else m.group(0)


#: Verbs that may stand before a name: no title of theirs
_VERB_WORDS = frozenset(
    {"had", "has", "have", "was", "were", "is", "are", "told", "said", "met", "called", "asked",
     "sent", "wrote", "gave", "urged", "thanked", "says", "tells", "meets"}
)  # fmt: skip


_ONE_UNNAMED = re.compile(
    r"(?:an?|one|the)\s+(?:[\w'’-]+\s+){0,3}?(?:official|source|person|diplomat|insider|"
    r"aide|banker|negotiator|adviser|advisor|staffer|lawmaker|executive|MP|member|spokesman|"
    r"spokeswoman|spokesperson|employee|worker|colleague|manager|organi[sz]er|engineer|"
    r"officer|delegate|councillor|councilor|lawyer|politician|legislator|"
    # a body's head, unnamed: 'One provincial union president'
    r"president|chairman|chairwoman|coach|captain|player|minister|senator|ambassador|"
    # the people a story meets: 'A midwife at the hospital, who asked not to be named'
    r"midwife|nurse|doctor|surgeon|paramedic|teacher|resident|driver|farmer|fisherman|miner|"
    r"soldier|firefighter|pilot|guard|student|parent|villager|neighbou?r|witness|activist)\b"
    r"(?!\s+of)",
    re.I,
)
#: The same in German and French: 'einem hochrangigen Beamten', 'un haut responsable'.
_ONE_UNNAMED_ABROAD = re.compile(
    r"(?:(?:ein|eine|einem|einer|eines|der|die|dem|den|un|une|le|la)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:Beamter?|Beamten|Diplomat(?:en)?|Insider|Quelle|responsable|diplomate)\b",
    re.I,
)


def one_unnamed(phrase: str) -> bool:
    """Is ``phrase`` one speaker the article does not name ('a senior official')?"""
    if _ONE_UNNAMED.match(phrase):
        return True
    # (a first look for the German and French nouns: most speakers are English)
    return any(n in phrase for n in _ABROAD_NOUNS) and bool(_ONE_UNNAMED_ABROAD.match(phrase))


_ABROAD_NOUNS = ("eamte", "iplomat", "nsider", "uelle", "esponsable")


# looked for in the lower-cased text: a case-blind pattern is several times slower
_ORG_WORDS = (
    "ministry", "office", "department", "authority", "government", "commission", "operators",
    "bank", "party", "union", "secretariat", "council", "agency", "regulator", "committee",
    "company", "town", "city", "municipality", "county", "board", "association", "federation",
    "corporation", "institute", "foundation", "services", "trust", "networks", "group",
)  # fmt: skip
_BODY_WORD = rf"(?i:{'|'.join(_ORG_WORDS)})"
_ORG_FIRST = re.compile(
    # (capitals before the body's word, which may be in either case: not 'The court
    # suspended its order to allow the department')
    # (past a time put first: 'By Wednesday afternoon, the town had changed its approach')
    r"^\W*(?:(?:By|On|At|Late|Early|Later|Earlier)\s[^,“”\"]{1,30},\s+)?"
    # ('the Aviation and Railway Accident Investigation Board': its 'and' and 'of' too)
    rf"(?:the\s+(?=[A-Z]))?((?:[A-Z][\w'’.-]*\s+(?:(?:and|of|for|&)\s+)?)*?[\w'’.-]*\s*{_BODY_WORD}\b)"
)
#: A body the paper asked for its word, whose 'It said' comes next: 'We asked the
#: Department of Health for an interview', 'The ministry was contacted for comment'
_ORG_ASKED = re.compile(
    r"\b(?:[Aa]sked|contacted|approached|emailed)\s+(?P<org>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*"
    rf"{_BODY_WORD}"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)"
    r"\s+for\s+(?:an?\s+)?(?:comment|interview|response|reaction|statement)"
)


#: A body someone wrote to, whose reply may come next: 'He has written to the energy
#: ministry four times …. The reply, dated 21 January, says …'
_ORG_WRITTEN_TO = re.compile(
    rf"\b(?:written|wrote)\s+to\s+(?P<org>the\s+(?:[\w'’.-]+\s+){{0,3}}?{_BODY_WORD})\b"
)


def body_in_head(head: str) -> str | None:
    """The body a text's opening names ('The ministry said …'), or the one the paper
    asked for its word ('We asked the Department of Health for an interview')."""
    author = author_of(head)  # ('The assessment, prepared by Kessler Structural, …. It says')
    if author:
        return author
    low = head.lower()
    if not any(word in low for word in _ORG_WORDS):  # a cheap first look
        return None
    first = _ORG_FIRST.match(head)
    if first:
        return first.group(1).strip()
    asked = _ORG_ASKED.search(head) or _ORG_WRITTEN_TO.search(head)
    return asked["org"] if asked else None


#: An office holder named by office alone: 'the Union Health Minister', 'the ambassador'
_AN_OFFICE = re.compile(
    r"\b[Tt]he\s+(?P<office>(?:[A-Z][\w'’-]*\s+){0,3}(?:"
    + "|".join(office.title() for office in OFFICES)
    + r")|(?:[a-z][\w'’-]*\s+){0,2}(?:"
    + "|".join(OFFICES)
    + r"))\b"
)
#: A name right after an office: 'the Finance Minister, Ana Lind' or 'Minister Ana Lind'
_PERSON_AFTER = re.compile(r",?\s+[A-Z][\w'’-]+\s+[A-Z]")


def office_named_last(texts: Iterable[str]) -> str | None:
    """The office of the last holder the texts (read from the latest) name by office
    alone, not with their name after it: 'Union Health Minister'."""
    for text in reversed(list(texts)):
        offices = [m for m in _AN_OFFICE.finditer(text) if not _PERSON_AFTER.match(text, m.end())]
        if offices:
            return str(offices[-1]["office"])
    return None


#: A place's or a body's name before what stands there or is its own: 'the bank's São
#: Paulo office', 'a Karoo Fresh store'.
PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:office|offices|headquarters|branch|plant|factory|hotel|airport|station|bureau|"
    r"campus|residence|region|district|province|metro|suburbs?|outskirts|palace|building|"
    r"hospital|stadium|square|prison|compound|barracks|store|shop|outlet|"
    # (a company's own, not a person's: 'gave the Karoo Fresh board', 'the Lidl chain')
    r"board|boardroom|chain|brand|workforce|shareholders|directors|executives|employees|"
    # (a title, not a person: 'the Build Mode podcast')
    r"podcast|programme|newsletter|documentary)\b"
)
