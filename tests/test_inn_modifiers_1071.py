"""Decision 1071: a drug named without its INN modifier word ("certolizumab" for the record "certolizumab pegol",
"dornase" for "dornase alfa", "cromolyn" for "cromolyn sodium") is that record, one drug and one node, only when one
record has the bare name. Near misses: a prodrug's ester (azilsartan is the active substance azilsartan medoxomil
becomes: it keeps its own name, never the ester's identifier), a bare name two records share (agalsidase alfa and
beta), a body's own protein (thrombin), an anion that names every salt of its acid (mycophenolate, read as the acid
by the salt reading), a bare name the package files under another record (somatropin). The sentences and documents
are invented."""

import pytest
from extracting import rule_claims

from graph_build.text import vocabularies
from graph_build.text.recognise import recognise

claims = rule_claims

CASES = [
    # a prodrug's ester is another substance: the bare active name keeps its own node (the lead, at merge)
    (
        "Her doctor prescribed azilsartan, a blood pressure tablet sold as Edarbi. It can make you dizzy.\n",
        {("azilsartan", "hasAdverseEffect", "dizziness", False, "Asserted", "rule:adverse-cue")},
    ),
    (
        "# Azilsartan medoxomil\n\nAzilsartan medoxomil is a blood pressure tablet. It can make you dizzy.\n",
        {
            ("azilsartan-medoxomil", "hasAdverseEffect", "dizziness", False, "Asserted", "rule:adverse-cue"),
            ("azilsartan-medoxomil", "isA", "antihypertensive-agent", False, "Asserted", "rule:class-membership"),
        },
    ),
    (
        "# Dornase\n\nDornase is breathed in through a nebuliser. It can cause a sore throat.\n",
        {("dornase-alfa", "hasAdverseEffect", "pharyngalgia", False, "Asserted", "rule:adverse-cue")},
    ),
    # denials keep their polarity on the record's node
    (
        "# Cromolyn\n\nCromolyn is not a steroid. It doesn't interact with ibuprofen.\n",
        {
            ("cromolyn-sodium", "interactsWith", "ibuprofen", True, "Asserted", "rule:interaction-denied"),
            ("cromolyn-sodium", "isA", "corticosteroid", True, "Asserted", "rule:class-negated"),
        },
    ),
    # near misses: two records share the bare name; a body protein; an anion; a name another record holds
    ("# Agalsidase\n\nAgalsidase is given as a drip. It can cause a fever.\n", set()),
    (
        "# Dabigatran\n\nDabigatran blocks thrombin. It can cause bleeding.\n",
        {("dabigatran", "hasAdverseEffect", "hemorrhage", False, "Asserted", "rule:adverse-cue")},
    ),
    (
        "# Mycophenolate\n\nMycophenolate can cause diarrhoea.\n",
        {("mycophenolic-acid", "hasAdverseEffect", "diarrhea", False, "Asserted", "rule:adverse-cue")},
    ),
    ("# Somatropin\n\nSomatropin is given as an injection. It can cause headaches.\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "slug"),
    [
        ("Her rheumatologist suggested certolizumab.", "certolizumab-pegol"),
        ("Her rheumatologist suggested certolizumab pegol.", "certolizumab-pegol"),
    ],
)
def test_bare_name_is_the_record(sentence, slug, lexicon):
    mentions, _ = recognise(sentence, lexicon)
    assert [m.slug for m in mentions] == [slug]


@pytest.mark.parametrize(
    ("label", "bare"),
    [
        ("certolizumab pegol", "certolizumab"),
        ("azilsartan medoxomil", None),  # a prodrug's ester: another substance than its bare name
        ("cromolyn sodium", "cromolyn"),
        ("dornase alfa", "dornase"),
        ("thrombin alfa", None),  # the body's own protein: no protein stem
        ("mycophenolate mofetil", None),  # an anion names every salt of its acid
        ("rurioctocog alfa pegol", None),  # the bare "rurioctocog alfa" is another product
        ("idarucizumab", None),
    ],
)
def test_bare_name(label, bare):
    assert vocabularies.bare_name(label) == bare


def test_only_one_record():
    spelt = vocabularies._spellings()[0]
    assert spelt["certolizumab"] == ["certolizumab pegol"]
    assert "agalsidase" not in spelt  # agalsidase alfa and agalsidase beta
    assert "somatropin" not in spelt  # the package's human growth hormone
