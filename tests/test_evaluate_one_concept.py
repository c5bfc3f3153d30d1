"""evaluate.one_concept_one_name (decision 0687): a gold entity and an extracted one are one entity when their names,
read whole, are one concept of a vocabulary (one term with its synonyms, one lexicon entry, one exact CURIE), and
never when one is broader, narrower or merely shares words."""

import pytest

from graph_build.claims import Claim, Evidence
from graph_build.text.evaluate import concept_keys, one_concept_one_name

EV = [Evidence("d", "q", 0, 1)]


@pytest.mark.parametrize(
    ("gold", "found"),
    [
        ("squalene-epoxidase", "squalene-monooxygenase"),  # an MeSH entry term and its heading
        ("squalene-epoxidase-inhibition", "squalene-monooxygenase-inhibition"),  # one action on that one target
        ("cardiac-arrhythmias", "arrhythmia"),  # one HPO term
        ("irritable-mood", "irritability"),  # a lexicon entry and the term carrying its exact CURIE
        ("opioid-antagonist", "narcotic-antagonist"),
        ("antiparasitic-agents", "antiparasitic-agent"),  # a class in either number
        ("beta-blocker", "adrenergic-beta-antagonists"),
        # the label of the MeSH heading the lexicon maps its entry to exactly (five words: beyond the index)
        ("sleep-initiation-and-maintenance-disorders", "insomnia"),
        # a pharmacokinetic parameter under its short name, Tmax (decision 0895)
        ("time-to-peak", "time-to-peak-concentration"),
        ("tmax", "time-to-peak-concentration"),
    ],
)
def test_one_concept_under_two_names_is_one_entity(gold, found, lexicon):
    assert concept_keys(gold, lexicon) & concept_keys(found, lexicon)


@pytest.mark.parametrize(
    ("gold", "found"),
    [
        ("pulmonary-hypertension", "hypertension"),  # a narrower disease
        ("type-2-diabetes-mellitus", "diabetes-mellitus"),
        ("tricyclic-antidepressant", "antidepressant"),  # a narrower class
        ("amitriptyline", "antidepressant"),  # a member and its class
        ("adrenergic-beta-3-receptor-agonist", "adrenergic-agonist"),
        ("focal-seizure", "seizure"),
        ("pneumonitis", "pneumonia"),  # names that share a stem
        ("time-to-peak-effect", "time-to-peak-concentration"),  # a pharmacodynamic time is another parameter
        ("time-to-peak-effect", "time-to-peak"),
        ("effective-half-life", "elimination-half-life"),
        ("migraine", "headache"),
        ("anti-anxiety-agent", "anxiolytic-effect"),  # a class and an effect (the term is of another class)
        ("bipolar-depression", "bipolar-disorder"),  # entry terms filed under a broader concept
        ("antispasmodic-agent", "parasympatholytic"),
        ("disease-modifying-antirheumatic-drug", "antirheumatic-agent"),
        ("opioid", "opioid-analgesic"),
        ("spasm", "muscle-cramp"),  # two lexicon entries, though an HPO term lists both names
        ("hypnotic", "sedative"),  # two lexicon entries under one MeSH heading ("Hypnotics and Sedatives")
        ("anti-anxiety-agent", "anxiolytic-effect"),
        ("squalene-epoxidase-inhibition", "squalene-epoxidase-activation"),  # another action on one target
        ("unheard-of-thing", "unheard-of-thing-two"),  # names no one knows match only themselves
    ],
)
def test_broader_narrower_or_other_concepts_stay_apart(gold, found, lexicon):
    assert not concept_keys(gold, lexicon) & concept_keys(found, lexicon)


def test_the_gold_takes_the_extracted_name_only_when_it_is_unambiguous_and_unused(lexicon):
    gold = [
        Claim("terbinafine", "bindsTo", "squalene-epoxidase", evidence=EV),
        Claim("drug-a", "isA", "glucocorticoids", evidence=EV),
        Claim("drug-b", "hasAdverseEffect", "cardiac-arrhythmias", evidence=EV),
        Claim("drug-c", "hasAdverseEffect", "pulmonary-hypertension", evidence=EV),
    ]
    found = [
        Claim("terbinafine", "bindsTo", "squalene-monooxygenase", evidence=EV),
        Claim("drug-a", "isA", "glucocorticoid", evidence=EV),
        Claim("drug-b", "hasAdverseEffect", "arrhythmia", evidence=EV),
        Claim("drug-b", "hasAdverseEffect", "cardiac-arrhythmias", evidence=EV),  # the gold's own name is used
        Claim("drug-c", "hasAdverseEffect", "hypertension", evidence=EV),
    ]
    assert {(c.subject, c.predicate, c.object) for c in one_concept_one_name(gold, found, lexicon)} == {
        ("terbinafine", "bindsTo", "squalene-monooxygenase"),
        ("drug-a", "isA", "glucocorticoid"),
        ("drug-b", "hasAdverseEffect", "cardiac-arrhythmias"),
        ("drug-c", "hasAdverseEffect", "pulmonary-hypertension"),
    }


def test_a_class_in_either_number_is_one_concept(lexicon):
    assert concept_keys("laxative", lexicon) & concept_keys("laxatives", lexicon)


def test_a_subtype_code_written_in_a_slug_is_read_with_its_hyphen(lexicon):
    # "alpha-2-adrenergic-agonist" names "alpha-2 adrenergic agonist", MeSH's Adrenergic alpha-2 Receptor Agonists
    assert concept_keys("alpha-2-adrenergic-agonist", lexicon) & concept_keys(
        "adrenergic-alpha-2-receptor-agonist", lexicon
    )
    assert not concept_keys("alpha-2-adrenergic-agonist", lexicon) & concept_keys(
        "adrenergic-alpha-1-receptor-agonist", lexicon
    )
