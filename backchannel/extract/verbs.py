"""The speech verbs of news prose: the words that say someone said something,
in English, and the commonest French, German, Russian and Ukrainian ones."""

from __future__ import annotations

import re

from .text import alternation, first_letters

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
    "maintained", "maintains", "maintain", "contended", "reiterated", "alleged", "alleges",
    "echoed",
    "recounted", "asserted", "asserts", "admits", "confirms", "denies", "claims", "adding",
    "noting", "writing", "arguing", "explaining", "accused", "accuses", "accusing",
    "threatened", "threatens", "threatening", "reported", "reports", "announcing", "predicting",
    "asking", "wondered", "wonders", "questioned", "hailed", "hails", "branded", "brands",
    "stating", "tweeting", "remarking", "reiterating", "acknowledging",
    "conceding", "vowing", "pledging", "interjected", "interjecting",
    # what a paper finds or advises: 'The memo recommended that …', 'and estimated that …'
    "recommended", "recommends", "recommend", "estimated", "estimates", "advised", "advises",
    # and what it tells someone to do: 'The circular instructs banks to review …'
    "instructs", "instructed", "instructing",
    # translated reporting verbs: 'informed in a note that …', 'evaluated that …' (pt
    # 'informou', 'avaliou'), 'fired back, in a speech …, that …'
    "informed", "informs", "evaluated", "evaluates", "fired back", "shot back", "hit back",
    # more verbs that report a clause: 'emphasised that …', 'revealed that …'
    "emphasised", "emphasized", "emphasises", "emphasizes", "emphasising", "emphasizing",
    "revealed", "reveals", "highlighted", "highlights", "underlined", "underlines",
    "underscored", "underscores", "mentioned", "mentions", "disclosed", "discloses",
    "hinted", "clarified", "clarifies", "speculated", "reiterates", "observes", "cautions",
    # what one calls a thing in condemning it: 'blasted the revelations as an absolute
    # disgrace' (with 'as' only: see complements.py)
    "blasted", "slammed", "denounced", "condemned",
    "commented", "declares", "contends", "complains", "testifies", "stressing", "objected",
    "protested", "indicates",
    # (not the nouns 'comments', 'remarks', 'signals', 'promises', 'hints', 'replies')
    # a plural's present: 'Critics argue that …', 'Officials warn that …'
    # (not the nouns 'claim', 'stress', 'caution', nor 'admit' 250,000 refugees)
    "argue", "warn", "insist", "contend", "predict", "concede", "complain", "allege",
    "point out", "accuse",
    # 'reminded jurors that …', 'was adamant that …', 'confirming that …', and counsel's
    # 'put it to her that …'
    "reminded", "reminds", "reminding", "was adamant", "were adamant", "is adamant",
    "are adamant", "remained adamant", "confirming", "put it to",
    # a demand: 'called on the governments to „stop playing poker“', 'called for the
    # contract to be suspended'
    "called on", "calls on", "calling on", "called for", "calls for", "calling for",
    "asked for", "asks for", "disputed", "disputes",
    # a raised voice: 'Ana Lind thundered: “…”' (not a crowd's chant: its words are its own)
    "yelled", "screamed", "bellowed", "thundered", "boomed",
    # a claim as it goes on: 'questioned the timing, claiming it would …'
    "claiming",
    # a count someone gives: 'police put the figure at about 3,000'
    "put the figure at", "puts the figure at", "put the number at", "puts the number at",
    "put the toll at", "puts the toll at", "put the death toll at", "puts the death toll at",
    "put the turnout at", "puts the turnout at", "put the cost at", "puts the cost at",
    "put the total at", "puts the total at",
    # a release's formal voice: 'The Bank wishes to state clearly that …'
    "wishes to state", "wishes to make clear", "wishes to clarify", "wishes to stress",
    "wishes to emphasise", "wishes to emphasize", "would like to stress",
    "would like to make clear", "would like to clarify",
    "a déclaré", "a dit", "a affirmé", "a assuré", "a ajouté", "a souligné", "a expliqué",
    "a indiqué", "a estimé", "a précisé", "a annoncé", "a averti", "déclare", "affirme",
    "explique", "estime", "souligne", "ajoute", "précise", "répète", "assure", "rappelle",
    "reconnaît", "insiste", "prévient", "martèle", "a confirmé", "a reconnu", "a rappelé",
    "a démenti", "a prévenu", "a insisté",
    # (the pronoun after the verb: '« … », a-t-elle déclaré')
    "a-t-il déclaré", "a-t-elle déclaré", "a-t-il dit", "a-t-elle dit", "a-t-il ajouté",
    "a-t-elle ajouté", "a-t-il expliqué", "a-t-elle expliqué", "a-t-il assuré",
    "a-t-elle assuré", "sagte er", "sagte sie",
    "sagte", "sagt", "erklärte",
    "erklärt", "betonte", "betont", "fügte hinzu", "warnte", "kündigte an", "schrieb",
    "сказал", "сказала", "заявил", "заявила", "сказав", "заявив",
}  # fmt: skip
SPEECH_WORDS = {
    "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes",
    "replied", "insisted", "insists", "stressed", "stresses", "warned", "warns",
    "acknowledged", "acknowledges", "acknowledge", "assured", "assures", "promised", "argued",
    "argues", "explained", "declared", "noted", "cautioned", "conceded", "admitted",
    "confirmed", "denied", "posted", "signalled", "signaled", "indicated", "claimed",
    "expressed", "made it clear", "has made it clear", "have made it clear", "made clear",
    "has made clear", "have made clear",
    "has been clear", "has been very clear", "was clear", "was very clear", "described",
    "describes", "telling", "saying", "insisting", "warning", "assuring", "rejected", "rejects",
    "ruled out", "rules out", "dismissed", "dismisses", "offered",
}  # fmt: skip
SPEECH = (
    alternation(SPEECH_WORDS | MORE_SPEECH)
    + r"|limited (?:himself|herself) to saying"
    # (a French adverb between: 'Il a toutefois confirmé que …')
    + r"|a (?:toutefois|aussi|également|cependant|encore|pourtant|ensuite|enfin|de nouveau"
    r"|une nouvelle fois) (?:déclaré|dit|affirmé|assuré|ajouté|souligné|expliqué|indiqué|"
    r"estimé|précisé|annoncé|averti|confirmé|reconnu|rappelé|démenti|prévenu|insisté)"
)
#: Verbs of stance rather than speech: a statement only where the clause says
#: how it was taken (publicly, in private…), never on their own.
STANCE_VERBS = {"rejected", "rejects", "ruled out", "rules out", "dismissed", "dismisses",
                "offered"}  # fmt: skip
REPORT = re.compile(
    rf"\b{first_letters(SPEECH_WORDS | MORE_SPEECH | {'limited'})}(?P<verb>{SPEECH})\b"
)  # verbs are lower case in running text
#: Verbs of saying that do not end in -ed or -s (for tags that take any verb).
IRREGULAR = (
    r"told|wrote|said|read|spoke|went on|went|put it|put|shot back|fired back|hit back|"
    r"struck back|began|thought|felt|sang|swore|forecast"
)
