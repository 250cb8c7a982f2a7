"""Parties no dictionary names: groups and bodies told generically (fifteenth session, groups15).

Each case is a short story and what it must give at the country + root level ("KEN KEN 11": a Kenyan source, a
Kenyan target, an event of root 11; "!NGO TUR": no event from an NGO to Turkey). Mechanisms (docs/engine_policies.md,
"Groups and bodies told generically"):
- civic and civil-society groups are the civilians of the story's country (<ISO3>CVL), as any bare role noun;
- press and media freedom groups with no country, owner or name of their own are international rights groups
  (NGOHRI), as bare "rights groups" were;
- "the rights groups that brought the case": a definite plural rights group restricted by a relative clause is still
  the international kind (the "the" points to the clause, not to a group named before);
- an organ of the international body named before ("the bloc's commission", "the alliance's secretary general") is that
  body, not a state's role;
- a bare "the council" is the council the story named before ("Haiti's transitional council ... the council").
Precision: a group with a country or a name ("Turkish press freedom groups"), "the rights group" with nothing after
it, media companies, and organs of a body the story never named give no such party.
"""

from __future__ import annotations

import pytest
from _stories import passes, triples

pytestmark = pytest.mark.model

CASES: list[tuple[str, str]] = [
    # civic and civil-society groups: the story's civilians
    ("Kenya's parliament passed the finance bill on Tuesday. Kenyan police fired tear gas at protesters in Nairobi. "
     "Civil society organisations condemned the vote.", "KEN KEN 11"),
    ("Georgia's parliament passed the foreign agents law. Georgian police detained dozens of protesters in Tbilisi. "
     "Civic groups accused the ruling party of copying Russia.", "GEO GEO 11"),
    ("Taiwan's opposition-controlled parliament cut the defence budget. Taiwan's president Lai Ching-te criticised the cuts. "
     "Civic groups launched recall petitions against opposition lawmakers.", "TWN TWN 11"),
    ("Eswatini agreed to take deportees from the United States. The Eswatini government said the deportees would be held "
     "in a prison near Mbabane. Civic groups also demanded that the agreement be published.", "SWZ SWZ 10"),
    ("Togo's parliament adopted a new constitution. Togolese police banned protests in Lome. "
     "Civil society groups urged President Faure Gnassingbe not to sign it.", "TGO TGO 02"),
    # press and media freedom groups: international rights groups
    ("Kyrgyz security services arrested ten journalists on Monday. Kyrgyzstan's president defended the arrests. "
     "Press freedom groups condemned the arrests.", "NGO KGZ 11"),
    ("Serbia detained two reporters. Press freedom watchdogs urged the authorities to release them.", "NGO SRB 02"),
    ("Azerbaijan jailed six reporters of an independent outlet. Azerbaijani prosecutors accused them of smuggling. "
     "Media freedom groups criticised the Azerbaijani government.", "NGO AZE 11"),
    ("Hong Kong's government shut down the newspaper Apple Daily. Media watchdogs accused Beijing of crushing press freedom.",
     "NGO CHN 11"),
    # the rights groups a relative clause restricts
    ("A Dutch court ordered the government to halt exports of F-35 parts to Israel. The ruling was welcomed by the human "
     "rights groups that brought the case.", "NGO NLD 05"),
    ("A British court ruled on arms sales to Saudi Arabia. The rights groups that brought the challenge criticised the "
     "British government.", "NGO GBR 11"),
    ("Tunisia expelled hundreds of migrants to the desert. The human rights groups that documented the expulsions accused "
     "Tunisian authorities of abuse.", "NGO TUN 11"),
    ("Greece's coastguard was blamed for the shipwreck. The rights organisations that filed the complaint urged Greek "
     "prosecutors to investigate.", "NGO GRC 10"),
    # an organ of the international body named before
    ("Senegal's president Bassirou Diomaye Faye was sworn in on Tuesday. He is a member of the African Union, and the "
     "bloc's commission congratulated him on his win.", "IGO SEN 05"),
    ("The European Union imposed new sanctions on Russia on Friday. The bloc's foreign policy chief condemned Moscow's "
     "attacks on Ukrainian cities.", "IGO RUS 11"),
    ("NATO met in Vilnius on Tuesday. The alliance's secretary general warned Russia against escalation.", "IGO RUS 13"),
    ("ECOWAS suspended Niger after the coup. The bloc's commission urged the junta to free Bazoum.", "IGO NER 02"),
    ("The European Union imposed new sanctions on Iran. The bloc's top diplomat condemned Tehran's support for Russia.",
     "IGO IRN 11"),
    ("The African Union suspended Gabon after the coup. The bloc's peace and security council urged the junta to hand "
     "power to civilians.", "IGO GAB 02"),
    # "the council": the council the story named before (with its country, or placed by it)
    ("Haiti's transitional council was sworn in on Thursday. The United States congratulated the council and called on "
     "its members to move quickly toward elections.", "USA HTI 05"),
    ("Sudan's sovereign council dissolved the government. The African Union condemned the council.", "IGO SDN 11"),
    ("Libya's presidential council named a new prime minister. The council accused Turkey of meddling.", "LBY TUR 11"),
    # precision
    ("Turkey jailed a journalist for ten years. Turkey's courts have jailed dozens of reporters. "
     "Turkish press freedom groups condemned the verdict.", "!NGO TUR"),
    ("Turkey jailed a journalist for ten years. The rights group condemned the verdict.", "!NGO TUR"),
    ("Turkey's broadcasting regulator fined two media groups. Media groups criticised the Turkish government.", "!NGO TUR"),
    ("Russia struck Kyiv overnight. The alliance's secretary general condemned Russia.", "!IGO RUS 11"),
]

STILL_MISSED: list[tuple[str, str]] = [
    # a council placed in its country only by "in Haiti" (no country in its noun phrase) is not remembered as a council
    ("A nine-member transitional council took power in Haiti on Thursday. Haitian gangs attacked police stations in the "
     "capital. Kenya congratulated the council.", "KEN HTI 05"),
    # the UN Security Council named by its name is not found again by "the council"
    ("The U.N. Security Council met on Friday. The council condemned North Korea's missile launch.", "IGO PRK 11"),
    # "NATO leaders" is a role noun with its body, no naming of the body itself: "the alliance" finds no body to refer to
    ("NATO leaders met in Vilnius on Tuesday. The alliance's secretary general warned Russia against escalation.", "IGO RUS 13"),
    # a welcome told as a noun ("a victory for the rights groups that brought the case") is no act of theirs
    ("A Dutch court ordered the government to halt exports of F-35 parts to Israel. The ruling was a victory for the human "
     "rights groups that brought the case.", "NGO NLD 11"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_groups15(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text)
    assert passes(got, want), f"{want} not in {sorted(got)}"


@pytest.mark.parametrize(("text", "want"), STILL_MISSED)
@pytest.mark.xfail(strict=True, reason="see the comment on the case")
def test_groups15_still_missed(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text)
    assert passes(got, want), f"{want} not in {sorted(got)}"
