"""Verbs that matched but gave no event although both actors are in the sentence: lists of members ("allies, including
Germany"), people named by where they come from ("officials from Britain, France and Germany"), an accusation with a
trailing denial ("..., a charge Islamabad denies"), participle adjuncts. Hand-written sentences through the full CAMEO
codebook and the real model, each shape in several phrasings.

Each case is a sentence and the events it must give, as "SOURCE TARGET ROOT" (the action's first two digits); the
events may come with others; FORBIDDEN lists events a sentence must not give. Codes match by prefix (see _has).
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding.records import Article

pytestmark = pytest.mark.model

DAY = dt.date(2025, 6, 15)

CASES = [
    # a plural object with its members listed: the members are the targets
    ("including", "Biden thanked allies, including Germany, for their help.", {"USAELI DEU 05"}),
    ("including, two members", "Turkey criticized European governments, including Greece and Cyprus, over the migrant deal.", {"TUR GRC 11", "TUR CYP 11"}),
    ("such as", "The French president praised several countries, such as Italy and Spain, for their support.", {"FRAGOV ITA 05", "FRAGOV ESP 05"}),
    ("such as, no commas", "Iran accused Western powers such as Britain of meddling in its affairs.", {"IRN GBR 11"}),
    ("like", "Macron praised partners like Italy and Spain.", {"FRAGOV ITA 05", "FRAGOV ESP 05"}),
    ("including, a verb of force", "Russia struck several cities, including Kharkiv and Odesa, overnight.", {"RUS UKR 19"}),
    # people named by where they come from, the "from" phrase read as the verb's
    ("officials from a list", "Lavrov met senior officials from Britain, France and Germany in Geneva.", {"RUSGOV GBRGOV 04", "RUSGOV FRAGOV 04", "RUSGOV DEUGOV 04"}),
    ("delegations from", "Erdogan hosted delegations from Russia and Ukraine in Istanbul.", {"TURGOV RUSGOV 04", "TURGOV UKRGOV 04"}),
    ("leaders from", "Macron welcomed leaders from Kenya and Nigeria to Paris.", {"FRAGOV KENGOV 04", "FRAGOV NGAGOV 04"}),
    ("counterparts from", "Blinken met his counterparts from Egypt and Jordan on Monday.", {"USAELI EGY 04", "USAELI JOR 04"}),
    # an accusation with its denial after it: the model reads the denial as the main verb
    ("a charge X denies", "The Indian government accused Pakistan of backing the attackers, a charge Islamabad denies.", {"INDGOV PAK 11", "PAKGOV INDGOV 01"}),
    ("a claim X has denied", "Washington accused China of spying on its bases, a claim Beijing has denied.", {"USAGOV CHN 11", "CHNGOV USAGOV 01"}),
    ("an accusation X rejects", "Ethiopia accused Egypt of arming the rebels, an accusation Cairo rejects.", {"ETH EGY 11"}),
    ("which X denied", "Israel accused Iran of plotting attacks, which Tehran denied.", {"ISR IRN 11", "IRNGOV ISR 01"}),
    # participle adjuncts: an act of the main clause's subject
    ("accusing, after a recall", "France recalled its ambassador, accusing Italy of meddling in its elections.", {"FRA ITA 11"}),
    ("accusing, after an expulsion", "Poland expelled two Belarusian diplomats, accusing Minsk of doing nothing to stop the flights.", {"POL BLRGOV 11"}),
    ("accusing, after a closure", "Russia closed its border, accusing Finland of helping migrants cross it.", {"RUS FIN 11"}),
    # a denial in a relative clause on what was said answers whoever said it
    ("said ..., which X denied", "Venezuelan officials said Gallo was involved in a plot to carry out attacks in the country, which Buenos Aires denied.", {"ARGGOV VENGOV 01"}),
    ("said ..., which X denied, a strike", "Russian officials said Ukrainian drones had attacked a power plant, which Kyiv denied.", {"UKRGOV RUSGOV 01"}),
    ("said ..., a claim X rejected", "Netanyahu said Iran was building a nuclear weapon, a claim Tehran rejected.", {"IRNGOV ISRGOV 01"}),
    ("said ..., an allegation X denies", "The Israeli military said Hamas had used the hospital as a command centre, an allegation the group denies.", {"PSEREBHMS ISRMIL 01"}),
    ("accused ..., which X rejected", "Serbia accused Kosovo of provoking the clashes, which Pristina rejected.", {"SRB XKX 11", "XKXGOV SRB 12"}),
    # what a call or a visit that took place was made to say ("to" infinitive of purpose) is said, to the one called
    ("telephoned X to offer condolences", "The Turkish president telephoned Netanyahu to express his condolences.", {"TURGOV ISRGOV 01"}),
    ("called X to offer condolences", "Xi called Lula to offer condolences after the floods.", {"CHNGOV BRAGOV 01"}),
    ("visited X to apologize", "Japan's prime minister visited Seoul to apologize for the incident.", {"JPNGOV KORGOV 05"}),
    ("visited X to urge Y", "Blinken visited Israel to urge Netanyahu to allow more aid into Gaza.", {"USAELI ISRGOV 02"}),
    # a reaction to a bare noun for words is on who said something last in the story
    ("dismissed the remark", "Trump said Xi and Putin were conspiring against America. The Kremlin dismissed the remark.", {"RUSGOV USAGOV 1"}),
    ("rejected the remarks", "Netanyahu said Turkey was arming Hamas. Ankara rejected the remarks.", {"TURGOV ISRGOV 1"}),
    ("criticised the comments", "Macron said NATO was brain dead. Germany criticised the comments.", {"DEU FRAGOV 11"}),
    ("condemned the statement", "The Hungarian prime minister said Ukraine would never join the EU. Kyiv condemned the statement.", {"UKRGOV HUNGOV 11"}),
    # the followers of someone are of that one's country
    ("urged his supporters", "Mondlane returned from exile in Mozambique and has urged his supporters to stop blocking roads.", {"MOZ MOZ 02"}),
    ("called on his supporters", "Thiam, the Ivorian opposition leader, called on his supporters to keep up peaceful pressure on the government.", {"CIVOPP CIV 02"}),
    # a person's lawyers or aides speak for that person
    ("X's lawyers, a surname named before", "Philippine Vice President Sara Duterte was impeached by the House. Duterte's lawyers criticised the House of Representatives.", {"PHLGOV PHLLEG 11"}),
    ("his lawyers", "Brazil's Supreme Court ordered former president Jair Bolsonaro placed under house arrest. His lawyers criticised the court.", {"BRA BRAJUD 11"}),
    ("his lawyers accused", "Police in Istanbul detained Ekrem Imamoglu. His lawyers accused the government of staging a coup.", {"TUROPP TURGOV 11"}),
    # a finite verb the model conjoins to the gerund or infinitive before it continues the main clause
    ("accused ... of targeting and called on", "President Volodymyr Zelenskiy accused Moscow of deliberately targeting civilians and called on Washington to send more air defence systems.", {"UKRGOV RUSGOV 11", "UKRGOV USAGOV 02"}),
    ("said ... to rebuild and asked", "Sharaa said Syria needed Europe's support to rebuild and asked Washington to lift sanctions.", {"SYRGOV USAGOV 02"}),
    ("accused ... of using and imposed", "The EU accused Belarus of using migrants as weapons and imposed new sanctions on Minsk.", {"IGOEUREEC BLR 11", "IGOEUREEC BLRGOV 16"}),
    ("criticised ... for threatening and summoned", "Germany criticised China for threatening Taiwan and summoned the Chinese ambassador.", {"DEU CHN 11", "DEU CHNGOV 11"}),
    # a reaction to a court's verdict that no coded act places: on the court the story named last
    ("welcomed the ruling", "A federal judge in Oregon blocked the deployment of National Guard troops to Portland. Oregon Governor Tina Kotek welcomed the ruling.", {"USAGOV USAJUD 05"}),
    ("welcomed the verdict", "A Bangkok court on Friday removed the prime minister from office. The opposition Pheu Thai party welcomed the verdict.", {"THA THAJUD 05"}),
    ("hailed the judgment", "Pakistan's Supreme Court overturned the ban on the party. Imran Khan's party hailed the judgment.", {"PAKOPP PAKJUD 05"}),
    ("called the ruling a scandal", "A Paris court barred Marine Le Pen from running for office. Hungarian Prime Minister Viktor Orban called the ruling a scandal.", {"HUNGOV FRAJUD 11"}),
    ("condemned the ruling", "A court in Istanbul ordered the mayor's arrest. Germany condemned the ruling.", {"DEU TURJUD 11"}),
    ("the decision, in a story whose news is a court's", "Romania's Constitutional Court on Friday annulled the first round of the presidential election. The Kremlin denied any interference in Romania's election. Georgescu criticised the decision.", {"ROU ROUJUD 11"}),
    # a hostile act reported by the other side is its accusation (eleventh session, root 11), and the denial in the
    # restrictive relative answers it (the tenth session kept this sentence free of any denial, when no accusation was coded)
    ("restrictive which", "Russian officials said Ukrainian drones had attacked a power plant which Kyiv denied attacking.", {"RUS UKR 11", "UKR RUS 01"}),
    ("welcomed the decision", "The Philippine Supreme Court on Friday declared the impeachment of Vice President Sara Duterte unconstitutional. The House impeached Duterte in February. Sara Duterte's lawyers welcomed the decision.", {"PHLGOV PHLJUD 05"}),
    # the court read as a second subject of the reaction's verb: the court's act repaired (law15)
    ("court, and the EU condemned the verdict", "A Georgian court on Wednesday sentenced journalist Mzia Amaglobeli to two years in prison, and the European Union condemned the verdict.", {"IGOEUREEC GEOJUD 11"}),
]

# events a sentence must not give
FORBIDDEN = [
    # a "from" phrase on a verb of taking from a place, after no noun for people: no origin
    ("bought gas from", "Germany bought gas from Norway and Qatar.", {"DEU NOR 04", "DEU QAT 04"}),
    # "such as" in the "as" phrase of a naming is still a list; "as" alone is the naming
    ("condemned as", "Egypt condemned the attack as a violation of Syria's sovereignty.", {"EGY SYR 11"}),
    # a verdict reacted to is the court's, never the reactor's own
    ("a court's own ruling", "The Supreme Court of India issued its ruling on Monday. The court defended the ruling.", {"INDJUD INDJUD 05", "INDJUD INDJUD 11"}),
    # an appeal to act ("called on X to show restraint") is no call made to say something
    ("called on X to show", "The United Nations called on Israel to show restraint.", {"ISR ISR 0", "ISRGOV ISR 0"}),
    # a call made to congratulate or thank is one event, the call
    ("called X to congratulate him", "Putin called Trump to congratulate him on his victory.", {"RUSGOV USAGOV 05"}),
    ("called X to thank him", "The French president called Zelenskiy to thank him.", {"FRAGOV UKRGOV 05"}),
    # support shown on a visit is the visit's tone, not an event of its own
    ("travelled to X to show support", "Serbia's president flew to Banja Luka to show support for Dodik.", {"SRBGOV BIH 05", "SRBGOV BIHGOV 05"}),
    ("called to discuss", "Erdogan called Putin to discuss the grain deal.", {"TURGOV RUSGOV 05", "TURGOV RUSGOV 01"}),
    # no one said anything before: no one to react to
    ("a statement no one made", "Russia condemned the statement.", {"RUS RUS 1"}),
    # lawyers acted on are no one's stand-in
    ("his lawyer as object", "Istanbul mayor Ekrem Imamoglu criticised the Turkish court. Turkish police later arrested his lawyer.", {"TURCOP TUROPP 17"}),
    # a verb with a subject of its own after the gerund keeps it
    ("own subject", "France accused Mali of expelling its troops and Bamako rejected the claim.", {"FRA MLI 01", "FRA FRA 01"}),
    ("own subject, comma", "Kenya accused Uganda of arming the rebels, and Kampala denied the charge.", {"KEN UGA 01", "KEN KEN 01"}),
]

# still missed: strict, so a fix shows
XFAIL = [
    ("among them", "Russia condemned Western nations, among them Britain and Poland, for arming Kyiv.", {"RUS GBR 11", "RUS POL 11"}),
]


def _events(coder, text: str) -> set[tuple[str, str, str]]:
    result = coder.code_article(Article("t", text, DAY))
    return {(e.source, e.target, e.action) for e in result.events}


def _has(events: set[tuple[str, str, str]], want: str) -> bool:
    """Is there an event whose source and target codes start with those wanted ("THA" takes "THAPTYPHT") and whose
    action starts with the root?"""
    source, target, root = want.split()
    return any(s.startswith(source) and t.startswith(target) and a.startswith(root) for s, t, a in events)


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_clause_events(cameo_coder, name: str, text: str, want: set[str]) -> None:
    events = _events(cameo_coder, text)
    missing = {w for w in want if not _has(events, w)}
    assert not missing, f"{text!r}: missing {sorted(missing)}, got {sorted(events)}"


@pytest.mark.parametrize("name,text,unwanted", FORBIDDEN, ids=[c[0] for c in FORBIDDEN])
def test_clause_non_events(cameo_coder, name: str, text: str, unwanted: set[str]) -> None:
    events = _events(cameo_coder, text)
    found = {w for w in unwanted if _has(events, w)}
    assert not found, f"{text!r}: unwanted {sorted(found)} in {sorted(events)}"


@pytest.mark.parametrize("name,text,want", XFAIL, ids=[c[0] for c in XFAIL])
@pytest.mark.xfail(strict=True, reason="not handled yet")
def test_clause_events_still_missed(cameo_coder, name: str, text: str, want: set[str]) -> None:
    events = _events(cameo_coder, text)
    assert all(_has(events, w) for w in want), f"{text!r}: got {sorted(events)}"
