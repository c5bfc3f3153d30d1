"""Decision 1100: the lay wordings of an adverse effect on a part or a measure of the body (lay_effects.py). A verb of
lowering before the platelets ("it can lower the platelets") and the noun of a low count ("low platelets") are
thrombocytopenia, an adverse effect and never a condition the drug lowers; a taste with the adjectives of its change
("a bitter or metallic taste in the mouth") and food that "tastes different" are dysgeusia, never the medicine's own
taste ("the liquid has a bitter taste"); a person gaining or losing weight is weight gain or loss, never an aim ("helps
you lose weight") nor an illness's "losing weight without trying"; the mouth said to be dry is dry mouth. Each case
asserts the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences
are invented."""

import re

import pytest
from extracting import certainty_claims

from graph_build.text.lay_effects import LAY_EFFECTS, lowered_count

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal and a lowering verb before the platelets: the drug's thrombocytopenia, hedged as said
        (
            "Thiotepa for bladder cancer\n\nThiotepa may lower the platelets, so you will have blood tests.",
            {("thiotepa", "hasAdverseEffect", "thrombocytopenia", False, "Possible")},
        ),
        # a word of frequency and the plain present
        (
            "Thiotepa for bladder cancer\n\nOccasionally it lowers the number of platelets in the blood.",
            {("thiotepa", "hasAdverseEffect", "thrombocytopenia", False, "Occasional")},
        ),
        # the plain present without a hedge: a medicine for too many platelets lowers them on purpose - nothing
        ("Hydroxycarbamide for thrombocythaemia\n\nHydroxycarbamide lowers the platelet count.", set()),
        # a question is no statement
        ("Thiotepa for bladder cancer\n\nCan thiotepa lower the platelets?", set()),
        # another drug's lowering
        (
            "Thiotepa for bladder cancer\n\nBusulfan may lower the platelets.",
            {("busulfan", "hasAdverseEffect", "thrombocytopenia", False, "Possible")},
        ),
        # the count only: the white cells after it are no object of the lowering verb
        (
            "Thiotepa for bladder cancer\n\nThiotepa may lower the platelets and the white cells.",
            {("thiotepa", "hasAdverseEffect", "thrombocytopenia", False, "Possible")},
        ),
        # list items under a heading of side effects: a low count, a changed taste, weight, a dry mouth
        (
            "Thiotepa for bladder cancer\n\n## Side effects\n\n- low platelets\n"
            "- a bitter or metallic taste in the mouth\n- food tasting odd\n- some people gain weight\n"
            "- the mouth may feel dry",
            {
                ("thiotepa", "hasAdverseEffect", "thrombocytopenia", False, "Asserted"),
                ("thiotepa", "hasAdverseEffect", "dysgeusia", False, "Asserted"),
                ("thiotepa", "hasAdverseEffect", "weight-gain", False, "Occasional"),
                ("thiotepa", "hasAdverseEffect", "xerostomia", False, "Asserted"),
            },
        ),
        # a taste after a verb of causing
        (
            "Clarithromycin for chest infections\n\nClarithromycin can cause a bitter taste in the mouth.",
            {("clarithromycin", "hasAdverseEffect", "dysgeusia", False, "Asserted")},
        ),
        # the medicine's own taste is no effect
        ("Clarithromycin for chest infections\n\nThe liquid has a bitter taste, so mix it with juice.", set()),
        # weight after a verb of making, hedged
        (
            "Quetiapine for bipolar disorder\n\nQuetiapine may make you gain weight.",
            {("quetiapine", "hasAdverseEffect", "weight-gain", False, "Possible")},
        ),
        # an aim is no effect
        ("Liraglutide for obesity\n\nLiraglutide can help you lose weight.", set()),
        # the illness's sign, not the drug's effect, and not this module's name for it
        ("Liraglutide for obesity\n\nHe lost weight without trying before the diagnosis.", set()),
        # the mouth made dry, hedged
        (
            "Tolterodine for an overactive bladder\n\nTolterodine can make your mouth feel dry.",
            {("tolterodine", "hasAdverseEffect", "xerostomia", False, "Asserted")},
        ),
    ],
)
def test_lay_effects(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def _names(text: str) -> list[str]:
    return [name for pattern, name, _ in LAY_EFFECTS if re.search(pattern, text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("It may lower the platelets.", ["thrombocytopenia"]),
        ("a drop in the platelet count", ["thrombocytopenia"]),
        ("platelet transfusions", []),
        ("Some people notice food tastes metallic.", ["dysgeusia"]),
        ("The syrup has a bitter taste.", []),
        ("a taste of home", []),
        ("Some people lose a little weight.", ["weight loss"]),
        ("You need to lose weight.", []),
        ("It helps people lose weight.", []),
        ("My mouth is dry.", ["dry mouth"]),
        ("Let the mouth dry out.", []),
    ],
)
def test_patterns(text, names):
    assert _names(text) == names


def test_lowered_count():
    assert lowered_count("It can lower the platelets.", (13, 26, "thrombocytopenia", "Disease"))
    assert not lowered_count("It can lower the platelets.", (13, 26, "anemia", "Disease"))
