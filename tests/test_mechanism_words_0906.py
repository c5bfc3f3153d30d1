"""Decision 0906: how a drug acts in lay words - "settles on(to) T" is a verb of binding, "switches on T" the lay verb
of activation (the active present only: "is switched on by an enzyme" names what acts on the drug), "It works by
sodium channel blockade" names the act on a target as the drug's mechanism, "the receptors for histamine" are the
histamine receptors, and "the FP receptor, a receptor for prostaglandin F" gives the receptor no class. The sentences
are invented; each case asserts the whole set of claims (subject, predicate, object, negated, certainty)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def _claims(lexicon: dict, title: str, text: str) -> set[tuple]:
    doc = Document("d", "t", "d.md", "", f"# {title}\n\n{text}\n", Path("d.md"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # "settles onto T and blocks it": the binding and, as the first act in prose, its blockade
        (
            "Eplerenone",
            "Eplerenone settles onto the mineralocorticoid receptor and blocks it.",
            {
                ("eplerenone", "bindsTo", "mineralocorticoid-receptor", False, "Asserted"),
                ("eplerenone", "hasMechanismOfAction", "mineralocorticoid-receptor-blockade", False, "Asserted"),
            },
        ),
        (
            "Methylnaltrexone",
            "Methylnaltrexone settles on the mu-opioid receptors in the gut wall and blocks them.",
            {
                ("methylnaltrexone", "bindsTo", "mu-opioid-receptor", False, "Asserted"),
                ("methylnaltrexone", "hasMechanismOfAction", "mu-opioid-receptor-blockade", False, "Asserted"),
            },
        ),
        # what settles on a surface binds nothing
        ("Emollient", "The cream settles on the surface of the skin and stays there for hours.", set()),
        # "switches on T": bound; a receptor switched on is activated (its act as the drug's mechanism)
        (
            "Lixisenatide",
            "Lixisenatide switches on the GLP-1 receptors of the pancreas.",
            {
                ("lixisenatide", "bindsTo", "glucagon-like-peptide-1-receptor", False, "Asserted"),
                (
                    "lixisenatide",
                    "hasMechanismOfAction",
                    "glucagon-like-peptide-1-receptor-activation",
                    False,
                    "Asserted",
                ),
            },
        ),
        (
            "Riociguat",
            "Riociguat switches on an enzyme called soluble guanylate cyclase in the vessel walls.",
            {("riociguat", "bindsTo", "soluble-guanylyl-cyclase", False, "Asserted")},
        ),
        # the drug switched on by an enzyme binds nothing
        ("Isoniazid", "Isoniazid is switched on inside the germ by an enzyme called KatG.", set()),
        # "works by <target> <act>": the act as the mechanism, the drug named or "It" after it
        (
            "Lidocaine",
            "Lidocaine numbs the skin. It works by sodium channel blockade.",
            {("lidocaine", "hasMechanismOfAction", "sodium-channel-blockade", False, "Asserted")},
        ),
        (
            "Febuxostat",
            "Febuxostat works by xanthine oxidase inhibition.",
            {("febuxostat", "hasMechanismOfAction", "xanthine-oxidase-inhibition", False, "Asserted")},
        ),
        # not a plain "works by": hedged, denied, another drug's "it", or no act named
        ("Febuxostat", "Febuxostat is thought to work by xanthine oxidase inhibition.", set()),
        ("Febuxostat", "Febuxostat does not work by xanthine oxidase inhibition.", set()),
        ("Lidocaine", "Lidocaine numbs the skin. It works by sodium channels.", set()),
        # "the receptors for histamine": the histamine receptor, as "histamine receptors" names it
        (
            "Loratadine",
            "Loratadine blocks the receptors for histamine in the nose.",
            {
                ("loratadine", "bindsTo", "histamine-receptor", False, "Asserted"),
                ("loratadine", "hasMechanismOfAction", "histamine-receptor-blockade", False, "Asserted"),
            },
        ),
        # receptors for "a chemical" or "these signals" name no receptor
        ("Loratadine", "Loratadine blocks the receptors for these signals.", set()),
        # "a receptor for prostaglandin F": what the receptor receives, no class of it
        (
            "Bimatoprost",
            "Bimatoprost binds to the FP receptor, a receptor for prostaglandin F.",
            {("bimatoprost", "bindsTo", "fp-receptor", False, "Asserted")},
        ),
    ],
)
def test_mechanism_words(lexicon: dict, title: str, text: str, expected: set) -> None:
    assert _claims(lexicon, title, text) == expected


def test_another_drugs_it_is_not_the_medicine(lexicon: dict) -> None:
    text = "Allopurinol lowers uric acid. Febuxostat is another choice. It works by xanthine oxidase inhibition."
    assert not {c for c in _claims(lexicon, "Allopurinol", text) if c[1] == "hasMechanismOfAction"}
