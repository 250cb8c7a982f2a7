"""Events inside one country: a battery of short domestic news sentences in wire style.

Real news is about half domestic (elections, parliaments, courts, police, protests, militants, coups). Each case is a
one-sentence story about one country: the headline names the country and its capital (so that a bare role noun such as
"the opposition", "lawmakers" or "a gunman" has the story's country, as it would in a real story), and the sentence is
coded with the default codebook. The expected events are written at the country + root level ("KEN KEN 17": a Kenyan
source, a Kenyan target, an event of CAMEO root 17), the level `dyad evaluate` scores at; "18|19" accepts either root.
A case passes when the sentence gives exactly those (country, country, root) triples. Cases with no events are
sentences that must give none (a hearing that did not rule, a party that "may" call a vote).

Run ``python tests/test_domestic.py`` for the pass rate and the failures.
"""

from __future__ import annotations

import datetime as dt
import sys
from functools import lru_cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CODEBOOK = REPO / "codebooks" / "cameo"
DAY = dt.date(2024, 11, 15)

# (story country, sentence, expected "SRC TGT ROOT" at the country + root level)
CASES: list[tuple[str, str, list[str]]] = [
    # 01 statements: denials, apologies to a domestic party
    ("FRA", "The government denied the opposition's allegations of vote buying.", ["FRA FRA 01"]),
    ("NGA", "Police denied accusations by rights groups that officers had tortured detainees.", ["NGA NGA 01"]),
    ("IND", "Prime Minister Narendra Modi on Tuesday dismissed the opposition's charges as baseless.", ["IND IND 01|12"]),
    ("PER", "Peru's interior ministry denied that police had used live ammunition against protesters.", ["PER PER 01"]),
    # 02 appeals
    ("KEN", "Opposition leaders urged the government to release detained activists.", ["KEN KEN 02|10"]),
    ("PAK", "Imran Khan's party called on the government to hold fresh elections.", ["PAK PAK 02|10"]),
    ("GBR", "Muslim community leaders urged the government to protect mosques.", ["GBR GBR 02"]),
    ("BGD", "Rights groups appealed to the interim government to end arbitrary arrests.", ["BGD BGD 02"]),
    ("ZWE", "Church leaders called on President Emmerson Mnangagwa to open talks with the opposition.", ["ZWE ZWE 02"]),
    ("MEX", "The bishops asked Mexican President Claudia Sheinbaum to protect journalists.", ["MEX MEX 02"]),
    ("SRB", "Students appealed to the prosecutor to charge the officials responsible for the collapse.", ["SRB SRB 02|10"]),
    ("THA", "Thai activists petitioned the Constitutional Court to review the ban.", ["THA THA 02"]),
    # 04 consultations
    ("KEN", "President William Ruto met opposition leaders on Monday to discuss the crisis.", ["KEN KEN 04"]),
    ("FRA", "Emmanuel Macron held talks with party leaders at the Elysee Palace on Wednesday.", ["FRA FRA 04"]),
    ("PAK", "The government held talks with Imran Khan's party on Thursday.", ["PAK PAK 04"]),
    ("ESP", "Pedro Sanchez spoke by phone with the head of the Catalan government.", ["ESP ESP 04"]),
    ("MLI", "The junta met with religious leaders in Bamako.", ["MLI MLI 04"]),
    ("COL", "Colombian President Gustavo Petro hosted indigenous leaders at the presidential palace.", ["COL COL 04"]),
    ("NGA", "Labour leaders met Bola Tinubu in Abuja to negotiate a new minimum wage.", ["NGA NGA 04"]),
    ("KOR", "The prime minister invited striking doctors to talks.", ["KOR KOR 02|04"]),
    # 05 praise, congratulations, apology, cooperation
    ("SEN", "Outgoing President Macky Sall congratulated Bassirou Diomaye Faye on his victory.", ["SEN SEN 05"]),
    ("GHA", "Mahamudu Bawumia congratulated John Mahama on winning the presidential election.", ["GHA GHA 05"]),
    ("BOL", "Former President Jorge Quiroga quickly congratulated his rival.", ["BOL BOL 05"]),
    ("ISR", "Benjamin Netanyahu praised the police for their swift response to the attack.", ["ISR ISR 05"]),
    ("JPN", "The prime minister apologised to the families of the victims.", ["JPN JPN 05"]),
    ("ARG", "Javier Milei thanked the armed forces for their loyalty.", ["ARG ARG 05"]),
    ("IDN", "Indonesian President Prabowo Subianto pardoned thousands of prisoners.", ["IDN IDN 05|08"]),
    ("ZAF", "The opposition welcomed the Constitutional Court's ruling.", ["ZAF ZAF 05"]),
    # 08 yield: concede, release, pardon, resign, lift
    ("GHA", "Mahamudu Bawumia conceded defeat to John Mahama.", ["GHA GHA 08"]),
    ("SEN", "His main rival conceded defeat on Monday.", ["SEN SEN 08"]),
    ("NER", "The junta released the son of deposed President Mohamed Bazoum.", ["NER NER 08"]),
    ("BLR", "Belarusian authorities freed 18 political prisoners on Wednesday.", ["BLR BLR 08"]),
    ("VEN", "Venezuelan authorities released dozens of protesters detained after the election.", ["VEN VEN 08"]),
    ("TUR", "A Turkish court released the journalist pending trial.", ["TUR TUR 08"]),
    ("KEN", "The government withdrew the finance bill after days of deadly protests.", ["KEN KEN 08"]),
    ("BGD", "The government lifted the curfew in the capital.", ["BGD BGD 08"]),
    ("MMR", "The military government pardoned more than 5,000 prisoners.", ["MMR MMR 05|08"]),
    ("PAK", "Police freed the opposition lawmakers late on Tuesday.", ["PAK PAK 08"]),
    # 09 investigate
    ("ESP", "A Madrid judge opened a preliminary inquiry into Begona Gomez.", ["ESP ESP 09"]),
    ("SVK", "The intelligence service is looking into the alleged coup plot.", ["SVK SVK 09"]),
    ("USA", "The FBI is investigating the shooting as an assassination attempt.", ["USA USA 09"]),
    ("BRA", "Brazilian federal police opened an investigation into former President Jair Bolsonaro.", ["BRA BRA 09"]),
    ("PER", "Prosecutors are investigating President Dina Boluarte over undeclared luxury watches.", ["PER PER 09"]),
    ("KOR", "Investigators questioned the former defence minister for a second day.", ["KOR KOR 09"]),
    ("ZAF", "The anti-corruption unit launched a probe into the police minister.", ["ZAF ZAF 09"]),
    ("JPN", "Police said they were investigating the suspect's motive.", ["JPN JPN 09"]),
    ("ARG", "Argentine prosecutors opened an inquiry into the former president.", ["ARG ARG 09"]),
    # 10 demand
    ("PAK", "Imran Khan's party demanded his immediate release.", ["PAK PAK 10"]),
    ("SRB", "Protesters demanded the resignation of the prime minister.", ["SRB SRB 10"]),
    ("GEO", "The opposition demanded new elections.", ["GEO GEO 10"]),
    ("ISR", "The families of the hostages demanded that Netanyahu agree to a deal.", ["ISR ISR 10"]),
    ("NGA", "Labour unions demanded a higher minimum wage from the government.", ["NGA NGA 10"]),
    ("FRA", "The far left demanded Macron's resignation.", ["FRA FRA 10"]),
    ("USA", "Republican lawmakers called for an investigation into the Secret Service.", ["USA USA 10|02"]),
    # 11 disapprove: criticise, accuse, condemn, blame, sue
    ("ESP", "The conservative People's Party accused Sanchez of staging a political drama.", ["ESP ESP 11"]),
    ("FRA", "The Socialists accused the prime minister of ignoring their budget demands.", ["FRA FRA 11"]),
    ("GBR", "Keir Starmer on Monday condemned the rioters.", ["GBR GBR 11"]),
    ("TUN", "Rights groups accused Kais Saied of using the judiciary to crush his critics.", ["TUN TUN 11"]),
    ("ISR", "Yair Lapid called the firing madness in the middle of a war.", ["ISR ISR 11"]),
    ("VEN", "The opposition called the inauguration a coup d'etat.", ["VEN VEN 11"]),
    ("GBR", "Kemi Badenoch called the deal a surrender.", ["GBR GBR 11"]),
    ("KEN", "Rights activists criticised the police for using excessive force.", ["KEN KEN 11"]),
    ("PHL", "Vice President Sara Duterte accused President Ferdinand Marcos of incompetence.", ["PHL PHL 11"]),
    ("HUN", "Opposition leader Peter Magyar accused the government of corruption.", ["HUN HUN 11"]),
    ("ZAF", "The Democratic Alliance blamed the ruling party for the power cuts.", ["ZAF ZAF 11"]),
    ("USA", "Twenty-two states sued the administration on Tuesday.", ["USA USA 11"]),
    ("ARG", "Unions denounced the government's austerity measures.", ["ARG ARG 11"]),
    ("POL", "Donald Tusk criticised the president for blocking the bill.", ["POL POL 11"]),
    ("IND", "The Congress party slammed the Modi government over the rising prices.", ["IND IND 11"]),
    ("MEX", "The opposition criticised President Claudia Sheinbaum over the judicial reform.", ["MEX MEX 11"]),
    # 12 reject, refuse, veto
    ("FRA", "Macron has rejected calls from the far left to resign.", ["FRA FRA 12"]),
    ("SVK", "Robert Fico told parliament he would not resign.", ["SVK SVK 12"]),
    ("KEN", "The High Court declined to halt the impeachment proceedings.", ["KEN KEN 12"]),
    ("POL", "President Andrzej Duda vetoed a budget bill passed by parliament.", ["POL POL 12"]),
    ("PER", "Congress rejected a motion to remove President Dina Boluarte.", ["PER PER 12"]),
    ("ZAF", "The court dismissed the opposition's challenge to the election results.", ["ZAF ZAF 12"]),
    ("MLI", "The junta has refused to set a date for elections.", ["MLI MLI 12"]),
    ("GEO", "The government rejected the opposition's demand for a new vote.", ["GEO GEO 12"]),
    ("ISR", "Netanyahu refused to sack the minister despite pressure from his coalition partners.", ["ISR ISR 12"]),
    ("BRA", "The Supreme Court rejected Bolsonaro's appeal.", ["BRA BRA 12"]),
    ("KOR", "Yoon Suk Yeol refused to comply with the arrest warrant.", ["KOR KOR 12"]),
    # 13 threaten
    ("GEO", "The opposition threatened to boycott parliament.", ["GEO GEO 13"]),
    ("SVK", "Protesters said they would keep protesting until the government changed course.", ["SVK SVK 13"]),
    ("NGA", "The Nigeria Labour Congress threatened a nationwide strike.", ["NGA NGA 13"]),
    ("BGD", "The army chief warned protesters against attacking government buildings.", ["BGD BGD 13"]),
    ("ARG", "Milei threatened to veto the pension bill.", ["ARG ARG 13"]),
    ("THA", "The election commission threatened to dissolve the opposition party.", ["THA THA 13"]),
    # 14 protest, strike, boycott
    ("SRB", "Thousands of students rallied outside the parliament in Belgrade.", ["SRB SRB 14"]),
    ("KEN", "Protesters stormed parliament in Nairobi on Tuesday.", ["KEN KEN 14"]),
    ("FRA", "Farmers blocked motorways around Paris with tractors.", ["FRA FRA 14"]),
    ("KOR", "Junior doctors went on strike over the government's plan.", ["KOR KOR 14"]),
    ("ISR", "Thousands of protesters took to the streets of Tel Aviv.", ["ISR ISR 14"]),
    ("GEO", "Opposition lawmakers boycotted the first session of parliament.", ["GEO GEO 14"]),
    ("ESP", "Angry residents threw mud at King Felipe.", ["ESP ESP 14|18"]),
    ("GBR", "Rioters attacked a hotel housing asylum seekers in Rotherham.", ["GBR GBR 14|18"]),
    ("ARG", "Teachers walked off the job across Argentina on Thursday.", ["ARG ARG 14"]),
    ("BGD", "Students demonstrated against the quota system in Dhaka.", ["BGD BGD 14"]),
    ("NGA", "Hundreds of young Nigerians marched against the high cost of living.", ["NGA NGA 14"]),
    ("PAK", "Supporters of Imran Khan staged a sit-in in Islamabad.", ["PAK PAK 14"]),
    # 15 force posture
    ("ESP", "The government said it would deploy 10,000 more soldiers and police officers to the region.", ["ESP ESP 15|03"]),
    ("ECU", "Ecuadorean President Daniel Noboa deployed troops to the prisons.", ["ECU ECU 15"]),
    ("KEN", "Police were deployed across Nairobi ahead of the planned march.", ["KEN KEN 15"]),
    ("BGD", "The army was put on high alert in Dhaka.", ["BGD BGD 15"]),
    # 17 coerce: arrest, detain, ban, dissolve, impeach, oust, censor, sentence
    ("KOR", "Police arrested the attacker at the scene.", ["KOR KOR 17"]),
    ("FRA", "French lawmakers toppled Prime Minister Michel Barnier's government.", ["FRA FRA 17"]),
    ("KEN", "Kenyan lawmakers voted to impeach Deputy President Rigathi Gachagua.", ["KEN KEN 17"]),
    ("TUR", "The interior ministry removed three elected pro-Kurdish mayors from office.", ["TUR TUR 17"]),
    ("PAK", "A court sentenced Imran Khan to 14 years in prison.", ["PAK PAK 11|17"]),
    ("IND", "They had arrested seven people over the incident, police said.", ["IND IND 17"]),
    ("THA", "The Constitutional Court dissolved the opposition Move Forward party.", ["THA THA 17"]),
    ("TUN", "Tunisian police arrested opposition leader Rached Ghannouchi.", ["TUN TUN 17"]),
    ("VEN", "Security forces detained dozens of opposition supporters in Caracas.", ["VEN VEN 17"]),
    ("IRN", "Riot police fired tear gas at demonstrators in Tehran.", ["IRN IRN 17"]),
    ("RUS", "A Moscow court jailed the opposition activist for 25 years.", ["RUS RUS 11|17"]),
    ("BRA", "A Brazilian judge ordered the suspension of the social media platform X across the country.", ["BRA BRA 17|12"]),
    ("EGY", "Egyptian authorities blocked access to dozens of news websites.", ["EGY EGY 17"]),
    ("HKG", "Hong Kong police raided the offices of the newspaper.", ["HKG HKG 17"]),
    ("UGA", "Ugandan soldiers abducted opposition politician Kizza Besigye.", ["UGA UGA 17|18"]),
    ("ZWE", "Zimbabwean authorities banned the opposition rally.", ["ZWE ZWE 17"]),
    ("GTM", "Prosecutors charged the journalist with money laundering.", ["GTM GTM 17|11"]),
    ("KOR", "Parliament impeached President Yoon Suk Yeol on Saturday.", ["KOR KOR 17"]),
    ("BGD", "Police detained a Hindu monk on sedition charges.", ["BGD BGD 17"]),
    ("SEN", "Senegalese authorities dissolved the main opposition party.", ["SEN SEN 17"]),
    ("NIC", "The government stripped 135 political prisoners of their citizenship.", ["NIC NIC 17"]),
    ("RUS", "Russian authorities designated the newspaper a foreign agent.", ["RUS RUS 17"]),
    ("IRN", "The rapper was sentenced to death by a Revolutionary Court.", ["IRN IRN 11|17"]),
    ("ARM", "Armenian security services detained an archbishop accused of plotting a coup.", ["ARM ARM 17"]),
    # 18 assault: kill, shoot, stab, kidnap, bomb
    ("USA", "A gunman opened fire at Donald Trump's campaign rally.", ["USA USA 18"]),
    ("USA", "A Secret Service sniper killed the gunman.", ["USA USA 18|19"]),
    ("KOR", "A man stabbed opposition leader Lee Jae-myung in the neck.", ["KOR KOR 18"]),
    ("USA", "A gunman shot dead a senior Minnesota Democratic lawmaker.", ["USA USA 18"]),
    ("JPN", "A man threw an explosive device at the prime minister.", ["JPN JPN 18"]),
    ("NGA", "Gunmen kidnapped more than 280 pupils from a school in Kaduna.", ["NGA NGA 18"]),
    ("PAK", "A suicide bomber killed 26 people at a railway station in Quetta.", ["PAK PAK 18"]),
    ("SDN", "RSF fighters killed more than 200 people in villages near the capital.", ["SDN SDN 18|20"]),
    ("SVK", "A gunman shot Prime Minister Robert Fico five times.", ["SVK SVK 18"]),
    ("MEX", "Gunmen killed a mayoral candidate in the state of Guerrero.", ["MEX MEX 18"]),
    ("COL", "Suspected rebels ambushed a police patrol, killing four officers.", ["COL COL 18|19"]),
    ("ECU", "Gang members stormed a television studio during a live broadcast.", ["ECU ECU 17|18|19"]),
    ("BFA", "Jihadists killed dozens of civilians in an attack on a village.", ["BFA BFA 18|20"]),
    ("IND", "Militants attacked a bus carrying pilgrims in Jammu and Kashmir.", ["IND IND 18|19"]),
    ("SOM", "Al Shabaab militants stormed a hotel in Mogadishu.", ["SOM SOM 18"]),
    # 19 fight
    ("MMR", "Troops clashed with rebels in northern Shan state.", ["MMR MMR 19"]),
    ("NGA", "The army launched an offensive against the militants.", ["NGA NGA 19"]),
    ("SDN", "The army shelled RSF positions in Khartoum.", ["SDN SDN 19"]),
    ("ETH", "Federal forces fought Fano militiamen in the Amhara region.", ["ETH ETH 19"]),
    ("COL", "Soldiers killed 12 guerrillas in a bombing raid.", ["COL COL 19|18"]),
    ("PAK", "Security forces killed eight militants in a raid in North Waziristan.", ["PAK PAK 19|18"]),
    ("LBY", "Forces loyal to the government fought the Radaa armed group in Tripoli.", ["LBY LBY 19"]),
    # more phrasings of the same conventions (a second country, verb or word order for each)
    ("JPN", "A gunman shot former Prime Minister Shinzo Abe during a campaign speech.", ["JPN JPN 18"]),
    ("MEX", "A gunman killed the mayor of the town on Sunday.", ["MEX MEX 18"]),
    ("NGA", "Governor Uba Sani thanked President Bola Tinubu for the rescue of the pupils.", ["NGA NGA 05"]),
    ("KEN", "Police arrested blogger Cyprian Nyakundi in Nairobi.", ["KEN KEN 17"]),
    ("MEX", "Prosecutors opened an investigation into Maria Lopez Obrador over the missing funds.", ["MEX MEX 09"]),
    ("KEN", "Teachers demanded a pay rise.", ["KEN KEN 10"]),
    ("THA", "Student leaders demanded reform of the monarchy.", ["THA THA 10"]),
    ("FRA", "Trade unions threatened to strike over the pension reform.", ["FRA FRA 13"]),
    ("ZAF", "Students warned that protests would resume next week.", ["ZAF ZAF 13"]),
    ("USA", "President Joe Biden vetoed the Republican bill on Friday.", ["USA USA 12"]),
    ("POL", "Duda threatened to veto the media law.", ["POL POL 13"]),
    ("ECU", "The government deployed soldiers to the streets of Guayaquil.", ["ECU ECU 15"]),
    ("NGA", "The army deployed troops to the northwest after a wave of kidnappings.", ["NGA NGA 15"]),
    ("BRA", "The Liberal Party accused Lula of corruption.", ["BRA BRA 11"]),
    ("ZAF", "The Democratic Alliance demanded the minister's resignation.", ["ZAF ZAF 10"]),
    ("NPL", "Lawmakers toppled the government of Prime Minister Pushpa Kamal Dahal.", ["NPL NPL 17"]),
    ("PER", "Protesters threw stones at police outside Congress.", ["PER PER 14"]),
    ("IDN", "Student groups said they would keep protesting.", ["IDN IDN 13"]),
    ("KEN", "Activists said they would continue to protest until the finance bill was withdrawn.", ["KEN KEN 13"]),
    ("SRB", "Students kept protesting on Monday.", ["SRB SRB 14"]),
    ("CMR", "The opposition rejected the result of the presidential election.", ["CMR CMR 12"]),
    ("PAK", "Imran Khan's party rejected the verdict.", ["PAK PAK 12"]),
    ("ECU", "Marlon Vargas accused the government of criminalising protest.", ["ECU ECU 11"]),
    ("KEN", "Boniface Mwangi criticised the police for the killings.", ["KEN KEN 11"]),
    ("JPN", "Former Prime Minister Shinzo Abe was shot dead on Friday while giving a campaign speech.", ["JPN JPN 18"]),
    ("COL", "Senator Miguel Uribe was shot in the head at a campaign rally in Bogota.", ["COL COL 18"]),
    ("GTM", "Prosecutors raided the offices of the electoral tribunal on Friday.", ["GTM GTM 17"]),
    ("RUS", "Police detained reporter Ivan Petrov in Moscow.", ["RUS RUS 17"]),
    # no event
    ("USA", "Two soldiers were shot dead in Texas.", []),
    ("USA", "A gunman killed seven people at a synagogue.", []),
    ("DEU", "A man stabbed two people at a train station.", []),
    ("GBR", "Police praised Tom Smith for his bravery.", []),
    ("BRA", "The opposition may demand a recount.", []),
    ("ZAF", "The opposition warned that the economy would collapse.", []),
    ("FRA", "Macron said Barnier would stay in office.", []),
    ("KEN", "The court adjourned the hearing until next month.", []),
    ("FRA", "The Socialists may call for a no-confidence vote next week.", []),
    ("ZAF", "Lawmakers will debate the bill on Thursday.", []),
    ("GBR", "Police said the investigation was continuing.", []),
    ("BRA", "The Supreme Court is expected to rule on the appeal in March.", []),
    ("ESP", "If the prime minister resigns, new elections would be held within two months.", []),
    ("NGA", "The opposition has not decided whether to join the protests.", []),
    ("PAK", "The prime minister did not comment on the allegations.", []),
    ("IND", "Critics say the law could be used to silence journalists.", []),
    ("KOR", "The court has yet to decide whether to accept the case.", []),
    ("ARG", "The government is considering whether to send the bill to Congress.", []),
    ("USA", "The senator is running for re-election in November.", []),
]


# Two-sentence stories: an act, then a sentence that refers to it by a noun; the second sentence's events are checked.
STORIES: list[tuple[str, str, list[str]]] = [
    ("USA", "A gunman opened fire at Donald Trump's campaign rally on Saturday. The FBI is investigating the shooting.", ["USA USA 09"]),
    ("KEN", "Gunmen shot dead a Kenyan lawmaker in Nairobi on Tuesday. Police are investigating the killing.", ["KEN KEN 09"]),
    ("PHL", "A man stabbed a senator in Manila on Friday. Police are probing the stabbing.", ["PHL PHL 09"]),
    # an inquiry into no act the story told is into no one
    ("PHL", "Heavy rain flooded Manila on Friday. Police are probing the collapse of a bridge.", []),
]


def _title(code: str) -> str:
    """A headline naming the story's country and its capital (the story's locus)."""
    for c in _countries():
        if c["code"] == code:
            return f"{c['name']}: {(c.get('capitals') or [c['name']])[0]}"
    raise KeyError(code)


@lru_cache(maxsize=1)
def _countries() -> list[dict]:
    import yaml

    return yaml.safe_load((CODEBOOK / "actors" / "countries.yaml").read_text(encoding="utf-8"))


def _coder():
    """A Coder for running this file as a script; the tests take the session's (tests/conftest.py)."""
    from coding.codebook.loader import load_codebook
    from coding.engine import Coder
    from coding.nlp import load_model

    return Coder(load_codebook(CODEBOOK), load_model())


def code(coder, country: str, sentence: str) -> list[tuple[str, str, str]]:
    from coding.records import Article

    result = coder.code_article(Article(f"dom-{country}", sentence, DAY, title=_title(country)))
    return sorted({(e.source[:3], e.target[:3], e.action[:2]) for e in result.events})


def _matches(got: list[tuple[str, str, str]], expected: list[str]) -> bool:
    want = [e.split() for e in expected]
    if len(got) != len(want):
        return False
    left = list(got)
    for s, t, roots in want:
        hit = next((g for g in left if g[0] == s and g[1] == t and g[2] in roots.split("|")), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def test_cases_are_well_formed():
    assert len(CASES) >= 150
    assert len({s for _, s, _ in CASES}) == len(CASES), "a sentence is written twice"
    for country, _, expected in CASES:
        _title(country)
        for e in expected:
            s, t, roots = e.split()
            assert s == t == country, e  # domestic: both sides of the story's country
            assert all(len(r) == 2 and r.isdigit() for r in roots.split("|")), e


# Floor set from the last measurement, a little below it, so that an unrelated change of a case or two does not fail
# the suite while a real regression does; the negatives must all pass.
MIN_PASS_RATE = 0.72


@pytest.mark.model
def test_domestic_battery(cameo_coder):
    results = [(c, s, e, code(cameo_coder, c, s)) for c, s, e in CASES]
    passed = [r for r in results if _matches(r[3], r[2])]
    negatives = [r for r in results if not r[2]]
    wrong_negatives = [r for r in negatives if r[3]]
    rate = len(passed) / len(results)
    print(f"\ndomestic battery: {len(passed)}/{len(results)} pass ({rate:.2f})")
    assert not wrong_negatives, wrong_negatives
    assert rate >= MIN_PASS_RATE


@pytest.mark.model
@pytest.mark.parametrize("country,text,expected", STORIES, ids=[t[:50] for _, t, _ in STORIES])
def test_domestic_story(cameo_coder, country: str, text: str, expected: list[str]) -> None:
    from coding.records import Article

    result = cameo_coder.code_article(Article(f"dom-{country}", text, DAY, title=_title(country)))
    got = sorted({(e.source[:3], e.target[:3], e.action[:2]) for e in result.events if e.sentence_index == 1})
    assert _matches(got, expected), got


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    fails = 0
    script_coder = _coder()
    for c, s, e in CASES:
        got = code(script_coder, c, s)
        if not _matches(got, e):
            fails += 1
            print(f"FAIL [{c}] {s}\n     want {e}\n     got  {[' '.join(g) for g in got]}")
    print(f"pass {len(CASES) - fails}/{len(CASES)}")
