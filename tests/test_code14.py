"""The right pair with the wrong code (fourteenth session, code14): the engine found who acted on whom but coded the act
by a sibling family. A crowd's blockade is a protest, not an embargo; shooting that no state's force does at someone
unarmed is an assault, not a fire fight; seeking or welcoming talks with another is the speaker's own intent to meet,
not an appeal; a diplomatic or protest note is an official complaint. Stories are written for these tests, several
phrasings per case (other verbs, other countries, pronouns, noun phrases, quotes); the real codebook and model, end to
end through the Coder. Each case is checked at country + root level; "!16" means no event of root 16. Cases still
missed are strict xfails that say what is missing.
"""

from __future__ import annotations

import pytest
from _stories import passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model


# A crowd's blockade (farmers, protesters, workers, students) is a protest (144), not a state's embargo (163); a
# state that blocks stays a cut in relations or a blockade
BLOCKADES = [
    ("Polish farmers have blocked crossings on the Ukrainian border in protest at imports of cheap Ukrainian food.", "POL UKR 14"),
    ("Polish farmers have blocked crossings on the Ukrainian border in protest at imports of cheap Ukrainian food.", "!16"),
    ("Hungarian farmers blocked the border crossings with Ukraine on Monday.", "!16"),
    ("Benin blocked the loading of Nigerien crude at the port of Seme.", "!14"),
    ("China blocked imports of Japanese seafood.", "CHN JPN 16"),
]

# Shooting by gunmen, criminals or a civilian at someone who bears no arms is an assault (18x: 1823 when it kills),
# not a fight with small arms (193); soldiers or police shooting, or shooting at soldiers, stay 19x
SHOOTINGS = [
    ("Gunmen shot dead a Mexican journalist in Tijuana.", "MEX MEX 18"),
    ("Gunmen shot and killed a local journalist in Mexico.", "MEX MEX 18"),
    ("Unidentified gunmen shot dead a Pakistani journalist in Quetta on Friday.", "PAK PAK 18"),
    ("Gunmen shot dead a Mexican journalist in Tijuana.", "!19"),
    ("Israeli soldiers shot dead two Palestinian militants in Jenin.", "ISR PSE 19"),
    ("Gunmen shot two Nigerian soldiers at a checkpoint.", "!18"),
]

# Welcoming talks with another, said ahead, is the speaker's intent to meet (036), as "ready for talks" is; a future
# "would seek talks with" is 036 (commit11's rule), a past or present "sought / is seeking talks with" stays the appeal
# (026, test_commitments); seeking talks between two others stays an appeal to them (026)
TALKS = [
    ("Takaichi said she would seek talks with the Japan Innovation Party.", "JPN JPN 03"),
    ("Seoul is seeking talks with Pyongyang.", "KOR PRK 02"),
    ("The Cook Islands prime minister said he would seek talks with Wellington to resolve the dispute.", "COK NZL 03"),
    ("Albanese said Australia would welcome talks with Chinese leader Xi Jinping.", "AUS CHN 03"),
    ("Pakistan said it would welcome dialogue with India.", "PAK IND 03"),
    ("The Kremlin said Putin would welcome the opportunity to meet with Trump.", "RUS USA 03"),
    ("\"We would welcome a meeting with President Lula,\" Milei said.", "ARG BRA 03"),
    ("Qatar is seeking talks between Israel and Hamas.", "QAT ISR 02"),
    ("The European Union welcomed the talks between Armenia and Azerbaijan.", "!03"),
]

# A diplomatic note or a note of protest is an official complaint (114), not a bare statement (010)
NOTES = [
    ("Mexico's foreign ministry sent a diplomatic note to Washington.", "MEX USA 11"),
    ("Brazil sent a note of protest to Argentina.", "BRA ARG 11"),
    ("Peru sent a protest note to Bolivia over the remarks.", "PER BOL 11"),
    ("Venezuela delivered a diplomatic note to Guyana on Tuesday.", "VEN GUY 11"),
    ("Estonia's foreign ministry handed Russia's charge d'affaires a protest note.", "EST RUS 11"),
    ("Biden sent a letter to Netanyahu on Tuesday.", "USA ISR 01"),
]


# A bare participle conjoined to a passive verb is passive too, with the first verb's subject and agent: the release
# of one arrested is coded with the arrest, not lost (0841 beside 173)
CONJOINED_PASSIVES = [
    ("Sturgeon was arrested by police on Sunday and released without charge seven hours later.", "GBR GBR 08"),
    ("The activist was arrested by Egyptian security forces and later freed.", "EGY EGY 08"),
    ("The Turkish journalist Can Dundar was detained by police and released two days later.", "TUR TUR 08"),
    ("Navalny's lawyer was detained by Russian police on Tuesday and released on bail on Friday.", "RUS RUS 08"),
    ("Sturgeon was arrested by police on Sunday and released without charge seven hours later.", "GBR GBR 17"),
    # released by no one named, in a later sentence: by the one the story told held them
    ("Pakistani police arrested former Prime Minister Imran Khan in May. Khan was released on bail in August.", "PAK PAK 08"),
    ("Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday. Imamoglu was released two days later.", "TUR TUR 08"),
    ("Russian police detained Alexei Navalny at the airport. Navalny was freed on Friday.", "RUS RUS 08"),
    ("Navalny was freed on Friday.", "!08"),
    # a conjunct with its own subject or object is its own clause
    ("Lee Jae-myung was sworn in as South Korea's president on Wednesday and pledged to reopen dialogue with North Korea.", "KOR PRK 03"),
]


# A threat that names no one is against the one the threatener blames or accuses in the same sentence (138/130 beside
# the accusation, 112), not the accusation alone
BLAMED_THREATS = [
    ("Iran vowed revenge on Tuesday after an air strike it blamed on Israel flattened its consular building in Damascus.", "IRN ISR 13"),
    ("The Houthis vowed to retaliate after strikes they blamed on the United States.", "YEM USA 13"),
    ("Pakistan vowed a strong response after a suicide bombing it blamed on Afghanistan-based militants of the Taliban.", "PAK AFG 13"),
    ("Hezbollah vowed to respond, accusing Israel of killing its commander.", "LBN ISR 13"),
    ("Hezbollah vowed to respond, accusing Israel of killing its commander.", "LBN ISR 11"),
    # the threatener's own side blamed is no target
    ("Russia vowed revenge after an attack it blamed on Russian nationalists.", "!13"),
]


@pytest.mark.xfail(strict=True, reason="the future seek's object is 'other parties' (no actor); the party named after 'including' is not read as its target")
def test_future_seek_talks_with_a_list(cameo_coder: Coder) -> None:
    text = "Takaichi said she would seek talks with other parties, including the Japan Innovation Party, to secure support in the vote."
    assert passes(triples(cameo_coder, text), "JPN JPN 03")


@pytest.mark.parametrize("text,want", BLOCKADES + SHOOTINGS + TALKS + NOTES + CONJOINED_PASSIVES + BLAMED_THREATS)
def test_the_code_the_parties_make(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)
