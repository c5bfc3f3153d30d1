"""Decision 0915: the agents of an interaction stated in lay English that the readings missed: agents that "do the
opposite / the same" or "go the other way" before the verb of the interaction ("A and B do the opposite and make X
work less well"), an agent named with the form it is taken in ("Ketoconazole tablets push up the level of X"), the
lay verb "pile on" of adding to the drug's effect ("Alcohol piles on the drowsiness"), a warning against taking a
partner "alongside" the drug ("A must never be taken alongside it"), and a partner that lowers or raises "it" or "the
level" when the sentence ties it to the drug ("St John's wort lowers it, and it may then work less well"). The
sentences are invented; each case asserts the whole set of interaction claims (subject, predicate, object, negated,
certainty)."""

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


LEAFLET = "# Apixaban for a blood clot\n\nApixaban is taken twice a day.\n\n"


def ix(partner: str, negated: bool = False, certainty: str = "Asserted") -> tuple[str, str, str, bool, str]:
    """An interaction claim of apixaban with `partner`."""
    return ("apixaban", "interactsWith", partner, negated, certainty)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agents compared with those of the sentence before, then the verb of the interaction
        (
            "Rifampicin and carbamazepine do the opposite and make apixaban work less well.",
            {ix("rifampin"), ix("carbamazepine")},
        ),
        ("Rifampicin goes the other way and can stop it working.", {ix("rifampin")}),
        ("St John's wort, a herbal remedy, does the opposite and can make it work less well.", {ix("st-johns-wort")}),
        # no verb of an interaction after the comparison, or no agent before it: nothing
        ("Aspirin does the opposite and raises it.", set()),
        ("Rarely, it has the opposite effect and people feel restless.", set()),
        # the agent named with the form it is taken in
        ("Ketoconazole tablets push up the level of apixaban in the blood.", {ix("ketoconazole")}),
        ("Ketoconazole tablets can make apixaban work less well.", {ix("ketoconazole")}),
        ("Ketoconazole tablets are taken once a day.", set()),
        # "pile on" an effect of the drug: the lay verb of adding to it
        ("Alcohol piles on the drowsiness, so Ann does not drink.", {ix("alcohol")}),
        ("Other sedating medicines, such as diazepam, pile on the drowsiness.", {ix("diazepam")}),
        ("Alcohol does not pile on the drowsiness.", set()),
        ("Biscuits pile on the pounds.", set()),
        # a warning against taking a partner alongside the drug; taking something alongside it is no warning
        ("Clarithromycin must never be taken alongside it.", {ix("clarithromycin")}),
        (
            "Clarithromycin and ketoconazole should not be taken alongside it.",
            {ix("clarithromycin"), ix("ketoconazole")},
        ),
        ("Paracetamol can be taken alongside it.", set()),
        # a partner that lowers or raises "it" / "the level", tied to the drug by what follows or a level named before
        ("St John's wort lowers it, and it may then work less well.", {ix("st-johns-wort")}),
        (
            "Rifampicin and carbamazepine drop the level so far that it may not work at all.",
            {ix("rifampin"), ix("carbamazepine")},
        ),
        ("Carbamazepine may pull the level down until it stops working.", {ix("carbamazepine", certainty="Possible")}),
        ("Clarithromycin raises its level, and rifampicin lowers it.", {ix("clarithromycin"), ix("rifampin")}),
        # a bare "lowers it" (blood pressure? a sugar level?), a denied verb, no agent: nothing
        ("St John's wort lowers it.", set()),
        ("Rifampicin does not lower it, so it works as well as ever.", set()),
        ("Exercise lowers it, and the tablets then work better.", set()),
        # "work" as a noun after the verb says nothing of the drug
        ("St John's wort raises it, so Ann takes the tablets before work.", set()),
    ],
)
def test_interaction_agents(text: str, expected: set, lexicon: dict) -> None:
    assert claims(LEAFLET + text, lexicon) == expected
