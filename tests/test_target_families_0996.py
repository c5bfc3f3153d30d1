"""Decision 0996: a short target name whose subtype code says its family is named as the nomenclature names it -
"beta receptors" the beta-adrenergic receptor, "alpha-1 receptors" the alpha-1 adrenergic receptor, "D2 receptors"
the dopamine D2 receptor, "M3 receptors" the muscarinic M3 receptor, "H2 receptors" the histamine H2 receptor, "the
PDE5 enzyme" phosphodiesterase 5 (the vocabulary's type 5 cyclic nucleotide phosphodiesterase). A denial, a hedge,
another drug's act, a question and a heading keep their own readings; a name with other words ("the vitamin D
receptor") stays as before. Each case asserts the whole set of claims the short text gives: (subject, predicate,
object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.targets import family_named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "beta receptors": the beta-adrenergic receptor, and the act on it
        (
            "Nadolol for angina\n\nNadolol blocks the beta receptors in the heart, so the heart beats more slowly.",
            {
                ("nadolol", "actsOn", "heart", False, "Asserted"),
                ("nadolol", "bindsTo", "beta-adrenergic-receptor", False, "Asserted"),
                ("nadolol", "hasMechanismOfAction", "beta-adrenergic-receptor-blockade", False, "Asserted"),
            },
        ),
        # denied: the same target, negated
        (
            "Nadolol for angina\n\nNadolol does not block the alpha receptors on blood vessels.",
            {("nadolol", "bindsTo", "alpha-adrenergic-receptor", True, "Asserted")},
        ),
        # hedged: the subtype with its code, possible
        (
            "Nadolol for angina\n\nNadolol may also block beta-2 receptors in the airways.",
            {("nadolol", "bindsTo", "beta-2-adrenergic-receptor", False, "Possible")},
        ),
        # another drug's act: that drug's, not the document's
        (
            "Nadolol for angina\n\nUnlike nadolol, prazosin blocks alpha-1 receptors on the blood vessels.",
            {("prazosin", "bindsTo", "alpha-1-adrenergic-receptor", False, "Asserted")},
        ),
        # a question and a heading say nothing
        ("Nadolol for angina\n\nDoes nadolol block the beta receptors in the lungs?", set()),
        ("Nadolol for angina\n\n## Beta receptors\n\nThese sit on the heart muscle.", set()),
        # dopamine, muscarinic and histamine subtypes by their codes
        (
            "Amisulpride for schizophrenia\n\nAmisulpride attaches to D2 receptors in the brain and blocks them.",
            {
                ("amisulpride", "actsOn", "brain", False, "Asserted"),
                ("amisulpride", "bindsTo", "dopamine-d2-receptor", False, "Asserted"),
                ("amisulpride", "hasMechanismOfAction", "dopamine-d2-receptor-blockade", False, "Asserted"),
            },
        ),
        (
            "Solifenacin for overactive bladder\n\nSolifenacin blocks M3 receptors in the bladder muscle.",
            {
                ("solifenacin", "bindsTo", "muscarinic-m3-receptor", False, "Asserted"),
                ("solifenacin", "hasMechanismOfAction", "muscarinic-m3-receptor-blockade", False, "Asserted"),
            },
        ),
        (
            "Cimetidine for indigestion\n\nCimetidine blocks the H2 receptors on the stomach lining.",
            {
                ("cimetidine", "bindsTo", "histamine-h2-receptor", False, "Asserted"),
                ("cimetidine", "hasMechanismOfAction", "histamine-h2-receptor-blockade", False, "Asserted"),
            },
        ),
        # "the PDE5 enzyme": the vocabulary's phosphodiesterase 5
        (
            "Vardenafil for erectile dysfunction\n\nVardenafil attaches to the PDE5 enzyme and switches it off.",
            {
                ("vardenafil", "bindsTo", "type-5-cyclic-nucleotide-phosphodiesterase", False, "Asserted"),
                (
                    "vardenafil",
                    "hasMechanismOfAction",
                    "type-5-cyclic-nucleotide-phosphodiesterase-inhibition",
                    False,
                    "Asserted",
                ),
            },
        ),
        # a name with other words is not a bare code: the vitamin D receptor stays the vocabulary's
        (
            "Calcifediol for rickets\n\nCalcifediol binds to the vitamin D receptor.",
            {("calcifediol", "bindsTo", "calcitriol-receptor", False, "Asserted")},
        ),
    ],
)
def test_target_families(lexicon, text, expected):
    assert certainty_claims(text, lexicon, ".md") == expected


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("beta receptors", "beta adrenergic receptors"),
        ("alpha-1 receptor", "alpha-1 adrenergic receptor"),
        ("β2 receptors", "beta2 adrenergic receptors"),
        ("D2 receptors", "dopamine D2 receptors"),
        ("m1 receptor", "muscarinic m1 receptor"),
        ("H1 receptors", "histamine H1 receptors"),
        ("PDE5 enzyme", "phosphodiesterase 5"),
        # near misses: a code outside the family's range, a name with other words, no code
        ("D7 receptors", None),
        ("vitamin D receptor", None),
        ("dopamine D2 receptor", None),
        ("opioid receptors", None),
        ("beta blockers", None),
    ],
)
def test_family_named(name, family):
    assert family_named(name) == family
