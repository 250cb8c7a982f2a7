"""Verbs and event nouns the codebook had no pattern for, found from the development sets' silent misses (fourteenth
session, lexicon14): pleas in court (016, to the court: coding/engine.py _plea_court), reminders of a duty (02),
handshakes (04), heckling (111), petitions and appeals filed against a party (115), permissions revoked (16), cases
registered by the police (173), insurgencies waged and offensives pressed (190), acquittals (0841) and commiseration
(018).

Each case is a short story between known actors and what it must give at the country + root level: "USA USA 01" (a
U.S. source, a U.S. target, an event of root 01), or "!19" (no event of root 19 at all). STILL_MISSED are cases that
still fail (strict xfail: a case that starts to pass must leave the list).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # pleas: to the court the sentence or the story names, else the pleader's own country's court
    ("Trump pleaded not guilty on Tuesday to federal charges.", "USA USA 01"),
    ("The former Malaysian prime minister pleaded not guilty to corruption charges in a Kuala Lumpur court.", "MYS MYS 01"),
    ("Jimmy Lai pleaded not guilty to collusion with foreign forces.", "HKG HKG 01"),
    ("A Moscow court charged Evan Gershkovich with espionage. He pleaded not guilty.", "USA RUS 01"),
    ("Imran Khan entered a plea of not guilty.", "PAK PAK 01"),
    ("The Brazilian former president has pleaded innocent.", "BRA BRA 01"),
    ("Imran Khan pleaded guilty to the charges.", "!01"),
    ("Canada pleaded for clemency for its citizens held in China.", "!01"),
    # reminders of a duty: an appeal to the one reminded
    ("The United Nations reminded Israel of its obligation to protect civilians.", "IGO ISR 02"),
    ("The International Criminal Court reminded Italy of its duty to cooperate with the court.", "IGO ITA 02"),
    ("Washington reminded Beijing of its commitments under the agreement.", "USA CHN 02"),
    ("The German foreign minister reminded Turkey about its responsibilities as a NATO member.", "DEU TUR 02"),
    ("Blinken reminded reporters of the date of the vote.", "!02"),
    # handshakes: a meeting
    ("Petro shook hands with Venezuelan President Nicolas Maduro at the border.", "COL VEN 04"),
    ("Xi Jinping shook Joe Biden's hand before the talks.", "CHN USA 04"),
    ("Aliyev and Pashinyan shook hands with Trump in the East Room.", "AZE USA 04"),
    ("The Japanese prime minister exchanged a handshake with South Korea's president.", "JPN KOR 04"),
    # heckling: criticism of the one heckled
    ("Israeli protesters heckled Netanyahu at the memorial.", "ISR ISR 11"),
    ("French farmers booed Macron at the agricultural fair.", "FRA FRA 11"),
    ("Opposition lawmakers shouted down the Kenyan finance minister.", "KEN KEN 11"),
    ("Kenyan opposition MPs shouted down President William Ruto in parliament.", "KEN KEN 11"),
    # petitions and appeals against a party: a case brought
    ("Pakistan's Tehreek-e-Insaf filed a petition against the Pakistani government in the Supreme Court.", "PAK PAK 11"),
    ("Kenya's opposition lodged an appeal against the Kenyan electoral commission.", "KEN KEN 11"),
    ("Guyana submitted a petition against Venezuela at the International Court of Justice.", "GUY VEN 11"),
    # permissions revoked from a foreign party
    ("Niger revoked permission for U.S. military flights.", "NER USA 16"),
    ("Venezuela withdrew its approval for Brazil to represent Argentina's interests.", "VEN BRA 16"),
    ("Mali cancelled the authorisation of French military aircraft to fly over its territory.", "MLI FRA 16"),
    # cases registered by the police: a charge
    ("Pakistani police registered a case against Imran Khan.", "PAK PAK 17"),
    ("Indian police registered an FIR against Rahul Gandhi.", "IND IND 17"),
    ("Police in Lahore registered cases against Pakistani opposition leaders.", "PAK PAK 17"),
    ("Pakistani police have registered cases against Imran Khan's aides.", "PAK PAK 17"),
    ("The Punjab police registered a case against Imran Khan's aides.", "PAK PAK 17"),
    # insurgencies waged, offensives pressed
    ("The PKK has waged an insurgency against Turkey since 1984.", "TUR TUR 19"),
    ("Houthi rebels launched a rebellion against the Yemeni government in 2004.", "YEM YEM 19"),
    ("Russian forces pressed their offensive against Ukrainian troops in Donbas.", "RUS UKR 19"),
    ("The Israeli army pushed ahead with its assault on Hamas in Rafah.", "ISR PSE 19"),
    ("The Sudanese army continued its offensive against the Rapid Support Forces.", "SDN SDN 19"),
    ("Iraq pressed for the withdrawal of U.S. troops after a series of attacks on American forces.", "!19"),
    ("Qatar pressed for a truce after the offensive on Gaza.", "!19"),
    # acquittals: persons released
    ("A Hong Kong court acquitted two pro-democracy activists.", "HKG HKG 08"),
    ("A Bangladeshi court acquitted opposition leader Khaleda Zia of all charges.", "BGD BGD 08"),
    ("The Guatemalan supreme court exonerated the former president.", "GTM GTM 08"),
    ("A Brazilian court exonerated Lula of corruption charges.", "BRA BRA 08"),
    # commiseration
    ("Japan commiserated with Turkey over the earthquake.", "JPN TUR 01"),
    ("The Indian prime minister empathised with Nepal after the floods.", "IND NPL 01"),
]

# the verb's entry is there; the sentence's parties are not found (actors14's topic) or the parse breaks the clause
STILL_MISSED: set[str] = {
    "Opposition lawmakers shouted down the Kenyan finance minister.",  # "lawmakers" of no country is no actor
    "Police in Lahore registered cases against Pakistani opposition leaders.",  # the parse makes "registered" an adjective
    "The Guatemalan supreme court exonerated the former president.",  # "the former president" of no name is no actor
    "Pakistani police have registered cases against Imran Khan's aides.",  # the parse makes "registered" an adjective
}


@pytest.mark.parametrize(
    "text,want",
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="not coded yet")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_lexicon14(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert passes(got, want), f"{text!r}: want {want}, got {sorted(got)}"
