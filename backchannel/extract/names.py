"""What a name is: the runs of capitalised words that name someone, and the titles,
headline words, places and sentence openers that are no part of a person's name."""

from __future__ import annotations

import re
from functools import lru_cache

from .affiliations import is_place
from .name_words import NOT_NAMES, SENTENCE_WORDS, TITLES

#: Capitals of the scripts the news comes in: Latin, Latin-1, Latin Extended-A (Baltic,
#: Polish, Czech names: 'Dovilė Šakalienė', 'Łukasz'), Cyrillic (with Ukrainian's)
CAPITAL = (
    "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper()) + "А-ЯЁЄІЇҐ"
)
#: 'Lea Brandt von der Universität Bielefeld': a particle before an institution is no
#: part of a name (as it is in 'Ursula von der Leyen')
_INSTITUTION = (
    r"(?:Universität|Universitat|Université|University|Universidad|Hochschule|Institut|"
    r"Stiftung|Bank|Partei|Stadt|Regierung|Kommission|Gewerkschaft|Banque|Ville|Ministère|"
    r"Ministerium)"
)
#: The small words inside a name ('José Ignacio de la Fuente', 'Ursula von der Leyen')
PARTICLES = frozenset({
    "van", "von", "de", "der", "den", "del", "da", "di", "le", "la", "al", "du", "dos", "das",
    "bin", "ibn",
    # Irish: 'Declan Ó Súilleabháin', 'Siobhán Ní Bhriain'
    "Ó", "Ní", "Uí",
})  # fmt: skip
#: The same, as a pattern's alternation
PARTICLE = "|".join(sorted(PARTICLES))
#: An Arabic article joined to the name after it: 'Said bin Hamad al-Rawahi', 'el-Sisi'
JOINED_ARTICLE = r"(?:al|el|ad|ash|as|az)-"
_NAME = (
    rf"(?:[{CAPITAL}][\w'’.-]*|{JOINED_ARTICLE}[{CAPITAL}][\w'’.-]*|"
    rf"(?:{PARTICLE}|á|í|af)\b"
    rf"(?!\s+(?:(?:der|dem|den|la|l['’])\s*)?{_INSTITUTION}))"
)
#: (no word goes on past an apostrophe at its end: "'Thin-skinned' Trump" is a
#: quotation's close, "Reuters’ Luciana Lopez" an owner, then a name)
#: (nor past a sentence's full stop: 'said Freddy Ortega. Ana Lind disagreed' is two
#: names; a title's stop is no sentence's end: 'Sen. Ana Lind', 'Prof. Ola Berg')
#: (nor past a stop on to a word that opens a sentence: 'the Universidad del Pacifico
#: Sur. She said')
NAME_RUN = re.compile(
    rf"[{CAPITAL}][\w'’.-]*(?:(?<!['’])(?<!(?<!P)[a-z]{{3}}\.)\s+"
    rf"(?!(?<=\.\s)(?:He|She|They|We|It|The|But|And|This|His|Her|Their)\s){_NAME})*"
)
_GERMAN_TITLE = re.compile(
    r"\w(?:minister|sprecher|kanzler|präsident|chef|vorsitzende|leiter|botschafter)(?:in|r)?$"
)

ORG_WORDS = re.compile(
    r"\b(University|Ministry|Department|Bank|Capital|Review|Dagblad|Courier|Insider|Agency|"
    r"Ledger|Examiner|Inquirer|Sentinel|"
    r"News|Desk|Europe|Times|Post|Daily|Wire|Insight|Zakenkrant|Commission|Council|Party|"
    # outlets, whose names head a headline ('Alpine Report: …') like a speaker's
    r"Report|Journal|Monitor|Observer|Herald|Tribune|Gazette|Chronicle|Dispatch|Bulletin|"
    r"Digest|Weekly|Radio|Magazine|"
    r"Union|Association|Group|Centre|Center|Institute|Office|Parliament|Government|Operators|"
    r"Works|Secretariat|Directorate|Hotel|Resort|Grand|Plaza|Treasury|Exchequer|Cabinet|"
    r"Presidency|Chancellery|Embassy|Tribunal|Police|Service|Bureau|"
    r"Authority|State|States|Kingdom|Republic|Street|Square|Sea|Ocean|Article|NATO|EU|UN|School|"
    r"College|Tower|Foundation|Committee|Campaign|"
    # firms: 'an analyst at Nordbank Markets' names no one 'he' could be
    r"Markets|Securities|Partners|Holdings|Energy|Power|Investments|Advisors|Advisers|Research|"
    r"Ventures|Industries|Motors|Airlines|Systems|Technologies|Corporation|Company|Inc|Ltd|AS|AG|"
    r"SA|plc|LLC|Banco|Banca|Banque|Caixa|Grupo|Groupe|Gruppe|Minera|Compagnie|Société|"
    # German and French bodies: 'Universität Bielefeld', 'Université de Lyon'
    r"Universität|Université|Hochschule|Stiftung|Ministerium|Ministère|Gewerkschaft|"
    # Spanish, Portuguese and Italian bodies: 'Andrea Lucumí of the Universidad del Valle'
    r"Universidad|Universidade|Università|Instituto|Istituto|Fundación|Fundação|Ministerio|"
    r"Ministério|Partido|Movimiento|Movimento|Consejo|Conselho|Corte|Asamblea|Congreso|"
    r"Senado|Comisión|Comissão|Secretaría|Autoridad|Federación|Federação|Fédération|Federazione|"
    r"Asociación|Associação|Sindicato|Confederación|"
    # parliaments and republics: 'outside the Assembleia da República'
    r"Assembleia|Assemblea|Assemblée|Câmara|Cámara|Camera|Senato|República|Repubblica|"
    # broadcasters: 'sur France Info', 'im Deutschlandfunk'
    r"Info|Inter|Télévision|Rundfunk|Fernsehen|Zeitung|Online|"
    # papers by their names in other languages: 'Helgeland Tidende', 'Gazeta Wyborcza'
    r"Tidende|Tidning|Tidningen|Avis|Avisen|Dagbladet|Gazeta|Gazzetta|Diario|"
    r"Jornal|Folha|Kurier|Nachrichten|Rundschau|"
    # programmes: 'Blue Economy Hour, Episode 47: Who gets the tuna?'
    r"Podcast|Programme|Episode|Hour|"
    # think tanks and parties: 'the Hartley Institute for Health Policy', 'Red-Green Alliance'
    r"Policy|Forum|Alliance|Studies|Initiative|Coalition|Movement|"
    r"Federation|Confederation|Chamber|Network|"
    # places: 'at the National Press Theatre', 'outside Milimani Law Courts'
    r"Theatre|Theater|Courts|Hall|Palace|House|Building|Hotel|Stadium|Airport|Museum|Arena|Hospital|"
    r"Infirmary|Clinic|Temple|Cathedral|Church|Mosque|Synagogue|Library|Station|Port|Prison|"
    r"Terminal|Terminals|"
    # agreements and laws: 'a framed copy of the Paris Agreement', 'the Konektadong Pinoy Act'
    r"Agreement|Accord|Accords|Treaty|Protocol|Convention|Charter|Act|Declaration|Pact|"
    # gatherings: 'the World Hydrogen Summit in Rotterdam'
    r"Summit|Conference|Festival|Expo|Championship|Championships|Olympics|"
    # land and water: 'offshore oil in the Orange Basin'
    r"Basin|Delta|Desert|Peninsula|Strait|Canal|Mountains|Plateau|Gorge|Canyon|"
    r"Wetlands|Reservoir|Glacier|Lagoon|Estuary|Fjord|Archipelago|"
    # public bodies: 'the National Anticorruption Directorate', 'the Coast Guard'
    r"Directorate|Bureau|Inspectorate|Service|Services|Administration|Board|Tribunal|Police|"
    r"Guard|Forces|Army|Navy|Court|Secretariat|Assembly|Congress|Cabinet|Regulator|"
    # extractive and industrial firms: 'Kwena Coal', 'Tullow Oil'
    r"Coal|Mining|Mines|Oil|Gas|Resources|Minerals|Metals|Petroleum|Pharma|Pharmaceuticals|"
    r"Cement|Chemicals|Railways|Telecoms|"
    r"Telecom|Airways|Shipping|Logistics|Platforms|Labs|Media|Mobility|Electronics|Software|"
    r"Solutions|Brands|Foods|Retail|Semiconductor|Semiconductors|Entertainment)\b"
)


def in_title_case(name: str) -> str:
    """A name set in capitals, as it is written: 'TEKİN' is Tekin (a Turkish capital
    İ is an i, not an i with a dot added), 'JOHN SMITH' John Smith; a handle with a code
    in it ('KRAKEN-GH', 'LOCKBIT3') stays as it is."""
    if _CODED.fullmatch(name):
        return name
    return name.replace("İ", "I").title()


_CODED = re.compile(r"[A-Z]+\d+[A-Z\d]*|[A-Z]{4,}-[A-Z]{1,2}")


@lru_cache(maxsize=4096)  # names come back again and again in an article
def looks_like_person(name: str) -> bool:
    """Two to four capitalised words (its particles aside: 'José Ignacio de la Fuente')
    that are not an organisation or a sentence start."""
    tokens = name.split()
    named = sum(t not in PARTICLES for t in tokens)
    if not 2 <= named <= 4 or len(tokens) > 6 or ORG_WORDS.search(name):
        return False
    if tokens[-1].islower():
        # 'three-member panel', 'his lawyer': a name ends on a capital ('al-Harthy' too)
        return False
    if name in PLACES or tokens[0] in _PLACE_FIRST or _WEEKDAY.intersection(tokens):
        return False  # 'New Hampshire', 'Los Angeles', 'Lind Monday': not someone
    if is_place(name):
        return False  # a country or a capital of two words: 'Buenos Aires', 'Phnom Penh'
    if any(t.endswith(("'s", "’s")) for t in tokens[:-1]):
        return False  # 'NBC's Meet the Press': a possessive ends a name, it is not in one
    if tokens[-1] in _THING_LAST and tokens[-2] not in PARTICLES:
        return False  # 'Aswan Dam', 'Victoria Falls', 'Khangai Copper' (not 'van Dam')
    if len(tokens[-1].rstrip(".")) == 1:
        return False  # 'Plan B', 'Vitamin D': an initial is never last in a name
    if tokens[-1] in _DESK_ROLES:
        return False  # a byline's role: 'Niamh Costigan, Health Correspondent'
    # ('Said bin Hamad al-Rawahi': a first name before a particle, not the verb)
    first_name = len(tokens) > 1 and tokens[1] in PARTICLES
    if _HEADLINE_WORDS.intersection(tokens[first_name:]):
        return False  # 'Liberals On Court', 'Cruz Is A': a headline's capitals, not a name
    return (first_name or tokens[0].lower() not in NOT_NAMES) and not any(
        t.isupper() and len(t.rstrip(".")) > 1 and not _INITIALS.fullmatch(t)
        for t in tokens  # initials are fine ('B.N. Prakash')
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


_DESK_ROLES = frozenset({"Correspondent", "Editor", "Reporter", "Writer", "Columnist"})
#: Words a headline capitalises that no name has (not 'Will': George Will).
_HEADLINE_WORDS = {
    "Is", "Are", "Was", "Were", "Be", "Been", "Being", "A", "An", "On", "About", "In", "To",
    "For", "With", "At", "And", "Or", "But", "Not", "Has", "Have", "Had", "Says", "Said",
    # a headline's verbs: 'Glenn Beck Blasts Drudge' names Glenn Beck, not 'Beck Blasts Drudge'
    "Blasts", "Slams", "Rips", "Bashes", "Backs", "Urges", "Warns", "Vows", "Calls", "Wins",
    "Defends", "Attacks", "Endorses", "Praises", "Mocks", "Hits", "Knocks", "Accuses",
    "Denies", "Admits", "Claims", "Tells", "Asks", "Wants", "Slammed", "Blasted",
    # the words of places, bodies and laws no one is named ('Lower East Side', 'Nasdaq
    # Stock Market', 'Democratic National Convention', 'No Child Left Behind')
    "Lower", "Upper", "Side", "Avenue", "Market", "Convention", "Behind", "Left", "Stock",
    "Gulf", "County", "Valley", "Island", "Islands", "Isle", "Square", "Heights", "Act", "Top",
    "Town", "Village", "District", "Province", "Colony",
    "Last", "Road", "Street", "Quay", "Crescent", "Terrace",
}  # fmt: skip
#: Places of two capitalised words that the news names as often as people.
PLACES = {
    "Rhode Island", "Des Moines", "Hong Kong", "Costa Rica", "Puerto Rico", "Saudi Arabia",
    "Sri Lanka", "Capitol Hill", "White House", "Supreme Court", "Silicon Valley",
    "Palm Beach", "Cedar Rapids", "Little Rock", "Baton Rouge", "Salt Lake",
}  # fmt: skip
#: First words of place names: 'New Hampshire', 'West Virginia', 'San Diego'.
_PLACE_FIRST = {
    "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
    "Central", "Los", "Las", "San", "Santa", "Fort", "Lake", "Mount",
    # a hill, a cape, a river: 'Cerro Cordillera', 'Cape Agulhas', 'Río Baker'
    "Cerro", "Cape", "Río", "Lago", "Puerto", "Bahía",
    # a sport's world body: 'World Rugby', 'World Athletics'
    "World",
    # squares and streets: 'Piazza del Plebiscito', 'Plaza de Mayo', 'Rue de Rivoli'
    "Piazza", "Plaza", "Praça", "Platz", "Place", "Rue", "Via", "Viale", "Calle", "Avenida",
    "Rua", "Largo", "Corso", "Boulevard", "Ulica", "Piazzale",
    # a nationality first: 'a German Green lawmaker', 'the Danish Defence Ministry'
    "German", "French", "British", "Italian", "Spanish", "Polish", "Dutch", "Belgian", "Greek",
    "Swedish", "Danish", "Finnish", "Norwegian", "Austrian", "Swiss", "Irish", "Portuguese",
    "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Croatian", "Slovenian",
    "Estonian", "Latvian", "Lithuanian", "Ukrainian", "Russian", "Turkish", "American",
    "Chinese", "Japanese", "Indian", "Brazilian", "Canadian", "European", "Mexican",
    "Israeli", "Iranian",
}  # fmt: skip
#: Last words of places and firms that are surnames too, after a particle: 'Aswan Dam'
#: but 'Marieke van Dam'
_THING_LAST = frozenset({
    "Dam", "Falls", "Copper",
    # a body's last word: 'the Health and Safety Executive', 'the Manitoba Wildfire Service'
    "Executive", "Service", "Services", "Tribunal", "Police", "Inspectorate", "Trust", "Fund",
    "Board", "Army", "Navy",
    # a place's: 'Ho Chi Minh City', 'Orange County', 'Jeju Island' (not 'Park', 'Street',
    # 'Bay' or 'Hill': surnames too)
    "City", "County", "Province", "Island", "Islands", "Valley", "Square", "Avenue",
    "Peninsula", "District", "Region", "Harbour", "Harbor",
})  # fmt: skip
_WEEKDAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


#: Ukrainian and Russian genitives that end a title before a name ('… of Ukraine').
_OF_PLACE = {
    "україни", "росії", "кремля", "сша", "франції", "німеччини", "польщі", "британії",
    "європи", "нато", "молдови", "білорусі", "украины", "россии", "германии",
    "франции", "польши", "британии", "европы", "молдавии", "белоруссии",
}  # fmt: skip


POSSESSIVE = ("'s", "’s")


def without_possessive(word: str) -> str:
    """A name without its possessive: 'Carvalhal's' is Carvalhal."""
    return word[:-2] if word.endswith(POSSESSIVE) else word


_PLURAL_TITLES = {"senators", "sens.", "representatives", "reps.", "governors", "ministers",
                  "ambassadors", "mayors", "presidents", "generals"}  # fmt: skip


@lru_cache(maxsize=4096)
def person_before_of(phrase: str) -> str | None:
    """The person a phrase names before its 'of' ('Ana Lind of the Harbour Trust',
    'Prosecutor Anca Rusu of the National Anticorruption Directorate'), or None."""
    name = person_name(phrase.partition(" of ")[0])
    if name and name.rsplit(" ", 1)[-1].lower() in TITLES:
        return None  # 'Missouri Secretary of State Jason Kander': a title's portfolio
    return name if name and looks_like_person(name) else None


_TITLE_OF = re.compile(r"\b(?:of|for|and)\s+(?:the\s+)?$")


def without_portfolio(name: str, text: str, at: int) -> str:
    """``name`` found at ``at`` in ``text``, without the last word of a title's portfolio
    before it: 'Parks Lisa Marchand' in 'Deputy Minister of Forestry and Parks Lisa
    Marchand' is Lisa Marchand, 'State Antony Blinken' after 'Secretary of' Antony
    Blinken ('Donald J. Trump', three words with an initial, stays whole)."""
    words = name.split()
    if len(words) != 3 or "." in words[1] or not _TITLE_OF.search(text, max(0, at - 60), at):
        return name
    before = text[max(0, at - 60) : at].split()[-6:]
    if any(w[:1].isupper() and len(w) > 3 and w.lower() in TITLES for w in before):
        return " ".join(words[1:])
    return name


#: A body of several things: "South Sudan's Ministry of Water Resources and Irrigation",
#: "The Department for Environment, Food and Rural Affairs": one body, not its last words.
BODY_OF_AND = re.compile(
    r"(?:^|(?<=[\s,]))(?P<body>(?:(?:[A-Z][\w'’.-]*\s+){0,4}(?:Ministry|Department|Office|"
    r"Commission|Committee|Institute|Council|Agency|Authority|Bureau|Secretariat|Board|School|"
    r"Faculty|Centre|Center|Federation|Chamber|Association|Directorate|Service)"
    # ('The chief executive of the Northern Glens Health and Social Care Trust': one
    # who heads a body with 'and' in its name)
    r"|[Tt]he\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?=\s+of\s+the\s))\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+){1,4}and\s+(?:[A-Z][\w'’-]*\s*){1,3}"
    r"(?:\s+(?:privately|publicly|quietly|also|have|has|had))*)\s*$"
)


#: A body's last word, never a name's first: 'Council', 'Committee'
_BODY_LAST_WORDS = frozenset(
    {"Council", "Committee", "Assembly", "Commission", "Party", "Senate", "Parliament",
     "Court", "Ministry", "Department", "Board", "Union", "Agency", "Authority", "Government"}
)  # fmt: skip


def person_name(phrase: str) -> str | None:
    """The name at the end of a noun phrase ('Trade Minister Ratna Widjaja')."""
    runs = list(NAME_RUN.finditer(phrase))
    if not runs:
        return None
    tail = phrase[runs[-1].end() :].strip()
    if tail and tail[0].isalpha():
        return None  # 'Scheldt Terminal Operators (STO)' and 'Italy's energy ministry' stay whole
    tokens = runs[-1].group(0).split()[-8:]  # a name is a few words: the rest is titles
    owner = max((i for i, t in enumerate(tokens[:-2]) if t.endswith(POSSESSIVE)), default=-1)
    if owner >= 0:
        tokens = tokens[owner + 1 :]  # 'The Courier’s Lena Holm': Lena Holm, not the paper
    if len(tokens) == 3:
        tokens = without_portfolio(" ".join(tokens), phrase, runs[-1].start()).split()
    # 'Latvian Defence Minister Edgars Ozolins' -> 'Edgars Ozolins': drop titles,
    # and leading capitalised words beyond the three a name can have.
    while (
        tokens
        and (
            tokens[0].lower().rstrip(",.") in TITLES
            # a title in the plural: 'Senators Jeanne Shaheen and Jim Risch'
            or tokens[0].lower() in _PLURAL_TITLES
            # ('Said bin Hamad al-Rawahi': a first name, its particle after it)
            or (tokens[0] in SENTENCE_WORDS and not (len(tokens) > 1 and tokens[1] in PARTICLES))
            or sum(1 for t in tokens if not t.islower()) > 3  # ('von der Leyen': one name)
            or (len(tokens) > 1 and _GERMAN_TITLE.search(tokens[0]))
            # 'Міністр закордонних справ України Андрій Сибіга': the country a title is of
            or (len(tokens) > 2 and tokens[0].lower() in _OF_PLACE)
            # 'Leader of the Opposition in the Legislative Council B.N. Prakash': the body a
            # title is of, before the name
            or (
                len(tokens) > 2
                and tokens[0] in _BODY_LAST_WORDS
                and tokens[-1].lower() not in TITLES  # (not 'Union Health Minister')
                and looks_like_person(" ".join(tokens[1:]))
            )
        )
    ):
        tokens.pop(0)
    if len(tokens) > 2 and tokens[-1].rstrip(",") in _POST_NOMINALS:
        tokens.pop()  # 'Advocate Nomvula Dlamini-Khoza SC', 'Ana Lind MP': letters after a name
    if len(tokens) > 1 and tokens[-1].endswith(POSSESSIVE):
        # 'Eva Moss’s campaign': Eva Moss ('Mr. Trump’s' and a firm's 'McDonald’s' stay)
        tokens[-1] = tokens[-1][:-2]
    if len(tokens) > 1 and tokens[-1].endswith(".") and tokens[-1][:-1] not in _LAST_ABBREVIATED:
        # 'met Ola Brenn.', 'led by Mikkel Bro.': the sentence's full stop is no part of
        # the name ('Jr.' is, and an initial's: 'Harry S.')
        tokens[-1] = tokens[-1][:-1]
    return " ".join(tokens) or None


def owner_name(run: str) -> str | None:
    """The name a run of capitals names, an owner's mark left off: 'Sanders's' (in
    'Sanders's role is under discussion, but he has said') is Sanders."""
    return person_name(re.sub(r"['’]s?$", "", run))


#: Letters after a name, no part of it: silk, parliament, honours.
_POST_NOMINALS = frozenset(
    {
        "SC",
        "QC",
        "KC",
        "MP",
        "MEP",
        "MSP",
        "MLA",
        "TD",
        "OBE",
        "CBE",
        "MBE",
        "JP",
        "DBE",
        "KBE",
        "PhD",
    }
)
#: The abbreviations that end a name with their stop: 'Martin Luther King Jr.'
_LAST_ABBREVIATED = frozenset({"Jr", "Sr", "St", "II", "III"} | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def opens_on_name(text: str) -> bool:
    """Does ``text`` open on a capital, or on a name after its Arabic article ('al-Rawahi
    assured …')?"""
    return text[:1].isupper() or _OPENS_ON_ARTICLE.match(text) is not None


_OPENS_ON_ARTICLE = re.compile(rf"{JOINED_ARTICLE}[{CAPITAL}]")


@lru_cache(maxsize=4096)
def run_reading(run: str) -> tuple[str, bool, str] | None:
    """(name, is it a person's, its last word in lower case) of a run of capitalised
    words, as People.scan reads it; None when it names nobody."""
    name = person_name(run)
    if not name:
        return None
    # 'Mr. Putin', 'Dr. Ward': a title and a surname name a person, as 'he' or 'she'
    person = looks_like_person(name) or (
        bool(TITLED_SURNAME.fullmatch(name)) and bool(TITLE_FIRST.match(run))
    )
    return name, person, name.split()[-1].lower()


#: A surname alone after a title ('Mr. Putin'), not a possessive nor a sentence's stop.
TITLED_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
TITLE_FIRST = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Adm|Admiral|Gen|General|Col|Colonel|Capt|Captain|"
    r"Commissioner|Judge)\.?\s+[A-Z][a-z]"
)
