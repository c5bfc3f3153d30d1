"""Decision 0955: a substance the body makes that the vocabularies class as a drug ("too much uric acid in the blood")
is never the drug a text is about, so it owns no side-effect list, "It" or value of the text's drug; a word no
vocabulary knows that opens one sentence naming it a medicine ("X is a progestogen") and is written more often than
every drug the vocabularies know is the article's drug, not the medicine named once before it. The sentences are
invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

GOUT = """# Notes from the bowls club

## What is gout?

Gout comes from too much uric acid in the blood. The uric acid forms crystals in a joint. A high uric acid level also \
makes kidney stones more likely.

## The new tablet

Since May Harold has been on probenecid. It helps the kidneys pass more uric acid.

## Side effects?

The common ones:

* heartburn
* a rash
"""

CHOIR = """# The choir newsletter

For her heavy periods, mefenamic acid helped a little. Then her doctor moved her on to velosterone. Velosterone is a \
progestogen.{more}

## Does it have side effects?

- bloating
- headaches
"""

TIED = """# The choir newsletter

For her heavy periods, mefenamic acid helped a little, and mefenamic acid is still in her bag. Her doctor moved her \
on to velosterone, and velosterone is a progestogen. Velosterone is a tablet. She keeps mefenamic acid for cramps.

## Does it have side effects?

- bloating
- headaches
"""


def claims(text: str, lexicon: dict) -> set[tuple]:
    doc = Document("case", "case", "case.md", "", text, Path("case.md"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


def test_a_body_substance_named_most_owns_no_list(lexicon):
    assert claims(GOUT, lexicon) == {
        ("probenecid", "hasAdverseEffect", "heartburn", False, "Asserted"),
        ("probenecid", "hasAdverseEffect", "exanthema", False, "Asserted"),
    }


def test_an_unknown_drug_written_most_owns_its_article(lexicon):
    assert claims(CHOIR.format(more=" She takes velosterone twice a day."), lexicon) == {
        ("velosterone", "isA", "progestins", False, "Asserted"),
        ("velosterone", "hasAdverseEffect", "abdominal-distention", False, "Asserted"),
        ("velosterone", "hasAdverseEffect", "headache", False, "Asserted"),
    }


def test_written_twice_it_is_no_drug_yet(lexicon):
    # (two writings are not enough evidence to mint a drug: decision 0845's three)
    assert not any("velosterone" in (c[0], c[2]) for c in claims(CHOIR.format(more=""), lexicon))


@pytest.mark.xfail(
    strict=True,
    reason="known gap (decision 0955, Left): the unminted drug's list still goes to the "
    "one recognised drug named in passing; the right reading gives it to nobody",
)
def test_written_twice_its_list_is_nobodys(lexicon):
    assert claims(CHOIR.format(more=""), lexicon) == set()


def test_written_as_often_as_a_known_drug_it_needs_two_openings(lexicon):
    # (three writings against the known drug's three: not more often, so one opening sentence does not mint it)
    found = claims(TIED, lexicon)
    assert not any("velosterone" in (c[0], c[2]) for c in found)
    assert ("mefenamic-acid", "treats", "muscle-cramp", False, "Asserted") in found  # "keeps mefenamic acid for cramps"


@pytest.mark.xfail(strict=True, reason="known gap (decision 0955, Left): the list goes to mefenamic acid")
def test_tied_its_list_is_nobodys(lexicon):
    assert claims(TIED, lexicon) == {("mefenamic-acid", "treats", "muscle-cramp", False, "Asserted")}


MADE = """# Club news

Our treasurer takes nitisinone for alkaptonuria. Because of it, his body now makes much less homogentisic acid.

It can cause nausea.
"""


def test_what_the_body_makes_is_no_topic(lexicon):
    assert claims(MADE, lexicon) == {
        ("nitisinone", "treats", "alkaptonuria", False, "Asserted"),
        ("nitisinone", "hasAdverseEffect", "nausea", False, "Asserted"),
    }


@pytest.mark.xfail(
    strict=True,
    reason="known gap (decision 0955, Left): without words saying the body makes it, "
    "the substance opening its clause still takes the focus and the next 'It'",
)
def test_a_substance_named_otherwise_is_no_topic_either(lexicon):
    text = MADE.replace("Because of it, his body now makes much less homogentisic acid.", "Homogentisic acid falls.")
    assert claims(text, lexicon) == {
        ("nitisinone", "treats", "alkaptonuria", False, "Asserted"),
        ("nitisinone", "hasAdverseEffect", "nausea", False, "Asserted"),
    }


TRIED = """# Club news

Our treasurer takes loratadine. Loratadine was not his first choice: he could not take cetirizine because it gave \
him a headache.
"""


def test_the_clause_after_a_colon_owns_its_because_it(lexicon):
    assert claims(TRIED, lexicon) == {("cetirizine", "hasAdverseEffect", "headache", False, "Asserted")}


def test_no_agent_after_the_colon_keeps_the_first(lexicon):
    text = TRIED.replace("he could not take cetirizine because it gave", "it was stopped because it gave")
    assert claims(text, lexicon) == {("loratadine", "hasAdverseEffect", "headache", False, "Asserted")}
