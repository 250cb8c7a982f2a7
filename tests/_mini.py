"""A tiny codebook built in Python, for engine tests that must not depend on the YAML data files."""

from __future__ import annotations

import datetime as dt

from coding.codebook.model import Action, Agent, Codebook, Country, Example, Organization, Person, Role, VerbEntry, Verdict, Where
from coding.patterns import parse_pattern

W = Where("mini.yaml", 1)


def country(code, name, adj=(), capitals=(), aliases=(), demonyms=(), cities=()):
    return Country(code, name, tuple(aliases), tuple(adj), tuple(demonyms), tuple(capitals), W, tuple(cities))


def person(name, aliases, *roles):
    return Person(name, tuple(aliases), tuple(Role(c, s, u) for c, s, u in roles), W)


def verb(id, code, *patterns, symmetric=False):
    return VerbEntry(id, code, tuple(parse_pattern(p) for p in patterns), None, (Example("x", (), None, W),), (), W, symmetric=symmetric)


ACTIONS = {
    c: Action(c, n, g, q, None, None, W)
    for c, n, g, q in [
        ("010", "Make statement, not specified below", 0.0, 1),
        ("015", "Acknowledge or claim responsibility", 0.0, 1),
        ("016", "Deny responsibility", -2.0, 3),
        ("120", "Reject, not specified below", -4.0, 3),
        ("026", "Appeal to others to meet or negotiate", 3.0, 1),
        ("040", "Consult", 1.0, 1),
        ("041", "Discuss by telephone", 1.0, 1),
        ("042", "Make a visit", 1.9, 1),
        ("043", "Host a visit", 2.8, 1),
        ("045", "Mediate", 5.0, 1),
        ("046", "Engage in negotiation", 3.5, 1),
        ("161", "Reduce or break diplomatic relations", -4.0, 3),
        ("1313", "Threaten to reduce or break relations", -4.4, 3),
        ("0831", "Accede to demands for change in leadership", 5.0, 2),
        ("039", "Express intent to mediate", 5.0, 1),
        ("036", "Express intent to meet or negotiate", 4.0, 1),
        ("138", "Threaten with military force", -7.0, 3),
        ("032", "Express intent to engage in diplomatic cooperation", 4.0, 1),
        ("111", "Criticize or denounce", -2.0, 3),
        ("112", "Accuse", -2.0, 3),
        ("054", "Grant diplomatic recognition", 7.0, 1),
        ("051", "Praise or endorse", 3.4, 1),
        ("190", "Use conventional military force", -10.0, 4),
        ("057", "Sign formal agreement", 8.0, 1),
        ("100", "Demand, not specified below", -5.0, 3),
        ("141", "Demonstrate or rally", -6.5, 3),
        ("145", "Protest violently, riot", -7.5, 3),
        ("175", "Use tactics of violent repression", -9.0, 4),
        ("173", "Arrest, detain, or charge with legal action", -5.0, 4),
        ("130", "Threaten, not specified below", -4.4, 3),
        ("080", "Yield, not specified below", 5.0, 2),
        ("035", "Express intent to yield, not specified below", 7.0, 1),
        ("1723", "Impose curfew", -5.0, 4),
        ("1041", "Demand leadership change", -5.0, 3),
        ("1411", "Demonstrate for leadership change", -6.5, 3),
    ]
}

# verdict nouns (the default codebook's verdicts.yaml holds the real list)
VERDICTS = (
    Verdict("verdict.criticism", "111", tuple(
        "violation provocation mistake insult betrayal disgrace outrage escalation interference meddling encroachment "
        "blackmail hypocrisy sham farce lie affront slap stab blow attack assault breach infringement travesty "
        "humiliation aggression threat troublemaker".split()), (), (), W),
    Verdict("verdict.accusation", "112", tuple(
        "genocide crime terrorism massacre atrocity kidnapping piracy coup invasion occupation apartheid treason traitor "
        "terrorist criminal dictator murder assassination cleansing aggressor murderer thug gangster puppet mercenary "
        "spy agent hijacking robbery theft extortion fraud".split()), (), (), W),
    Verdict("verdict.warning", "130", ("warning", "ultimatum"), (), (), W),
)


def mini_codebook() -> Codebook:
    return Codebook(
        name="mini", version="0", description="", ontology="CAMEO", path="", hash="mini0",
        actions=ACTIONS,
        countries=(
            country("ARN", "Arnor", ["Arnorian"], ["Annuminas"], demonyms=["Arnorians"]),
            country("GON", "Gondor", ["Gondorian"], ["Minas Tirith"], cities=["Ithilien", "Pelargir"]),
            country("MOR", "Mordor", ["Mordorian"], ["Barad-dur"]),
            country("ROH", "Rohan", ["Rohirric"], ["Edoras"]),
        ),
        organizations=(Organization("MORREBURK", "Uruk-hai", ("Urukhai",), "MOR", "REB", "armed", W), Organization("IGOELR", "White Council", (), None, None, "igo", W)),
        people=(
            person("Elessar", ["King Elessar", "Aragorn"], ("GONGOV", dt.date(1995, 1, 1), None)),
            person("Denethor", [], ("GONGOV", None, dt.date(1994, 12, 31)), ("GONELI", dt.date(1995, 1, 1), None)),
            # its own line: the engine tells people apart by where they are written
            Person("Eomer Eadig", (), (Role("ROHGOV", dt.date(1990, 1, 1), None),), Where("mini.yaml", 2)),
            # a last name with its particle, as "Abdel Fattah al-Burhan" (no bare "Hadi" in the dictionary)
            Person("Imrahil al-Hadi", (), (Role("GONMIL", None, None),), Where("mini.yaml", 3)),
        ),
        agents=(
            Agent("president", "GOV", W), Agent("foreign minister", "GOV", W), Agent("foreign ministry", "GOV", W),
            Agent("troop", "MIL", W), Agent("army", "MIL", W), Agent("protester", "CVL", W), Agent("leader", "GOV", W), Agent("rebel", "REB", W), Agent("diplomacy", "GOV", W),
            Agent("defense secretary", "GOV", W), Agent("reporter", "MED", W), Agent("crowd", "CVL", W), Agent("police", "COP", W),
        ),
        verbs=(
            verb("appeal.negotiate", "026", "SOURCE call on TARGET to negotiate|talk"),
            verb("consult.meet", "040", "SOURCE meet TARGET", "SOURCE meet with TARGET", "SOURCE speak|talk with TARGET", symmetric=True),
            verb("visit", "042", "SOURCE visit TARGET"),
            verb("criticize", "111", "SOURCE criticize|condemn TARGET"),
            verb("criticize.pact", "111", "SOURCE criticize|condemn pact with TARGET"),
            verb("criticize.as", "111", "SOURCE condemn as TARGET"),
            verb("accuse", "112", "SOURCE accuse TARGET"),
            verb("recognize", "054", "SOURCE recognize TARGET"),
            verb("attack", "190", "SOURCE attack|shell TARGET"),
            verb("attack.installation", "190", "SOURCE shell depot|port in|near TARGET"),
            verb("threaten", "138", "SOURCE threaten TARGET"),
            verb("arrest", "173", "SOURCE arrest|detain TARGET"),
            verb("sign", "057", "SOURCE sign agreement|deal|treaty with TARGET", symmetric=True),
            verb("demand", "100", "SOURCE demand that TARGET"),
            verb("warn", "130", "SOURCE warn TARGET"),
            verb("phone", "041", "SOURCE call TARGET"),
            verb("tell", "010", "SOURCE tell TARGET"),
            verb("deny", "016", "SOURCE deny TARGET accusation|charge", "SOURCE deny TARGET"),
            verb("praise", "051", "SOURCE welcome|praise TARGET"),
            verb("host", "043", "SOURCE host|greet TARGET"),
            verb("mediate", "045", "SOURCE mediate between TARGET", "SOURCE mediate TARGET"),
            verb("recall", "161", "SOURCE recall|withdraw ambassador|envoy from TARGET"),
            verb("retaliate", "138", "SOURCE vow to retaliate|respond"),
            verb("resign", "0831", "SOURCE resign"),
            verb("claim", "015", "SOURCE claim responsibility for TARGET"),
            verb("withdraw", "080", "SOURCE withdraw from TARGET"),
            verb("reject", "120", "SOURCE reject TARGET"),
            verb("curfew", "1723", "SOURCE impose curfew in|on TARGET"),
            verb("demand.resign", "1041", "SOURCE demand resignation of TARGET"),
            verb("protest.resign", "1411", "SOURCE rally demand resignation of TARGET"),
            verb("protest", "141", "SOURCE demonstrate|rally against TARGET", "SOURCE demonstrate|rally", "SOURCE stage rally"),  # last: test_recode_incremental moves it
        ),
        filters=(),
        verdicts=VERDICTS,
    )
