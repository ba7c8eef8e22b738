"""Words about names: the titles that stand before a person's name ('Minister', 'Sen.'),
the words capitalised because they open a sentence, and the words that are never a
name. names.py reads a run of capitals with them."""

from __future__ import annotations

TITLES = {
    "prosecutor", "judge", "minister", "deputy", "trade", "finance", "defence", "defense",
    "foreign", "prime",
    "president", "governor", "secretary", "undersecretary", "under-secretary", "state", "chief",
    "leader", "negotiator",
    "chair", "chairman", "spokesman", "spokeswoman", "spokesperson", "envoy", "special",
    "general", "labour", "labor", "energy", "for", "of", "the", "mr", "mrs", "ms", "dr",
    "opposition", "executive", "economist", "analyst", "shipping", "u.s.", "us", "uk",
    "uk pm", "pm", "commission", "social", "democrat", "party", "farmers'", "sto",
    "sen", "senator", "rep", "representative", "gov", "gen", "lt", "col", "sgt", "prof",
    "mme", "mlle", "m", "herr", "frau", "hon", "rev", "amb", "ambassador", "former",
    "republican", "democratic", "congressman", "congresswoman", "chancellor", "mayor",
    "sir", "dame", "mp", "mep", "mk", "td", "mla", "msp", "member", "lawmaker", "delegate",
    "councillor", "councilor", "counsel",
    "adviser", "advisor", "aide", "strategist", "pollster", "consultant",
    "commissioner", "admiral", "colonel", "captain", "capt", "maj", "adm",
    "datuk", "dato", "dato'", "tun", "sheikh", "lord", "baroness", "manager", "city", "advocate",
    "seri",  # ('Datuk Seri Wee Ka Siong')
    "candidate", "nominee", "activist", "director", "professor", "coach", "attorney", "lawyer",
    "historian", "researcher", "scientist", "author", "writer", "novelist", "journalist",
    "premier", "treasurer",
    "sheriff", "superintendent", "detective", "inspector", "host", "anchor", "ceo", "justice",
    # a house's officers: 'Assembly Speaker Ron Kessler', 'Senate Majority Whip Ana Lind'
    "speaker", "assembly", "house", "senate", "majority", "minority", "whip",
    "registrar",  # ('Registrar Prafulla Pawar')
    # an ombudsman's: 'Human Rights Defender Anna Grigoryan', 'Public Defender …'
    "defender", "ombudsman", "ombudswoman", "ombudsperson",
    # German nouns are capitalised, and French titles may be: 'Senatorin Anna Weber'
    "senatorin", "ministerin", "kanzlerin", "bundeskanzler", "präsident", "präsidentin",
    "bürgermeister", "bürgermeisterin", "sprecher", "sprecherin", "verbandschef", "chef",
    "chefin", "ministre", "président", "présidente", "directeur", "directrice", "maire",
    # a French ministry's name before its minister's: 'le ministre des Armées Sébastien Lecornu'
    "armées", "intérieur", "affaires", "étrangères", "finances", "économie", "défense",
}  # fmt: skip

#: Capitalised because they start a sentence, not because they are names.
SENTENCE_WORDS = {
    "Then", "Later", "Now", "Meanwhile", "However", "Also", "Still", "Yet", "So", "Today",
    "Yesterday", "Earlier", "But", "And", "When", "While", "After", "Before", "As", "If",
    "Asked", "Speaking", "Writing", "Meanwhile,", "Instead", "Separately", "Elsewhere",
    "Said", "Says", "Added", "Wrote", "Although", "Though", "Because", "Since", "Despite",
    "During", "Following", "Unlike", "Until", "Whether", "Once", "Like", "Even",
}  # fmt: skip

NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "asked", "speaking", "according", "but", "and",
    "however", "meanwhile", "publicly", "privately", "behind", "from", "after", "before",
    "he", "she", "it", "they", "we", "i", "this", "that", "there", "his", "her", "their",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "good", "two", "three", "one", "several",
    "why", "how", "what", "when", "where",  # a headline's question: 'Why Sanders Lags'
    "original", "translated", "translation",  # 'Original German version: “…”'
}  # fmt: skip
