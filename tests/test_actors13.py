"""The party the engine does not find (thirteenth session, actors13): a bare title that refers back past its own verb's
other argument ("Senegal's foreign ministry summoned the ambassador": Ukraine's, named before), the name of a titled
person no dictionary knows when a later sentence uses it alone ("Tien Chung-kwang ... Tien said", "Javier
Gonzalez-Olaechea ... Gonzalez-Olaechea said", "Lee's government"), such a person's country when the title carries none
("Interior Minister Martin Niteretse said"), an international court a bare "the court" refers back to, and the doer of
an act an inquiry or a welcome refers back to ("opened an investigation into the strike", "welcomed the ratification").
Stories are written for these tests, several phrasings per case; the real codebook and model, end to end through the
Coder, checked at country + root level ("!11": no event of root 11). Cases still missed are strict xfails that say
what is missing.
"""

from __future__ import annotations

import pytest
from _stories import passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model


# A bare "the ambassador" / "the envoy" whose nearest actor of its role is the other argument of its own verb: the one
# the story named with that title before (one does not summon or expel one's own envoy)
TITLES_BACK = [
    ("Mali accused Ukraine's ambassador to Senegal, Yurii Pyvovarov, of supporting terrorism. Senegal's foreign ministry summoned the ambassador over the video.", "SEN UKR 11"),
    ("Israel's ambassador to Spain, Rodica Radian-Gordon, criticised the Spanish government on Monday. Spain's foreign ministry summoned the ambassador.", "ESP ISR 11"),
    ("Lithuania said on Tuesday that China's envoy, Shen Zhifei, had insulted its officials. The Lithuanian government expelled the envoy.", "LTU CHN 16"),
    ("Russia's ambassador to Poland, Sergei Andreev, said the strike was a provocation. The ambassador was summoned by Poland's foreign ministry on Wednesday.", "POL RUS 11"),
]
NOT_TITLES_BACK = [
    # no ambassador named before: no one to summon (the ministry's own country is no target)
    ("Senegal's foreign ministry summoned the ambassador over the video.", "!11"),
]

# A titled person no dictionary knows, called later by the name alone: a hyphenated surname, the family name of a
# Chinese or Korean style name (written first), a surname as the owner of an office
STRANGER_NAMES = [
    ("Taiwan's Deputy Foreign Minister Tien Chung-kwang said Beijing had lured Nauru with offers of aid. Tien accused China of bullying Taiwan.", "TWN CHN 11"),
    ("South Korea's new prime minister, Kim Min-seok, said Seoul wanted talks with Tokyo. Kim accused Japan of distorting history.", "KOR JPN 11"),
    ("Peru's foreign minister, Javier Gonzalez-Olaechea, said on Monday that Lima would not recognise the result. Gonzalez-Olaechea accused Venezuela of fraud.", "PER VEN 11"),
    ("Taiwan's Deputy Foreign Minister Tien Chung-kwang said Beijing had lured Nauru with offers of aid. China accused Tien's ministry of lying.", "CHN TWN 11"),
    # a name set off by commas behind a title, a name with a particle, a surname opening a sentence
    ("Chile's interior minister, Carolina Toha, said police would stay. Toha accused Argentina of meddling.", "CHL ARG 11"),
    ("Ecuador's foreign minister, Gabriela Sommerfeld, said the embassy raid was legal. Sommerfeld accused Mexico of abusing asylum.", "ECU MEX 11"),
    ("Peru broke off relations with Mexico on Monday. Foreign Minister Hugo de Zela said Lima would not accept the asylum. De Zela accused Mexico of interfering in Peru's affairs.", "PER MEX 11"),
    ("Lee Jae-myung was sworn in as South Korea's president on Wednesday. Japan criticised Lee's government.", "JPN KOR 11"),
    ("Lee Jae-myung was sworn in as South Korea's president on Wednesday. North Korea accused Lee's government of staging provocations.", "PRK KOR 11"),
]

# A titled stranger with no country on the title, opening a sentence: of the state the sentence before was about
TITLED_STRANGERS = [
    ("Congo recalled its ambassador to Kenya on Saturday. Government spokesman Patrick Muyaya condemned Kenya for hosting the alliance.", "COD KEN 11"),
    ("Guyana asked the World Court to stop the referendum on Monday. Foreign Minister Hugh Todd accused Venezuela of threatening its territory.", "GUY VEN 11"),
]

# "the court" after an international court: that court, not a national one of the story's countries
COURTS = [
    ("South Africa brought a genocide case against Israel at the International Court of Justice. The court ordered Israel to prevent acts of genocide in Gaza.", "IGO ISR 10"),
    ("The European Court of Human Rights heard the case on Monday. Russia rejected the court's ruling.", "RUS IGO 12"),
    # a national court named since is what "the court" is
    ("Israel's Supreme Court struck down the law on Monday. Netanyahu criticised the court.", "ISR ISR 11"),
]

# An inquiry into an act named before: on the act's doer
INQUIRIES = [
    ("A Russian missile struck a pizzeria in Kramatorsk on Tuesday. Ukraine's prosecutor general's office opened a war crimes investigation into the strike.", "UKR RUS 09"),
    ("A Russian missile struck a pizzeria in Kramatorsk on Tuesday. Ukrainian prosecutors opened an investigation into the attack.", "UKR RUS 09"),
    ("Israeli troops raided the Jenin camp on Monday, killing five Palestinians. The Palestinian Authority launched an inquiry into the raid.", "PSE ISR 09"),
    ("Iranian drones attacked a tanker off Oman on Friday. An investigation into the attack was launched by the British navy.", "GBR IRN 09"),
]
NOT_INQUIRIES = [
    # an inquiry into no act the story told
    ("Russia said it would hold military exercises near the border. Finland launched a probe into the drills.", "!09"),
    # fraud in a story of no vote: no state to blame
    ("Police raided a warehouse in Lagos on Monday. The United States called for an investigation into the fraud.", "!10"),
]

# A call for an inquiry into a vote's irregularities: on the government of the country that held the vote (the story's
# locus for a foreign state or body, its own for an opposition)
VOTE_INQUIRIES = [
    ("Venezuela held a presidential election on Sunday and Maduro was declared the winner. The European Union urged an independent inquiry into the fraud. Venezuela rejected the call.", "IGO VEN 10"),
    ("Georgia held a parliamentary election on Saturday. Georgia's opposition called for an investigation into the fraud.", "GEO GEO 10"),
    ("Pakistan held a general election on Thursday, and Pakistan's election commission announced the results two days later. Imran Khan's party accused Pakistan's authorities of rigging the count. The United States called for an investigation into reports of irregularities.", "USA PAK 10"),
]

# A reaction to a ratification, an approval, an adoption, a passage: on whoever ratified, approved, adopted or passed
RATIFICATIONS = [
    ("Hungary's parliament ratified Sweden's bid to join NATO on Monday. NATO Secretary General Jens Stoltenberg welcomed the ratification.", "IGO HUN 05"),
    ("Hungary's parliament approved Sweden's bid to join NATO on Monday. NATO Secretary General Jens Stoltenberg welcomed the ratification.", "IGO HUN 05"),
    ("Turkey's parliament approved Finland's application on Thursday. Finland welcomed the approval.", "FIN TUR 05"),
    ("Hungary's parliament ratified Sweden's bid to join NATO on Monday. Russia condemned the ratification.", "RUS HUN 11"),
    ("Hong Kong's legislature passed a new security law on Tuesday. Britain condemned the passage of the law.", "GBR HKG 11"),
]
NOT_RATIFICATIONS = [
    # a welcome of another pair's treaty is no act on either
    ("Gondor welcomed the ratification of the treaty between Rohan and Dale.", "!05"),
]


# code15: a welcome of a deal is 051 on the deal's parties (05_diplomatic_code15.yaml)
WELCOMED_DEALS = [
    ("The European Union and Mercosur concluded a free trade agreement on Friday. Brazil's government welcomed the agreement.", "BRA IGO 05"),
]


@pytest.mark.parametrize(
    "text,want",
    TITLES_BACK + NOT_TITLES_BACK + STRANGER_NAMES + TITLED_STRANGERS + COURTS + INQUIRIES + NOT_INQUIRIES + VOTE_INQUIRIES + RATIFICATIONS + NOT_RATIFICATIONS
    + WELCOMED_DEALS,
)
def test_party_found(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


# Still missed: a possessive pronoun on the act ("its passage": the law's). (A welcome of a deal by one of its parties'
# members, "Brazil's government welcomed the agreement" between the EU and Mercosur, is coded since code15: below.)
MISSED = [
    pytest.param("Burundi closed its land border with Rwanda on Thursday. Interior Minister Martin Niteretse accused Rwanda of sheltering rebel leaders.", "BDI RWA 11",
                 marks=pytest.mark.xfail(strict=True, reason="the story's locus (Rwanda, named most) claims the bare title first")),
    pytest.param("Hong Kong's legislature passed a new security law on Tuesday. Britain condemned its passage.", "GBR HKG 11",
                 marks=pytest.mark.xfail(strict=True, reason="'its' + act noun is not read as an act referred back to")),
]


@pytest.mark.parametrize("text,want", MISSED)
def test_party_still_missed(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)
