"""Contraindications and classes read from what the sentence does not say (decision 0877), on invented sentences
with other drugs, conditions and wording (exact claim sets, polarity and certainty included).

1. A class after "an add-on to", "instead of" or "such as" is what the drug is used with, in place of, or an example
   of another medicine: no class of the drug; "an add-on to another Y" still makes the drug a Y.
2. An example opened by "from" ("bleeding, such as from an ulcer") names the source: the ulcer is neither forbidden
   nor a kind of bleeding; "a reaction to Z" as an example of an allergy makes Z no allergy.
3. "X is an A, a B": B describes X again, it is no kind of A.
4. "Women who have had Y must not take X": Y is forbidden, not every woman.
5. "the shingles vaccine" names a vaccine, no condition; "should avoid touching their eyes" is handling advice.
6. (recall) "has reacted badly to X", "who have had a bad reaction to it before": a past reaction to the drug, read
   as the allergy to it that "allergic to it" names; a reaction named without a history ("this can be a reaction to
   X") or to something else is no allergy to the drug.
7. (recall) Class names by their form with the heads "antibody", "binder", "potentiator", "modifier" (after a
   modifier: "a monoclonal antibody", "a phosphate binder") and the one-word classes "cannabinoid", "prodrug",
   "haemostatic", "vaccine", "contraceptive", in class statements only ("X is not a vaccine": a class denied).
8. (recall) "anyone whose bowel is blocked": the blocked bowel the vocabularies name intestinal obstruction; another
   part or another state names nothing.
"""

from __future__ import annotations

import pytest
from extracting import polarity_claims


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ramipril is used for high blood pressure.\n\nIt is often given as an add-on to a water tablet.",
            {("ramipril", "treats", "hypertension", False, False)},
        ),
        (
            "Ezetimibe lowers cholesterol.\n\nIt is used as an add-on when a statin is not enough, or instead of a"
            " statin.",
            set(),
        ),
        (
            "Lacosamide is used for focal seizures, often as an add-on to another epilepsy medicine.",
            {
                ("lacosamide", "isA", "antiepileptic-drug", False, False),
                ("lacosamide", "treats", "focal-onset-seizure", False, False),
            },
        ),
        (
            "Eplerenone is used for heart failure.\n\nIf it is not enough, a second medicine, such as a beta blocker,"
            " is added to it.",
            {("eplerenone", "treats", "heart-failure", False, False)},
        ),
        (
            "Dabigatran must not be used by anyone who is bleeding, for example from a stomach ulcer.",
            {("dabigatran", "contraindicatedIn", "hemorrhage", False, False)},
        ),
        (
            "Apixaban must not be taken by people who are bleeding, such as from a duodenal ulcer.",
            {("apixaban", "contraindicatedIn", "hemorrhage", False, False)},
        ),
        (
            "Tramadol is an opioid, a strong painkiller.",
            {("tramadol", "isA", "analgesic", False, False), ("tramadol", "isA", "opioid", False, False)},
        ),
        (
            "Women who have had breast cancer must not take tibolone.",
            {("tibolone", "contraindicatedIn", "breast-carcinoma", False, False)},
        ),
        (
            "Men who have recently had a heart attack must not take sildenafil.",
            {("sildenafil", "contraindicatedIn", "myocardial-infarction", False, False)},
        ),
        (
            "Methotrexate treats psoriasis.\n\nLive vaccines, such as the shingles vaccine, must not be given while"
            " you are taking methotrexate.",
            {
                ("methotrexate", "interactsWith", "live-vaccine", False, False),
                ("methotrexate", "treats", "psoriasis", False, False),
            },
        ),
        (
            "Terbinafine cream treats athlete's foot.\n\nPeople who have eczema should avoid touching their eyes after"
            " using it.",
            {  # (and the form named with the drug: decision 0908)
                ("terbinafine", "treats", "tinea-pedis", False, False),
                ("terbinafine", "hasFormulation", "cream", False, False),
            },
        ),
        (
            "Naproxen treats gout.\n\nPeople who have kidney disease should avoid taking it.",
            {
                ("naproxen", "contraindicatedIn", "kidney-diseases", False, False),
                ("naproxen", "treats", "gout", False, False),
            },
        ),
    ],
)
def test_withheld_and_kinds_0877(lexicon: dict, text: str, expected: set) -> None:
    assert polarity_claims(text, lexicon) == expected


def test_a_reaction_to_is_no_kind_of_allergy(lexicon: dict) -> None:
    text = "Omalizumab is not a treatment for an ordinary allergy, such as a reaction to a bee sting."
    assert polarity_claims(text, lexicon, "isA") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Montelukast treats asthma.\n\nPeople who have had a bad reaction to montelukast before must not use it"
            " again.",
            {
                ("montelukast", "contraindicatedIn", "montelukast-hypersensitivity", False, False),
                ("montelukast", "treats", "asthma", False, False),
            },
        ),
        (
            "Penicillamine treats Wilson's disease.\n\nAnyone who has reacted badly to penicillamine in the past must"
            " not be given it again.",
            {
                ("penicillamine", "contraindicatedIn", "penicillamine-hypersensitivity", False, False),
                ("penicillamine", "treats", "hepatolenticular-degeneration", False, False),
            },
        ),
        (
            "Omalizumab treats asthma.\n\nOmalizumab must not be given to anyone who has reacted badly to it before.",
            {
                ("omalizumab", "contraindicatedIn", "omalizumab-hypersensitivity", False, False),
                ("omalizumab", "treats", "asthma", False, False),
            },
        ),
        (
            "Omalizumab treats asthma.\n\nA flare in the first week can be a reaction to the weather, not to"
            " omalizumab.",
            {("omalizumab", "treats", "asthma", False, False)},
        ),
    ],
)
def test_past_reaction_is_an_allergy_0877(lexicon: dict, text: str, expected: set) -> None:
    assert polarity_claims(text, lexicon) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Infliximab is a monoclonal antibody.",
            {("infliximab", "isA", "monoclonal-antibody", False, False)},
        ),
        (
            "Sevelamer treats high phosphate levels.\n\nSevelamer is a phosphate binder.",
            {("sevelamer", "isA", "phosphate-binder", False, False)},
        ),
        (
            "Dronabinol is a synthetic cannabinoid.",
            {("dronabinol", "isA", "cannabinoid", False, False)},
        ),
        (
            "Famciclovir is a prodrug: the liver turns it into penciclovir.",
            {("famciclovir", "isA", "prodrug", False, False)},
        ),
        (
            "Tranexamic acid is a haemostatic, a medicine that helps blood to clot.",
            {("tranexamic-acid", "isA", "hemostatics", False, False)},
        ),
        (
            "Tenofovir treats hepatitis B.\n\nTenofovir is not a vaccine.",
            {("tenofovir", "isA", "vaccine", True, False)},
        ),
        (
            "Tranexamic acid treats heavy periods.\n\nIt is not a contraceptive.",
            {("tranexamic-acid", "isA", "contraceptive-agent", True, False)},
        ),
        # (a bare "antibody" names no class; antibodies the body makes are none)
        ("The drug is an antibody.", set()),
        ("Infliximab treats Crohn's disease.\n\nSome people make antibodies against it.", set()),
    ],
)
def test_class_names_by_form_0877(lexicon: dict, text: str, expected: set) -> None:
    assert polarity_claims(text, lexicon, "isA") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Loperamide treats diarrhoea.\n\nIt must not be used by anyone whose bowel is blocked.",
            {
                ("loperamide", "contraindicatedIn", "intestinal-obstruction", False, False),
                ("loperamide", "treats", "diarrhea", False, False),
            },
        ),
        (
            "Bisacodyl treats constipation.\n\nPeople whose bowels are obstructed should not take bisacodyl.",
            {
                ("bisacodyl", "contraindicatedIn", "intestinal-obstruction", False, False),
                ("bisacodyl", "treats", "constipation", False, False),
            },
        ),
        (
            "Loperamide treats diarrhoea.\n\nIt must not be used by anyone whose bowel is sore.",
            {("loperamide", "treats", "diarrhea", False, False)},
        ),
    ],
)
def test_owned_states_0877(lexicon: dict, text: str, expected: set) -> None:
    assert polarity_claims(text, lexicon) == expected
