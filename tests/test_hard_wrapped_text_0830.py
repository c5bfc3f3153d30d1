"""A hard-wrapped article reads as the same article (decision 0830): its soft line breaks are spaces for the reader,
while evidence still points into the original text. Invented texts only."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.normalise import normalise
from ontology.lexicon import load_lexicon

ARTICLE = [
    "# Verapamil: a guide for the cardiac clinic",
    "",
    "Verapamil is a calcium channel blocker. It is used to treat angina and some fast heart rhythms, and people "
    "with high blood pressure sometimes take it as well.",
    "",
    "## Side effects",
    "Constipation is the most common side effect of verapamil. Some people get headaches, flushing or swollen "
    "ankles, and a few feel dizzy when they stand up quickly.",
    "",
    "## Who should not take it",
    "Verapamil should not be taken by anyone with heart failure or a very slow heartbeat. It should not be taken "
    "together with beta blockers given into a vein.",
    "",
    "## Other medicines",
    "Grapefruit juice raises the level of verapamil in the blood. Verapamil raises the level of simvastatin, so a "
    "lower dose of the statin is used.",
]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _claims(text: str, lexicon) -> set[tuple]:
    doc = Document("verapamil", "verapamil", "verapamil.md", "", text, Path("verapamil.md"))
    return {(c.subject, c.predicate, c.object, c.negated, c.hedged) for c in extract_document(doc, lexicon).claims}


def _wrapped(lines: list[str], width: int) -> str:
    out: list[str] = []
    for line in lines:
        out += textwrap.wrap(line, width, break_long_words=False) if len(line) > width else [line]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("width", [60, 72, 100])
def test_a_hard_wrapped_article_gives_the_claims_of_the_article_as_written(lexicon, width: int) -> None:
    written = _claims("\n".join(ARTICLE) + "\n", lexicon)
    assert len(written) >= 8  # the article says something in each section
    assert _claims(_wrapped(ARTICLE, width), lexicon) == written


def test_evidence_of_a_wrapped_sentence_quotes_the_original_text_with_its_line_break(lexicon) -> None:
    text = _wrapped(ARTICLE, 60)
    doc = Document("verapamil", "verapamil", "verapamil.md", "", text, Path("verapamil.md"))
    quoted = [e for c in extract_document(doc, lexicon).claims for e in c.evidence]
    assert quoted and all(text[e.start : e.end] == e.quote for e in quoted)
    assert any("\n" in e.quote for e in quoted)  # a sentence read across a soft wrap


@pytest.mark.parametrize(
    "text",
    [
        "Side effects\nheadache\nnausea\n",  # a list without marks
        "Who should not take it\nVerapamil is not suitable for people with heart failure.\n",  # a heading
        "It is taken once a day.\nmore can be said\n",  # a sentence ends the line
        "## Side effects of the tablets taken each day\nheadache is common\n",  # a markdown heading
        "Common side effects of the tablets include:\n- headache\n- nausea\n",  # a lead-in and its list
        "The side effects people notice most often are\n1. headache\n2. nausea\n",  # numbered steps
    ],
)
def test_lines_that_are_not_soft_wraps_keep_their_breaks(text: str) -> None:
    assert normalise(text).text == text


def test_a_document_written_a_paragraph_a_line_keeps_its_headings_apart() -> None:
    text = (
        "Who should not take it\n"
        "Verapamil should not be taken by people with heart failure or a very slow heartbeat, or low blood pressure.\n"
        "Pregnancy and breastfeeding\n"
        "Verapamil is not usually recommended in pregnancy, because there is not enough information about it.\n"
        "Other medicines and hot weather\n"
        "Verapamil raises the level of simvastatin, so a lower dose of the statin is used in people who take both.\n"
    )
    assert normalise(text).text == text
