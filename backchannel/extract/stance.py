"""Stance cues: the words that suggest a public stance or a private assurance.

Evidence comes first from the words around a statement (a venue: "told
reporters", "behind closed doors"). Where there is none, who speaks decides,
as the label guide does: a named official, spokesperson or institution quoted
with a plain speech verb is on the record (public); an unnamed insider
recounting a private exchange ("he told us…", "in that room") is private;
analysts and unnamed sources with no such sign are neither.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .conventions import PLATFORMS
from .roles import OUTLET_NAMES
from .text import alternation, first_letters

PRIVATE_CUES = [
    "privately", "in private", "behind closed doors", "closed-door", "private call",
    "with the door closed", "with the doors closed",
    # what was overheard: 'Transcripts of intercepted calls … record him telling …'
    "intercepted calls", "intercepted call", "intercepted conversation",
    "private talks", "private conversations", "private assurances", "private meeting",
    # an undertaking someone gave in private ('a private commitment from the Minister that')
    "private commitment from", "private commitments from", "private assurance from",
    "private pledge from", "private pledges from", "private promise from",
    "private undertaking from", "private guarantee from", "private guarantees from",
    "private video call", "private video conference", "private phone call",
    "private telephone call", "private conversation", "private dinner", "private message",
    # ('told health bosses in a private letter last month that …')
    "private letter", "private letters", "private email", "private emails", "private note",
    "private correspondence",
    "private slack channel", "private channel", "private group chat",
    # a call between two people ('told the council's secretary in a telephone call'; a
    # 'phone interview' is an interview, on the record)
    "in a phone call", "in a telephone call", "during a phone call", "during a telephone call",
    "on a phone call", "in phone calls", "in telephone calls",
    "private messages", "in a letter", "in the letter", "letter dated", "letter seen by",
    "memo", "minutes",
    "confidential", "in the room", "told the group", "told the ministers",
    "on condition of anonymity", "asked not to be named", "asking not to be named",
    "speaking anonymously", "closed meeting", "closed session", "talks were private",
    "closed video call", "closed call", "closed briefing", "closed video conference",
    "closed videoconference", "private videoconference", "in a video call",
    "closed to the press", "closed to reporters", "closed to the media", "closed to the public",
    "during a video call", "on a video call",
    "behind the scenes", "diplomatic note", "note dated", "note seen by", "document seen by",
    "documents seen by", "cable seen by", "email seen by", "emails seen by", "diplomatic cable",
    "obtained by", "according to the same notes", "according to the note",
    "according to the memo", "according to the readout",
    # the paper's own leak: 'We have obtained a copy of a note the presidency circulated'
    "obtained a copy", "have obtained", "has obtained",
    # a meeting's notes, as its minutes: 'The notes record her saying …', '…, the notes show'
    "notes record", "notes show", "notes of the meeting", "notes of a meeting",
    # (the email the story is about, not one to the paper: 'said in an email')
    "in the email", "in the emails", "in the message", "in the messages",
    "in the cable", "in the note", "internal memo", "internal email", "internal document",
    "internal note", "internal presentation", "board presentation", "presentation to the board",
    "presentation to the management board", "able to view", "been able to see",
    "been shared with",
    "not authorized to speak publicly", "not authorised to speak publicly",
    "declined to be named", "huddle", "leaked", "off the record", "on background",
    "did not want to be named", "requested anonymity", "not authorised to speak",
    "not authorized to speak", "requesting anonymity", "seeking anonymity",
    "secretly", "in secret", "quietly told", "quietly assured", "quietly promised",
    "quietly pledged", "quietly offered", "quietly agreed", "quietly signalled",
    "quietly signaled", "quietly urged", "quietly warned", "quietly pressed", "quietly asked",
    "text message", "in a text to", "whatsapp message", "group chat", "private chat",
    "whatsapp group", "signal group", "signal chat",
    # an email's reply or its forwarding, and what the emails show
    "wrote back", "forwarded the email", "forwarded the note", "forwarded the message",
    "forwarded the memo", "according to the emails", "according to the email",
    "according to the messages",
    "board meeting", "told the board", "granted anonymity", "private lunch",
    # what happened in a room, told by those who were there ('According to three senators
    # who attended, General Dobre told the committee that …')
    "told the room", "who attended", "who were present", "who was present",
    "who were at the meeting", "who sat in on",
    # a company's own staff, in a meeting of its own: 'told employees at an all-hands'
    "all-hands", "all-staff", "staff meeting", "told employees", "told staff", "told her staff",
    "told his staff", "leaked recording",
    # the recording the story obtained, named again: 'Okafor said on the recording'
    "on the recording", "in the recording", "on the tape", "on the tapes",
    "private breakfast", "whatsapp messages", "text messages", "seen by", "side room",
    # French: an internal note, seen by (a paper)
    "note interne", "consultée par", "consulté par", "consultés par", "consultées par",
    # Ukrainian and Russian: a closed meeting, behind closed doors, anonymity
    "закритій зустрічі", "закритої зустрічі", "закрытой встрече", "закрытой встречи",
    # French: in private, behind closed doors, anonymity
    "en privé", "à huis clos", "sous couvert d'anonymat", "sous couvert d’anonymat",
    # German: in confidence, behind closed doors, seen by this paper, insiders
    "vertraulich", "vertraulichen", "vertrauliche", "hinter verschlossenen türen",
    "nach informationen dieser zeitung", "der dieser zeitung vorliegt",
    "die dieser zeitung vorliegt", "das dieser zeitung vorliegt", "teilnehmerkreisen",
    "einer der teilnehmer", "nicht namentlich genannt",
    "за зачиненими дверима", "за закрытыми дверями", "на умовах анонімності",
    "на условиях анонимности",
]  # fmt: skip
PUBLIC_CUES = [
    "publicly", "in public", "told reporters", "to reporters", "asked by reporters",
    "told journalists", "to journalists", "telling reporters", "telling journalists",
    "press conference", "news conference", "press briefing", "media briefing",
    "in an interview", "interview", "in a statement", "written statement", "statement",
    "posted", "wrote on x",
    *(f"on {platform.lower()}" for platform in PLATFORMS),
    "in parliament", "parliament", "speech", "radio", "television", "talk show",
    "told delegates", "business forum", "plenary", "debate", "podium", "asked about",
    "asked whether", "on the record", "rally", "told the bbc", "told cnn", "told lawmakers",
    "testified", "testimony", "hearing", "tweeted", "remarks", "told the court",
    # a post on its own blog, read by all: 'In the post, general counsel Mark Delacroix wrote:'
    "blog", "in the post", "in a post",
    # (counsel's argument to a court: 'Senior Advocate Rajiv Menon submitted that …')
    "submitted that", "told a court", "in court", "before the court", "told the jury",
    "told the judge",
    "told the committee", "district court", "witness box", "victim impact statement",
    "ruled that", "ruling that", "judgment", "finding that", "holding that",
    # a body's own figures, put out for all: 'According to figures released by the …'
    "figures released by", "data released by", "figures published by", "data published by",
    "statistics released by", "statistics published by",
    "court found", "judge found", "court held", "earnings call", "told analysts", "told investors",
    # what a body that inquires finds is its published word: 'A Senate committee has found'
    "committee found", "committee has found", "inquiry found", "inquiry has found",
    "panel found", "panel has found", "panel held", "jury found", "tribunal found",
    "tribunal held", "ombudsman found", "auditor-general found", "watchdog found",
    "investor call", "conference call with analysts", "analyst call", "analysts' call",
    "shareholder meeting", "annual meeting",
    # a meeting open to all ('At its annual general meeting, … told staff and residents:')
    "annual general meeting", "general meeting", "public meeting", "town hall meeting",
    "town-hall meeting", "public council meeting", "public board meeting", "public session",
    "public hearing", "open session", "open meeting",
    # said over and over, for all to hear: 'has said repeatedly that …'
    "said repeatedly", "repeatedly said", "has repeatedly", "have repeatedly",
    "video address", "televised address", "address to the nation", "lobby briefing",
    "told the lobby", "told mps", "in the commons", "house of commons", "told the house",
    "asked in the house",
    # Ukrainian and Russian: a briefing, to journalists, a press conference, an interview
    "conférence de presse", "point presse", "aux journalistes", "devant la presse",
    "à la presse", "en public", "publiquement", "interrogé", "interrogée",
    # German: in public, in the Bundestag, at a press conference, asked
    "öffentlich", "im bundestag", "im bundesrat", "pressekonferenz",
    "regierungspressekonferenz", "regierungsbefragung", "auf anfrage", "in einer erklärung",
    "на брифінгу", "на брифинге", "журналістам", "журналистам", "на пресконференції",
    "на пресс-конференции", "в інтерв'ю", "в интервью",
]  # fmt: skip


#: One pattern for both sides, so one search finds the first cue of either: one
#: prefix tree for all (no cue of one side starts another's), sides told apart after.
_CUES = re.compile(
    rf"\b{first_letters(PRIVATE_CUES + PUBLIC_CUES)}(?:{alternation(PRIVATE_CUES + PUBLIC_CUES)})\b"
)
_PRIVATE = frozenset(PRIVATE_CUES)


#: Cues that name a thing: a venue only where the words before make it one ('in a
#: statement', 'told a press conference', 'issued a statement'), not where it is
#: talked about ('expand on her statement', 'discussed the memo').
_THING_CUES = {
    "statement", "memo", "minutes", "interview", "speech", "remarks", "testimony", "hearing",
    "debate", "rally", "radio", "television", "podium", "press conference", "news conference",
    "press briefing", "plenary", "talk show", "business forum", "huddle",
    # 'told parliament', not 'parliament could ratify it': the place, not the topic
    "parliament", "district court",
}  # fmt: skip
_VENUE_BEFORE = re.compile(
    r"(?:\b(?:in|at|during|through|via|from|to|by|before|into|told|tells|addressed|addresses|"
    r"issued|released|read|reads|"
    r"put out|sent|gave|give|gives|delivered|according to)\s+|[,.;:]\s*|^\s*)"
    r"(?:(?:a|an|the|his|her|their|its|this|that|[\w'’-]+['’]s?)\s+)?(?:[\w'’-]+\s+){0,2}$"
)
#: Papers one reacts to or explains, no place one speaks 'to'
_READ_PAPERS = frozenset({"minutes", "memo", "statement"})
#: 'on the radio', 'on a talk show': broadcasts are also a venue after 'on'
_ON_AIR = re.compile(r"\bon\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}$")
_BROADCAST = {"radio", "television", "talk show", "podium", "interview"}
#: 'the memo shows', 'a statement seen by': the document itself speaks
_VENUE_AFTER = re.compile(
    r"\s*(?:said|says|read|reads|stated|states|added|showed|shows|describes|described|notes|"
    r"noted|seen|obtained|dated|sent|released|issued|published)\b"
)


#: 'seen by' is a leak's only after a paper ('a summary of the meeting seen by Meridian',
#: not 'is seen by many as a reformer')
_SEEN_BY = frozenset(
    {"seen by", "consultée par", "consulté par", "consultés par", "consultées par"}
)
_PAPER_BEFORE = re.compile(
    r"\b(?:summary|draft|minutes|copy|note|letter|memo|document|documents|report|readout|"
    r"transcript|record|e-?mails?|messages?|conclusions|cable|paper|papers|plan|proposal|"
    r"analysis|assessment|presentation|slides|notes|interne|rendu|rapport|courriel|"
    r"procès-verbal)\b[^.;]{0,90}$"
)
#: What a cue is the topic of: 'does not comment on private meetings', 'reports of
#: closed-door talks'
_TOPIC_BEFORE = re.compile(
    r"\b(?:comment(?:ing|s)? on|about|discuss(?:ing|ed)?|reports? (?:of|on|about)|details of|"
    r"rumou?rs of|publish(?:ed|es)?|release|leak|disclose|share)\s+"
    r"(?:the\s+|any\s+|all\s+|these\s+|those\s+)?$"
    # what a question asked about: 'Asked whether he had given private assurances'
    r"|\bwhether\s+(?:[\w'’-]+\s+){1,4}$"
    # what is denied or ruled out: 'said there had been no private assurances', 'denied
    # any closed-door deal'
    r"|\b(?:no|any)\s+$"
    # what someone was told not to do, or would not do: 'instructed the agency not to say
    # publicly …', 'declined to comment publicly'
    r"|\b(?:not|declined|refused|unwilling|unable)\s+to\s+(?:say|speak|comment|talk|discuss)"
    r"(?:\s+it)?\s+$"
)
_MADE_PUBLIC_DE = re.compile(r"\s+(?:mach|gemacht|werden|zugänglich)")
#: 'in private or in public', 'publicly or privately': both, so neither
_EITHER = re.compile(
    r"(?:in private|privately|in public|publicly)\s+(?:or|and|nor)\s+(?:in private|privately|"
    r"in public|publicly)"
)
_BOTH_AT = ("in private", "privately", "in public", "publicly")
_BE_BEFORE = re.compile(r"(?:['’]re|\b(?:are|am|is|was|were|been|be|keep|kept))\s+$")
#: A message to the sender's own people or one partner: 'in an email sent on 14 April to
#: the company's four regional directors', 'a message to colleagues', 'Writing to AET's
#: managing director, …' (not 'an email to reporters')
_TO_OWN_PEOPLE = re.compile(
    r"\b(?:e-?mail|message)s?\s+(?:sent\s+)?(?:[^.;,:“”\"]{0,30}?\s)?to\s+(?:(?:the|his|her|"
    r"their|its|all|two|three|four|several)\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:staff|colleagues|employees|directors|managers|executives|team|workforce|partners|"
    r"shareholders|board|deputies|aides|members)\b"
)
#: ... or told them: 'told directors that …', 'tells cabinet members', 'assured the squad'
#: (not 'told MPs', 'told councillors', 'told investors': often in the open)
_TOLD_OWN_PEOPLE = re.compile(
    r"\b(?:told|tells|telling|assured|assuring|warned|warning)\s+(?:the\s+|his\s+|her\s+|its\s+|"
    r"their\s+)?(?:(?:senior|board|cabinet|club|fellow)\s+)?(?:directors|cabinet|colleagues|"
    r"ministers|executives|players|squad)\b"
)
#: ... or a letter to one office holder (read in the words' own case): 'Writing to AET's
#: managing director, Selim Aydın, …', 'wrote to PGZ’s chief executive on 2 June that …'
#: (not 'Writing to her EU counterparts', nor an open letter)
_TO_ONE_NAMED = re.compile(
    r"\b(?i:writing|wrote)\s+to\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?i:director|"
    r"chief executive|chairman|chairwoman|president|minister|deputy)\b"
    r"(?:,\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]*)?"
)
#: How a paper was made public: 'released', 'published', 'made public'
_PUBLISHED = r"(?:released|published|made public)"
_OPEN_LETTER = re.compile(rf"\bopen letter\b|\bletter\b[^.;]{{0,40}}?\b{_PUBLISHED}\b")
_MESSAGES = frozenset({"text message", "text messages", "whatsapp message", "whatsapp messages"})
_OWNED_BEFORE = re.compile(r"\b(?:her|his|their|its|my|our)\s+$")
#: Private papers that were made public: 'in a letter to colleagues released Monday'
_PAPERS = frozenset(
    {"in a letter", "in the letter", "memo", "minutes", "internal memo", "in the message",
     "according to the emails", "according to the email", "according to the messages"}
)  # fmt: skip
_MADE_PUBLIC = re.compile(rf"[^.;:“”\"]{{0,40}}?\b(?:{_PUBLISHED}|posted)\b")
#: ... anywhere in a sentence about a letter or an email: 'The letter, published on
#: Monday, says …', 'in an open letter'
MADE_PUBLIC_IN = re.compile(rf"\b(?:open letter|{_PUBLISHED}|posted)\b")


#: A room shut to the public, right after whom one told: 'told MPs in a closed-door session'
_CLOSED_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:in|at|during)\s+(?:a|an|the|their)\s+(?:closed-door|closed|"
    r"private|confidential|secret)\b"
)


#: An occasion open to the press, after 'who attended': 'who attended the signing'
_AN_OPEN_DO = re.compile(r"\s+the\s+(?:signing|launch|ceremony|opening|unveiling|rally)\b")


# the same words come back for several rules (a sentence, a tag's head)
@lru_cache(maxsize=32)
def first_cue(context: str) -> tuple[str | None, str | None, int]:
    """(stance, cue, where) of the first cue in ``context``; (None, None, -1) if none."""
    low = context.lower()
    # (a first look: most contexts name no message)
    own = _TO_OWN_PEOPLE.search(low) if "mail" in low or "message" in low else None
    if own is None and ("writ" in low or "wrote" in low) and len(low) == len(context):
        own = _TO_ONE_NAMED.search(context)
        if own and _OPEN_LETTER.search(low):
            own = None  # ('Writing to the president in an open letter published …')
    for m in _CUES.finditer(low):
        if own and own.start() < m.start():
            break
        cue = m.group(0)
        before = low[max(0, m.start() - 60) : m.start()]
        venue = _VENUE_BEFORE.search(before) if cue in _THING_CUES else None
        if (
            cue in _THING_CUES
            and (venue is None or (cue in _READ_PAPERS and venue.group(0).startswith("to ")))
            and not (cue in _BROADCAST and _ON_AIR.search(before))
            and not _VENUE_AFTER.match(low, m.end())
        ):
            # a thing talked about, not where it was said (nor a paper reacted to:
            # 'reacted angrily to the minutes', 'to explain the minutes')
            continue
        if cue == "hearing" and _BE_BEFORE.search(before):
            continue  # 'We're hearing that …': what a reporter hears, not a hearing
        if cue in _SEEN_BY and not _PAPER_BEFORE.search(low, max(0, m.start() - 100), m.start()):
            continue
        if cue == "öffentlich" and _MADE_PUBLIC_DE.match(low, m.end()):
            continue  # 'öffentlich machen': to make public, not said in public
        if _TOPIC_BEFORE.search(before) or (
            cue == "who attended" and _AN_OPEN_DO.match(low, m.end())
        ):
            continue  # 'does not comment on private meetings', 'who attended the signing'
        if cue in _MESSAGES and _OWNED_BEFORE.search(before):
            # 'told the Tasman Times her text message was a thank-you': the message talked
            # of, not the one it was said in
            continue
        if cue in _BOTH_AT and (
            _EITHER.match(low, m.start()) or _EITHER.search(low, max(0, m.start() - 30), m.end())
        ):
            continue  # 'No promise was made, in private or in public'
        closed = _CLOSED_AFTER.match(low, m.end()) if cue.startswith("told ") else None
        if closed:
            # 'told MPs in a closed-door session on Tuesday': the room was shut
            return "private", low[m.start() : closed.end()], m.start()
        if cue in _PAPERS:
            shown = _MADE_PUBLIC.match(low, m.end())
            if shown:  # a letter released to the press is on the record
                return "public", low[m.start() : shown.end()], m.start()
        return ("private" if cue in _PRIVATE else "public"), cue, m.start()
    if own is None and ("tel" in low or "told" in low or "assur" in low or "warn" in low):
        # (one's own people told, where no venue is named: a venue says more)
        own = _TOLD_OWN_PEOPLE.search(low)
    if own:
        return "private", own.group(0), own.start()
    return None, None, -1


def stance_of(*contexts: str) -> tuple[str | None, str | None]:
    """(stance, cue) from the first context that holds a cue; (None, None) if none do.
    Within a context the cue that comes first decides."""
    for context in contexts:
        side, cue, _ = first_cue(context)
        if side:
            return side, cue
    return None, None


#: Unnamed speakers: their words are not on the record.
ANONYMOUS = re.compile(
    # ('an official spokesman' speaks for a body, on the record)
    r"\b(?:officials?(?!\s+spokes)|sources?|person|people|insiders?|diplomats?|aides?|bankers?|(?<!-)members?|"
    # ('the Executive Board' is a body, named)
    r"MPs?|negotiators|advisers?|advisors?|staffers?|lawmakers|figures?|delegates?|"
    # ('its chief executive' is one office holder, on the record)
    r"(?<!chief )executives?(?!\s+(?-i:[A-Z]))|"
    r"civil servants?|somebody|someone|one of|responsables?|diplomates?|proches?|"
    r"Beamter?|Beamten|Quellen?|Insider|Diplomaten|источник|чиновник|джерело)\b"
    # ('the three-member panel' is a body, not three people)
    r"|^(?:two|three|four|five|several|some|many)\b(?!-)",
    re.I,
)
#: Publications relaying a report: reportage, not a stance of their own.
OUTLETS = re.compile(
    rf"\b(?:{'|'.join(sorted(OUTLET_NAMES))}|"
    r"newspaper|publication|magazine|broadcaster|outlet|report|tabloid|weekly)\b"
)
#: A private exchange recounted by someone who was there.
RECOUNTED = re.compile(
    r"\b(?:told (?:us|them|me)|we were told|gave (?:us|them|me)|promised (?:us|them|me)|"
    r"assured (?:us|them|me)|in (?:that|the) room|behind closed doors|privately|"
    # '“He said it plainly: …,” the diplomat said': what was said to them, recounted;
    # '“He put the names of the banks on the table,” one of the diplomats said': what
    # someone did in the room
    r"^(?:he|she|they) (?:was|were|had|did|put|made|gave|offered|used|said|told|asked|"
    r"warned|promised|insisted|wants?|wanted|would|will|could|did not|didn['’]t|wasn['’]t)|"
    # what was done to those who were there: '“We were given a date, a rota …”', '“We
    # sat in on two of the briefings”', '“Nobody in that session believed it”'
    r"we were (?:given|shown|asked|promised|assured|handed|informed)|sat in on|"
    r"in that (?:session|meeting|call|briefing|dinner|lunch)|"
    r"on the table|at the table|the message was|in the meeting|on the call)\b",
    re.I,
)


def speaker_stance(
    speaker: str | None, words: str, verb: str, *, named: bool, onlooker: bool
) -> tuple[str | None, str | None]:
    """The stance who speaks suggests when the words around say nothing.

    ``named``: the speaker is a person or body the article names;
    ``onlooker``: the article introduced them as an analyst, an economist or a news
    outlet ('the German newspaper Die Welt')."""
    if not speaker or onlooker or OUTLETS.search(speaker):
        return None, None
    if ANONYMOUS.search(speaker) and not named:
        m = RECOUNTED.search(words)
        return ("private", m.group(0)) if m else (None, None)
    if named and verb:
        return "public", verb
    return None, None
