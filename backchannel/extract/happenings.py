"""What counts as a happening: the words that name one, and a past action.

events.py finds the sentences that tell one with a date; event_time.py reads the date.
"""

from __future__ import annotations

import re

from .ahead import FOR_ENTRIES
from .event_time import PAST_ACTION, PLANNED
from .foreign_dates import may_be_foreign
from .text import alternation, first_letters
from .verbs import REPORT

#: Words that name a happening: this story's kinds, and happenings in general.
_EVENT_WORDS = [
    "met", "meet", "meets", "meeting", "gather", "gathers", "visit", "visited", "visits",
    "travel", "trip", "call", "letter", "memo", "summit", "talks", "round", "vote", "voted",
    "ballot", "strike", "began", "begin", "resumed", "crash", "crashed", "sent", "signed",
    "launched", "announced", "conference", "forum", "session", "review", "memorandum",
    "revision", "pilot", "election", "hearing", "dinner", "workshop", "debate", "agreement",
    "deal", "test", "scrambled", "walk out", "attack", "attacked", "raid", "raided",
    "invasion", "invaded", "protest", "protests", "rally", "ceasefire", "truce", "referendum",
    "inauguration", "inaugurated", "deadline", "ruling", "ruled", "verdict", "trial",
    "resigned", "resignation", "appointed", "elected", "approved", "passed", "adopted",
    "boarded", "seized", "arrested", "released", "killed", "died", "intervened", "opened",
    "closed", "published", "issued", "introduced", "unveiled", "imposed", "lifted",
    "suspended", "cancelled", "canceled", "postponed", "collapsed", "hiked", "raised",
    "struck", "fired", "launch", "offensive", "exercise", "exercises", "drill", "drills",
    "sanctions", "ban", "banned", "treaty", "accord", "negotiations", "consultations",
    "briefing", "press conference", "speech", "address", "interview", "tour", "outbreak",
    "explosion", "fire", "flood", "earthquake", "took place", "take place", "takes place",
    "held", "hosted", "convened", "presentation", "completion",
    "signing", "talk", "phone call", "video call", "decision", "decided", "huddle",
    "gathering", "consultation", "congress", "assembly", "take effect", "takes effect",
    "took effect", "come into force", "comes into force", "came into force", "enter into force",
    "enters into force", "entered into force", "expire", "expires", "expired", "auction",
    "proposed", "seminar", "become final", "becomes final", "became final", "judgment",
    "judgement", "sentencing", "votes", "lunch", "luncheon", "dispute", "email", "e-mail",
    "parliamentary committee", "committee hearing", "convene", "convenes", "closes", "opens",
    "agreed", "inspection", "inspections", "audit", "resume", "resumes", "told reporters",
    "told journalists", "funeral", "ceremony", "recall", "circular", "summon", "summons",
    "summoned", "cabinet", "concluded", "floated", "complaint", "urgent question",
    "in the Commons", "presented", "will present", "tabled", "will table", "filed", "will file",
    "drought", "famine", "coup", "hurricane", "cyclone", "typhoon", "stoppage", "walkout",
    "blockade", "clashes", "patrol", "patrols", "marched", "takes up", "take up", "took up",
    "appear before", "appears before", "appeared before", "step down", "steps down",
    "stepped down", "hearings", "testify", "testified", "testifies",
    "march", "marches", "vigil", "sit-in", "run until", "runs until", "Questions",
    "question time", "agenda", "arrive", "arrives", "arrival", "pandemic", "heatwave",
    "wildfire", "wildfires", "riots", "uprising", "massacre", "bombing", "elections",
    "tournament", "repairs", "renovation", "restructure", "restructuring", "departure",
    "departures", "inaugural", "maiden", "leaves", "departs", "departed", "go live",
    "goes live", "went live", "registration", "cross-examination", "closing submissions",
    "closing arguments", "Cross-examination", "ticket sales", "Ticket sales", "on sale",
    "register with", "register by", "apply by", "evacuation", "evacuations",
    "information evening", "open day", "notification",
    # a term that ends on its day: 'The floor period ends on March 19', 'most positions will
    # end on Jan. 2'
    "ends on", "end on", "ended on",
    # a court that hears a case, a price or rule effective from a day
    "hear the case", "hears the case", "heard the case", "effective from", "effective on",
    # a body set up, a letter written to someone: 'was set up in 2022', 'had written to Ms
    # Strachan last week'
    "set up", "wrote to", "written to", "writes to", "emailed", "texted", "scrum",
    # the courts' acts and an office taken: 'Prosecutors charged him in March 2019', 'the
    # winner takes office on 6 December', 'The committee will reconvene on 14 February'
    "to open", "to start", "to begin",
    "charged", "indicted", "convicted", "acquitted", "sentenced", "reconvene", "reconvenes",
    # ('The court heard the case over four days in June', 'the season begins on December
    # 14', 'expects the line to be in service by 2028')
    "heard the case", "heard arguments", "heard evidence", "heard submissions", "begins",
    # ('Opening the case on Monday, …', 'the Unity Party launches its manifesto in Odense')
    "Opening the case", "opening the case", "opening statements", "launches", "starts",
    "in service by", "enter service", "enters service", "entered service",
    "reconvened", "takes office", "take office", "took office", "sworn in",
    # words given through a channel on a day: 'rejected the allegations in a statement on
    # Monday', 'posted on X on Tuesday', 'told analysts on an earnings call'
    "in a statement", "in a written statement", "issued a statement", "earnings call",
    "posted on", "wrote on", "brief statement", "short statement",
    # ('told Lakeland Radio on Thursday', 'had spoken to the Energy Secretary by phone last
    # week')
    # ('Speaking to journalists in Eldoret on Wednesday, …', 'told a news conference on
    # Monday', 'in a video message to staff on Tuesday', 'In a note to clients on Friday
    # morning, he wrote …')
    "Radio", "radio", "television", "spoke to", "spoken to", "by phone", "Speaking to",
    "speaking to", "news conference", "video message", "note to clients",
    # words to a house or its members on a day, a breakfast spoken at: 'told MEPs on the
    # agriculture committee on Monday', 'Asked in the National Assembly on Monday', 'at a
    # Dublin business breakfast on Wednesday', 'when Parliament returns on May 12'
    "told MEPs", "told MPs", "told lawmakers", "told senators", "told parliament",
    "told Parliament", "told the committee", "told the Senate", "told the House",
    "in the National Assembly", "in parliament", "in Parliament", "in the Senate",
    "in the Dáil", "in the Bundestag", "in the House", "breakfast", "Parliament returns",
    # ('Appearing before the committee on Tuesday', 'will withdraw their services', 'The last
    # major recruitment drive, in 2023', 'Groundbreaking is set for late April', 'investor day')
    "Appearing before", "appearing before", "withdraw their services", "recruitment drive",
    "Groundbreaking", "groundbreaking", "investor day",
    # a filing to an exchange or a regulator: 'In a filing to the Singapore Exchange on
    # Wednesday evening, KDI said …'
    "a filing", "regulatory filing", "exchange filing", "securities filing",
    # ('on Thursday he posted a photograph of himself on Instagram')
    "on Instagram", "on Facebook", "on Telegram", "on TikTok", "on LinkedIn", "on Twitter",
    "on Bluesky", "on YouTube",
    # ('In a Facebook post late Tuesday, he wrote: …')
    "Facebook post", "Instagram post", "LinkedIn post", "Telegram post", "TikTok post",
    "in a post",
    # an answer to charges: 'Chinook rejected the allegations on Monday'
    "rejected the allegations", "denied the allegations", "rejected the claims",
    "denied the claims", "rejected the accusations", "denied the accusations",
    # a rate cut made, a budget cut announced (not one priced in: 'a cut in April')
    "cut its main", "cut its key", "cut its benchmark", "cut interest rates", "cut rates",
    "budget cut",
    # a fixture and a letter to come: 'their final game at home to Morland on 3 May', 'would
    # be writing to the referees' body on Monday'
    "final game", "next game", "home game", "away game", "the match", "a match", "next match",
    "fixture", "writing to", "write to",
    # a company's results, an offer turned down, a firm gone under, a storm's and a river's
    # day: 'in its full-year results on Thursday', 'an opening offer rejected on 12 August'
    "results", "rejected", "went into administration", "entered administration",
    "made landfall", "overtopped",
    # French and German happenings
    "réunion", "grève", "sommet", "vote", "conseil", "manifestation", "accord", "négociations",
    "rencontre", "visite", "conférence", "élection", "annoncé", "présenté", "signé", "adopté",
    "manifester", "entscheiden", "Vorlage",
    "examiné", "mobilisation", "entretien", "déplacement", "débat", "audience", "procès",
    "interrogée", "interrogé", "Treffen", "Sitzung", "Konferenz", "Gipfel", "Streik",
    "Warnstreik", "Abstimmung", "Wahl", "Gespräch", "Gespräche", "Verhandlungen", "Besuch",
    "beschlossen", "unterzeichnet", "angekündigt", "vorgestellt", "verabschiedet", "Vermerk",
    "Demonstration", "Anhörung", "Prozess", "Urteil", "Kundgebung", "Interrogé", "Interrogée",
    "entrée en vigueur", "entré en vigueur", "entre en vigueur", "in Kraft", "séance",
    "concertation", "Regierungsbefragung", "elects", "publishes", "plenary", "column", "op-ed",
    "industrial action", "day of action", "addressing", "Addressing", "moratorium", "reopen",
    "reopens", "travels", "restart", "restarts",
    # what starts or applies from a day: 'the Pacific Nations Cup kicks off in late August',
    # 'The EU Pact will apply from 12 June', words on video: 'in a video statement'
    "kicks off", "kick off", "kicked off", "gets under way", "get under way", "got under way",
    "apply from", "applies from", "applied from", "Cup", "video statement",
    # a day set as the aim: 'So our target is 17 August'
    "target is", "target date",
    # a state declared: 'Chile declared a water scarcity emergency … in 2024', 'The board
    # declared the drug unaffordable in February'
    "declared a", "declared an", "declared the",
    # words said on a day in a forum or a show: 'At a roundtable in Baku on 29 January',
    # 'In a livestream on 4 May', 'On her podcast on 11 May'
    "roundtable", "round table", "livestream", "podcast", "side event", "side-event",
    # a body founded, a decree issued, an inspection ordered: 'a company founded in 2022'
    "founded", "decree", "ordered a", "ordered an", "ordered the",
    # a company's figures put out: 'The developer reported the loss on Wednesday'
    "reported the loss", "reported a loss", "reported its", "reported a profit",
    "reported the profit", "reported results", "reported earnings",
    # a gathering by its name, an event: 'at the Adriatic Shipping Summit in Rijeka on
    # 16–17 September', 'after a union event at the Trade Union House on Monday'
    "Summit", "Conference", "Forum", "Congress", "event",
    # evidence given to a court or a committee, a fixture at home, a house gone into recess,
    # rules put out: 'Pryce gives evidence to the Treasury select committee', 'are at home to
    # Low Fell Harriers next Saturday', 'Parliament rises for the year on December 4'
    "gives evidence", "give evidence", "gave evidence", "giving evidence", "given evidence",
    "at home to", "rises for", "publication",
]  # fmt: skip
EVENT_WORDS = re.compile(
    rf"\b{first_letters(_EVENT_WORDS)}(?:{alternation(_EVENT_WORDS)})\b"
    # a passive past: 'was boarded', 'were arrested'
    r"|\b(?:was|were|had been|has been|have been|will be|would be)\s+(?:[a-z]\w*ly\s+|first\s+|"
    r"then\s+|later\s+|also\s+|again\s+)?(?:[a-z]{3,}ed|heard|won|lost|sold|built|shot|hit|"
    r"struck|caught|paid|taken|given|found|shut|stolen|sunk|beaten|sworn|thrown|cut|set|put)\b"
    # what is planned: 'scheduled to close', 'due to present'
    rf"|{PLANNED.pattern}"
    # what is fixed for a day: 'a debate …, which is scheduled for 4 March'
    r"|\b(?:scheduled|slated|planned|pencilled in|penciled in) for\b"
    # what is due: 'the flash estimate is due on 30 April', 'the advice due on 30 September'
    r"|\b(?:is|are|was|were|be) due\b|\bdue (?:on|by|in|before)\b"
    # what is awaited on a day: 'the first joint patrols are expected in early August'
    r"|\b(?:(?:is|are) )?expected (?:in|on|by|from|before|after) "
    # an act someone will do: 'would notify the aid package to Brussels before the end of
    # February', 'will open the first training programme in September' (not any verb: 'would
    # raise 600 million a year by 2028', 'will leave our live coverage for today')
    # (or hopes, plans or means to: 'hopes to sign a contract in late May', 'hopes to send
    # the bill to parliament in early May')
    r"|\b(?:will|would|shall|should|(?:hopes?|hoped|plans?|planned|intends?|intended|aims?|"
    r"aimed|expects?)\s+to)\s+(?:also\s+|then\s+|formally\s+|first\s+)?(?:open|"
    r"introduce|notify|submit|publish|award|hold|host|deliver|unveil|release|sign|hear|order|"
    r"install|reopen|start|begin|close|decide|rule|announce|consider|debate|examine|inspect|"
    r"restart|send|table|launch|present|complete|file|hand)\b"
    # what must be done by a day: 'must deliver its recommendation on Monday'
    r"|\bmust (?!be\b|have\b|not\b)[a-z]+\b"
    # words to a body or a gathering: 'told the Dutch parliament on Tuesday', 'told an
    # investors' conference in Nairobi'
    # ('told the budget committee last Wednesday': a word of its own before the body)
    r"|\b(?:told|addressed) (?:the |an? )?(?:[A-Z]\w+ |[a-z]+['’]? )?(?:parliament|lawmakers|"
    r"conference|summit|assembly|rally|crowd|committee|forum|hearing|inquiry|commission|"
    r"tribunal|court|legislators|senators|MPs|radio|television|broadcaster|TV)\b"
    # a letter to a body or a person, a trip to one: 'wrote to the HSE in December', 'We
    # are going to the Workplace Relations Commission this afternoon'
    r"|\bwrote to (?:the )?(?:[A-Z]|(?:[a-z]+ )?(?:minister|president|governor|mayor|council|"
    r"board|committee|commission|secretary|chancellor|premier|regulator|ministry|department|"
    r"agency|authority|union|court)\b)"
    # an appearance somewhere named: 'speaking in the House of Commons on Monday'
    r"|\b(?:[Ss]peaking|spoke) (?:in|at|before) (?:the )?[A-Z]"
    # a deadline: 'Licence holders have until 30 September to file …'
    r"|\b(?:has|have|had) until\b"
    r"|\b(?:am|is|are) (?:going|heading|travelling|traveling|"
    r"flying) to (?:the )?[A-Z]"
    # (or will: 'it will go to the National Assembly in June')
    r"|\b(?:will|would|to) (?:then )?go to (?:the )?(?:[A-Z]|[a-z]+ committee\b)"
    r"|\bgoes to the [A-Z]"
    # a side's fixture, a candidate's race: 'Castleton, meanwhile, host Pelham Vale next
    # Saturday', 'will face Democrat Ryan Greene in November' (not 'radio host Hugh Hewitt')
    r"|\b(?:will|to|meanwhile,|then)\s+(?:host|play|face)\s+[A-Z][a-z]"
    # ('Harbury Town host Millbrook Rovers at Mill Lane on Saturday': a side's name, then)
    r"|\b(?:Town|City|United|Rovers|Athletic|Wanderers|Albion|County|FC|Rangers|Celtic)\s+"
    r"(?:host|play|face|visit|travel\s+to)\s+[A-Z][a-z]"
    # ... or any side's, its day or place right after ('Ashby host Dunmore on Tuesday
    # night'; not 'radio host Hugh Hewitt said')
    r"|\b[A-Z][\w'’-]+\s+(?:host|face)\s+[A-Z][\w'’-]+\s+(?:on|at|next|this|tonight|tomorrow)\b"
    r"|\bfaces\s+[A-Z][a-z]"
    # a stay somewhere: 'I was in Berlin in March'
    r"|\b(?:was|were) in (?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][a-z]+\b"
    # what opens or closes for entries: 'Nominations close on 1 August'
    rf"|{FOR_ENTRIES}"
    # a parliament by its name: 'told the Storting in October', 'told the Senate'
    # (its kind first too: 'told the National Assembly last Thursday')
    r"|\b(?:told|addressed) the (?:[A-Z]\w+ )?(?:Senate|Storting|Bundestag|Knesset|Duma|Sejm|"
    r"Commons|House|"
    r"Congress|Assembly|Riksdag|Folketing|Oireachtas|Dáil|Seimas|Saeima|Riigikogu|Eduskunta|"
    r"Sabor|Rada|Verkhovna Rada|Dewan Rakyat|Lok Sabha|Rajya Sabha|Majlis|Diet|Cortes|Althing|"
    r"Bundesrat|Nationalrat|Sobranie|Skupština|Skupshtina|Storting|Landtag)\b"
)  # case-sensitive: these words are lower case in running text, and it is faster
_PRIVATE_EXCHANGE = re.compile(
    r"\b(?:privately|quietly|behind closed doors)\s+(?:\w+\s+){0,2}?(?:told|assured|promised|"
    r"warned|signalled|signaled|offered|pledged|urged|pressed)\b"
    # 'told me privately', 'assured the mayors privately'
    r"|\b(?:told|assured|promised|warned)\s+(?:\w+\s+){1,2}?(?:privately|quietly)\b"
)
#: German happenings are compounds: 'Haushaltsberatungen', 'Ministerpräsidentenkonferenz'
_GERMAN_COMPOUND = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:beratungen|beratung|sitzung|konferenz|gipfel|streik|treffen|"
    # (and of one: 'am Rande des Industriegipfels')
    r"kundgebung|wahl|abstimmung|verhandlungen|befragung|gespräche)s?\b"
)


#: Past forms that say nothing happened: speech, states, plans, names.
_NOT_ACTIONS = frozenset({
    "expected", "based", "called", "named", "aged", "used", "alleged", "related", "concerned",
    "interested", "supposed", "armed", "united", "limited", "detailed", "needed", "wanted",
    "seemed", "appeared", "tried", "planned", "scheduled", "reported", "claimed", "described",
    "noted", "stressed", "insisted", "warned", "argued", "added", "explained", "asked",
    "answered", "replied", "suggested", "believed", "hoped", "feared", "remained", "continued",
    "estimated", "considered", "proposed", "required", "allowed", "followed", "included",
    "involved", "owned", "advised", "red", "bed", "need", "feed", "seed", "speed",
})  # fmt: skip


def _did_something(bare: str) -> bool:
    """Does the sentence tell of a past action (a verb in the past, not a speech verb)?
    Not weather or a state of things: 'It rained on Monday' has no one who acted."""
    if bare.startswith("There ") or (bare.startswith("It ") and not _IT_ACTED.match(bare)):
        # (a clause of its own may tell one: 'It had been stuck in the upper house since
        # August, when the Coalition combined with two crossbenchers …')
        when = bare.find(", when ")
        return when >= 0 and _did_something(bare[when + 7 :])
    for m in PAST_ACTION.finditer(bare):
        word = m.group(0)
        if word not in _NOT_ACTIONS and not REPORT.fullmatch(word):
            return True
    return False


#: 'It carried 1.9 million passengers in 2024': a body that acted, not the weather ('It
#: rained', 'It was', 'It emerged that …')
_IT_ACTED = re.compile(
    r"It\s+(?:also\s+)?(?:carried|sold|bought|signed|opened|closed|built|hired|cut|raised|"
    r"paid|filed|launched|announced|acquired|won|lost|fired|sent|received|approved|rejected|"
    r"delivered|produced|exported|imported|invested|borrowed|issued|published|reported)\b"
)


def _OPENS_ON_HAPPENING(bare: str) -> bool:  # noqa: N802 (read as the pattern it wraps)
    """Does the sentence open on a happening of several words or in the plural?"""
    m = EVENT_WORDS.match(bare[:1].lower() + bare[1:40])
    return m is not None and (" " in m.group(0) or m.group(0).endswith("s"))


#: No answer to the paper: 'Mr. Baxter did not return a call seeking comment Tuesday'
_NO_ANSWER = re.compile(
    r"\b(?:did not|didn['’]t|has not|have not|had not) (?:return|respond|reply|answer)|"
    r"\bdeclined to comment\b|\bcould not be reached\b"
)


def names_happening(bare: str) -> bool:
    """Does the clause (its quotations blanked) tell of a happening? (Not the paper's
    call that went unanswered.)"""
    no_answer = (
        _NO_ANSWER.search(bare)
        if "not" in bare or "declined" in bare or "reached" in bare
        else None
    )
    if no_answer:
        # the rest of the sentence may tell one: 'Greaves, who left the trust in August,
        # did not respond to requests for comment'
        stops = (bare.find(",", no_answer.end()), bare.find(";", no_answer.end()))
        end = min((i for i in stops if i >= 0), default=len(bare))
        bare = bare[: no_answer.start()] + bare[end:]
    return bool(
        EVENT_WORDS.search(bare)
        # (a happening that opens its sentence: 'Closing arguments could come …', 'Talks
        # resumed'; not a word before a noun: 'Election scholars caution')
        or (bare[:1].isupper() and _OPENS_ON_HAPPENING(bare))
        or _did_something(bare)
        or (may_be_foreign(bare) and _GERMAN_COMPOUND.search(bare))
        # 'privately told the Slovak delegation on Wednesday that …': a private exchange
        # is a happening, as a meeting is
        or (
            ("rivately" in bare or "behind closed" in bare or "quietly" in bare)
            and _PRIVATE_EXCHANGE.search(bare)
        )
    )
