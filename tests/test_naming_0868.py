"""Decisions 0868, 0873 and 0881: one concept, one name in the measure - a rash, a salt's drug, an eponym's possessive.

Invented gold/found lists (other drugs, other documents than the development sets); exact `score` results."""

import pytest

from graph_build.claims import Claim, Evidence
from graph_build.text.evaluate import concept_keys, one_concept_one_name, restrictions_named, score

EV = [Evidence("d", "q", 0, 1)]


def scored(gold: list[tuple], found: list[tuple], lexicon) -> tuple:
    g = [Claim(s, p, o, negated=n, evidence=EV) for s, p, o, n in gold]
    f = [Claim(s, p, o, negated=n, evidence=EV) for s, p, o, n in found]
    r = score(one_concept_one_name(g, f, lexicon), f)
    o = r.overall
    return (o.true_positives, o.false_positives, o.false_negatives), r.missed, r.spurious, r.negation_accuracy


def shared(a: str, b: str, lexicon) -> bool:
    return bool(concept_keys(a, lexicon) & concept_keys(b, lexicon))


@pytest.mark.parametrize(
    ("gold", "found"),
    [
        ("rash", "exanthema"),  # MeSH D005076's preferred concept: Exanthema, Exanthem, Rash, Skin Rash
        ("skin-rash", "exanthema"),
        ("wilsons-disease", "hepatolenticular-degeneration"),  # the possessive, its apostrophe lost in a slug
        ("wilson-disease", "hepatolenticular-degeneration"),  # the eponym the record also lists in the possessive
        ("crohns-disease", "crohn-disease"),
        ("addisons-disease", "addison-disease"),
        ("alzheimers-disease", "alzheimer-disease"),
        ("hashimotos-thyroiditis", "hashimoto-thyroiditis"),
        ("menieres-disease", "meniere-disease"),
        ("sodium-picosulfate", "picosulfuric-acid"),  # DrugBank files the salt under the acid
        ("picosulfate-sodium", "picosulfuric-acid"),
        # the anion's record is the same cation's salt under its US name (decision 0873)
        ("sodium-cromoglicate", "cromolyn-sodium"),
        ("cromoglicate-sodium", "cromolyn-sodium"),
        # an allergy to one drug under two of its names (decision 0881)
        ("dithranol-hypersensitivity", "anthralin-hypersensitivity"),
        ("anthralin-allergy", "dithranol-hypersensitivity"),
    ],
)
def test_one_concept_under_two_names_shares_a_key(gold, found, lexicon):
    assert shared(gold, found, lexicon)


@pytest.mark.parametrize(
    ("gold", "found"),
    [
        ("orthopnea", "dyspnea"),  # MeSH files the narrower concept as an entry term of the heading
        ("micturition-syncope", "syncope"),
        ("maculopathy", "macular-degeneration"),
        ("deep-vein-thrombosis", "venous-thrombosis"),
        ("wheezing", "respiratory-sounds"),
        ("rebound-insomnia", "insomnia"),
        ("haemophilia", "hemophilia-a"),
        ("rash", "urticaria"),
        ("rash", "skin-diseases"),
        ("potassium-chloride", "hydrochloric-acid"),  # no "-ate" anion: no salt read
        ("sodium-bicarbonate", "bicarbonate"),
        ("sodium-valproate", "picosulfuric-acid"),  # two drugs' salts stay two drugs
        ("potassium-cromoglicate", "cromolyn-sodium"),  # another cation's salt is not the record's (0873)
        ("sodium-cromoglicate", "sodium-valproate"),
        ("dithranol-hypersensitivity", "dithranol"),  # the allergy is not the drug (0881)
        ("dithranol-hypersensitivity", "drug-hypersensitivity"),  # nor any drug allergy
        ("pentosan-hypersensitivity", "pentosan-polysulfate-hypersensitivity"),  # "pentosan" names no record
        ("wilsons-disease", "liver-failure"),
    ],
)
def test_a_broader_narrower_or_other_concept_shares_none(gold, found, lexicon):
    assert not shared(gold, found, lexicon)


def test_score_takes_the_rash_the_extractor_names_exanthema(lexicon):
    gold = [("nifedipine", "hasAdverseEffect", "rash", False), ("nifedipine", "hasAdverseEffect", "headache", False)]
    found = [("nifedipine", "hasAdverseEffect", "exanthema", False), ("nifedipine", "hasAdverseEffect", "cough", False)]
    assert scored(gold, found, lexicon) == (
        (1, 1, 1),
        [("d", "nifedipine", "hasAdverseEffect", "headache", False)],
        [("d", "nifedipine", "hasAdverseEffect", "cough", False)],
        1.0,
    )


def test_score_joins_a_salt_with_its_acid_and_a_possessive_eponym(lexicon):
    gold = [
        ("sodium-picosulfate", "isA", "laxative", False),
        ("penicillamine", "treats", "wilsons-disease", False),
        ("penicillamine", "treats", "cystinuria", True),
    ]
    found = [
        ("picosulfuric-acid", "isA", "laxative", False),
        ("penicillamine", "treats", "hepatolenticular-degeneration", False),
        ("penicillamine", "treats", "cystinuria", False),
    ]
    assert scored(gold, found, lexicon) == (
        (2, 1, 1),
        [("d", "penicillamine", "treats", "cystinuria", True)],
        [("d", "penicillamine", "treats", "cystinuria", False)],
        2 / 3,
    )


def test_score_keeps_a_narrower_gold_name_apart(lexicon):
    ae = "hasAdverseEffect"
    gold = [("amlodipine", ae, "orthopnea", False), ("amlodipine", ae, "rash", True)]
    found = [("amlodipine", ae, "dyspnea", False), ("amlodipine", ae, "urticaria", True)]
    assert scored(gold, found, lexicon) == (
        (0, 2, 2),
        [("d", "amlodipine", ae, "orthopnea", False), ("d", "amlodipine", ae, "rash", True)],
        [("d", "amlodipine", ae, "dyspnea", False), ("d", "amlodipine", ae, "urticaria", True)],
        None,
    )


def test_a_gold_name_the_extractor_also_uses_stays_as_written(lexicon):
    gold = [("x-drug", "hasAdverseEffect", "rash", False)]
    found = [("x-drug", "hasAdverseEffect", "rash", False), ("x-drug", "hasAdverseEffect", "exanthema", False)]
    assert scored(gold, found, lexicon)[0] == (1, 1, 0)


def test_score_reads_a_restriction_the_gold_builds_into_its_name_as_the_extractors_qualifier(lexicon):
    """Decision 0881: "severe-kidney-disease" is `kidney-diseases` with severity severe; the bare condition (which
    forbids the drug in every degree of it) and another restriction stay unmatched."""
    gold = [
        Claim("zotepine", "contraindicatedIn", "severe-kidney-disease", evidence=EV),
        Claim("zotepine", "contraindicatedIn", "recent-myocardial-infarction", evidence=EV),
        Claim("zotepine", "contraindicatedIn", "severe-liver-disease", evidence=EV),
    ]
    found = [
        Claim("zotepine", "contraindicatedIn", "kidney-diseases", qualifiers=(("severity", ("severe",)),), evidence=EV),
        Claim("zotepine", "contraindicatedIn", "myocardial-infarction", evidence=EV),
        Claim("zotepine", "contraindicatedIn", "liver-disease", qualifiers=(("severity", ("mild",)),), evidence=EV),
    ]
    r = score(one_concept_one_name(restrictions_named(gold, found, lexicon), found, lexicon), found)
    assert (r.overall.true_positives, r.overall.false_positives, r.overall.false_negatives) == (1, 2, 2)
    assert {m[3] for m in r.missed} == {"recent-myocardial-infarction", "severe-liver-disease"}
    assert {m[3] for m in r.spurious} == {"myocardial-infarction", "liver-disease"}
