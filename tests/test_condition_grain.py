"""Decision 0698: a condition at the grain the text names it. A site ("scarring of the lungs"), a trigger ("when
standing up"), a time ("after giving birth") or a stage ("end-stage") narrows a condition: the vocabulary's narrower
kind where it knows the composed phrase, else no claim of the bare head; "similar <class>" is no partner. The
sentences are invented; each test asserts the exact set of claims."""

import pytest
from extracting import claims, markdown_claims

from ontology.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site the vocabulary composes: pulmonary fibrosis, never the bare scar
        (
            "Bleomycin can cause scarring of the lungs.",
            {("bleomycin", "hasAdverseEffect", "pulmonary-fibrosis", False)},
        ),
        # two sites sharing one head: two narrower kinds
        (
            "Methysergide can cause scarring of the lungs or of the tissue behind the abdomen.",
            {
                ("methysergide", "hasAdverseEffect", "pulmonary-fibrosis", False),
                ("methysergide", "hasAdverseEffect", "retroperitoneal-fibrosis", False),
            },
        ),
        # a trigger the vocabulary composes: orthostatic hypotension, one effect
        (
            "Prazosin can cause low blood pressure when standing up.",
            {("prazosin", "hasAdverseEffect", "orthostatic-hypotension", False)},
        ),
        # an effect, its trigger and its cause: one effect, not lightheadedness and hypotension
        (
            "Doxazosin can cause feeling faint when standing up, because of low blood pressure.",
            {("doxazosin", "hasAdverseEffect", "orthostatic-hypotension", False)},
        ),
    ],
)
def test_a_narrowed_condition_is_the_vocabularys_narrower_kind(text, expected, lexicon):
    assert {k for k in claims(text, lexicon) if k[1] == "hasAdverseEffect"} == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a time no vocabulary composes: no contraindication for all hypertension
        ("Do not take bromocriptine if you have high blood pressure after giving birth.", "hypertension"),
        # a site no vocabulary composes with the scar: no bare scar
        ("Pergolide can cause **scarring of the heart valves**.", "cicatrix"),
        # a trigger no vocabulary composes with dizziness: no bare dizziness
        ("Tamsulosin can make you dizzy when you stand up.", "dizziness"),
    ],
)
def test_an_unknown_narrower_kind_gives_no_bare_head(text, absent, lexicon):
    assert not [k for k in claims(text, lexicon) if absent in (k[0], k[2])]


def test_a_stage_is_the_vocabularys_stage():
    keys = set(claims("Do not take metformin if you have end-stage kidney failure.", load_lexicon()))
    assert ("metformin", "contraindicatedIn", "chronic-kidney-failure", False) in keys
    assert not [k for k in keys if k[2] == "renal-insufficiency"]


def test_similar_class_is_no_partner(lexicon):
    # "similar antibiotics" means drugs like clarithromycin, not every antibiotic: the class is clarithromycin's, and
    # clarithromycin is the partner named
    text = (
        "# Simvastatin\n\nClarithromycin and similar antibiotics can increase the level of simvastatin in the blood.\n"
    )
    assert markdown_claims(lexicon, text) == {
        ("clarithromycin", "isA", "antibiotic", False),
        ("simvastatin", "interactsWith", "clarithromycin", False),
    }


def test_two_sites_in_a_contraindication_bullet(lexicon):
    text = (
        "# Pergolide\n\nPergolide must not be taken by people who:\n\n"
        "- have had scarring of the lungs or of the tissue behind the abdomen\n- have **heart valve disease**\n"
    )
    keys = {k for k in markdown_claims(lexicon, text) if k[1] == "contraindicatedIn"}
    assert keys == {
        ("pergolide", "contraindicatedIn", "pulmonary-fibrosis", False),
        ("pergolide", "contraindicatedIn", "retroperitoneal-fibrosis", False),
        ("pergolide", "contraindicatedIn", "heart-valve-diseases", False),
    }


def test_a_fall_on_standing_is_no_fall_in_general(lexicon):
    # "lower blood pressure on standing" is orthostatic hypotension, not a lowering of blood pressure in general
    assert set(claims("Pramipexole can lower blood pressure on standing.", lexicon)) == set()
    # without the trigger the lowering stays
    assert set(claims("Lisinopril lowers blood pressure.", lexicon)) == {
        ("lisinopril", "decreases", "blood-pressure", False)
    }
