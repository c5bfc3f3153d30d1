"""Decision 0911, uses (treats): what stands beside a use cue and is no use - a person who "manages" (copes), an
illness the takers "also have", a relative clause saying what the object is not ("an enlarged prostate that isn't
cancer") - and plain ways of stating a use: "It is meant for Y" (not denied: "not meant for the occasional Y" denies
a narrower kind), "It does not protect you from Y"; a bold question opening a paragraph heads it. Whole claim sets
(subject, predicate, object, negated, certainty), including sentences where nothing may be read. The sentences are
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extracting import certainty_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document

read = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person who managed copes: the denied withdrawal is no denied use
        (
            "Candesartan lowers blood pressure. Jo had a week off it to see how she managed, and there were no "
            "withdrawal symptoms.",
            {
                ("candesartan", "decreases", "blood-pressure", False, "Asserted"),
                ("candesartan", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted"),
            },
        ),
        (
            "Mirtazapine is used for depression. Most people manage well on it, and dizziness is rare.",
            {("mirtazapine", "treats", "depression", False, "Asserted")},
        ),
        # what the takers also have is no use; what they have had stays one ("people who have had a heart attack")
        (
            "Empagliflozin is for heart failure in adults who also have type 2 diabetes.",
            {("empagliflozin", "treats", "heart-failure", False, "Asserted")},
        ),
        (
            "Ramipril is used for people who have had a heart attack.",
            {("ramipril", "treats", "myocardial-infarction", False, "Asserted")},
        ),
        # "that isn't Y" says what the object is not: Y is no denied use
        (
            "Darolutamide is used for prostate cancer. It is not used for an enlarged prostate that isn't cancer.",
            {
                ("darolutamide", "treats", "prostate-cancer", False, "Asserted"),
                ("darolutamide", "treats", "prostatic-hyperplasia", True, "Asserted"),
            },
        ),
        (
            "Bicalutamide is used for prostate cancer. It is not a treatment for a swelling that is not an allergy.",
            {("bicalutamide", "treats", "prostate-cancer", False, "Asserted")},
        ),
        # ... a contraindication's list goes on past such a clause
        (
            "Modafinil should not be taken by people with high blood pressure that is not controlled, or by people "
            "with glaucoma.",
            {
                ("modafinil", "contraindicatedIn", "hypertension", False, "Asserted"),
                ("modafinil", "contraindicatedIn", "glaucoma", False, "Asserted"),
            },
        ),
        # "protect you from Y": a use for prevention, and its denial (the cue's own "from" names no cause)
        (
            "Dronedarone is used for atrial fibrillation. It does not protect you from a stroke.",
            {
                ("dronedarone", "treats", "atrial-fibrillation", False, "Asserted"),
                ("dronedarone", "treats", "stroke", True, "Asserted"),
            },
        ),
        (
            "Dronedarone is used for atrial fibrillation. It protects people from a stroke.",
            {
                ("dronedarone", "treats", "atrial-fibrillation", False, "Asserted"),
                ("dronedarone", "treats", "stroke", False, "Asserted"),
            },
        ),
        # ... a "from" after the cue still names a cause; a part of the body protected is no person
        (
            "Naproxen is used for arthritis. It is not used to treat back pain from a strain.",
            {
                ("naproxen", "treats", "arthritis", False, "Asserted"),
                ("naproxen", "treats", "back-pain", True, "Asserted"),
            },
        ),
        ("Dronedarone protects the heart from strain.", set()),
        # "meant for": a use
        ("Fluconazole is meant for thrush.", {("fluconazole", "treats", "candidiasis", False, "Asserted")}),
        # ... never who may take it or for how long
        (
            "Fluconazole is used for thrush. It is meant for short-term use only.",
            {("fluconazole", "treats", "candidiasis", False, "Asserted")},
        ),
        ("Zopiclone is meant for adults whose insomnia is severe.", set()),
        # ... and not denied: the denial may be of a narrower kind
        (
            "Naproxen is used for arthritis. It is not meant for the occasional headache after a late night.",
            {("naproxen", "treats", "arthritis", False, "Asserted")},
        ),
    ],
)
def test_use_bystanders(text: str, expected: set, lexicon: dict) -> None:
    assert read(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bold question opening a paragraph heads it: "It" is the document's drug again, not a messenger named before
        (
            "# Eletriptan and migraine\n\nEletriptan is a migraine medicine.\n\n**How does it work?** During an attack "
            "a nerve releases a messenger called CGRP. CGRP widens the blood vessels.\n\n**When is it used?** I take "
            "one tablet when the headache starts. It is not a treatment for cluster headaches.",
            {
                ("eletriptan", "treats", "migraine-disorders", False, "Asserted"),
                ("calcitonin-gene-related-peptide", "increases", "vasodilation", False, "Asserted"),
                ("eletriptan", "treats", "cluster-headache", True, "Asserted"),
            },
        ),
        # a question that names another drug leaves the drug its paragraph names in focus
        (
            "# Eletriptan and migraine\n\nEletriptan is a migraine medicine.\n\n**And naproxen?** Naproxen is a "
            "painkiller. It is not a treatment for cluster headaches.",
            {
                ("eletriptan", "treats", "migraine-disorders", False, "Asserted"),
                ("naproxen", "isA", "analgesic", False, "Asserted"),
                ("naproxen", "treats", "cluster-headache", True, "Asserted"),
            },
        ),
    ],
)
def test_run_in_heading(text: str, expected: set, lexicon: dict) -> None:
    doc = Document("case", "case", "case.md", "", text + "\n", Path("case.md"))
    assert {
        (c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims
    } == (expected)
