"""The coarse-end doubt (graph_build/text/doubts.py, docs/decisions/0620): a claim whose end is coarser than what its
sentence names, or that names a past reaction to the drug itself, raises one more doubt, so it falls in a less sure
cell. Invented sentences; the mentions are those the recogniser finds, so the tests follow the vocabularies."""

from __future__ import annotations

import pytest

from graph_build.text import confidence, doubts
from graph_build.text.recognise import recognise


def _mentions(text: str, lexicon) -> list[tuple[int, int, str, str]]:
    found, new = recognise(text, lexicon)
    classes = {slug: e.cls for slug, e in {**lexicon, **new}.items()}
    return [(m.start, m.end, m.slug, classes.get(m.slug, "")) for m in found]


def _doubts(text: str, subject: str, obj: str, lexicon) -> int:
    return doubts.doubts(subject, obj, False, text, _mentions(text, lexicon))


def _slug_of(text: str, words: str, lexicon) -> str:
    start = text.index(words)
    return next(m[2] for m in _mentions(text, lexicon) if m[0] <= start < m[1])


def test_a_qualifier_the_entity_lacks_is_a_doubt(lexicon):
    """A subtype's name the vocabulary maps to its class ("absence seizures" -> seizures) is coarser than meant;
    severity and course ("severe", "chronic") do not name a subtype."""
    subtype = "Ibuprofen is sometimes given for absence seizures."
    seizures = _slug_of(subtype, "absence seizures", lexicon)
    if seizures == "absence-seizure":
        pytest.skip("the vocabularies name absence seizures: nothing is coarser here")
    assert _doubts(subtype, "ibuprofen", seizures, lexicon) == 1
    plain = "Ibuprofen is sometimes given for seizures."
    assert _doubts(plain, "ibuprofen", _slug_of(plain, "seizures", lexicon), lexicon) == 0
    severe = "Ibuprofen is sometimes given for a severe headache."
    assert _doubts(severe, "ibuprofen", "headache", lexicon) == 0


def test_a_part_of_the_entity_is_a_doubt(lexicon):
    part = "Ibuprofen attaches to the gamma subunit of calcium channels."
    whole = "Ibuprofen attaches to calcium channels."
    channels = _slug_of(whole, "calcium channels", lexicon)
    assert _doubts(part, "ibuprofen", channels, lexicon) == 1
    assert _doubts(whole, "ibuprofen", channels, lexicon) == 0


def test_a_code_before_the_entity_is_a_doubt(lexicon):
    # (MeSH names the beta-3 agonists as a class since decision 0687, so the code here is one no class carries)
    text = "Ibuprofen works like a type 4 phosphodiesterase inhibitor."
    inhibitor = _slug_of(text, "phosphodiesterase inhibitor", lexicon)
    plain = "Ibuprofen works like a phosphodiesterase inhibitor."
    assert _doubts(text, "ibuprofen", inhibitor, lexicon) > _doubts(plain, "ibuprofen", inhibitor, lexicon)
    # in a class statement the class is named with its code (decision 0637), so nothing is coarser there: by the
    # vocabulary's class where it has one (0687), else by the text's own words
    assert (
        _slug_of("Ibuprofen is a beta-3 adrenergic agonist.", "beta-3", lexicon) == "adrenergic-beta-3-receptor-agonist"
    )
    assert _slug_of("Ibuprofen is an alpha-7 adrenergic agonist.", "alpha-7", lexicon) == "alpha-7-adrenergic-agonist"


def test_a_gloss_by_another_entity_is_a_doubt_an_abbreviation_is_not(lexicon):
    glossed = "Ibuprofen should not be used with an overactive thyroid (thyrotoxicosis)."
    thyroid = _slug_of(glossed, "overactive thyroid", lexicon)
    if thyroid == _slug_of(glossed, "thyrotoxicosis", lexicon):
        pytest.skip("the vocabularies make both names one entity: no gloss by another")
    assert _doubts(glossed, "ibuprofen", thyroid, lexicon) == 1
    same = "Ibuprofen should not be used with high blood pressure (hypertension)."
    # (no gloss; its lay name alone is a doubt since decision 0857)
    assert not doubts.coarse(same, _one(same, "high blood pressure", lexicon), _mentions(same, lexicon))
    abbreviated = "Ibuprofen should not be used with chronic kidney disease (CKD)."
    assert not doubts.coarse(abbreviated, _one(abbreviated, "kidney disease", lexicon), _mentions(abbreviated, lexicon))


def test_a_past_reaction_to_the_drug_itself_is_a_doubt(lexicon):
    """ "People who have had a rash with it must not take it": the contraindication is the drug allergy the rash
    showed, not rashes; a rash the drug causes, or a rash with fever, is no reaction to the drug itself."""
    for text in (
        "Anyone who has had a skin rash with ibuprofen must not take it again.",
        "People who have had a rash or hives with it should avoid this medicine.",
    ):
        rash = _slug_of(text, "rash", lexicon)
        assert _doubts(text, "ibuprofen", rash, lexicon) >= 1, text
    cause = "Ibuprofen can cause a rash with fever."
    assert _doubts(cause, "ibuprofen", _slug_of(cause, "rash", lexicon), lexicon) == 0


def test_the_coarse_doubt_moves_a_claim_to_a_less_sure_cell():
    """One more doubt never raises a confidence (the cells' figures never rise with doubts)."""
    for rule in ("treats-cue", "should-not-take", "side-effect-list"):
        sure = confidence.confidence_for(rule, False, "A short sentence.", "general", 0)
        assert confidence.confidence_for(rule, False, "A short sentence.", "general", 1) <= sure


def test_a_grouping_class_for_one_finding_is_a_doubt(lexicon):
    """A vocabulary's grouping class ("... abnormality") read for a phrase naming one finding is coarser than meant;
    the text that says "abnormal" names the class itself."""
    text = "Ibuprofen can cause changes in sleep patterns and trouble sleeping."
    at = text.index("trouble sleeping")
    grouping = (at, at + len("trouble sleeping"), "sleep-abnormality", "Symptom")
    assert doubts.coarse(text, grouping, [grouping])
    # the vocabularies now read the phrase as the one finding it names (decision 0664), which is no coarser
    insomnia = _slug_of(text, "trouble sleeping", lexicon)
    assert insomnia == "insomnia"
    assert not doubts.coarse(text, next(m for m in _mentions(text, lexicon) if m[2] == insomnia), [])


def test_a_sign_of_another_condition_is_a_doubt(lexicon):
    """ "X can cause hepatitis, with jaundice and fatigue": jaundice and fatigue are the hepatitis's signs."""
    text = "Rarely, ibuprofen can cause hepatitis, with jaundice and tiredness."
    mentions = _mentions(text, lexicon)
    jaundice = _slug_of(text, "jaundice", lexicon)
    hepatitis = _slug_of(text, "hepatitis", lexicon)
    assert doubts.doubts("ibuprofen", jaundice, False, text, mentions) == 1
    assert doubts.doubts("ibuprofen", hepatitis, False, text, mentions) == 0
    plain = "Rarely, ibuprofen can cause jaundice and tiredness."
    assert doubts.doubts("ibuprofen", jaundice, False, plain, _mentions(plain, lexicon)) == 0


# --- decision 0621: error classes new texts brought (invented sentences) ------------------------------------------


def test_a_combined_concept_is_a_doubt():
    """A vocabulary's combined concept ("nausea and vomiting") names two things the text may name apart; an
    inverted vocabulary name matched across a list's comma ("blisters, fever") is no entity of the text at all."""
    both = "Ibuprofen is taken to prevent nausea and vomiting after surgery."
    mentions = [(0, 9, "ibuprofen", "Drug"), (30, 49, "nausea-and-vomiting", "Symptom")]
    assert both[30:49] == "nausea and vomiting"
    assert doubts.doubts("ibuprofen", "nausea-and-vomiting", False, both, mentions) == 1
    one = "Ibuprofen is taken to prevent vomiting after surgery."
    alone = [(0, 9, "ibuprofen", "Drug"), (30, 38, "vomiting", "Symptom")]
    assert doubts.doubts("ibuprofen", "vomiting", False, one, alone) == 0
    listed = "Ibuprofen can cause blisters, fever and a rash."
    across = [(0, 9, "ibuprofen", "Drug"), (20, 35, "herpes-labialis", "Disease")]
    assert listed[20:35] == "blisters, fever"
    assert doubts.doubts("ibuprofen", "herpes-labialis", False, listed, across) == 1


def test_a_name_covering_one_member_of_a_shared_head_is_a_doubt():
    """ "changes in mood and appetite" read as mood change: the name covers the first member only."""
    text = "Ibuprofen can cause changes in mood and appetite."
    mentions = [(0, 9, "ibuprofen", "Drug"), (20, 35, "mood-change", "Symptom")]
    assert text[20:35] == "changes in mood"
    assert doubts.doubts("ibuprofen", "mood-change", False, text, mentions) == 1
    # (the name alone, "changes in mood", is a lay name: a doubt of its own since decision 0857, not a shared head)
    alone = "Ibuprofen can cause changes in mood."
    assert not doubts.combined(alone, mentions[1], mentions)
    # the next member is an entity of its own: each is read on its own, no doubt
    pair = "Ibuprofen can cause changes in mood and headache."
    both = [*mentions, (40, 48, "headache", "Symptom")]
    assert not doubts.combined(pair, mentions[1], both)


def test_a_class_whose_members_the_text_names_is_a_doubt(lexicon):
    """ "withdrawal symptoms such as headache": the text says which symptoms; the class is coarser than it."""
    text = "Stopping ibuprofen suddenly can cause withdrawal symptoms such as headache and irritability."
    klass = _slug_of(text, "withdrawal symptoms", lexicon)
    assert _doubts(text, "ibuprofen", klass, lexicon) == 1
    assert _doubts(text, "ibuprofen", _slug_of(text, "headache", lexicon), lexicon) == 0
    plain = "Stopping ibuprofen suddenly can cause withdrawal symptoms."
    # (no members named; "withdrawal symptoms" for withdrawal syndrome is a lay name, a doubt since decision 0857)
    assert not doubts.members_named(plain, _one(plain, "withdrawal symptoms", lexicon))


def test_an_object_owned_by_another_is_a_doubt():
    """ "Antihistamines can strengthen its sedative effect": the effect is the pronoun's drug's, not the named
    subject's; with the subject resolved from "its" there is no such doubt (the resolved subject is one)."""
    text = "Antihistamines can strengthen its sedative effect."
    mentions = [(0, 14, "antihistamine", "DrugClass"), (34, 49, "sedative-effect", "PharmacologicalEffect")]
    assert text[34:49] == "sedative effect"
    assert doubts.doubts("antihistamine", "sedative-effect", False, text, mentions) == 1
    assert doubts.doubts("ibuprofen", "sedative-effect", False, text, mentions) == 0
    own = "Antihistamines have a sedative effect."
    assert doubts.doubts("antihistamine", "sedative-effect", False, own, [mentions[0], (22, 37, *mentions[1][2:])]) == 0


def test_a_modifier_of_another_noun_is_a_doubt():
    """ "the cough reflex", "migraine medicines": the thing meant is the noun after the end."""
    text = "Ibuprofen damps the cough reflex."
    mentions = [(0, 9, "ibuprofen", "Drug"), (20, 25, "cough", "Disease")]
    assert doubts.doubts("ibuprofen", "cough", False, text, mentions) == 1
    assert doubts.doubts("ibuprofen", "cough", False, "Ibuprofen damps the cough.", mentions) == 0


def test_a_reported_absence_of_evidence_is_a_doubt(lexicon):
    # (a headache, named as its concept is: "migraine" would add decision 0922's doubt on migraine disorders)
    text = "Trials have not shown that ibuprofen prevents headache."
    headache = _slug_of(text, "headache", lexicon)
    assert _doubts(text, "ibuprofen", headache, lexicon) == 1
    assert _doubts("Trials have shown that ibuprofen prevents headache.", "ibuprofen", headache, lexicon) == 0
    migraine = _slug_of("Trials have not shown that ibuprofen prevents migraine.", "migraine", lexicon)
    assert _doubts("Trials have shown that ibuprofen prevents migraine.", "ibuprofen", migraine, lexicon) == 1


def test_a_messenger_of_the_body_as_subject_is_a_doubt():
    """The vocabularies class serotonin or histamine as drugs; as a claim's subject they are usually a mechanism's
    messenger (a true medicinal use, dopamine for shock, is demoted too: a candidate keeps its evidence)."""
    text = "Histamine is used to treat itching."
    mentions = [(0, 9, "histamine", "Drug"), (27, 34, "pruritus", "Symptom")]
    assert doubts.doubts("histamine", "pruritus", False, text, mentions) == 1
    drug = [(0, 9, "ibuprofen", "Drug"), (27, 34, "pruritus", "Symptom")]
    assert doubts.doubts("ibuprofen", "pruritus", False, "Ibuprofen is used to treat itching.", drug) == 0


# --- decision 0672: narrower kinds the top band took for the vocabulary's coarser entity (invented sentences) ------


def _one(text: str, words: str, lexicon) -> tuple[int, int, str, str]:
    start = text.index(words)
    return next(m for m in _mentions(text, lexicon) if m[0] <= start < m[1])


def test_a_condition_narrowed_to_a_site_is_a_doubt(lexicon):
    """ "Inflammation of the small bowel" is one kind of inflammation: the condition's entity alone is coarser than
    meant. A process "of the nerve cell" is still the process, and a condition without a site is no coarser."""
    text = "Rarely, naproxen causes inflammation of the small bowel."
    inflamed = _one(text, "inflammation", lexicon)
    assert inflamed[3] in doubts.CONDITIONS and text[inflamed[1] :].startswith(" of the")
    assert doubts.coarse(text, inflamed, [inflamed])
    plain = "Rarely, naproxen causes inflammation."
    assert not doubts.coarse(plain, _one(plain, "inflammation", lexicon), [])
    process = (0, 12, "depolarisation", "Process")
    assert not doubts.coarse("Depolarisation of the membrane follows.", process, [process])


def test_one_adjective_in_brackets_says_which_kind(lexicon):
    """ "Pneumonia (bacterial)" names a kind of pneumonia; "nausea (common)" says how often, not which kind."""
    kind = "Side effects: pneumonia (bacterial), headache."
    assert doubts.coarse(kind, _one(kind, "pneumonia", lexicon), [])
    often = "Side effects: nausea (common), headache."
    assert not doubts.coarse(often, _one(often, "nausea", lexicon), [])
    often = "Side effects: nausea (occasional), headache."
    assert not doubts.coarse(often, _one(often, "nausea", lexicon), [])
    course = "Side effects: nausea (temporary), headache."
    assert not doubts.coarse(course, _one(course, "nausea", lexicon), [])


def test_a_group_narrowed_by_a_life_stage_is_a_doubt():
    """ "Women after the menopause" are another group than women; "children under 12" stay children (the golds'
    reading of an age limit)."""
    text = "Raloxifene is only for women after the menopause."
    women = (text.index("women"), text.index("women") + 5, "women", "Population")
    assert doubts.coarse(text, women, [women])
    text = "It is not recommended for children before puberty."
    children = (text.index("children"), text.index("children") + 8, "children", "Population")
    assert doubts.coarse(text, children, [children])
    text = "It is not recommended for children under 12."
    children = (text.index("children"), text.index("children") + 8, "children", "Population")
    assert not doubts.coarse(text, children, [children])


def test_a_class_with_its_member_called_by_name_is_a_doubt(lexicon):
    """ "A kidney problem called nephrotic syndrome": the text names the one meant; the class is its heading."""
    text = "Do not take it if you have a lung disease called sarcoidosis."
    plain = "Do not take it if you have a lung disease."
    lung = _one(plain, "lung disease", lexicon)
    assert doubts.members_named(text, lung)
    assert not doubts.members_named(plain, lung)
    # (since decision 0687 the recogniser leaves such a generic gloss out altogether: only the member is named)
    assert {m[2] for m in _mentions(text, lexicon)} == {"sarcoidosis"}


def test_a_kind_given_as_an_example_in_brackets_is_a_doubt(lexicon):
    """ "Skin changes (from dryness to peeling)": dryness is one end of a range the bracket gives for the skin
    changes, no effect stated in its own right; a bracketed gloss ("a racing heart (palpitations)") is the effect."""
    text = "Common: headache and sleep problems (from insomnia to vivid dreams)."
    insomnia = _one(text, "insomnia", lexicon)
    assert doubts.members_named(text, insomnia)
    text = "Common: headache and sleep problems (including insomnia)."
    assert doubts.members_named(text, _one(text, "insomnia", lexicon))
    gloss = "Common: a racing heart (palpitations) and headache."
    assert not doubts.members_named(gloss, _one(gloss, "palpitations", lexicon))


def test_each_new_doubt_takes_a_claim_out_of_the_doubt_free_cell(lexicon):
    """The whole count: an invented leaflet line of each kind gives its claim exactly one doubt, its plain twin
    none."""
    for text, plain, subject, words in (
        (
            "Ibuprofen can cause inflammation of the small bowel.",
            "Ibuprofen can cause inflammation.",
            "ibuprofen",
            "inflammation",
        ),
        ("Ibuprofen can cause pneumonia (bacterial).", "Ibuprofen can cause pneumonia.", "ibuprofen", "pneumonia"),
    ):
        obj = _one(text, words, lexicon)[2]
        assert _doubts(text, subject, obj, lexicon) == 1, text
        assert _doubts(plain, subject, _one(plain, words, lexicon)[2], lexicon) == 0, plain


def test_a_condition_named_in_words_another_writer_names_otherwise_is_a_doubt(lexicon):
    """Decision 0857: a side effect named by a part of the body with a finding ("a dry mouth", "a runny nose"), or by
    everyday words that are not the vocabulary's own name for it ("loss of appetite" read as poor appetite), leaves its
    concept open (another writer may name ankle swelling peripheral oedema): one doubt, and the claim leaves the
    doubt-free cell. Its one-word own name ("nausea", "a severe headache") raises none. It counts with the other
    doubts about an end's name: a name both coarse and lay is one doubt, not two."""
    for text, words in (
        ("Ramipril can cause a dry mouth.", "dry mouth"),
        ("Ramipril can cause a runny nose.", "runny nose"),
        ("Ramipril can cause loss of appetite.", "loss of appetite"),
    ):
        mention = _one(text, words, lexicon)
        assert mention[3] in doubts.CONDITIONS, mention
        assert doubts.lay_named(text, mention), text
        assert _doubts(text, "ramipril", mention[2], lexicon) == 1, text
    for text, words in (
        ("Ramipril can cause nausea.", "nausea"),
        ("Ramipril can cause a severe headache.", "headache"),
    ):
        mention = _one(text, words, lexicon)
        assert not doubts.lay_named(text, mention), text
        assert _doubts(text, "ramipril", mention[2], lexicon) == 0, text
