"""Decision 0863: the measure reads British and American spellings of a name, and a substance's international and US
names, as one name; words that only look alike stay apart. Invented names and claims (other drugs, other wording
than the development texts)."""

from __future__ import annotations

import doctest

import pytest

from base.errors import DrugkgError
from graph_build.claims import Claim, Evidence
from graph_build.text import spelling_variants
from graph_build.text.evaluate import concept_keys, one_concept_one_name, score
from graph_build.text.spelling_variants import one_spelling, rules
from graph_build.text.vocabularies import look_up as look_up_record


def test_the_modules_doctests():
    assert doctest.testmod(spelling_variants, optionflags=doctest.ELLIPSIS).failed == 0


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("haemorrhage", "hemorrhage"),
        ("haematoma", "hematoma"),
        ("oestrogen", "estrogen"),
        ("anaemia", "anemia"),
        ("subarachnoid-haemorrhage", "subarachnoid-hemorrhage"),
        ("haemorrhagic-stroke", "hemorrhagic-stroke"),
        ("ischaemic-colitis", "ischemic-colitis"),
        ("hyponatraemia", "hyponatremia"),
        ("paraesthesia", "paresthesia"),
        ("oesophageal-varices", "esophageal-varices"),
        ("cerebral-oedema", "cerebral-edema"),
        ("post-operative-diarrhoea", "post-operative-diarrhea"),
        ("sleep-apnoea", "sleep-apnea"),
        ("paediatric-migraine", "pediatric-migraine"),
        ("skin-discolouration", "skin-discoloration"),
        ("brain-tumour", "brain-tumor"),
        ("gnrh-analogue", "gnrh-analog"),
        ("insulin-signalling", "insulin-signaling"),
        ("platelet-sensitisation", "platelet-sensitization"),
        ("sulphonamide-allergy", "sulfonamide-allergy"),
        ("aluminium-hydroxide", "aluminum-hydroxide"),
        # a substance's international and US names inside a longer name (decision 0863's substance rows)
        ("synaptic-noradrenaline", "synaptic-norepinephrine"),
        ("noradrenaline-reuptake-inhibition", "norepinephrine-reuptake-inhibition"),
        ("adrenaline-release", "epinephrine-release"),
        ("adrenaline", "epinephrine"),
        ("ciclosporin-blood-level", "cyclosporine-blood-level"),
        ("paracetamol-overdose", "acetaminophen-overdose"),
    ],
)
def test_the_same_words_up_to_spelling_are_one_name(british, american, lexicon):
    assert concept_keys(british, lexicon) & concept_keys(american, lexicon)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("haemophilia", "hemophilia-a"),  # a narrower concept, whatever the spelling
        ("haemorrhagic-stroke", "ischemic-stroke"),
        ("hyperkalaemia", "hypokalemia"),
        ("noradrenaline", "adrenaline"),  # two substances: never one by their US names
        ("synaptic-noradrenaline", "synaptic-epinephrine"),
        ("noradrenaline-reuptake-inhibition", "serotonin-reuptake-inhibition"),
        ("oestrogen-receptor", "estrogen-receptor-beta"),
        ("four-hour-fast", "for-hour-fast"),
    ],
)
def test_names_that_are_not_the_same_words_stay_apart(one, other, lexicon):
    assert not concept_keys(one, lexicon) & concept_keys(other, lexicon)


@pytest.mark.parametrize(
    "word",
    [
        # "ae", "oe", "our", "re", "ise", "lyse" in words that hold no British spelling
        "aerosol",
        "anaerobic",
        "vertebrae",
        "algae",
        "maestro",
        "toe",
        "shoe",
        "does",
        "poem",
        "four",
        "hour",
        "sour",
        "flour",
        "acre",
        "massacre",
        "meagre",
        "disease",
        "rise",
        "arise",
        "raise",
        "praise",
        "bruise",
        "noise",
        "analysis",
        "paralysis",
        "dialysis",
        "lysed",
        "noradrenergic",
        "adrenergic",
        "epinephrine",
        "norepinephrine",
        "hemophilia a",
    ],
)
def test_words_that_only_look_alike_are_left_alone(word):
    assert one_spelling(word) == word


def test_every_rows_examples_change_once_and_for_all():
    spellings, _ = rules()
    for row in spellings:
        for example in row.examples:
            american = one_spelling(example)
            assert american != example, (row.british, example)
            assert one_spelling(american) == american, (row.british, example)  # (an American name reads as itself)


def test_a_substance_row_names_one_record_of_its_vocabulary():
    _, substances = rules()
    assert {row.international for row in substances} >= {"noradrenaline", "adrenaline"}
    for row in substances:
        assert one_spelling(row.international) == row.us
        if row.vocabulary == "drug-vocabulary":
            ids = {name: look_up_record(name) for name in (row.international, row.us)}
            assert all(found is not None and row.record in found.entity.exact for found in ids.values()), row
        else:
            assert row.record.startswith("MESH:") and row.note, row


def test_the_drug_vocabulary_joins_noradrenaline_whole_but_not_adrenaline(lexicon):
    # why the adrenaline row cites MeSH: the drug package lists only adrenaline's salts under epinephrine
    assert "DRUGBANK:DB00368" in concept_keys("noradrenaline", lexicon)
    assert "DRUGBANK:DB00668" not in concept_keys("adrenaline", lexicon)


def test_a_bad_row_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "spellings.yaml"
    path.write_text("spellings:\n  - {british: Haem, american: hem, where: inside, examples: [haem]}\n")
    with pytest.raises(DrugkgError, match=r"spellings\.yaml"):
        rules(path)
    path.write_text("spellings:\n  - {british: haem, american: hem, where: middle, examples: [haem]}\n")
    with pytest.raises(DrugkgError, match=r"spellings\.yaml"):
        rules(path)
    path.write_text("substances:\n  - {international: adrenaline, us: epinephrine}\n")
    with pytest.raises(DrugkgError, match=r"spellings\.yaml"):
        rules(path)


EV = [Evidence("leaflet", "q", 0, 1)]


def claim(subject: str, predicate: str, obj: str, negated: bool = False) -> Claim:
    return Claim(subject, predicate, obj, negated=negated, evidence=EV)


def test_score_counts_a_name_in_the_other_spelling_as_found(lexicon):
    gold = [
        claim("dabigatran", "hasAdverseEffect", "haemorrhage"),
        claim("dabigatran", "contraindicatedIn", "haemorrhagic-stroke"),
        claim("dabigatran", "contraindicatedIn", "haemophilia"),
        claim("reboxetine", "hasMechanismOfAction", "noradrenaline-reuptake-inhibition"),
        claim("noradrenaline-reuptake-inhibition", "increases", "synaptic-noradrenaline"),
        claim("reboxetine", "hasAdverseEffect", "oedema", negated=True),
    ]
    found = [
        claim("dabigatran", "hasAdverseEffect", "hemorrhage"),
        claim("dabigatran", "contraindicatedIn", "hemorrhagic-stroke"),
        claim("dabigatran", "contraindicatedIn", "hemophilia-a"),
        claim("reboxetine", "hasMechanismOfAction", "norepinephrine-reuptake-inhibition"),
        claim("norepinephrine-reuptake-inhibition", "increases", "synaptic-norepinephrine"),
        claim("reboxetine", "hasAdverseEffect", "edema"),  # (the gold's denial, asserted: a polarity difference)
    ]
    r = score(one_concept_one_name(gold, found, lexicon), found)
    assert (r.overall.true_positives, r.overall.false_positives, r.overall.false_negatives) == (4, 2, 2)
    assert r.missed == [
        ("leaflet", "dabigatran", "contraindicatedIn", "haemophilia", False),
        ("leaflet", "reboxetine", "hasAdverseEffect", "edema", True),
    ]
    assert r.spurious == [
        ("leaflet", "dabigatran", "contraindicatedIn", "hemophilia-a", False),
        ("leaflet", "reboxetine", "hasAdverseEffect", "edema", False),
    ]
    assert (r.compared, r.negation_accuracy) == (5, 0.8)


def test_score_keeps_a_gold_name_the_extractor_uses_or_two_of_its_names_share_as_written(lexicon):
    # as for every identity of decision 0687: the gold's name taken by the extractor's own name, only where one
    # name of the extractor's is that concept and the gold's name is none of the extractor's
    gold = [claim("tranexamic-acid", "treats", "haemorrhage")]
    found = [claim("tranexamic-acid", "treats", "hemorrhage"), claim("tranexamic-acid", "isA", "haemorrhage")]
    r = score(one_concept_one_name(gold, found, lexicon), found)
    assert (r.overall.true_positives, r.overall.false_positives, r.overall.false_negatives) == (0, 2, 1)
    gold = [claim("rivaroxaban", "hasAdverseEffect", "haematoma")]
    found = [claim("rivaroxaban", "hasAdverseEffect", "hematoma"), claim("rivaroxaban", "isA", "hematomas")]
    r = score(one_concept_one_name(gold, found, lexicon), found)
    assert r.missed == [("leaflet", "rivaroxaban", "hasAdverseEffect", "haematoma", False)]


def test_score_without_a_spelling_difference_is_unchanged(lexicon):
    gold = [claim("apixaban", "hasAdverseEffect", "nosebleed"), claim("apixaban", "treats", "atrial-fibrillation")]
    found = [claim("apixaban", "hasAdverseEffect", "nosebleeds"), claim("apixaban", "treats", "pulmonary-embolism")]
    r = score(one_concept_one_name(gold, found, lexicon), found)
    assert (r.overall.true_positives, r.overall.false_positives, r.overall.false_negatives) == (1, 1, 1)
