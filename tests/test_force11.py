"""Material conflict at home told with no name on what is hit or imposed on (issue 4, eleventh session, force11):
curfews and states of emergency imposed with no place named (on the state's own country), states of emergency under
other names ("internal commotion", "exception"), and a state's own forces bombing or shelling populated places no one
names ("bombed villages") in a story about its own country. The real codebook and model; the stories are written for
these tests. Cases still coded wrong are strict xfails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model


def roots(coder: Coder, text: str) -> set[str]:
    """Country-level pairs with codes cut to ``len`` of what is asked: "BGD BGD 1723"."""
    events = coder.code_article(Article("t", text, dt.date(2024, 6, 15))).events
    return {f"{e.source[:3]} {e.target[:3]} {e.action}" for e in events}


CURFEWS = [
    ("Bangladesh imposed a nationwide curfew and deployed the army on Saturday after days of clashes.", "BGD BGD 1723"),
    ("Authorities in Kenya imposed a curfew on Tuesday.", "KEN KEN 1723"),
    ("The Ecuadorian government declared a night-time curfew after the riots.", "ECU ECU 1723"),
    ("Sri Lanka's president extended the curfew by another week.", "LKA LKA 1723"),
    ("Peru's army announced a curfew in the southern city of Puno.", "PER PER 1723"),
]


@pytest.mark.parametrize("text,expected", CURFEWS)
def test_a_curfew_with_no_place_is_on_the_state_own_country(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(cameo_coder, text)


EMERGENCIES = [
    ("Colombian President Gustavo Petro declared a state of internal commotion on Monday.", "COL COL 1724"),
    ("Peru's Congress approved a 60-day state of emergency on Sunday.", "PER PER 1724"),
    ("Ecuador's president declared a state of exception in three provinces.", "ECU ECU 1724"),
    ("Spain's government declared a state of alarm on Saturday.", "ESP ESP 1724"),
]


@pytest.mark.parametrize("text,expected", EMERGENCIES)
def test_emergencies_under_other_names(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(cameo_coder, text)


NOT_IMPOSED = [
    "Kenya lifted the curfew on Tuesday.",
    "Peru's Congress approved a new budget on Sunday.",
    "The curfew imposed last week angered shopkeepers in Nairobi, Kenyan traders said.",
]


@pytest.mark.parametrize("text", NOT_IMPOSED)
def test_no_curfew_or_emergency_imposed(cameo_coder: Coder, text: str) -> None:
    assert not any(r.split()[2] in ("1723", "1724") for r in roots(cameo_coder, text))


HOME_PLACES = [
    ("Fighting in Myanmar has displaced thousands. The Myanmar army bombed villages on Sunday, residents said.", "MMR MMR 195"),
    ("Rights groups in Myanmar say the Myanmar army has kept bombing civilian areas elsewhere in the country.", "MMR MMR 195"),
]


@pytest.mark.xfail(strict=True, reason="coded by `dyad explain` but not by the Coder on the article (not traced in time)")
def test_own_army_shelling_neighbourhoods(cameo_coder: Coder) -> None:
    text = "Sudan's war is in its second year. On Monday the Sudanese army shelled residential neighbourhoods, witnesses said."
    assert "SDN SDN 194" in roots(cameo_coder, text)


@pytest.mark.parametrize("text,expected", HOME_PLACES)
def test_own_forces_hitting_unnamed_places_at_home(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(cameo_coder, text)


ABROAD = [
    "Russia attacked Ukraine again. Russian forces shelled several villages overnight.",
    "Israeli jets struck Lebanon on Sunday. The Israeli army also bombed villages, Lebanese officials said.",
]


@pytest.mark.parametrize("text", ABROAD)
def test_unnamed_places_in_a_war_abroad_are_not_home(cameo_coder: Coder, text: str) -> None:
    assert not any(r.split()[0] == r.split()[1] and r.split()[2][:2] == "19" for r in roots(cameo_coder, text))


@pytest.mark.xfail(strict=True, reason="a verb in a reported clause under 'kept' ('said the army had kept bombing villages') is not tried")
def test_kept_bombing_in_a_reported_clause(cameo_coder: Coder) -> None:
    text = "Myanmar's military government declared a temporary ceasefire on Wednesday. But rebel groups said the Myanmar army had kept bombing villages."
    assert "MMR MMR 195" in roots(cameo_coder, text)


@pytest.mark.xfail(strict=True, reason="a passive curfew with no doer ('A nationwide curfew was imposed') has no source")
def test_passive_curfew(cameo_coder: Coder) -> None:
    assert "SLE SLE 1723" in roots(cameo_coder, "Sierra Leone's army repelled the attack. A nationwide curfew was imposed.")


CAPTURED = [
    ("An ethnic armed group said on Saturday it had captured the headquarters of the Myanmar army's northeastern command.", "MMR MMR 192"),
    ("M23 rebels seized the airport in Goma on Sunday.", "COD COD 192"),
    ("Houthi fighters took control of a military base near Marib.", "YEM YEM 192"),
    ("Al Shabaab fighters captured the police headquarters in Mogadishu on Friday.", "SOM SOM 192"),
]


@pytest.mark.parametrize("text,expected", CAPTURED)
def test_installations_taken_where_they_stand(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(cameo_coder, text)


NOT_CAPTURED = [
    "Ukrainian police captured the suspect in Kyiv.",
    "Kenyan police arrested two men at the airport in Nairobi.",
]


@pytest.mark.parametrize("text", NOT_CAPTURED)
def test_people_caught_are_no_territory(cameo_coder: Coder, text: str) -> None:
    assert not any(r.split()[2] == "192" for r in roots(cameo_coder, text))
