"""Decision 0917: side effects stated in lay prose: "X gave me A", "It may give you A" (rule `adverse-give`; not in
a condition, "If X gives you A, ..."), and what the leaflet names in the sentence itself, "The leaflet lists A, B and
C", "The leaflet warns of A", "Others on the leaflet are A and B" (effects-under-heading, owned as before by a
side-effect section or passage). The sentences are invented."""

import pytest
from extracting import certainty_claims

INTRO = "Sertraline for low mood\n\nSertraline is an antidepressant taken once a day.\n\n"


claims = certainty_claims


def added(body: str, lexicon: dict) -> set[tuple]:
    """Every claim the text `body` adds to the leaflet's opening (all predicates, with negation and certainty)."""
    return claims(INTRO + body + "\n", lexicon) - claims(INTRO, lexicon)


def effect(obj: str, negated: bool = False, certainty: str = "Asserted") -> tuple:
    return ("sertraline", "hasAdverseEffect", obj, negated, certainty)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the drug, or a pronoun for it, right before the verb; the person given the effect right after it
        ("Sertraline gave me a headache for the first week.", {effect("headache")}),
        ("It may give you a headache.", {effect("headache", certainty="Possible")}),
        # ("some people": Occasional, as every gold writes it, decision 0938)
        ("Sertraline gives some people diarrhoea.", {effect("diarrhea", certainty="Occasional")}),
        # a denial stays one
        ("Sertraline does not give people headaches.", {effect("headache", negated=True)}),
        # the drug given, no effect of it
        ("The doctor gave him sertraline for his low mood.", set()),
        # no drug gives it
        ("Years of worry gave her a headache.", set()),
        # stopping the drug is no giver
        ("Stopping sertraline gave her headaches.", set()),
        # a relative pronoun's verb is not the drug's own
        ("My GP gave me sertraline, which gave me nausea.", set()),
        # a condition states no effect ...
        ("If sertraline gives you a headache, tell your doctor.", set()),
        ("Unless sertraline has helped enough, or it gave you a headache, another medicine may be tried.", set()),
        # ... but a main clause after a condition does
        ("If you take it at night, it may give you a headache.", {effect("headache", certainty="Possible")}),
    ],
)
def test_give(body: str, expected: set, lexicon: dict) -> None:
    assert added(body, lexicon) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "## Side effects\n\nThe leaflet lists headache, a dry mouth and diarrhoea.",
            {effect("headache"), effect("xerostomia"), effect("diarrhea")},
        ),
        (
            "## Side effects\n\nOthers on the leaflet are dizziness and a rash.",
            {effect("dizziness"), effect("exanthema")},
        ),
        ("## Side effects\n\nThe leaflet warns of nausea, and I did feel sick at first.", {effect("nausea")}),
        # no owner: outside a side-effect section or passage the leaflet's list is no one's
        ("The leaflet lists headache, a dry mouth and diarrhoea.", set()),
        # a leaflet that does not name it states nothing
        ("## Side effects\n\nThe leaflet does not mention headaches.", set()),
    ],
)
def test_leaflet_names(body: str, expected: set, lexicon: dict) -> None:
    assert added(body, lexicon) == expected
