"""recognise._without_glosses (decision 0687): a condition described by a generic gloss ("a liver problem", "(a rare
adrenal tumour)", "a heart rhythm problem called ...") is one condition; the gloss is no second object. Lists keep
every item."""

from extracting import claims


def _about(text, lexicon, predicate):
    return {c for c in claims(text, lexicon) if c[1] == predicate}


def test_an_appositive_gloss_is_no_second_contraindication(lexicon):
    text = "Loratadine must not be taken by people with cholestasis, a liver problem where bile does not flow."
    assert _about(text, lexicon, "contraindicatedIn") == {("loratadine", "contraindicatedIn", "cholestasis", False)}


def test_a_bracketed_gloss_is_no_second_contraindication(lexicon):
    text = "Loratadine must not be taken if you have a phaeochromocytoma (a rare adrenal tumour)."
    assert _about(text, lexicon, "contraindicatedIn") == {
        ("loratadine", "contraindicatedIn", "pheochromocytoma", False)
    }


def test_a_gloss_before_called_is_no_second_contraindication(lexicon):
    text = "Loratadine is not suitable for people with a heart rhythm problem called long QT syndrome."
    assert _about(text, lexicon, "contraindicatedIn") == {
        ("loratadine", "contraindicatedIn", "long-qt-syndrome", False)
    }


def test_a_list_keeps_every_item(lexicon):
    from graph_build.text.recognise import recognise

    text = "People with liver disease, a heart problem or kidney disease should ask first."
    assert [m.slug for m in recognise(text, lexicon)[0]] == ["liver-disease", "heart-diseases", "kidney-diseases"]
    text = "It is used for acne, a skin condition, and for rosacea."  # the gloss of a list's item, dropped
    assert [m.slug for m in recognise(text, lexicon)[0]] == ["acne-vulgaris", "rosacea"]
    # an item with its article before the last one: "a stomach ulcer or" is a list's, no gloss's words
    text = "Loratadine is not suitable for people with asthma, a stomach ulcer or kidney disease."
    assert [m.slug for m in recognise(text, lexicon)[0]] == ["loratadine", "asthma", "stomach-ulcer", "kidney-diseases"]
