"""Where a subject's clause starts in the words before a verb: after a comma, 'that',
a conjunction before a name, a subordinator before a pronoun, a dash before a name, or
another's speech verb ('officials said the minister (promised …)'). subjects.py reads
the subject from there."""

from __future__ import annotations

import re

from .names import CAPITAL
from .roles import PEOPLE_OF_A_PLACE_OR_TRADE

#: Verbs of saying and believing that a clause of its own may follow without 'that'.
SAYING = "said|say|says|told|reported|wrote|believe|believes|believed|think|thinks|thought"
#: Where a subject's clause starts: after a comma, 'that', a conjunction before a
#: name, or a subordinator before a pronoun ('vetoed it because she said').
SUBJECT_SPLIT = re.compile(
    # every split starts at a comma or a space: a first look spares the rest
    # ('…, general secretary of the union, said Owen Hartley had told …': Hartley)
    rf"(?=[\s,])(?:(?:,\s*|\s+)(?:said|says)\s+(?=(?:[{CAPITAL}][\w'’.-]*\s*){{1,6}}$)"
    # ('A German official, who spoke on condition of anonymity, said Norwegian diplomats
    # had told …': the diplomats, past the comma and the verb)
    # (a name, or one holding an office: not 'said the rents agreed …')
    # ('…, speaking on condition of anonymity, said supervisors had told …': theirs)
    rf"|,\s*(?:{SAYING})\s+(?=(?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,3}}|(?:the|an?)\s+(?:\w+\s+)?"
    r"(?:minister|governor|president|chancellor|premier|envoy|mayor|secretary|ambassador|"
    r"leader|chief|officials?|spokes(?:man|woman|person)|diplomats?|executive)|"
    rf"(?:(?:their|his|her|its)\s+)?(?:\w+\s+)?(?:{PEOPLE_OF_A_PLACE_OR_TRADE}|officials)"
    r"(?:\s+(?:had|have|were|would))?)\s*$)"
    # ('controls, which unions say have left …': the unions, of what the controls did)
    # (not a name: 'a bill, which Brenn said would …' may be his, said again)
    r"|(?:,\s*|\s+)which\s+(?=(?:[a-z]+\s+)?(?:unions|critics|officials|experts|analysts|"
    r"opponents|campaigners|residents|economists|lawyers)\s*$)"
    r"|,(?!\d)\s*|\s+that\s+"
    r"|\s+(?:and|but|while|as)\s+(?=[A-Z])"
    r"|\s+(?:because|since|although|though|when|while|after|before|if|as|so)\s+"
    r"(?=(?:he|she|they|we|I)\b)"
    # '… dropped its veto only after Oslo privately promised …': Oslo promised; 'did not
    # exude confidence when Tapper asked', '… when a leader says': the one who asked
    r"|\s+(?:only\s+)?(?:after|before|because|once|until|unless|when|while|as|if)\s+"
    r"(?=(?:[A-Z][\w'’.-]*|(?:a|an|the)\s+[a-z]+)\s*$)"
    # 'Fiorina was a planner - a former speechwriter said': after a dash, a name or a
    # description to the verb
    r"|\s+(?:--|[-–—])\s+(?=(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|"
    r"(?:a|an|the)(?:\s+(?!(?:he|she|they|we|I|it)\b)[\w'’-]+){1,3}"
    # ('… than Mr. Trump - 60 percent of voters said': a share of them)
    r"|\d[\d.,]*(?:\s+(?:percent|per cent)|%)?(?:\s+of)?(?:\s+[a-z][\w'’-]*){1,3})\s*$)"
    # 'officials said the minister privately promised …': the minister promised
    # ('with union leaders saying the Labour Ministry had privately offered …': it offered)
    rf"|\s+(?:{SAYING}|saying)"
    r"\s+(?=(?:the|a|an|he|she|they|[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*$)"
    r")"
)

#: A relative clause on a preposition: 'a letter in which (the Director-General wrote)'
PREPOSITION_WHICH = re.compile(r"(?:,\s*|\s+)(?:in|under|through|with|by)\s+(?:which|whom)\s+")
