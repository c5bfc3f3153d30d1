"""Decision 0969: an interaction stated as what a pair does "alongside" the drug ("Blood pressure tablets may work
less well alongside it", "Diltiazem can slow the heart too much when it is taken alongside X", "Taking it alongside
warfarin may raise the risk of bleeding"), a warning against taking the pair "together" with no partner after it
("A and B should not be taken together", "so the two are never given together"), and more verbs of the pair's effect
after "together" ("A and X together can strain the kidneys", "together they can irritate the stomach"). A combined
use ("It is taken alongside metformin to lower the sugar"), a denial or a reassurance, and a pair that leaves out the
drug give nothing. The sentences are invented; each case asserts the whole set of interaction claims (subject,
predicate, object, negated, certainty)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    """The interaction claims of `text` read as one markdown document."""
    doc = Document("case", "case", "case.md", "", text + "\n", Path("case.md"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty)
        for c in extract_document(doc, lexicon).claims
        if c.predicate == "interactsWith"
    }


LEAFLET = "# Naproxen for back pain\n\nNaproxen is a painkiller taken twice a day.\n\n"


def ix(partner: str, negated: bool = False, certainty: str = "Asserted") -> tuple[str, str, str, bool, str]:
    """An interaction claim of naproxen with `partner`."""
    return ("naproxen", "interactsWith", partner, negated, certainty)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "alongside it": the partners before it, the pronoun's drug; the modal sets the certainty
        (
            "Blood pressure tablets may work less well alongside it.",
            {ix("antihypertensive-agent", certainty="Possible")},
        ),
        (
            "Blood pressure tablets may not work quite as well alongside it.",
            {ix("antihypertensive-agent", certainty="Possible")},
        ),
        ("Ciclosporin puts a strain on the kidneys alongside it.", {ix("cyclosporine")}),
        ("Other painkillers can cause stomach bleeding alongside it.", {ix("analgesic")}),
        # the document's drug named after "alongside", the partner before it
        ("Lithium can build up too far when it is taken alongside naproxen.", {ix("lithium")}),
        ("Warfarin, taken alongside naproxen, may make bleeding more likely.", {ix("warfarin", certainty="Possible")}),
        # "taking it alongside A": the partner after "alongside"
        ("Taking it alongside warfarin may raise the risk of bleeding.", {ix("warfarin", certainty="Possible")}),
        # a bare "alongside" ending its clause
        ("Aspirin can be given alongside, but it adds to the risk of stomach bleeding.", {ix("aspirin")}),
        # a combined use, no effect of the pair: nothing
        ("It is often taken alongside omeprazole to protect the stomach.", set()),
        ("Naproxen is taken alongside exercise, not instead of it.", set()),
        # an effect in another clause than the pair's: nothing
        ("His pain was caused by a fall, so he took paracetamol alongside naproxen for a week.", set()),
        # a drug other than the document's after "alongside": not the pair of this text
        ("Diltiazem can slow the heart too much alongside atenolol.", set()),
        # a denial or a reassurance: the denial readings', never an asserted interaction here
        ("Paracetamol does not interact with it and is fine alongside it.", {ix("acetaminophen", negated=True)}),
        ("Paracetamol can be taken alongside it without any risk.", set()),
    ],
)
def test_alongside_effects(text: str, expected: set, lexicon: dict) -> None:
    assert claims(LEAFLET + text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning against the pair "together", no partner after it
        ("Naproxen and lithium should not be taken together, because the lithium level rises.", {ix("lithium")}),
        ("Methotrexate stays in the body longer, so the two are never given together.", {ix("methotrexate")}),
        ("Naproxen and ciclosporin must never be used together.", {ix("cyclosporine")}),
        # a class that counts the pair named before it ("the two antibiotics") is no partner
        (
            "- Erythromycin: the two antibiotics work against each other, so they are not given together.",
            {ix("erythromycin")},
        ),
        # two partners and the drug not named: they are each other's pair, not the drug's
        ("Calcium and iron should not be taken together.", set()),
        # combined use: nothing
        ("Paracetamol and naproxen are often taken together.", set()),
        # more verbs of the pair's effect after "together"
        ("Naproxen and ciclosporin together can strain the kidneys.", {ix("cyclosporine")}),
        ("Alcohol is the one to watch: together they can irritate the stomach.", {ix("alcohol")}),
        ("Naproxen and aspirin together are harder on the stomach.", {ix("aspirin")}),
        # a denial after "together": nothing
        ("Naproxen and paracetamol together do not harm the stomach.", set()),
    ],
)
def test_taken_together(text: str, expected: set, lexicon: dict) -> None:
    assert claims(LEAFLET + text, lexicon) == expected


BIOLOGIC = "# Tofacitinib for arthritis\n\nTofacitinib is a tablet taken twice a day.\n\n"


def tofa(partner: str, negated: bool = False, certainty: str = "Asserted") -> tuple[str, str, str, bool, str]:
    """An interaction claim of tofacitinib with `partner`."""
    return ("tofacitinib", "interactsWith", partner, negated, certainty)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # live vaccines named as a kind, and the taking of a person the text names after "while"
        ("Live vaccines should be avoided while on it.", {tofa("live-vaccine")}),
        ("Live vaccines must not be given while she is on it.", {tofa("live-vaccine")}),
        ("He must not have live vaccines while he is on it.", {tofa("live-vaccine")}),
        ("Live attenuated vaccines are not given while he takes it.", {tofa("live-vaccine")}),
        # a named vaccine stays its own
        ("The yellow fever vaccine must not be given while she is on it.", {tofa("yellow-fever-vaccine")}),
        # no partner, or a state of the person while on it: nothing
        ("She got a bad cold while she was on it.", set()),
        ("A few people feel sleepy while they are on it.", set()),
    ],
)
def test_live_vaccines_while_on_it(text: str, expected: set, lexicon: dict) -> None:
    assert claims(BIOLOGIC + text, lexicon) == expected
