"""Courts, prosecutions and appeals (fifteenth session, law15).

Each case is a short story and what it must give at the country + root level ("KEN KEN 11": a Kenyan source, a
Kenyan target, an event of root 11), or, with "!", what it must not give. Appeals: a party that says it will appeal
(or appeals against a ruling, lodges an appeal) takes a case to the court the story named (115), not when it appeals to
someone for something (02) or says it will not appeal. Cases brought: the one who brought the case a court ruled on
sues the one the ruling was on (115). Verdicts in the passive with no court named: the court of the place named, else
the story's court, else the court of the story's country (116). Findings of wrongdoing: a court (or anyone) that
rules or finds that someone breached or violated something accuses them (112). docs/engine_policies.md, "Courts,
appeals and verdicts (fifteenth session, law15)".
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # an appeal announced or made: on the story's court
    ("A Moscow court sentenced Vladimir Kara-Murza to 25 years in prison. Kara-Murza said he would appeal.", "RUS RUS 11"),
    ("A Kenyan court blocked President William Ruto's decree on Friday. Nairobi would appeal the ruling, a government spokesman said.", "KEN KEN 11"),
    ("A Paris court convicted Marine Le Pen of embezzlement. Le Pen appealed against the verdict on Tuesday.", "FRA FRA 11"),
    ("A court in Chad sentenced opposition leader Succes Masra to 20 years in prison. His lawyers said they would appeal.", "TCD TCD 11"),
    ("Brazil's Supreme Court ordered former president Jair Bolsonaro placed under house arrest. Bolsonaro will appeal the decision, his lawyer said.", "BRA BRA 11"),
    ("An Italian court ordered that the migrants be brought back to Italy. Rome said it would appeal to the Court of Cassation.", "ITA ITA 11"),
    ("A Kenyan court jailed opposition leader Raila Odinga on Monday. Odinga said he would take his case to the Supreme Court.", "KEN KEN 11"),
    # an appeal to someone, a call for something, a refusal to appeal, a case taken to an international court (against
    # a state the words do not name): no case in court
    ("Security Minister Patricia Bullrich said Argentina would take the case to the International Criminal Court.", "!ARG IGO 11"),
    ("A Kenyan court blocked the deployment of police to Haiti. Haiti's prime minister has appealed repeatedly for foreign help.", "!HTI KEN 11"),
    ("A Georgian court jailed a journalist. The European Union appealed to Tbilisi to release her.", "!IGO GEO 11"),
    ("A Georgian court jailed a journalist on Monday. The president appealed for calm.", "!GEO GEO 11"),
    ("A Moscow court jailed Vladimir Kara-Murza on Monday. Kara-Murza said he would not appeal.", "!RUS RUS 11"),
    # a case brought: against the one the ruling was on
    ("A Kenyan court blocked President William Ruto's decree on Friday. The case was brought by opposition politician Ekuru Aukot.", "KEN KEN 11"),
    ("A Thai court removed Prime Minister Srettha Thavisin from office. The petition was filed by a group of Thai senators.", "THA THA 11"),
    ("A court in India convicted opposition leader Rahul Gandhi of defamation. The lawsuit was brought by BJP lawmaker Purnesh Modi.", "IND IND 11"),
    ("The case was brought by opposition politician Ekuru Aukot.", "!11"),
    # a verdict in the passive with no court named
    ("Former Honduran President Juan Orlando Hernandez was sentenced in New York to 45 years in prison.", "USA HND 11"),
    ("Tunisian opposition leader Rached Ghannouchi was sentenced to 12 years in prison.", "TUN TUN 11"),
    ("Tunisian police arrested opposition leader Rached Ghannouchi in April. He was convicted of incitement in October.", "TUN TUN 11"),
    ("Russian opposition politician Alexei Navalny was convicted of extremism on Friday.", "RUS RUS 11"),
    ("A Russian court jailed Alexei Navalny. He was not convicted of extremism.", "!RUS RUS 11"),
    # a court's lede read as a noun phrase by the small model ("A Georgian court on Wednesday sentenced journalist X")
    ("A Georgian court on Wednesday sentenced journalist Mzia Amaglobeli to two years in prison.", "GEO GEO 11"),
    ("A Russian court on Monday sentenced journalist Evan Gershkovich to 16 years in prison.", "RUS USA 11"),
    ("A Belarusian court on Friday jailed activist Maria Kolesnikova for 11 years.", "BLR BLR 17"),
    ("A Georgian court on Wednesday sentenced journalist Mzia Amaglobeli to two years in prison, and the European Union condemned the verdict.", "GEO GEO 11"),
    ("A Georgian court on Wednesday sentenced journalist Mzia Amaglobeli to two years in prison, and the European Union condemned the verdict.", "IGO GEO 11"),
    # a passive gerund after "after": done to the main clause's subject
    ("Former Honduran President Juan Orlando Hernandez left prison on Monday after being pardoned by President Donald Trump.", "USA HND 08"),
    ("Israeli journalist Dan Cohen fled to Cyprus after being detained by Turkish police.", "TUR ISR 17"),
    ("Kenyan opposition leader Raila Odinga left the country after being questioned by Kenyan police.", "KEN KEN 09"),
    ("Kenyan opposition leader Raila Odinga cancelled his trip after being sanctioned by the United States.", "USA KEN 16"),
    ("Former Honduran President Juan Orlando Hernandez left prison on Monday before being greeted by supporters.", "!HND HND 08"),
    # findings of wrongdoing
    ("Thailand's Constitutional Court removed Prime Minister Srettha Thavisin from office on Wednesday, ruling that he had breached ethical standards.", "THA THA 11"),
    ("A Thai court ruled that Prime Minister Srettha Thavisin had violated the constitution.", "THA THA 11"),
    ("The European Court of Human Rights found that Russia had violated the right to life.", "IGO RUS 11"),
    ("A Thai court ruled that Prime Minister Srettha Thavisin had not violated the constitution.", "!THA THA 11"),
]

# still failing (strict xfail)
STILL_MISSED: set[str] = {
    # "questioned by police" codes nothing (no 09x entry for a questioning in the passive)
    "Kenyan opposition leader Raila Odinga left the country after being questioned by Kenyan police.",
}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_law15(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert passes(got, want), f"{text!r}: want {want}, got {sorted(got)}"
