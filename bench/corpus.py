"""A deterministic, news-like corpus for the benchmarks: seeded sentences from templates, streamed.

Actors come from the codebook (countries, their adjectives and capitals, organizations, and the people when the
codebook has them), so the pre-filter and the coder see what they see in real news. About 40% of sentences carry
two or more actors, 20% one, and the rest none (quotes, background, numbers), as wire stories do.
Article ``k`` depends only on ``(seed, k)``: any prefix of a larger corpus is the smaller corpus. Dates run in
order, 40 articles a day, as a feed or an archive is read (a shard then spans days, not years).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from coding.codebook.model import Codebook
from coding.records import Article

TWO_ACTOR = [
    "{A} called on {B} to resume talks on the disputed border.",
    "{A} accused {B} of violating the ceasefire agreement.",
    "{A} criticized {B} for its handling of the refugee crisis.",
    "Officials said {A} met {B} in {CITY} on {DAY} to discuss trade.",
    "{A} signed an agreement with {B} to expand energy cooperation.",
    "{A} threatened {B} with new sanctions if the attacks continued.",
    "{A} praised {B} for its role in the negotiations.",
    "{A} expelled diplomats from {B} after the spying allegations.",
    "{A} sent humanitarian aid to {B} after the earthquake.",
    "{A} and {B} agreed to hold a summit later this year.",
    "{A} urged {B} to release the detained journalists.",
    "{A} rejected a proposal by {B} to reopen the consulate.",
    "Troops from {A} clashed with forces of {B} near the frontier, a spokesman said.",
    "{A} demanded that {B} withdraw its forces from the region.",
    "{A} hosted {B} for two days of talks on security.",
    "{A} condemned the missile strike by {B} on civilian areas.",
    "{A} offered to mediate between {B} and {C}.",
    "{A} told reporters that {B} had promised to cut tariffs.",
]
ONE_ACTOR = [
    "{A} said the economy grew by {N} percent in the last quarter.",
    "{A} announced a new budget on {DAY}.",
    "Protesters gathered in {CITY} for a third day.",
    "The statement from {A} gave no further details.",
    "{A} has faced criticism at home over rising prices.",
    "Elections in {A} are due next year.",
]
FILLER = [
    "The talks lasted more than {N} hours, according to people familiar with the matter.",
    "Prices for wheat and fuel have risen sharply since the start of the year.",
    "It was not immediately clear when the next round would take place.",
    "Analysts said the move could unsettle markets in the coming weeks.",
    "About {N} people were reported injured, local media said.",
    "The weather service warned of heavy rain over the weekend.",
    "Shares closed {N} percent higher on the news.",
    "Neither side commented on the report when contacted on {DAY}.",
    "The ministry said it would publish the full text of the document soon.",
    "A decision is expected by the end of the month.",
    "The meeting took place behind closed doors.",
    "Observers described the atmosphere as tense but constructive.",
    "Some residents said they had not been informed of the plan.",
    "The figures could not be independently verified.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True, slots=True)
class ActorWords:
    """Ways the news names actors, drawn from a codebook."""

    names: tuple[str, ...]
    cities: tuple[str, ...]

    @classmethod
    def from_codebook(cls, codebook: Codebook, limit: int = 80) -> ActorWords:
        names: list[str] = []
        cities: list[str] = []
        for country in codebook.countries[: limit * 3 : 3]:  # a spread of countries, not only the A's
            names.append(country.name)
            for adjective in country.adjectives[:1]:
                names += [f"the {adjective} government", f"the {adjective} president", f"{adjective} troops"]
            cities += country.capitals[:1]
        for person in codebook.people[:limit]:
            names.append(person.name)
            names += person.aliases[:1]
        for org in codebook.organizations[: limit // 2]:
            names.append(org.name)
        if len(names) < 3 or not cities:
            raise ValueError(f"codebook {codebook.name} names too few actors for a benchmark corpus")
        return cls(tuple(names), tuple(cities))


def _fill(rng: random.Random, template: str, words: ActorWords) -> str:
    a, b, c = rng.sample(words.names, 3)
    text = template.format(A=a, B=b, C=c, CITY=rng.choice(words.cities), DAY=rng.choice(DAYS), N=rng.randint(2, 90))
    return text[0].upper() + text[1:]


ARTICLES_PER_DAY = 40


def article(k: int, words: ActorWords, *, seed: int = 7, mean_sentences: int = 14) -> Article:
    """The k-th article of the corpus."""
    rng = random.Random(seed * 1_000_003 + k)
    n = max(3, int(rng.gauss(mean_sentences, 4)))
    sentences = []
    for _ in range(n):
        u = rng.random()
        pool = TWO_ACTOR if u < 0.4 else ONE_ACTOR if u < 0.6 else FILLER
        sentences.append(_fill(rng, rng.choice(pool), words))
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, n, 2)]
    # a feed, in date order: ARTICLES_PER_DAY a day (100k articles span about seven years), as archives are kept
    day = dt.date(2018, 1, 1) + dt.timedelta(days=k // ARTICLES_PER_DAY)
    return Article(f"bench-{seed}-{k:07d}", "\n\n".join(paragraphs), day, title=sentences[0], publisher="bench")


def corpus(n: int, words: ActorWords, *, seed: int = 7) -> Iterator[Article]:
    """``n`` articles, generated one at a time (a 100k-article corpus never sits in memory)."""
    for k in range(n):
        yield article(k, words, seed=seed)
