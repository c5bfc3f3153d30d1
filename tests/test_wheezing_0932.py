"""Wheezing is read as HPO's Wheezing, not as MeSH's broader Respiratory Sounds (decision 0932), on invented sentences
(exact claim sets, polarity and certainty included).

The disease package files "wheezing" as an entry term of the heading Respiratory Sounds (every sound breathing makes:
crackles, stridor, a cough's rattle); HPO has the concept itself (HP:0030828). A sign, a use or a side effect named
"wheezing" says that sound only (not_one_concept.yaml, `means: index`).
"""

from __future__ import annotations

from extracting import certainty_claims

from graph_build.text.not_one_concept import index_over_package


def _claims(lexicon: dict, text: str) -> set[tuple]:
    return certainty_claims(text, lexicon, ".md")


def test_wheezing_is_its_own_concept(lexicon: dict) -> None:
    text = "# Montelukast\n\nMontelukast helps to prevent wheezing.\n\n## Side effects\n\n- Wheezing.\n- Headache.\n"
    assert _claims(lexicon, text) == {
        ("montelukast", "treats", "wheezing", False, "Asserted"),
        ("montelukast", "hasAdverseEffect", "wheezing", False, "Asserted"),
        ("montelukast", "hasAdverseEffect", "headache", False, "Asserted"),
    }


def test_a_denied_use_for_wheezing_keeps_its_polarity(lexicon: dict) -> None:
    text = "# Montelukast\n\nMontelukast does not help wheezing.\n"
    found = {c for c in _claims(lexicon, text) if c[2] in ("wheezing", "respiratory-sounds")}
    assert found == {("montelukast", "treats", "wheezing", True, "Asserted")}


def test_the_entry_is_read_as_data() -> None:
    assert "wheezing" in index_over_package()
