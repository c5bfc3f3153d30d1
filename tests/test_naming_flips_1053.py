"""Decision 1053: names the drug package files under one member of a group, and two shapes that gave a claim the
opposite polarity of its sentence. "Vitamin D" (the package's ergocalciferol, D2) and "factor VIII" (its beroctocog
alfa, one recombinant product) keep their own words and no identifier; "colecalciferol", the rINN spelling UK packs
print, is cholecalciferol. A reported question with the person asked before its "if" / "whether" ("asked the nurse if
it would help Y") asserts nothing; an agent the sentence denies an interaction with is no partner of a later "the two
together". Each case asserts the whole set of claims the short text gives: (subject, predicate, object, negated,
certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text import vocabularies

claims = certainty_claims


@pytest.mark.parametrize(
    ("name", "slug", "exact"),
    [
        ("vitamin D", "vitamin-d", ()),
        ("Vitamin D", "vitamin-d", ()),
        ("factor VIII", "factor-viii", ()),
        ("colecalciferol", "cholecalciferol", ("DRUGBANK:DB00169",)),
        ("vitamin D3", "cholecalciferol", ("DRUGBANK:DB00169",)),
        ("ergocalciferol", "ergocalciferol", ("DRUGBANK:DB11094",)),
        ("colestyramine", "cholestyramine", ("DRUGBANK:DB01432",)),
    ],
)
def test_group_names_and_rinn_spellings(name: str, slug: str, exact: tuple) -> None:
    found = vocabularies.look_up(name)
    assert found is not None
    assert (found.entity.slug, tuple(e for e in found.entity.exact if e.startswith("DRUGBANK"))) == (slug, exact)


def test_cholesterol_is_no_drug_spelling() -> None:
    assert vocabularies.look_up("cholesterol") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rINN spelling: cholecalciferol's record and identifier
        (
            "Colecalciferol for low vitamin D\n\nMy mother takes colecalciferol capsules. Colecalciferol can cause "
            "constipation.",
            {
                ("cholecalciferol", "hasFormulation", "capsule", False, "Asserted"),
                ("cholecalciferol", "hasAdverseEffect", "constipation", False, "Asserted"),
            },
        ),
        # the group's name: its own words, not ergocalciferol
        (
            "Calcium tablets for bones\n\nShe takes a vitamin D capsule every morning. Vitamin D can cause "
            "constipation.",
            {
                ("vitamin-d", "hasFormulation", "capsule", False, "Asserted"),
                ("vitamin-d", "hasAdverseEffect", "constipation", False, "Asserted"),
            },
        ),
        # the clotting factor, not one product of it
        (
            "Emicizumab for haemophilia A\n\nHe used to have factor VIII infusions. Factor VIII can cause headaches.",
            {("factor-viii", "hasAdverseEffect", "headache", False, "Asserted")},
        ),
        # a reported question with the person asked: nothing about the cough
        (
            "Ramipril for blood pressure\n\nRamipril treats high blood pressure. I asked the practice nurse whether "
            "it could cause a cough.",
            {("ramipril", "treats", "hypertension", False, "Asserted")},
        ),
        (
            "Iptacopan for PNH\n\nI take iptacopan capsules. Asked the nurse if it would help my sciatica too.",
            {("iptacopan", "hasFormulation", "capsule", False, "Asserted")},
        ),
        (
            "Ramipril for blood pressure\n\nRamipril treats high blood pressure. She asked him if it causes a cough.",
            {("ramipril", "treats", "hypertension", False, "Asserted")},
        ),
        # near misses: a statement the person makes, and an answer after the question's clause
        (
            "Ramipril for blood pressure\n\nRamipril treats high blood pressure. The nurse says ramipril can cause a "
            "cough.",
            {
                ("ramipril", "treats", "hypertension", False, "Asserted"),
                ("ramipril", "hasAdverseEffect", "cough", False, "Asserted"),
            },
        ),
        (
            "Ramipril for blood pressure\n\nRamipril treats high blood pressure. The nurse asked if I had a cough, "
            "and ramipril can cause a cough.",
            {
                ("ramipril", "treats", "hypertension", False, "Asserted"),
                ("ramipril", "hasAdverseEffect", "cough", False, "Asserted"),
            },
        ),
        # the denied partner is not "the two" of the later clause; the other partner is
        (
            "Lisinopril for blood pressure\n\nLisinopril does not interact with levothyroxine, but if she takes "
            "ibuprofen alongside it, the two together may harm the kidneys.",
            {("lisinopril", "interactsWith", "ibuprofen", False, "Possible")},
        ),
        # near miss: a pair named without a denial
        (
            "Lisinopril for blood pressure\n\nLisinopril and ibuprofen together can harm the kidneys.",
            {("lisinopril", "interactsWith", "ibuprofen", False, "Asserted")},
        ),
    ],
)
def test_naming_and_flip_shapes(lexicon: dict, text: str, expected: set) -> None:
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table's "Some people" cell is a frequency: the row's effect is occasional
        (
            "Ramipril for blood pressure\n\n## Side effects\n\n| Side effect | How often |\n|---|---|\n"
            "| Dry cough | Common |\n| Dizziness | Some people |\n",
            {
                ("ramipril", "hasAdverseEffect", "nonproductive-cough", False, "Asserted"),
                ("ramipril", "hasAdverseEffect", "dizziness", False, "Occasional"),
            },
        ),
    ],
)
def test_some_people_cell(lexicon: dict, text: str, expected: set) -> None:
    assert claims(text, lexicon, ".md") == expected
