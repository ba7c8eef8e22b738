"""Where a sentence parts into clauses that each may report someone's words ('…, even as
…', '…; …', '…, telling them that …', '… and that Alemu had replied that …'), and a
clause that goes on with the last speaker's words (', adding …', '…, but said …').
reported_sentences.py and beside.py split with them; reported.py reads each clause."""

from __future__ import annotations

import re

#: A clause split off that contrasts with the one before: '…, even as two members …'
_CONTRAST_WORDS = r"\s*(?:even as|even though|although|whereas)"
CONTRAST = re.compile(rf"{_CONTRAST_WORDS}\s")
#: ... its subject the body that just spoke: '… even as it publicly insisted …'
CONTRAST_IT = re.compile(
    # (or its people: '…, even as its management continues to assure passengers that …')
    rf"{_CONTRAST_WORDS}\s+(?:it|its\s+(?:(?:top|senior)\s+)?(?:management|leadership|executives|"
    r"bosses|board|officials|leaders|directors))\s"
)
#: A clause that goes on with what a speaker said: ', adding …', ', telling …'.
GOING_ON = re.compile(
    r"(?:adding|saying|noting|arguing|insisting|warning|telling|calling)[\s,]"
    # ('…, but said it “does not interfere …”': the same subject's second verb)
    r"|(?:but|and)\s+(?:also\s+)?(?:said|added|insisted|warned|noted)\s"
)
#: '… to its candidates -- but he said …': a dash before a conjunction splits as a comma
#: does (looked for only in a sentence with a dash: most have none).
DASH_SPLIT = re.compile(r"\s+(?:--|—|–)\s+(?=(?:but|and|yet|while|though|although)\s+[A-Za-z])")
#: What dates a clause to another occasion than the one before: ', days before …'
ANOTHER_DAY = re.compile(
    r",\s+(?:(?:two|three|four|five|several|a few|\d+)\s+)?(?:days|weeks|hours|months)\s+"
    r"(?:after|before)\s+"
)
CLAUSE_SPLIT = re.compile(
    # every split starts at a space, a comma or a semicolon: a first look spares the rest
    r"(?=[\s,;])(?:"
    # '… “isn’t planning to endorse anyone,” and Rep. Ola Brenn suggested …': after a
    # comma inside the closing mark too, which stays with the first clause
    r"(?<=,[”\"’])\s+(?=(?:and|but|while|even as|although|though|whereas)\s+[A-Z]|"
    r"(?:adding|saying)[,:]?\s+[“\"]|"
    # ('… a “ridiculous proposition,” adding that the person …')
    r"(?:telling|saying|adding|insisting|noting|arguing|warning)\s+(?:\w+\s+)?that\s|"
    r"(?:even as|even though|although|whereas)\s+[a-z])|"
    # 'told reporters …, telling them that …': what the participle reports is its own
    r",\s+(?=(?:telling|saying|adding|insisting|noting|arguing|warning)\s+(?:\w+\s+)?that\s|"
    # ', adding, “…”', ', calling the plan “…”': a quotation of its own
    r"(?:adding|saying)[,:]?\s+[“\"]|calling\s+[^,.;:“\"”]{1,40}\s[“\"])|"
    r";\s+|,\s+(?=(?:even as|even though|although|though|while|whereas|but|and|despite)\s+[A-Za-z])"
    # '… had privately offered to fast-track a bill even as it publicly insisted …': a
    # contrast with a speaker and a speech verb of its own, no comma before it
    r"|\s+(?=even as\s+(?:it|he|she|they|the\s+[a-z]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:[a-z]+ly\s+)?(?:said|says|insisted|insists|told|tells|argued|argues|maintained|"
    r"maintains|denied|denies|claimed|claims)\b)"
    # '… said the president had asked for it in writing and that Alemu had replied that
    # …': a second speaker's answer, told in a 'that' of its own
    # (a verb of speech and what it says: not '… and that Acme Corp had agreed to a rise')
    r"|\s+and\s+(?=that\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:had\s+)?(?:(?:replied|answered|responded|"
    r"promised|agreed)\s+|(?:told|assured)\s+(?:[\w'’-]+\s+){1,3}?)(?:that\s|[“\"]))"
    # '…, as 43 of the party's MPs warned privately that …': a clause with a 'that' of its own
    # (not a tag: '…, as the minister said')
    r"|,\s+as\s+(?=(?:[\w'’-]+\s+){1,6}?(?:said|warned|told|insisted|argued|signalled|signaled)"
    r"\s+(?:[\w'’-]+\s+){0,2}?that\s)"
    # '… told the court that …, days after officials privately assured …': a second
    # happening, its speaker after the words that date it
    rf"|{ANOTHER_DAY.pattern}"
    # (a happening with its speaker's verb, not 'Marinov, who resigned two days after the
    # raids, has denied …')
    r"(?=[a-zA-Z][^,;]{0,120}?\b(?:told|said|assured|promised|warned|suggested|insisted|"
    r"argued|claimed|signalled|signaled|indicated|denied)\b)"
    # 'X called the plan “crazy” and said …': a second verb, a second statement
    r"|\s+(?=(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:said|says|told|added|argued|"
    r"insisted|warned|noted|wrote)\s|(?:and|but)\s+(?:calls|called)\s+[^,.;:“\"”]{1,40}\s[“\"]))"
)
