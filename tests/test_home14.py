"""Force, deployments and riots inside one country told with generic actors (fourteenth session, home14).

Each case is a short story about one country (named twice, so that it is the story's locus) and what it must give at the
country + root level: "NGA NGA 17" (a Nigerian source, a Nigerian target, root 17), "!17" (no event of root 17), "!UKR
UKR" (none of that pair). The mechanisms (docs/engine_policies.md, "Force at home told with generic actors"):
- ordinary people's things no one owns (homes, houses, churches, shops, buses, a police post, villages), hit by doers
  of the story's country in a story about that country alone, are its civilians' (a crowd's riot: the country's);
- a bare warplane, gunship or drone that fights in such a story is the locus's army;
- a passive harm whose "by" names a thrown thing names its thrower ("hurt by stones thrown by protesters");
- a passive deployment with no doer ("The army was deployed", "400 officers had been deployed") is the forces' own.
Not in a story that names another country (a war, a foreign force), not for what someone owns by name, not in a future,
a threat or a negation. STILL_MISSED are cases that still fail (strict xfail: a case that starts to pass must leave).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # property of ordinary people burned or attacked at home, by troops, police, crowds, gangs
    ("Nigeria's army vowed to find the killers. Residents said troops had raided the village and set fire to dozens of homes in Nigeria's Delta state.", "NGA NGA 17"),
    ("Ethiopia's government denied the reports. Ethiopian soldiers burned houses and a church, villagers said.", "ETH ETH 17"),
    ("Police in Kenya said the protests had turned violent. Kenyan protesters set fire to buses and trucks on the highway.", "KEN KEN 17"),
    ("Peru's government declared an emergency in Peru. Rioters torched several vehicles and a police post, officials said.", "PER PER 17"),
    ("Pakistani police arrested 100 people in Pakistan. Mobs attacked several churches and looted shops.", "PAK PAK 14"),
    ("Indonesia's president called for calm in Indonesia. Dozens of homes were torched by rioters, police said.", "IDN IDN 17"),
    ("Haiti's prime minister condemned the violence in Haiti. Gang members set fire to houses in the neighbourhood.", "HTI HTI 17"),
    ("Bangladesh's government blamed the opposition in Bangladesh. Crowds set shops on fire and attacked a mosque.", "BGD BGD 17"),
    # a bomb set off where people gather (183): on the civilians there
    ("Somalia's government condemned the attack in Somalia. Militants detonated a car bomb near a busy market.", "SOM SOM 18"),
    ("Nigeria's police said Nigeria was on alert. Insurgents set off a bomb in a crowded bus station.", "NGA NGA 18"),
    # a warplane, a gunship, a drone of the story's own army
    ("Myanmar's junta confirmed the strike in Myanmar. A fighter jet dropped bombs on the crowd, witnesses said.", "MMR MMR 19"),
    ("Sudan's army denied the reports from Sudan. A warplane bombed a market in the town, residents said.", "SDN SDN 19"),
    ("Myanmar's military said it had targeted the rebels in Myanmar. A helicopter gunship fired on the village on Tuesday.", "MMR MMR 19"),
    # a harm done by a thing thrown by someone: the thrower
    ("Kenya's interior ministry said protests spread across Kenya. Several police officers were injured by stones thrown by protesters.", "KEN KEN 14"),
    ("Serbia's police said the rally in Serbia was violent. Two officers were wounded by rocks thrown by demonstrators.", "SRB SRB 14"),
    # "some" of the crowd the sentence named before: the crowd's
    ("Serbia's police said the rally in Serbia was peaceful at first. Demonstrators gathered outside parliament, and some threw bottles at police.", "SRB SRB 14"),
    ("Kenya's government deployed police in Kenya. Protesters marched through the city centre and some hurled stones at officers.", "KEN KEN 14"),
    ("Kenya's government spoke of calm in Kenya. Some threw stones at police.", "!KEN KEN 14"),
    # a deployment told in the passive: the forces sent are the doers, on their own country
    ("Nepal's government imposed a curfew in Nepal. The army was deployed to help police enforce the curfew.", "NPL NPL 15"),
    ("Ireland's police chief said Ireland had never seen such a riot. More than 400 officers, including riot police, had been deployed to restore order.", "IRL IRL 15"),
    ("Chile's president spoke in Chile on Monday. Thousands of soldiers were sent to the capital to keep order.", "CHL CHL 15"),
    # a case the police register against someone is a charge (173); a complaint of fraud at a vote is on its state
    ("Pakistan's government condemned the attacks in Pakistan. Police registered a blasphemy case against the two men.", "PAK PAK 17"),
    ("Indian police in India's Punjab state registered a case against the opposition leader.", "IND IND 17"),
    ("Kenya's opposition complained of widespread fraud in Kenya's presidential election.", "KEN KEN 11"),
    ("Zimbabwe held an election on Wednesday. Zimbabwe's main opposition party complained about irregularities in the vote count.", "ZWE ZWE 11"),
    ("Zimbabwe held an election on Wednesday. Zimbabwe's main opposition party did not complain of irregularities.", "!ZWE ZWE 11"),
    # negatives: a war with another country, a foreign force's weapons, someone's property, an accident, a future, a negation
    ("Russia launched a massive attack on Ukraine overnight. Ukraine's air force said a drone hit a building and homes.", "!UKR UKR"),
    ("Israel's army said it was hunting militants. Israeli troops demolished Palestinian homes in the West Bank.", "!ISR ISR"),
    ("A bus caught fire on a highway in Kenya, Kenyan police said.", "!17"),
    ("Kenya's opposition warned the government of Kenya. Kenyan protesters threatened to set fire to buses.", "!KEN KEN 17"),
    ("Nigeria's army said its troops did not burn any homes in Nigeria. Troops did not set fire to houses, the army said.", "!NGA NGA 17"),
    ("Armenia accused Azerbaijan of shelling villages. Azerbaijani troops set fire to homes, Armenian officials said.", "!AZE AZE 17"),
    ("Ukraine's security service said Russian agents had set off a bomb in a hotel in Kyiv.", "!UKR UKR 18"),
    ("Ukraine's military said it was advancing in Ukraine's east. Russian forces said a Ukrainian drone hit homes in Belgorod.", "!UKR UKR 19"),
    ("Thailand's army said troops had been deployed along the border with Cambodia. Troops were sent to the border.", "!THA THA 15"),
]

# still failing (strict xfail)
STILL_MISSED: set[str] = set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_home_force(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert passes(got, want), f"{text!r}: want {want}, got {sorted(got)}"
