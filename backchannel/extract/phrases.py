"""What the words before a speech verb may be: a name, a group, someone's agent, or
half a clause ('Police had last month'), which names nobody. People.who (speakers.py)
reads a phrase with them."""

from __future__ import annotations

import re

from .name_words import NOT_NAMES, SENTENCE_WORDS

LEADING_CONJ = re.compile(
    r"^(?:even as|even though|although|though|whereas|and|but|as|while|when|then|so|where|"
    r"which|(?-i:that)|because|if)\s+",  # ('That person said' is the person)
    re.I,
)
END_ABBREV = re.compile(r"\b(?:[A-Z]|Jr|Sr|Inc|Co|Ltd)\.$")
PARTY_TAG = re.compile(r"\s*\([^)]{0,30}\)")
TIME_TAIL = re.compile(
    r"\s+(?:today|yesterday|tonight|(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|(?:last|this) (?:week|month|year)|earlier|later|again)$"
)
#: Someone who speaks for a person named after them.
AGENT_OF = re.compile(
    r"(?:(?:an?|one|two|three|several|some|the)\s+(?:[\w'’-]+\s+){0,2}?(?:aides?|spokes(?:man|"
    r"woman|person|people|men|women)|advis[eo]rs?|lawyers?|attorneys?|allies|ally|friends?|"
    r"associates?|confidants?|envoys?|emissar(?:y|ies)|chiefs?\s+of\s+staff|deput(?:y|ies)|"
    r"assistants?)"
    # a plural needs no article: 'Aides to Marco Rubio', 'Senior advisers to the mayor'
    r"|(?:[\w'’-]+\s+)?(?:aides|advis[eo]rs|lawyers|attorneys|allies|associates|confidants|"
    r"envoys))\s+(?:to|for|of|close to)\s+(?:(?:ex|former)-?\s*[a-z]+\s+)?[A-Z]",
    re.I,
)
#: Documents a statement may come in, which 'the …' points back to.
DOCUMENTS = frozenset({"statement", "letter", "memo", "note", "release", "communiqué", "post"})
WHETHER = re.compile(r"\b(?:whether|if)\b")
LETTER = re.compile(r"[^\W\d_]")
ADVERBS_AT_END = re.compile(
    r"(?:\s+(?:also|then|later|still|now|soon|even|just|already|[a-z]+ly))*\s*$"
)
PRONOUNS_ALONE = {"he", "she", "they", "we", "i", "it", "you"}
#: An object pronoun, as the subject it stands for: 'quoted him as saying' -> he
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
#: A phrase that ends on a person pronoun: 'In public they', 'the chairman said he'
PRONOUN_ENDS = (" he", " she", " they", " we", " I", " you")
#: What no speaker's name or description holds, only a clause: an auxiliary or a modal
#: ('Police had last month', 'Republicans have become'), a negation ('Weaver didn’t
#: seem'), an infinitive's 'to' at its end ('Nehlen responded Friday to'), or an opening
#: that starts a sentence, not a noun ('It is too soon', 'That’s seven hours', 'Let me').
CLAUSE_WORDS = (
    r"is|are|was|were|am|been|has|have|had|do|does|did|would|will|could|should|can|may|"
    r"might|must|shall|said|says|told"
)
CLAUSE_OPENINGS = (
    r"|^(?:(?P<pronoun>He|She|They|We)|I|That|It|There|Here)['’](?:s|re|ll|d|ve)\b"
    r"|^(?:It|There|What|Why|How|Let|Maybe|Pretty|If)\b"
)
A_CLAUSE = re.compile(
    # (a first look at each word's letter: the phrase is read whole, and often)
    rf"\b(?=[abcdhimstw])(?:(?P<verb>{CLAUSE_WORDS})\b|(?P<to>to)$){CLAUSE_OPENINGS}"
)
#: The same, with a negation ('didn’t'): used only where a phrase has one.
A_CLAUSE_OR_NOT = re.compile(
    rf"\b(?:(?P<verb>{CLAUSE_WORDS}|\w+n['’]t)\b|(?P<to>to)$){CLAUSE_OPENINGS}"
)
LOWER_OPENING = re.compile(
    r"(?:the|a|an|un|une|ein|eine|one|two|three|four|several|some|many|most|those|senior|other|le|la|les|der|"
    r"die|das|his|her|its|their|this|that|another)\b"
)
#: Where a sentence's next clause, with a speaker of its own, starts: '…, even as the
#: minister told parliament …', '…; …'
CONTRAST_SPLIT = re.compile(r",\s+(?:even as|even though|although|while|whereas)\s+|;\s+")
#: The contrast's word opening a clause: no part of the subject after it
CONTRAST_FIRST = re.compile(r"^(?:even as|even though|although|though|whereas|while)\s+")
#: Words that open a sentence or a phrase and are never a speaker on their own.
# 'Several said …', 'Two said …': a number is a group that speaks, not a sentence's opening
FUNCTION_WORDS = (NOT_NAMES - {"one", "two", "three", "several", "i", "we", "they"}) | {
    w.lower() for w in SENTENCE_WORDS
} | {
    "for", "having", "during", "with", "without", "under", "over", "by", "despite",
    "following", "since", "once", "though", "although", "because", "here", "now", "then",
    "later", "earlier", "what", "how", "why", "where", "if", "as", "of", "to", "while",
}  # fmt: skip
#: A message sent to someone, then why: 'wrote to the fund's director on 28 October to
#: (say …)', 'phoned the minister to (warn …)': the sender says it
SENT_WORD_TO = re.compile(
    r"\s(?:wrote|writes|has written|had written|phoned|rang|e-?mailed|texted|messaged|"
    r"called)\s[^.;“”\"]{2,120}?\sto$"
)
