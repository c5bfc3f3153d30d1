"""Decision 1004: "sticks to T", "clings to T" and "clamps on(to) T" - lay verbs of binding, the active present only
- bind a drug to a target as "latches on to T" does (the target a head noun or a demonstrative pointing back to one
named before). A denial or question in the bare form ("does not stick to", "Does it stick to"), a hedge between
subject and verb, another drug's act after "Unlike X", a heading, "stuck to" and a person who "sticks to" a medicine
give no claim. Each case asserts the whole set of claims the short text gives: (subject, predicate, object, negated,
certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.targets import cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "clings to": bound, and "blocks them" the act
        (
            "Fexofenadine for hay fever\n\nFexofenadine clings to the H1 receptors in the nose and blocks them.",
            {
                ("fexofenadine", "bindsTo", "histamine-h1-receptor", False, "Asserted"),
                ("fexofenadine", "hasMechanismOfAction", "histamine-h1-receptor-blockade", False, "Asserted"),
            },
        ),
        # "clamps onto": bound only
        (
            "Omeprazole for heartburn\n\nOmeprazole clamps onto the proton pumps in the stomach lining.",
            {("omeprazole", "bindsTo", "proton-pump", False, "Asserted")},
        ),
        # "sticks to" a subtype by its code, and the place of the act
        (
            "Indoramin for prostate\n\nIndoramin sticks to alpha-1 receptors in the muscle of the prostate.",
            {
                ("indoramin", "actsOn", "prostate", False, "Asserted"),
                ("indoramin", "bindsTo", "alpha-1-adrenergic-receptor", False, "Asserted"),
            },
        ),
        # "sticks to that enzyme": the enzyme named before
        (
            "Levofloxacin for prostatitis\n\nThe germ needs an enzyme called DNA gyrase to copy itself. Levofloxacin "
            "sticks to that enzyme and jams it.",
            {
                ("levofloxacin", "bindsTo", "dna-gyrase", False, "Asserted"),
                ("levofloxacin", "hasMechanismOfAction", "dna-gyrase-inhibition", False, "Asserted"),
            },
        ),
        # near misses: denied and asked in the bare form, hedged, another drug's, a heading, "stuck to", a person
        ("Fexofenadine for hay fever\n\nFexofenadine does not stick to the receptors in the brain.", set()),
        ("Fexofenadine for hay fever\n\nDoes fexofenadine stick to the H1 receptors in the brain?", set()),
        ("Fexofenadine for hay fever\n\nFexofenadine probably sticks to the H1 receptors in the skin as well.", set()),
        (
            "Fexofenadine for hay fever\n\nUnlike fexofenadine, chlorphenamine sticks to the H1 receptors in the "
            "brain.",
            set(),
        ),
        ("Fexofenadine for hay fever\n\n## Sticks to H1 receptors\n\nIt is taken once a day.", set()),
        (
            "Fexofenadine for hay fever\n\nThe pollen gets stuck to the lining of the nose. Mary sticks to "
            "fexofenadine in the summer.",
            set(),
        ),
        # no target head after the verb: nothing minted
        ("Eltrombopag for low platelets\n\nEltrombopag sticks to calcium, iron and other minerals in the gut.", set()),
    ],
)
def test_lay_binding_verbs(lexicon, text, expected):
    assert certainty_claims(text, lexicon, ".md") == expected


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("It sticks to the receptors.", ["sticks to"]),
        ("It clings to the receptors.", ["clings to"]),
        ("It clamps onto the pump.", ["clamps onto"]),
        ("It clamps on to the pump.", ["clamps on to"]),
        ("It got stuck to the wall.", []),
        ("They stick to water.", []),
    ],
)
def test_cues(text, cued):
    assert [m.group(0) for m in cues(text)] == cued
