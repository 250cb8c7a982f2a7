"""Threats and refusals as news tells them (eleventh session, issue 4 recall on roots 12 and 13).

Each case is a short story between known actors and what it must give at the country + root level: "RUS GBR 13" (a
Russian source, a British target, an event of root 13), or "!13" (no event of root 13 at all). Threats: a future of
retaliation said with "there will be", a right to respond reserved, a future answer told to someone, an answer
promised if the other side attacks, charges or punishment announced for someone, measures or sanctions promised or
prepared against someone, war vowed, fighting vowed until someone is defeated, attacks to go on, a warning to someone
to stop or keep to something. Refusals: a court halting a government's act, aid for someone vetoed, entry blocked,
help refused to someone, words not retracted, weapons not handed over, and refusals to give in that answer the
latest pressure on the speaker when no ask precedes them (docs/engine_policies.md, "Threats and refusals").
STILL_MISSED are cases that still fail (strict xfail: a case that starts to pass must leave the list).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # "there will be retaliation": on the doer of the latest blow to the speaker's country
    ('Britain expelled a Russian defence attache on Wednesday. "There will be retaliatory measures," Maria Zakharova told reporters.', "RUS GBR 13"),
    ("Britain expelled a Russian defence attache on Wednesday. The Russian foreign ministry said there would be retaliation.", "RUS GBR 13"),
    ("Poland closed its border with Belarus. Minsk said there would be consequences.", "BLR POL 13"),
    ("Lithuania banned Russian trucks from its roads. The Kremlin warned that there will be a response.", "RUS LTU 13"),
    # a right to respond reserved
    ("A U.S. fighter jet shot down a Chinese balloon off South Carolina. Beijing said it reserved the right to respond further.", "CHN USA 13"),
    ("Israeli jets bombed Iran's consulate in Damascus. Tehran said it reserves the right to retaliate.", "IRN ISR 13"),
    ("Azerbaijani troops shelled Armenian border villages. Yerevan said it reserved the right to take countermeasures.", "ARM AZE 13"),
    # a future answer told to someone: on the one told
    ("Japan's vice foreign minister told the Chinese ambassador that Tokyo would respond with all available means.", "JPN CHN 13"),
    ("South Korea's foreign minister told the Russian ambassador that Seoul would retaliate.", "KOR RUS 13"),
    ("Poland informed Belarus that Warsaw would respond.", "POL BLR 13"),
    # an answer promised if the other side attacks: on the one named in the condition
    ("India said it would hit back if Pakistan attacked.", "IND PAK 13"),
    ("Seoul warned that it would respond if North Korea fired another missile.", "KOR PRK 13"),
    ("Taiwan said its forces would strike back if China invaded.", "TWN CHN 13"),
    # charges or punishment announced for someone: a threat on them
    ("Ecuador's president said that protesters who blocked roads would face terrorism charges.", "ECU ECU 13"),
    ("Putin said the Ukrainian saboteurs would face punishment.", "RUS UKR 13"),
    ("Zelensky warned that Russian commanders would face prosecution.", "UKR RUS 13"),
    ("Kim Yo Jong warned that South Korea would face piles of filth if the leaflets continued.", "PRK KOR 13"),
    ("Netanyahu said the Hamas commanders would be punished.", "ISR PSE 13"),
    ("Erdogan vowed that the PKK militants would be brought to justice.", "TUR TUR 13"),
    # measures or sanctions promised or prepared against someone
    ("The State Department promised further measures against Moscow.", "USA RUS 13"),
    ("The European Union said it was preparing new sanctions against Moscow.", "IGO RUS 13"),
    ("Britain is drafting sanctions against Iran.", "GBR IRN 13"),
    ("Washington pledged tough steps against Beijing.", "USA CHN 13"),
    # war vowed, fighting vowed until someone is defeated, attacks to go on
    ("Somalia's president vowed to wage total war on al-Shabaab.", "SOM SOM 13"),
    ("Netanyahu pledged to wage war against Hamas.", "ISR PSE 13"),
    ("Sudan's army chief vowed to keep fighting until the Rapid Support Forces were defeated.", "SDN SDN 13"),
    ("Zelensky vowed to keep fighting until Russia withdrew.", "UKR RUS 13"),
    ("The Houthis said they would keep targeting ships linked to Israel.", "YEM ISR 13"),
    ("Hezbollah said it would keep attacking Israel.", "LBN ISR 13"),
    # an answer in kind, all necessary measures: on the doer of the latest blow
    ("Ecuador imposed a 30% tariff on Colombian goods. Colombia said it would answer with a tariff of its own.", "COL ECU 13"),
    ("The United States imposed tariffs on Chinese goods. Beijing said it will respond with countermeasures.", "CHN USA 13"),
    ("The United States doubled tariffs on Indian goods. India said it would take all actions necessary to protect its national interests.", "IND USA 13"),
    ("Lithuania closed its border with Belarus. Minsk said it will take all necessary measures to protect its interests.", "BLR LTU 13"),
    # a blow that would be met with force: on its doer
    ('"Any U.S. attack would be met with resistance," Padrino said.', "VEN USA 13"),
    ("Seoul warned that any North Korean provocation would be met with a strong response.", "KOR PRK 13"),
    # a warning to someone to stop or keep to something
    ("Iranian President Ebrahim Raisi warned the Taliban to respect Iran's water rights.", "IRN AFG 13"),
    ("Biden warned Russia to withdraw its troops from the border.", "USA RUS 13"),
    # courts halting a government's act
    ("A federal judge temporarily blocked President Donald Trump's executive order on birthright citizenship.", "USA USA 12"),
    ("A federal judge blocked the Trump administration from deploying National Guard troops to Portland.", "USA USA 12"),
    ("Brazil's Supreme Court suspended President Lula's decree.", "BRA BRA 12"),
    ("A federal judge on Thursday temporarily blocked President Donald Trump from deploying National Guard troops in Illinois.", "USA USA 12"),
    # aid vetoed for someone, entry blocked
    ("Orban vetoed a 50 billion euro package of EU aid for Ukraine.", "HUN UKR 12"),
    ("Hungary blocked military aid to Ukraine.", "HUN UKR 12"),
    ("Turkey blocked Sweden from joining NATO.", "TUR SWE 12"),
    # help refused to someone
    ("The European Union refused to rescue Greece.", "IGO GRC 12"),
    ("Germany declined to back Ukraine's bid.", "DEU UKR 12"),
    # words not retracted, weapons not handed over (answering the latest ask, or pressure)
    ("Colombia expelled Argentine diplomats over Milei's insults. Argentina's spokesman said Milei would not retract his words.", "ARG COL 12"),
    ("The United States urged Hezbollah to disarm. Qassem said Hezbollah will not hand over its weapons.", "LBN USA 12"),
    ("The United States urged Hamas to disarm. Hamas said it would never give up its weapons.", "PSE USA 12"),
    # refusals to give in that answer the latest pressure when no ask precedes them
    ("Thousands of opposition supporters protested against Tusk's government in Warsaw. Tusk said his government would not back down.", "POL POL 12"),
    ("Opposition leaders accused Tusk's government of an illegal takeover. Tusk said his government would not back down.", "POL POL 12"),
    ("Tens of thousands rallied in Bratislava against Prime Minister Robert Fico. Fico said he would not resign.", "SVK SVK 12"),
    ("Angolan taxi drivers went on strike against the government. The government said it would not reverse the subsidy cut.", "AGO AGO 12"),
    ("Colombia expelled Argentine diplomats. Milei said he would not back down.", "ARG COL 12"),
    ("The United States imposed sanctions on Petro. Petro said he would not back down.", "COL USA 12"),
    # negatives: no blow, no pressure, advice, a fiction of the past, a negation, another's words
    ('"There will be retaliatory measures," Maria Zakharova told reporters.', "!13"),
    ("Beijing said it reserved the right to respond further.", "!13"),
    ("Japan's vice foreign minister told the Chinese ambassador that Tokyo would respond to his letter.", "!13"),
    ("India said it would respond if Pakistan asked for help.", "!13"),
    ("India said it would not hit back if Pakistan attacked.", "!13"),
    ("Putin said the Ukrainian saboteurs were punished.", "!13"),
    ("The State Department promised further measures against inflation.", "!13"),
    ("The European Union imposed new sanctions on Moscow.", "!13"),
    ("Somalia's president vowed to wage war on poverty.", "!13"),
    ("Colombia said it would answer with a tariff of its own.", "!13"),
    ("Floods hit Kerala. India said it would take all necessary measures to protect its farmers.", "!13"),
    ('"Any U.S. proposal would be met with interest," Padrino said.', "!13"),
    ("Sudan's army chief vowed to keep fighting until the drought ended.", "!13"),
    ("The Houthis kept targeting ships linked to Israel.", "!13"),
    ("Japanese companies have warned staff in China to take extra care.", "!13"),
    ("Biden warned Americans to leave Russia.", "!13"),
    ("A federal judge blocked the sale of the steel plant.", "!12"),
    ("Police blocked President Donald Trump's motorcade.", "!12"),
    ("A Brazilian judge suspended the governor of Rio from office for 90 days.", "!12"),
    ("Orban vetoed a package of farm subsidies.", "!12"),
    ("Turkey blocked Sweden from selling arms.", "!12"),
    ("The European Union refused to back the tax bill.", "!12"),
    ("Milei said he would not retract his words.", "!12"),
    ("Tusk said his government would not back down.", "!12"),
    ("Students demanded the publication of the documents. Vucic said he would not resign.", "!12"),
    ("Tens of thousands rallied in Bratislava in support of Prime Minister Robert Fico. Fico said he would not resign.", "!12"),
]

# still failing (strict xfail)
STILL_MISSED: set[str] = {
    # the model reads "that" as a relative pronoun on "ambassador": "would retaliate" becomes a modal relative clause
    "South Korea's foreign minister told the Russian ambassador that Seoul would retaliate.",
    # the telling is coded (010) before the future answer it reports, which then gives way to its coded governor
    "Poland informed Belarus that Warsaw would respond.",
}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_threat_or_refusal(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert passes(got, want), f"{text!r}: want {want}, got {sorted(got)}"
