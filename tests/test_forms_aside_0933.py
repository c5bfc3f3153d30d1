"""Decision 0933: "X (brand) is a tablet", "X, sold as Y, is a capsule", "X, brand name Y, is a tablet" (the copula
read past the drug's brand or salt), "X, a capsule sold as Y" (an apposition whose form is followed by its brand),
and the time to peak of "the amount in the blood". The sentences are invented;
each case asserts every claim the text gives (subject, predicate, object, negated, certainty)."""

import pytest
from extracting import certainty_claims


def claims(title: str, text: str, lexicon) -> set[tuple]:
    return certainty_claims(title + "\n\n" + text, lexicon)


def form(subject: str, obj: str) -> tuple:
    return (subject, "hasFormulation", obj, False, "Asserted")


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # form-copula past a bracketed brand or a brand named aside
        ("Ivacaftor", "Ivacaftor (Kalydeco) is a tablet.", {form("ivacaftor", "tablet")}),
        (
            "Ivacaftor",
            "Ivacaftor (brand name Kalydeco) is a small tablet taken twice a day.",
            {form("ivacaftor", "tablet")},
        ),
        ("Ivacaftor", "Ivacaftor, sold as Kalydeco, is a capsule.", {form("ivacaftor", "capsule")}),
        (
            "Ivacaftor",
            "Ivacaftor (Kalydeco) is a film-coated tablet.",
            {form("ivacaftor", "film-coated-tablet")},
        ),
        (
            "Ivacaftor",
            "Ivacaftor, brand name Kalydeco, is a film-coated tablet.",
            {form("ivacaftor", "film-coated-tablet")},
        ),
        ("Ivacaftor", "Ivacaftor, sold under the brand name Kalydeco, is a tablet.", {form("ivacaftor", "tablet")}),
        # (denied, or the subject is not the line's opening name: nothing is read)
        ("Ivacaftor", "Ivacaftor (Kalydeco) is not a tablet.", set()),
        ("Ivacaftor", "For Ann, ivacaftor (Kalydeco) is a tablet.", set()),
        # form-apposition: the form followed by the brand it is sold as
        ("Nintedanib", "Paul takes nintedanib, a capsule sold as Ofev.", {form("nintedanib", "capsule")}),
        ("Nintedanib", "Paul takes nintedanib, a capsule known as Ofev.", {form("nintedanib", "capsule")}),
        # (stopping the drug does not change its form; no form named: nothing is read)
        ("Nintedanib", "Paul no longer takes nintedanib, a capsule sold as Ofev.", {form("nintedanib", "capsule")}),
        ("Nintedanib", "Paul takes nintedanib, a medicine sold as Ofev.", set()),
    ],
)
def test_forms_past_the_brand(title, text, expected, lexicon):
    assert claims(title, text, lexicon) == expected


def peak(subject: str) -> tuple:
    return (subject, "hasPharmacokineticValue", "time-to-peak-concentration", False, "Asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the amount in the blood" is the level in the blood
        ("The amount in the blood peaks about three hours after a tablet.", {peak("darolutamide")}),
        ("The amount in his blood is at its highest two to four hours after a dose.", {peak("darolutamide")}),
        ("The amount of the drug in her blood peaks about 2 hours after the injection.", {peak("darolutamide")}),
        # (another drug's amount, no time given: nothing is read)
        ("The amount of lithium in the blood peaks about 4 hours after a dose.", set()),
        ("The amount in the blood does not peak until much later.", set()),
    ],
)
def test_time_to_peak_of_the_amount_in_the_blood(text, expected, lexicon):
    found = {c for c in claims("Darolutamide", text, lexicon) if c[1] == "hasPharmacokineticValue"}
    assert found == expected
