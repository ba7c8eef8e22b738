"""How a clause opens: the noun phrase that may be its subject, the past tenses
after it, and the fronted phrases that come before it ('At the vote, …', 'Shortly
after the call ended, …', 'Pressed on the plan, …')."""

from __future__ import annotations

import re

from .text import alternation

#: A noun phrase that may name a speaker: a name, 'the protesters', 'Republican
#: pollster Ann Lee', a pronoun ('“…,” Viguerie notes.', '“…,” the protesters chanted.').
_OPENERS = [
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "There",
    "In",
    "On",
    "At",
    "For",
    "When",
    "While",
    "After",
    "Before",
    "But",
    "And",
    "As",
    "If",
    "Since",
    "Then",
    "Later",
    "Now",
    "During",
    "With",
    "Without",
    "By",
    "From",
    "Despite",
    "Following",
    "Once",
    "Though",
    "Although",
    "Because",
    "So",
    "Yet",
    "Still",
    "Also",
    "However",
    "Meanwhile",
    "Here",
    "One",
    "Having",
    "Asked",
    "Speaking",
]
NP = (
    # words that open a sentence, not a name: 'For months, …', 'When asked, …'
    # (factored by prefix: tried at every place a subject may start)
    r"(?!(?:" + alternation(_OPENERS) + r")[\s,])"
    # (capitals past ASCII too: 'Declan Ó Súilleabháin', 'Émile Roux')
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){0,4}[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+\([^)]{1,20}\))?"
    r"|(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Hh]is|[Hh]er|"
    r"[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*"
    # 'Republican pollster Ann Lee', 'state attorney Ann Lee': a role before a name
    r"|(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]*\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}"
    r"|he|she|they|I|we"
)
#: Past tenses that do not end in -ed: 'The businessman began by …'.
PAST = alternation(
    [
        "told",
        "wrote",
        "said",
        "spoke",
        "took",
        "gave",
        "went",
        "made",
        "met",
        "sent",
        "began",
        "kept",
        "left",
        "stood",
        "held",
        "found",
        "ran",
        "came",
        "brought",
        "sought",
        "shot",
        "struck",
        "threw",
        "won",
        "led",
        "saw",
        "spent",
        "drew",
        "fought",
        "became",
        "chose",
        "hit",
        "put",
        # ('A fortnight later, Dr Sultana set out her concerns in a memo')
        "set out",
        "laid out",
    ]
)
#: What may stand between a subject and its verb: an auxiliary, an adverb.
BEFORE_VERB = r"\s+(?:has |had |was |is )?(?:[a-z]\w*ly\s+)?"
MAIN_SUBJECT = re.compile(
    # (and a second, of when or where: 'Five weeks later, on March 19, the AMDA published')
    rf"^(?:[^,]{{0,60}},\s+(?:(?:on|in|at)\s+[^,]{{1,30}},\s+)?)?(?P<who>{NP}|[Tt]he\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*)"
    rf"{BEFORE_VERB}(?:[a-z]{{3,}}(?:ed|s)|{PAST})\b"
)
#: Words that open an adverbial phrase, not a speaker's name.
FRONTED = re.compile(
    r"(?:back|in|at|on|after|before|despite|his|her|their|its|when|while|as|during|since|"
    r"following|for|with|without|under|over|by|from|then|later|earlier|now|still|yet|but|"
    r"and|so|here|there|this|that|these|those|it|what|how|why|if|however|meanwhile|instead|"
    r"indeed|moreover|nevertheless|also|amid|amidst|among|inside|outside|across|against|ever|"
    r"beyond|throughout|within|behind|ahead|near|toward|towards|around|upon|until|"
    # ('Last night, retired station manager Brian Ashworth … fumed:')
    r"last|yesterday|today|tonight|"
    # and their French and German kin: 'Et si demain matin…:'
    r"et|si|mais|pour|dans|en|un|une|quand|und|aber|wenn|im|am|als|doch)\b",
    re.I,
)

#: What may come before a fronted phrase's first word: 'Shortly after', 'Hours before'.
_FRONTED_LEAD = re.compile(
    # (named, not any '-ly': 'Kelly after the vote said')
    r"(?:shortly|immediately|directly|right|just|soon|even|only|long|well|hours|days|weeks|"
    r"months|years|minutes|moments)\s+",
    re.I,
)


def fronted(head: str) -> bool:
    """Does ``head`` open with a fronted phrase's word ('After the vote', 'Shortly after
    the call ended', 'Meanwhile'), not a subject?"""
    if FRONTED.match(head):
        return True
    lead = _FRONTED_LEAD.match(head)
    return bool(lead and FRONTED.match(head, lead.end()))


#: 'Asked to designate directly, the board …', 'Pressed on the plan, …': a participle
#: in the past that opens the sentence, no name
FRONTED_PAST = re.compile(
    r"\s*[A-Z][a-z]{2,}ed\s+(?:to|about|on|by|if|whether|why|what|how|for|at|in|with|again)\b"
)
