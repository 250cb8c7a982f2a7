"""Elections, results and politics at home (twelfth session, elect12): verdicts on a vote ("the results do not reflect
the will of the people", "were not credible", "had been rigged", "a farce", "alleged fraud"), results not recognised,
calls to hold the vote again, defeats conceded, winners congratulated with no name, candidates barred from a race,
results taken to court and calls to resign at home. The vote, the result, the fraud and the defeat name no actor: the
act is on the government of the country that held the vote (Coder._election_target; docs/engine_policies.md
"Elections and their results"), and a state's own words on its own vote name no one else. The stories are written
for these tests, several phrasings (verbs, countries, quotes, pronouns, passives) for each case; the real model and
codebook, end to end. Cases still missed are strict xfails.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES = [
    # a verdict on the vote: not credible, not free or fair, not the will of the people
    ("Ghana voted on Saturday. Ghana's opposition candidate said the figures announced by the Electoral Commission were not credible.", "GHA GHA 11"),
    ("Kenya held a presidential election on Tuesday. Opposition leader Raila Odinga said the results announced by the electoral commission did not reflect the will of the people.", "KEN KEN 11"),
    ('Chad held a presidential election on Monday. "The results announced do not reflect the will of the people," Chadian opposition leader Succes Masra said.', "TCD TCD 11"),
    ("Malawians voted on Tuesday. The main Malawian opposition party said the election was neither free nor fair.", "MWI MWI 11"),
    ("Zimbabwe held a general election last week. Zimbabwe's main opposition party said the vote was not credible.", "ZWE ZWE 11"),
    # rigged, stolen, marred, lacking credibility, a farce, a sham
    ("Serbia's opposition said the election had been rigged.", "SRB SRB 11"),
    ("Venezuela held a presidential election on Sunday. Venezuelan opposition leaders insisted that the vote had been stolen.", "VEN VEN 11"),
    ("Chad's opposition candidate Succes Masra said the vote had lacked credibility and transparency.", "TCD TCD 11"),
    ('"This election was a farce," Venezuelan opposition leader Maria Corina Machado said.', "VEN VEN 11"),
    ("Mozambique's opposition candidate Venancio Mondlane said the results of the presidential election were fraudulent.", "MOZ MOZ 11"),
    ("Tanzania held a general election last week. Tanzania's main opposition party Chadema called the result a mockery of democracy.", "TZA TZA 11"),
    # foreign observers: on the government of the country that voted
    ("Serbian voters went to the polls on Sunday. Serbian President Aleksandar Vucic claimed victory in Belgrade. The European Union said the vote was marred by vote-buying and intimidation.", "IGO SRB 11"),
    ("Georgians voted on Saturday in a parliamentary election. The ruling Georgian Dream party claimed victory in Tbilisi. The United States said the election had been marred by intimidation.", "USA GEO 11"),
    # observers sent by a body speak for it; flaws found in the count
    ("Georgia held a parliamentary election on Saturday. Georgia's ruling party claimed victory. Observers from the OSCE said the vote had been marred by vote-buying.", "IGO GEO 11"),
    ("Sierra Leone held a general election last week. Sierra Leone's president claimed victory. The European Union's observer mission said it had found statistical inconsistencies in the results.", "IGO SLE 11"),
    ("Kenya voted on Tuesday. Kenyan President William Ruto claimed victory. Monitors from the Commonwealth said the election had been tainted by vote-buying.", "IGO KEN 11"),
    # fraud alleged
    ("The Venezuelan opposition has alleged fraud in Sunday's presidential election.", "VEN VEN 11"),
    ("The main Nigerian opposition party alleged widespread fraud in the vote.", "NGA NGA 11"),
    ("Moldova held a referendum on Sunday. Moldova's opposition party alleged fraud.", "MDA MDA 11"),
    # results not recognised
    ("Belarus held a presidential election. Belarusian opposition leader Svetlana Tikhanovskaya said she did not recognise the results of the election.", "BLR BLR 12"),
    ('Congo held a presidential election in December. "We do not accept these results," Congolese opposition leader Martin Fayulu told reporters.', "COD COD 12"),
    # a result rejected in a relative clause on it
    ("Zimbabwe's electoral commission declared Emmerson Mnangagwa the winner, a result the main opposition party immediately rejected as fraudulent.", "ZWE ZWE 12"),  # from test_politics
    ("Congo's electoral commission declared Felix Tshisekedi the winner, a result the Congolese opposition rejected.", "COD COD 12"),
    # the vote to be held again
    ("Opposition candidates in Congo called for the election to be re-run.", "COD COD 10"),
    ("The Sierra Leone opposition called for a re-run of the vote.", "SLE SLE 10"),
    ("Mozambique held a general election this month. Mozambique's opposition demanded a recount.", "MOZ MOZ 10"),
    ("Serbia's opposition parties called for the vote to be annulled.", "SRB SRB 10"),
    # a defeat conceded, to the winner named or to the state that ran the vote
    ("Mexico voted on Sunday. Xochitl Galvez, the opposition candidate, conceded defeat late on Sunday.", "MEX MEX 05"),
    ("Sri Lanka held a presidential election. Sri Lankan opposition leader Sajith Premadasa accepted defeat.", "LKA LKA 05"),
    ("Taiwan held a presidential election on Saturday. Hou Yu-ih of the opposition Kuomintang conceded.", "TWN TWN 05"),
    # (a government that lost gives up power: 080 since elect15, whose golds accept root 08)
    ("Ghana held a presidential election on Saturday. Ghana's vice president Mahamudu Bawumia conceded defeat on Sunday.", "GHA GHA 08"),
    ("Liberia held a runoff on Tuesday. Liberian President George Weah conceded defeat to opposition leader Joseph Boakai.", "LBR LBR 08"),
    # winners congratulated with no name
    ("Chile held the first round of its presidential election on Sunday. President Gabriel Boric congratulated both finalists.", "CHL CHL 05"),
    ("Sri Lanka held a presidential election. Sri Lankan President Ranil Wickremesinghe congratulated the winner.", "LKA LKA 05"),
    ("Jara and Kast will meet in a run-off. President Gabriel Boric congratulated both finalists.", "CHL CHL 05"),  # from test_politics
    # candidates kept out of the race
    ("South Africa's Constitutional Court barred former President Jacob Zuma from standing in the election.", "ZAF ZAF 17"),
    ("Romania's Constitutional Court barred Diana Georgescu from running in the presidential election.", "ROU ROU 17"),
    ("Venezuela's electoral authority disqualified opposition leader Maria Corina Machado from the race.", "VEN VEN 17"),
    # results and rulings taken to court
    ("Kenya's opposition leader Raila Odinga challenged the result in the Supreme Court.", "KEN KEN 11"),
    ("Turkey's main opposition party CHP said it would challenge the ruling in the Constitutional Court.", "TUR TUR 11"),
    # a court undoing an act of its own state (172, the seed convention's most common code): on the act's maker at
    # home, else the government
    ("Britain's Supreme Court ruled that the government's Rwanda plan was unlawful.", "GBR GBR 17"),
    ("A court in Buenos Aires suspended the labour chapter of President Javier Milei's decree.", "ARG ARG 17"),
    # since gov15 the bare "the government's decision" is the court's own government's act, and the codebook's
    # court_blocks entry codes a court blocking or freezing its government's act 120 (blind12's seed-convention gold
    # accepts 12; its strict gold codes 172: the conventions disagree, see gov15's section of docs/engine_policies.md)
    ("Israel's Supreme Court froze the government's decision to fire the Shin Bet chief.", "ISR ISR 12"),
    ("Kenya's High Court struck down the housing levy.", "KEN KEN 17"),
    ("Panama's Supreme Court on Tuesday declared unconstitutional the contract that allowed First Quantum to operate the mine.", "PAN PAN 17"),
    ("The Philippine Supreme Court declared the impeachment of Vice President Sara Duterte unconstitutional.", "PHL PHL 17"),
    ("Brazilian judges annulled the decree on gun ownership.", "BRA BRA 17"),
    # a ruling respected or abided by: a yield to the court that made it
    ("Britain's Supreme Court ruled on Wednesday that the government's plan to send asylum seekers to Rwanda was unlawful. Prime Minister Rishi Sunak said he respected the judgment.", "GBR GBR 08"),
    ("Panama's Supreme Court declared the mining contract unconstitutional. President Laurentino Cortizo said his government would respect the decision.", "PAN PAN 08"),
    ("Kenya's High Court struck down the housing levy. The Kenyan government said it would abide by the ruling.", "KEN KEN 08"),
    ("South Africa's Constitutional Court barred Jacob Zuma from the election. Zuma's party later complied with the verdict.", "ZAF ZAF 08"),
    # an appeal to a court is a case taken to it
    ("Former President Donald Trump appealed to the Supreme Court.", "USA USA 11"),
    ("Kenya's opposition appealed to the Supreme Court against the result.", "KEN KEN 11"),
    # seats left empty in protest
    ("Georgian opposition lawmakers refused to take up their seats in parliament.", "GEO GEO 14"),
    ("Georgia held a parliamentary election. Georgia's opposition parties said they would refuse to take up their seats in the new parliament.", "GEO GEO 14"),
    ("Venezuela held a parliamentary election. Venezuela's opposition deputies declined to take their seats in the National Assembly.", "VEN VEN 14"),
    # at home a call to quit is a demand
    ("Papua New Guinea's opposition leader called on Prime Minister James Marape to resign.", "PNG PNG 10"),
    ("Trinidad's opposition leader Kamla Persad-Bissessar urged Prime Minister Keith Rowley to step down.", "TTO TTO 10"),
    ("Guatemalan opposition lawmakers demanded the resignation of Interior Minister Francisco Jimenez.", "GTM GTM 10"),
    # negatives: a verdict that clears the vote, one denied, a fraud or a defeat in no story of a vote, a state's own
    # words on its own vote, a call abroad stays an appeal
    ("Pakistan's election commission said the vote was free and fair.", "!11"),
    ("Zimbabwe's ruling party said the election had not been rigged.", "!11"),
    ("A Paris court convicted the former minister of fraud. Prosecutors alleged fraud in the sale of the company.", "!11"),
    ("Kenya's army said the rebels conceded defeat after the battle.", "!05"),
    ("The Mexican finance minister conceded that growth had slowed.", "!05"),
    ("Ghana held a presidential election on Saturday. Ghana's ruling party said the results reflected the will of the people.", "!11"),
    ("Chad held a presidential election on Monday. Chad's government said the vote had been transparent.", "!11"),
    ("The United States called on Venezuelan President Nicolas Maduro to step down.", "!10"),
    ("The mother of the jailed activist appealed to the Egyptian president for his release.", "!11"),
    ("Kenya's High Court upheld the housing levy.", "!17"),
    ("Kenyan police froze the bank accounts of the housing agency.", "!17"),
    ("Kenya's High Court ruled that the housing levy was lawful.", "!17"),
    ("The Kenyan government said it respected the decision of the voters.", "!08"),
]

# still failing (strict xfail)
STILL_MISSED: set[str] = {
    # the model reads a short "X alleged fraud." as a noun phrase ("alleged" an adjective on "fraud"): no verb
    "Moldova held a referendum on Sunday. Moldova's opposition party alleged fraud.",
}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_election_story(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert passes(got, want), f"{text!r}: want {want}, got {sorted(got)}"
