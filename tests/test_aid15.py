"""Material help as news tells it (fifteenth session, aid15): aid, rescuers and pledges told with no recipient named.

Each case is a short story and what it must give at the country + root level ("PAK NPL 07": a Pakistani source, a
Nepalese target, an event of root 07; "!07": no event of root 07 at all; "!USA HTI 03": none of root 03 between those
two). Aid given, sent or promised to no one the words name goes where the clause places it ("landed in Kathmandu",
"reached Colombo", "a mission for Haiti"), else to the story's country, else to the recipient of the story's latest aid
given or promised, or to the maker of its latest appeal for aid, else to the one other country the sentence before
named as a place (docs/engine_policies.md, "Aid with no recipient named"). Rescuers, relief or rescue vehicles that
arrive are humanitarian aid (073); an international body authorising a mission or force is protection (074); "help
(to) X" with no object of its own tells X as done. Precision: a giver's own people or programmes, where a leader flew,
troops or warships arriving, and a sender's parliament approving its own deployment give no aid event.
"""

from __future__ import annotations

import pytest
from _stories import passes, triples

pytestmark = pytest.mark.model

CASES: list[tuple[str, str]] = [
    # aid with no recipient named, after an earlier aid act
    ('An earthquake struck Nepal. India flew rescue teams to Nepal on Sunday. Pakistan sent aid from its border town.', 'PAK NPL 07'),
    ('A cyclone hit Mozambique. South Africa sent relief supplies to Mozambique. Portugal dispatched a team of doctors.', 'PRT MOZ 07'),
    ('Floods hit Libya. Egypt sent rescue teams to Libya. Tunisia said it was ready to provide assistance.', 'TUN LBY 03'),
    ('Floods hit Libya. Egypt sent rescue teams to Libya. Algeria said it would send aid.', 'DZA LBY 03'),
    # aid asked for, then given with no one named
    ("Vanuatu's government asked Australia for help after the quake. New Zealand sent a military plane with disaster specialists and supplies.", 'NZL VUT 07'),
    ('Sri Lanka appealed to India for help. China sent aid from Hong Kong.', 'CHN LKA 07'),
    # arrivals
    ('Turkish rescue teams arrived in Syria on Tuesday.', 'TUR SYR 07'),
    ('A Chinese plane carrying medical supplies landed in Kathmandu on Sunday.', 'CHN NPL 07'),
    ('An Indian ship loaded with relief supplies reached Colombo.', 'IND LKA 07'),
    ('The first Qatari aid flight arrived in Kabul.', 'QAT AFG 07'),
    ('A quake hit Morocco on Friday. Fifty-six Spanish rescuers and four sniffer dogs had landed in Marrakesh, the ministry said.', 'ESP MAR 07'),
    ('An earthquake struck Vanuatu. Vanuatu asked foreign partners for help. Two Australian air force aircraft carrying more than 60 rescuers landed after the airport was reopened.', 'AUS VUT 07'),
    # pledges of money to no one named
    ('Kenya offered to send police to Haiti. The United States has pledged $200 million to support it.', 'USA HTI 03'),
    # bodies authorising missions
    ('Kenya offered to send police to Haiti. The U.N. Security Council authorised the multinational mission in October, the United States said.', 'IGO HTI 07'),
    ('The U.N. Security Council authorised a multinational security mission for Haiti.', 'IGO HTI 07'),
    ('The African Union approved a peacekeeping force for Somalia.', 'IGO SOM 07'),
    # help to X
    ('Riots broke out in Honiara. Police officers from Australia and New Zealand helped to provide security for the election.', 'AUS SLB 07'),
    ('Riots broke out in Honiara. Police officers from Australia and New Zealand helped to provide security for the election.', 'NZL SLB 07'),
    ('Australian police helped provide security in Solomon Islands.', 'AUS SLB 07'),
    ('The United States helped to rebuild Iraq.', 'USA IRQ 07'),
    ('Japan said it would help to rebuild Ukraine.', 'JPN UKR 03'),
    # arms or equipment given, told by a participle with its giver: to the one using it, else where the story's aid goes
    ('Somalia\'s army is short of equipment. Somali forces use armoured vehicles supplied by Turkey.', 'TUR SOM 07'),
    ('Russia fired missiles at Ukraine. Ukraine shot them down with air defence systems provided by Germany.', 'DEU UKR 07'),
    ('Crews operate patrol boats donated by Japan.', '!07'),
    ('Venezuela said it had captured a group of mercenaries financed by the CIA.', '!07'),
    # precision
    ('Dale pledged $50 million to support its farmers.', '!07'),
    ('Dale pledged $50 million to support its farmers.', '!03'),
    ('France dispatched a team of firefighters.', '!07'),
    ('Russian troops arrived in Belarus for joint drills.', '!07'),
    ('Vucic flew to Banja Luka to show support for Dodik.', '!07'),
    ('Rwanda denied its army was fighting in Congo, saying it was defending its border.', '!07'),
    ('The Kenyan parliament approved the deployment of police officers to Haiti.', '!074'),
    ('Turkish naval ships arrived in Libya on Tuesday.', '!07'),
    ('Kenya offered to send police to Haiti. The United States has pledged $200 million to its own border programme.', '!USA HTI 03'),
]

STILL_MISSED: list[tuple[str, str]] = [
    # a lone named giver with no second party in the sentence: the pre-filter drops it (passing such sentences gained no
    # gold event on the development sets, so the pre-filter is left as it was)
    ('An earthquake hit Turkey. Greece sent rescuers to Turkey. France dispatched a team of firefighters.', 'FRA TUR 07'),
    ('Kenya offered to send police to Haiti. Canada has promised $80 million to support the mission.', 'CAN HTI 03'),
    ('Floods hit Pakistan. Britain sent aid to Pakistan. Japan pledged $10 million for the relief effort.', 'JPN PAK 03'),
    # no country named as a place before, and no aid told before: "Solomon Islands declared" names it as an actor
    ("Solomon Islands declared an emergency. Police officers from Australia and New Zealand helped to provide security for the election.", "AUS SLB 07"),
    # an appeal for help with no one named is not remembered as asked of anyone, and a lone body authorising passes no filter
    # the users of the gift are the giver's own soldiers (in the country that received it), and no aid was told before
    ("Muizzu wants Indian troops out of the Maldives. About 80 Indian soldiers in the Maldives operate aircraft donated by New Delhi.", "IND MDV 07"),
    ("Haiti's government asked for foreign help against the gangs. The U.N. Security Council authorised the multinational mission in October.", "IGO HTI 07"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_aid15(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text)
    assert passes(got, want), f"{want} not in {sorted(got)}"


@pytest.mark.parametrize(("text", "want"), STILL_MISSED)
@pytest.mark.xfail(strict=True, reason="see the comment on the case")
def test_aid15_still_missed(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text)
    assert passes(got, want), f"{want} not in {sorted(got)}"
