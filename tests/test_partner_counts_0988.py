"""Decision 0988: a drug named only in advice about the reader's other medicines ("Tell the pharmacist if you take
B, because it can change how B is absorbed") is not counted for the drug of a text whose title names none, while
another drug is named otherwise; a drug named freely even once is counted as before. A drug named in a time clause
that opens a sentence ("After B stopped working, my GP prescribed A") is named in passing, as one in a condition is;
written without its comma, the time clause ends where a person opens the main clause ("Before she got to A she had
tried other antidepressants, B and C"), and a drug named after "other antidepressants," is one of the other ones.
The documents are invented."""

from collections import Counter
from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.partner_counts import partner_mention, without_partners


def claims(text: str, lexicon: dict) -> set[tuple]:
    """Every claim the extractor reads in `text`: (subject, predicate, object, negated, certainty)."""
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


CASES = [
    # the partner named twice in one piece of advice takes neither the headed sections nor the interaction
    (
        "Club news\n\nMy clinic started me on tirzepatide in the spring. I inject it once a week.\n\nTell the"
        " pharmacist if you take warfarin, because it can change how warfarin is absorbed.\n\nWhat about side"
        " effects?\nIt can cause nausea.\n\nWho is it not for?\nIt is not for anyone who is pregnant.\n",
        {
            ("tirzepatide", "hasAdverseEffect", "nausea", False, "Asserted"),
            ("tirzepatide", "contraindicatedIn", "pregnant-women", False, "Asserted"),
            ("tirzepatide", "interactsWith", "warfarin", False, "Asserted"),
        },
    ),
    # must not change: the drug named most is also named outside advice, so it stays the text's drug
    (
        "Club news\n\nMy clinic started me on tirzepatide in the spring.\n\nWarfarin is a blood thinner, and warfarin"
        " is taken daily.\n\nWhat about side effects?\nIt can cause nausea.\n",
        {
            ("warfarin", "hasAdverseEffect", "nausea", False, "Asserted"),
            ("warfarin", "isA", "anticoagulant", False, "Asserted"),
        },
    ),
    # must not change: a drug that opens its own sentence after advice is named freely
    (
        "Notes\n\nIf you take lithium, tell your doctor. Lithium levels can rise if you take ibuprofen.\n",
        {("lithium", "interactsWith", "ibuprofen", False, "Asserted")},
    ),
    # a drug named in a time clause before the main one is named in passing: the next "It" is the main clause's
    # (since decision 1032 the drug the text introduces as prescribed wins the one-to-one tie, and the peppermint
    # capsules' formulation is no longer read - a true claim lost, said in the round's record)
    (
        "Beach hut news\n\nAfter the peppermint capsules stopped doing much, my GP prescribed trimebutine. I take a"
        " tablet three times a day. It is an antispasmodic.\n",
        {("trimebutine", "isA", "antispasmodic", False, "Asserted")},
    ),
    # must not change: the drug the main clause names after a time clause is the topic
    (
        "Club news\n\nAfter a week on it, my GP added gliclazide. It can cause low blood sugar.\n",
        {("gliclazide", "hasAdverseEffect", "hypoglycemia", False, "Asserted")},
    ),
    # a time clause without its comma ends where a person opens the main clause; "other antidepressants, B" names
    # the other ones, no topic
    (
        "Walking group news\n\nBefore he got to phenelzine he had tried other antidepressants, sertraline first and"
        " then mirtazapine, and neither helped. It belongs to the MAOIs.\n",
        {("phenelzine", "isA", "monoamine-oxidase-inhibitor", False, "Asserted")},
    ),
    # must not change: a drug that opens its own sentence after "other painkillers, B" is the topic
    (
        "Walking group news\n\nHe had tried other painkillers, naproxen among them. Naproxen upset his stomach. It is"
        " an NSAID.\n",
        {("naproxen", "isA", "non-steroidal-anti-inflammatory-agent", False, "Asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text: str, expected: set[tuple], lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


def test_partner_mention_is_read_within_its_sentence() -> None:
    text = "Tell the nurse about your tablets. B helps. Do not take A together with B."
    assert not partner_mention(text, text.index("B helps"))
    assert partner_mention(text, text.rindex("B"))
    assert not partner_mention(text, text.index("A together"))


def test_a_text_of_partners_only_keeps_its_count() -> None:
    text = "Tell the nurse if you take A or B."
    counts = Counter(a=1, b=1)
    assert without_partners(text, {"a": [text.index("A")], "b": [text.index("B")]}, counts) == counts
