"""Decision 0766: names minted from fragments, a quality "of" a plural read by its first word, and relations a
sentence does not state (invented sentences, exact claim sets)."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.recognise import look_up
from ontology.lexicon import load_lexicon


def claims(text: str, title: str = "Notes") -> set[tuple]:
    doc = Document("d", title, "d.txt", "", text, Path("d.txt"))
    found = extract_document(doc, load_lexicon()).claims
    return {(c.subject, c.predicate, c.object, c.negated) for c in found}


def test_no_class_named_from_a_clause_before_its_head():
    # (a question word or "the way" opens a clause: "change how blood thinners" is no class name)
    assert claims("Rifampicin can change how blood thinners such as warfarin work.") == {
        ("warfarin", "isA", "anticoagulant", False)
    }
    assert claims("It does not affect the way blood thinners such as warfarin work.") == {
        ("warfarin", "isA", "anticoagulant", False)
    }
    assert claims("It does not alter how blood thinners such as anticoagulant tablets work.") == set()


def test_one_sort_before_an_apposition_names_no_target():
    # the subtype code and its head name the adrenergic family's receptor since decision 0996
    assert claims("Tamsulosin attaches to one kind, the alpha-1A receptor.") == {
        ("tamsulosin", "bindsTo", "alpha-1a-adrenergic-receptor", False)
    }
    assert claims("Memantine binds to its target, the NMDA receptor.") == {
        ("memantine", "bindsTo", "nmda-receptor", False)
    }
    # (a real conjunct still shares the head after it)
    assert claims("Ondansetron blocks 5-HT2 and 5-HT3 receptors.") == {
        ("ondansetron", "bindsTo", "serotonin-5-ht2-receptor", False),
        ("ondansetron", "bindsTo", "serotonin-5-ht3-receptor", False),
    }


def test_a_quality_of_a_singular_complement_is_the_whole_phrase():
    # (HPO writes "Slowness of movements"; its first word alone is a synonym of lethargy)
    assert look_up("slowness of movement").entity.slug == "bradykinesia"
    assert look_up("slowness of movements").entity.slug == "bradykinesia"
    # (an illness causing a sign is read as the sign it shows: decision 0842)
    assert claims("Parkinson's disease causes slowness of movement and stiff muscles.") == {
        ("parkinsons-disease", "hasPhenotype", "bradykinesia", False),
        ("parkinsons-disease", "hasPhenotype", "muscle-stiffness", False),
    }


def test_what_a_sign_can_mean_is_no_kind():
    assert claims("Black stools may be a sign that the ulcer is bleeding.") == set()
    assert claims("Tell your doctor about a red patch: it can mean the wound is infected.") == set()
    assert claims("Shingles is a viral infection. Gout is a form of arthritis.") >= {
        ("gout", "isA", "arthritis", False)
    }


def test_a_product_named_by_its_use_is_no_contraindication_in_the_use():
    assert claims("Selegiline: cold remedies containing pseudoephedrine should be avoided.") == set()
    assert claims("Phenelzine should not be taken with cough medicines containing dextromethorphan.") == {
        ("phenelzine", "interactsWith", "dextromethorphan", False)
    }
    # (the condition itself still forbids)
    assert claims("Phenelzine should not be taken by people with a cough.") == {
        ("phenelzine", "contraindicatedIn", "cough", False)
    }


def test_a_capitalised_if_mid_sentence_is_a_name():
    assert claims("Ivabradine belongs to a group called If inhibitors.") == {
        ("ivabradine", "isA", "if-inhibitor", False)
    }
