"""Issue 13, round 4 (docs/decisions/0633): molecular targets and contraindications as UK health pages write them.
Targets spelt in British English (*oestrogen receptors*) are the vocabularies' American names; nuclear receptors are
targets; a target whose MeSH heading is not the name people use is named by its common name (*thyroid peroxidase*,
not Iodide Peroxidase), with the heading's identifiers only; the reader addressed as pregnant or breastfeeding ("if
you are pregnant") is the group forbidden. The sentences are invented from the general patterns with names of the
lexicon and vocabularies."""

import pytest
from extracting import claims

from graph_build.text.vocab_index import british, look_up_entity


@pytest.mark.parametrize(
    ("american", "spelt"),
    [
        ("estrogen receptors", "oestrogen receptors"),
        ("iron deficiency anemia", "iron deficiency anaemia"),
        ("hyperkalemia", "hyperkalaemia"),
        ("peripheral edema", "peripheral oedema"),
        ("hemorrhage", "haemorrhage"),
        ("diarrhea", "diarrhoea"),
        ("pediatric", "paediatric"),
        ("fetal growth", "foetal growth"),
    ],
)
def test_british_spellings_of_american_names(american, spelt):
    assert british(american) == spelt


@pytest.mark.parametrize("word", ["systemic lupus", "chemical burn", "hemiplegia", "them", "feta cheese"])
def test_words_spelt_alike_have_no_british_form(word):
    assert british(word) is None


def test_a_british_spelling_names_the_same_target_without_new_identifiers():
    us, uk = look_up_entity("estrogen receptors"), look_up_entity("oestrogen receptors")
    if us is None:
        pytest.skip("vocabularies not installed")
    assert uk == us and us.cls == "MolecularTarget"


@pytest.mark.parametrize(
    "text",
    [
        "Raloxifene blocks oestrogen receptors in breast tissue.",
        "Raloxifene is an antagonist at oestrogen receptors in the breast.",
    ],
)
def test_a_drug_acting_on_a_british_spelt_nuclear_receptor_binds_it(text, lexicon):
    found = claims(text, lexicon)
    assert ("raloxifene", "bindsTo", "estrogen-receptor", False) in found


def test_a_target_is_named_by_its_common_name(lexicon):
    found = claims("Propylthiouracil blocks thyroid peroxidase.", lexicon)
    assert ("propylthiouracil", "bindsTo", "thyroid-peroxidase", False) in found
    entity = look_up_entity("iodide peroxidase")
    assert entity is not None and entity.slug == "thyroid-peroxidase"
    assert not any(curie.startswith("MESH:") for curie in entity.exact)  # the index writes no MeSH id (0441)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("You should not take zolpidem if you are pregnant.", "pregnant-women"),
        ("Avoid zolpidem if you are pregnant.", "pregnant-women"),
        ("Zolpidem is not suitable if you are breastfeeding.", "breastfeeding-mothers"),
    ],
)
def test_the_reader_addressed_as_a_group_is_forbidden_the_drug(text, group, lexicon):
    assert ("zolpidem", "contraindicatedIn", group, False) in claims(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "You do not need to avoid zolpidem if you are pregnant.",
        "You can take zolpidem if you are pregnant.",
        "Zolpidem is not suitable for pain.",
    ],
)
def test_no_prohibition_forbids_nobody(text, lexicon):
    found = claims(text, lexicon)
    assert not any(k[1] == "contraindicatedIn" and not k[3] for k in found)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Zolpidem is not given to children under 12.", "children"),
        ("Zolpidem is not usually given to older adults.", "older-adults"),
    ],
)
def test_a_drug_not_given_to_a_group_is_forbidden_it(text, group, lexicon):
    assert ("zolpidem", "contraindicatedIn", group, False) in claims(text, lexicon)


def test_not_given_to_treat_is_a_denied_use_not_a_contraindication(lexicon):
    found = claims("Zolpidem is not given to treat pain.", lexicon)
    assert not any(k[1] == "contraindicatedIn" for k in found)


def test_a_cotransporter_is_named_as_people_name_it(lexicon):
    found = claims("Bumetanide blocks the sodium-potassium-chloride cotransporter.", lexicon)
    assert ("bumetanide", "bindsTo", "sodium-potassium-chloride-cotransporter", False) in found


@pytest.mark.parametrize(
    "text",
    [
        "Ketamine works in a different way, by blocking NMDA receptors.",
        "Ketamine acts in a similar way by blocking NMDA receptors.",
    ],
)
def test_works_in_a_way_by_blocking_a_target(text, lexicon):
    assert ("ketamine", "bindsTo", "nmda-receptor", False) in claims(text, lexicon)


# Decision 0634: targets no vocabulary knows, named by their head noun as the object of a target verb, and the
# relations to them (invented sentences; the target names are invented or general).


def _targets(found):
    return {(s, p, o, n) for s, p, o, n in found if p == "bindsTo"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Flumazenil binds to vesicle protein 4C (VP4C).", "vesicle-protein-4c"),
        ("Flumazenil blocks glucuronide hydrolase in the liver.", "glucuronide-hydrolase"),
        ("Flumazenil inhibits the bacterial sterol flippase.", "bacterial-sterol-flippase"),
        ("Flumazenil is an antagonist of orphan receptor 9.", "orphan-receptor-9"),
        ("Flumazenil latches on to the ribosome.", "ribosome"),
        ("Flumazenil blocks an enzyme inside the cell called lanosterol demethylase.", "lanosterol-demethylase"),
        ("Flumazenil blocks a carrier protein called the urate exchanger.", "urate-exchanger"),
    ],
)
def test_a_target_named_by_its_head_noun_after_a_target_verb(text, target, lexicon):
    assert _targets(claims(text, lexicon)) == {("flumazenil", "bindsTo", target, False)}


def test_a_minted_target_has_no_external_id(lexicon):
    from graph_build.text.recognise import recognise

    _, new = recognise("Flumazenil binds to vesicle protein 4C (VP4C).", lexicon)
    entity = new["vesicle-protein-4c"]
    assert entity.cls == "MolecularTarget" and not (entity.exact or entity.close or entity.broad or entity.related)


def test_the_short_form_the_text_gives_names_the_target_later(lexicon):
    text = "Flumazenil is an antidote. It binds to vesicle protein 4C (VP4C). Diazepam binds VP4C less strongly."
    assert _targets(claims(text, lexicon)) == {
        ("flumazenil", "bindsTo", "vesicle-protein-4c", False),
        ("diazepam", "bindsTo", "vesicle-protein-4c", False),
    }


def test_a_step_of_a_numbered_mechanism_list_is_the_documents_drug(lexicon):
    text = "Flumazenil is an antidote.\nHow it works:\n1. Binding to vesicle protein 4C reduces the release of it."
    assert _targets(claims(text, lexicon)) == {("flumazenil", "bindsTo", "vesicle-protein-4c", False)}


def test_a_hedged_target_verb_is_hedged(lexicon):
    found = claims("Flumazenil is an antidote. It also appears to partly block glucuronide hydrolase.", lexicon)
    assert _targets(found) == {("flumazenil", "bindsTo", "glucuronide-hydrolase", False)}
    assert found[("flumazenil", "bindsTo", "glucuronide-hydrolase", False)].certainty == "Believed"


def test_a_shared_head_names_both_conjuncts(lexicon):
    found = claims("Flumazenil blocks K7 and K9 orphan receptors.", lexicon)
    assert _targets(found) == {
        ("flumazenil", "bindsTo", "k7-orphan-receptor", False),
        ("flumazenil", "bindsTo", "k9-orphan-receptor", False),
    }


def test_a_denied_target_verb_is_a_denied_binding(lexicon):
    found = claims("Flumazenil does not block orphan receptor 9.", lexicon)
    assert _targets(found) == {("flumazenil", "bindsTo", "orphan-receptor-9", True)}


@pytest.mark.parametrize(
    "text",
    [
        "Flumazenil is an antidote. Orphan receptors in the gut respond to many hormones.",  # no target verb
        "Flumazenil is an antidote. It blocks the receptor.",  # a bare head: a name given before, or none
        "Flumazenil is an antidote. It is an agonist at the same receptor.",  # pointing back
        "Flumazenil is an antidote. It blocks both forms of the enzyme.",
        "Flumazenil is an antidote. It blocks orphan receptor signalling.",  # the head is a modifier
        "Flumazenil is an antidote. It binds to plasma proteins.",  # "protein" without a code names no target
        "Flumazenil is an antidote. It blocks the release of histamine.",  # -ase words that name no enzyme
        "Flumazenil is an antidote. It inhibits the increase in pressure.",
    ],
)
def test_no_target_is_minted_outside_a_target_verbs_object(text, lexicon):
    from graph_build.text.recognise import recognise

    _, new = recognise(text, lexicon)
    assert not any(e.cls == "MolecularTarget" for e in new.values())
    assert not _targets(claims(text, lexicon))


def test_a_demonstrative_target_is_the_target_named_before(lexicon):
    text = "Serotonin acts on 5-HT3 receptors in the gut. Ondansetron blocks these receptors."
    assert ("ondansetron", "bindsTo", "serotonin-5-ht3-receptor", False) in claims(text, lexicon)
    text = "Allopurinol is used for gout. Xanthine oxidase makes uric acid. Allopurinol blocks this enzyme."
    assert _targets(claims(text, lexicon)) == {("allopurinol", "bindsTo", "xanthine-oxidase", False)}


@pytest.mark.parametrize(
    "text",
    [
        "Flumazenil binds to dopamine receptors. Diazepam blocks this enzyme.",  # no enzyme named before
        "Flumazenil binds to dopamine receptors.\n\nDiazepam blocks these receptors.",  # another paragraph
    ],
)
def test_a_demonstrative_with_no_target_of_its_kind_before_names_none(text, lexicon):
    assert _targets(claims(text, lexicon)) == {("flumazenil", "bindsTo", "dopamine-receptor", False)}
