"""Decision 1047: "the COX enzymes" are the cyclo-oxygenases and "the acid pumps" the proton pumps (the lay and
short names a vocabulary does not know, each to the name it knows the same target by; targets.LAY_NAMES); "a related
enzyme", "another receptor", "a second pump" say one more target, not which one, and mint none
(targets.DESCRIPTIVE). Denied, asked, another drug's (its own claim), a heading and a name inside a longer phrase
("the acid pump genes") keep what they gave. Each case asserts the whole set of claims the short text gives:
(subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

PTGS = "prostaglandin-endoperoxide-synthase"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Naproxen for joint pain\n\nNaproxen blocks the COX enzymes in the joints.",
            {
                ("naproxen", "bindsTo", PTGS, False, "Asserted"),
                ("naproxen", "hasMechanismOfAction", f"{PTGS}-inhibition", False, "Asserted"),
            },
        ),
        (
            "Esomeprazole for reflux\n\nEsomeprazole shuts down the acid pumps in the stomach lining.",
            {
                ("esomeprazole", "bindsTo", "proton-pump", False, "Asserted"),
                ("esomeprazole", "hasMechanismOfAction", "proton-pump-inhibition", False, "Asserted"),
            },
        ),
        # near misses: denied, asked, another drug's own claim, a heading, a name inside a longer phrase
        (
            "Naproxen for joint pain\n\nNaproxen does not block the COX enzymes in the brain.",
            {("naproxen", "bindsTo", PTGS, True, "Asserted")},
        ),
        ("Naproxen for joint pain\n\nDoes naproxen block the COX enzymes in the brain?", set()),
        (
            "Naproxen for joint pain\n\nUnlike naproxen, paracetamol blocks the COX enzymes in the brain.",
            {
                ("acetaminophen", "bindsTo", PTGS, False, "Asserted"),
                ("acetaminophen", "hasMechanismOfAction", f"{PTGS}-inhibition", False, "Asserted"),
            },
        ),
        ("Naproxen for joint pain\n\n## The COX enzymes\n\nNaproxen is taken twice a day.", set()),
        ("Esomeprazole for reflux\n\nEsomeprazole blocks the acid pump genes.", set()),
        # one more target, not which one: no target minted from "related enzyme" or "another receptor"
        (
            "Bosutinib for leukaemia\n\nBosutinib blocks an enzyme called BCR-ABL. It also blocks a related enzyme in "
            "the cancer cells.",
            set(),
        ),
        ("Cabozantinib for kidney cancer\n\nCabozantinib blocks another receptor that the cancer uses to grow.", set()),
    ],
)
def test_target_names(lexicon, text, expected):
    assert certainty_claims(text, lexicon, ".md") == expected
