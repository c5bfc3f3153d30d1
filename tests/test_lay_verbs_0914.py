"""Decision 0914: the lay verbs of a mechanism step. "raise(s)", "boost(s)", "lift(s) the" raise what stands right
after them, "cut(s) the", "dampen(s)", "damp(s) down", "bring(s) down" lower it; a mention further on, or one joined
to it by no list, is no object; "raised" after "down" is an adjective; a condition "coming back" is its return, no
object; "cut the risk of Y" is no side effect. Each case asserts the whole set of claims the short text gives:
(subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "raises" a quantity right after it
        (
            "Hydrocortisone for Addison's disease\n\nHydrocortisone raises blood sugar.",
            {("hydrocortisone", "increases", "blood-glucose", False, "Asserted")},
        ),
        # "dampens", "cuts the supply of": the step before lowers what stands right after the verb
        (
            "Tofacitinib for arthritis\n\nTofacitinib blocks JAK enzymes. This dampens the inflammation in the joints.",
            {
                ("tofacitinib", "bindsTo", "jak-enzyme", False, "Asserted"),
                ("tofacitinib", "hasMechanismOfAction", "jak-enzyme-inhibition", False, "Asserted"),
                ("jak-enzyme-inhibition", "decreases", "inflammation", False, "Asserted"),
            },
        ),
        (
            "Fluconazole for thrush\n\nFluconazole blocks lanosterol 14-alpha-demethylase. This cuts the supply of "
            "ergosterol.",
            {
                ("fluconazole", "bindsTo", "lanosterol-14-alpha-demethylase", False, "Asserted"),
                (
                    "fluconazole",
                    "hasMechanismOfAction",
                    "lanosterol-14-alpha-demethylase-inhibition",
                    False,
                    "Asserted",
                ),
                ("lanosterol-14-alpha-demethylase-inhibition", "decreases", "ergosterol", False, "Asserted"),
            },
        ),
        # "brings down raised eye pressure": lowered, and "raised" is the pressure's state, nothing raised
        (
            "Latanoprost for glaucoma\n\nLatanoprost brings down raised eye pressure.",
            {("latanoprost", "decreases", "intraocular-pressure", False, "Asserted")},
        ),
        # a mention further on than the verb's own object is no object
        (
            "Tofacitinib for arthritis\n\nBecause tofacitinib damps down the immune system, infections are common.",
            set(),
        ),
        ("Loprazolam for insomnia\n\nLoprazolam works by boosting the brain's natural calming chemical, GABA.", set()),
        # a lowered chance of a condition coming back is its return: no decrease of it, and no side effect
        ("Anastrozole for breast cancer\n\nAnastrozole is taken to cut the risk of the cancer coming back.", set()),
        ("Anastrozole for breast cancer\n\nAnastrozole is taken to lower the chance of the cancer returning.", set()),
        # "cuts" as a noun is no verb
        ("Ibuprofen gel for sprains\n\nDo not put the gel on cuts or broken skin.", set()),
    ],
)
def test_lay_verbs(text, expected, lexicon):
    assert claims(text, lexicon) == expected
