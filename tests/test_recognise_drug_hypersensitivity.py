"""recognise._allergic_to_drug (decision 0687): "hypersensitivity to <drug>" is drug hypersensitivity, as "allergic
to it" was (decision 0631); hypersensitivity named alone stays the vocabulary's broader condition."""

from extracting import claims

from graph_build.text.recognise import recognise


def test_hypersensitivity_to_the_drug_is_drug_hypersensitivity(lexicon):
    text = "Loratadine must not be taken by people with a known hypersensitivity to loratadine."
    assert set(claims(text, lexicon)) == {("loratadine", "contraindicatedIn", "loratadine-hypersensitivity", False)}


def test_hypersensitivity_to_two_drugs_in_a_list_item(lexicon):
    text = "- Contraindicated in patients with hypersensitivity to aciclovir or valaciclovir."
    assert set(claims(text, lexicon)) == {
        ("acyclovir", "contraindicatedIn", "acyclovir-hypersensitivity", False),
        ("acyclovir", "contraindicatedIn", "valacyclovir-hypersensitivity", False),
    }


def test_hypersensitivity_alone_stays_hypersensitivity(lexicon):
    assert [m.slug for m in recognise("Hypersensitivity reactions are rare.", lexicon)[0]] == ["hypersensitivity"]
