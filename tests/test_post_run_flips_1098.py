"""Decision 1098: run 20's flips, each a general shape of English. "secondary" alone names a course or kind of the
denied condition and stays inside the denial ("not a treatment for secondary progressive MS"); only "secondary to"
opens a new cause. After the cue "as a" the class stands next to it ("caught it as a kid, and finished the
antibiotics" gives no class). A class after "like with" / "as with" is what a noun is compared with ("not a withdrawal
like with sleeping tablets" denies no class). A condition after a verb of causing in a use cue's sentence is an
effect, never a use ("used for a long time, the drops can bring on a cataract"). Each case asserts the whole set of
claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "secondary" inside the denial: the course denied, not asserted
        (
            "Natalizumab for multiple sclerosis\n\nNatalizumab is not a treatment for secondary progressive multiple "
            "sclerosis.",
            {("natalizumab", "treats", "chronic-progressive-multiple-sclerosis", True, "Asserted")},
        ),
        # near miss: the asserted use stays asserted
        (
            "Natalizumab for multiple sclerosis\n\nNatalizumab is a treatment for secondary progressive multiple "
            "sclerosis.",
            {("natalizumab", "treats", "chronic-progressive-multiple-sclerosis", False, "Asserted")},
        ),
        # "as a" names another noun of the story: no class
        (
            "Prednisolone for leprosy reactions\n\nHe had leprosy, caught it as a boy, and finished a year of "
            "antibiotics at the clinic.",
            set(),
        ),
        # near miss: the class right after "as a"
        (
            "Doxycycline for acne\n\nDoxycycline works as an antibiotic.",
            {("doxycycline", "isA", "antibiotic", False, "Asserted")},
        ),
        # a comparison after the denied noun: no class denied
        ("Entecavir for hepatitis B\n\nIt is not a dependence like with sleeping tablets, the virus returns.", set()),
        # near miss: the denied class right after the cue
        (
            "Entecavir for hepatitis B\n\nEntecavir is not an antibiotic.",
            {("entecavir", "isA", "antibiotic", True, "Asserted")},
        ),
        # a verb of causing before the condition: an effect, no use
        ("Dexamethasone eye drops\n\n- used for a long time, steroid drops can bring on glaucoma.", set()),
        # near miss: the use next to the cue
        (
            "Prednisolone eye drops\n\nPrednisolone drops are used for uveitis.",
            {("prednisolone", "treats", "uveitis", False, "Asserted")},
        ),
    ],
)
def test_post_run_flips(lexicon, text, expected):
    assert claims(text, lexicon) == expected
