"""Decision 0894: the extractor made faster without changing a claim. Each cheaper path is checked against the scan or
the computation it spares, on invented texts, and invented leaflets that go through the guarded paths give the
claims and mentions they gave before the change (measured on the commit before it). The texts are invented."""

from __future__ import annotations

import bisect
import random
import re
from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text import lowered, rules_in_use, vocab_index, vocabularies
from graph_build.text.condition_passage import diagnosed
from graph_build.text.doubts import LONG, doubt_count
from graph_build.text.extract import extract_document
from graph_build.text.foods import WORDS as FOOD_WORDS
from graph_build.text.form_lines import ANCHOR as FORM_ANCHOR
from graph_build.text.form_lines import _names_a_form
from graph_build.text.illness_leads import ILLNESS_LEAD, NOTICE_LEAD, _last_sentence, is_illness_lead
from graph_build.text.normalise import normalise
from graph_build.text.pk_phrases import PHRASES, anchored, has_phrase, phrase_values
from graph_build.text.recognise import GLOSS_AFTER, _gloss_after, recognise
from graph_build.text.relate_objects import BOUNDARY, boundary
from graph_build.text.relate_unowned import note_last_condition
from graph_build.text.targets import BY_LIGAND
from graph_build.text.units import Discourse, Unit

#: Invented leaflets and every claim (subject, predicate, object, negated, certainty) the extractor gave them before
#: the change, as it gives them now; among them sentences where a guarded rule must not fire.
LEAFLETS = {
    "condition": (
        "Gout\n\nYou were admitted with gout. Allopurinol lowers uric acid. You were admitted with gout. "
        "Signs to know:\n- redness\n- swelling\n",
        [("gout", "hasPhenotype", "erythema", False, "Asserted")],
    ),
    "emphasis": (
        "Zorvex\n\n**Do not** take ibuprofen if you have asthma. Do not take ibuprofen if you have asthma. "
        "Ibuprofen can cause *nausea*.\n",
        [
            ("ibuprofen", "contraindicatedIn", "asthma", False, "Asserted"),
            ("ibuprofen", "contraindicatedIn", "asthma", False, "Asserted"),
            ("ibuprofen", "hasAdverseEffect", "nausea", False, "Asserted"),
        ],
    ),
    "values": (
        "Ibuprofen\n\nIbuprofen starts to work within 30 minutes and lasts up to 6 hours. Take it before food. "
        "It does not work for long.\n",
        [
            ("ibuprofen", "hasPharmacokineticValue", "duration-of-action", False, "Asserted"),
            ("ibuprofen", "hasPharmacokineticValue", "onset-of-action", False, "Asserted"),
        ],
    ),
    "forms": (
        "Naproxen\n\nNaproxen is a tablet taken twice a day. Ann takes naproxen, a tablet she swallows with water.\n",
        [
            ("naproxen", "hasFormulation", "tablet", False, "Asserted"),
            ("naproxen", "hasFormulation", "tablet", False, "Asserted"),
        ],
    ),
    "boundary": (
        "Ibuprofen\n\nIbuprofen can cause nausea, which is common, and headache because of the dose. Ibuprofen treats "
        "pain; it does not treat anxiety.\n",
        [
            ("ibuprofen", "hasAdverseEffect", "nausea", False, "Asserted"),
            ("ibuprofen", "treats", "anxiety", True, "Asserted"),
            ("ibuprofen", "treats", "pain", False, "Asserted"),
        ],
    ),
    "diagnosis": (
        "Bronchitis\n\nYour GP thinks your cough is bronchitis. It causes a fever. Amoxicillin is not used for "
        "bronchitis.\n",
        [
            ("amoxicillin", "treats", "bronchitis", True, "Asserted"),
            ("bronchitis", "hasPhenotype", "fever", False, "Asserted"),
        ],
    ),
    "foods": (
        "Simvastatin\n\nAvoid grapefruit juice while taking simvastatin. Small amounts pass into breast milk.\n",
        [("simvastatin", "interactsWith", "grapefruit-juice", False, "Asserted")],
    ),
    "pill": (
        "Lamotrigine\n\nLamotrigine can be combined with other medicines. The combined pill lowers the level of "
        "lamotrigine.\n",
        [("lamotrigine", "interactsWith", "combined-oral-contraceptive", False, "Asserted")],
    ),
    "doubts": (
        "Exenatide\n\nExenatide can cause redness where the needle went in. It has not been shown to cause "
        "pancreatitis.\n",
        # (redness where the needle went in: the injection-site reaction since decision 0912)
        [("exenatide", "hasAdverseEffect", "injection-site-reaction", False, "Asserted")],
    ),
}


@pytest.mark.parametrize("name", sorted(LEAFLETS))
def test_leaflets_keep_their_claims(name: str, lexicon: dict) -> None:
    text, expected = LEAFLETS[name]
    doc = Document(name, name, f"{name}.txt", "", text, Path(f"{name}.txt"))
    claims = extract_document(doc, lexicon).claims
    assert sorted((c.subject, c.predicate, c.object, c.negated, c.certainty) for c in claims) == expected


def test_a_site_of_use_keeps_its_doubt(lexicon: dict) -> None:
    text, _ = LEAFLETS["doubts"]
    doc = Document("d", "d", "d.txt", "", text, Path("d.txt"))
    assert [(c.object, c.evidence[0].doubts) for c in extract_document(doc, lexicon).claims] == [
        ("injection-site-reaction", 1)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amlodipine widens the blood vessels, so the blood pressure falls. The heart beats more strongly. Your "
            "heart then needs less oxygen, and the heart beats slower.",
            [
                ("Amlodipine", "amlodipine"),
                ("the blood vessels", "vasodilation"),  # the vessels as a widening verb's object (decision 0892)
                ("blood pressure", "blood-pressure"),
                ("more strongly", "myocardial-contractility"),
                ("needs less oxygen", "myocardial-oxygen-demand"),
                ("heart beats slower", "heart-rate"),
            ],
        ),
        (
            "Avoid grapefruit juice and coffee. Small amounts pass into breast milk.",
            [("grapefruit juice", "grapefruit-juice"), ("coffee", "coffee")],
        ),
        (
            "Lamotrigine can be combined with other medicines. The combined pill and hormonal contraception lower its "
            "level.",
            [
                ("Lamotrigine", "lamotrigine"),
                ("combined pill", "combined-oral-contraceptive"),
                ("hormonal contraception", "hormonal-contraceptive"),
            ],
        ),
        (
            "It binds to the receptors that adenosine normally uses, and blocks them.",
            [("receptors that adenosine normally uses", "purinergic-p1-receptor")],
        ),
        ("The weather was combined with rain; the hormonal cycle goes on.", []),
    ],
)
def test_screened_recognisers_find_what_they_found(text: str, expected: list, lexicon: dict) -> None:
    mentions, _ = recognise(normalise(text).text, lexicon)
    assert [(m.text, m.slug) for m in mentions] == expected


SENTENCES = [
    "Ibuprofen can cause nausea, which is common, and headache because of the dose.",
    "It is not a treatment for pain, since A is part of Y; ask your doctor.",
    "It can cause a rash with blisters and fever, as well as itching.",
    "Do not take it when it is used for migraine, but take it if you are pregnant or while breastfeeding.",
    "Sandwiches, buttons and distribution centres are not boundaries.",
    "Ménière's disease causes vertigo, which lasts hours; ſome say otherwise.",
    "A severe skin reaction with blisters, or make you feel drowsy.",
    "",
]


def _mixed(words: list[str], seed: int, n: int = 300) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_boundary_is_the_search_from_every_offset() -> None:
    words = ["which", "because", "while", "you", "are", "breastfeeding", ",", ";", "as", "well", "it", "is", "used"]
    words += ["for", "with", "reaction", "rash", "or", "makes", "you", "but", "after", "ſ", "é", "X", "when", "taken"]
    for text in SENTENCES + _mixed(words, 894):
        for after in range(len(text) + 1):
            want, got = BOUNDARY.search(text, after), boundary(text, after)
            assert (want is None) == (got is None), (text, after)
            if want is not None:
                assert (want.span(), want.groups()) == (got.span(), got.groups()), (text, after)


PATTERNS = [
    FOOD_WORDS,  # screened with the document's patterns
    BY_LIGAND,  # required words, not screened
    FORM_ANCHOR,  # neither
    re.compile(r"\b(less|more)\s+water\b", re.I),
    re.compile(r"\bblocks?\b", re.I),
]


def test_lowered_plans_find_what_the_patterns_find() -> None:
    words = ["grapefruit", "Juice", "coffee", "receptors", "that", "adenosine", "uses", "tablets", "MORE", "water"]
    words += ["blocks", "Ménière", "K", "cells", "into", "the", "carry", "pumps"]
    for text in SENTENCES + _mixed(words, 8940):
        for pattern in PATTERNS:
            spans = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in lowered.finditer(pattern, text)] == spans, (pattern.pattern[:40], text)
            assert bool(lowered.search(pattern, text)) == bool(spans)
            if not lowered.may_match(pattern, text):
                assert not spans, (pattern.pattern[:40], text)


def test_the_cue_rules_kept_are_those_anchored_and_screened() -> None:
    rules = rules_in_use.CUE_RULES
    screen = rules_in_use.SCREEN
    words = ["it", "treats", "is", "used", "for", "can", "cause", "do", "not", "take", "if", "you", "have", "blocks"]
    words += ["lowers", "raises", "interacts", "with", "should", "avoid", "helps", "prevents", "binds", "to"]
    for text in SENTENCES + _mixed(words, 89400):
        low = text.lower()
        if not low.isascii():
            assert rules_in_use._anchored(rules, low, False) == list(rules)
            continue
        before = [r for r in rules if rules_in_use._holds_any(low, r.anchors) and screen.may(r.lower, low)]
        assert rules_in_use._anchored(rules, low, True) == before, text
        for pattern in (rules_in_use.CONTRA, rules_in_use.INTERACTION, rules_in_use.STOPPING):
            anchors, lower = rules_in_use._guard(pattern)
            may = rules_in_use._holds_any(low, anchors) and screen.may(lower, low)
            assert rules_in_use._may_match(pattern, low, True) == may
            assert [m.span() for m in rules_in_use._finditer(pattern, text, low, True)] == (
                [m.span() for m in lower.finditer(low)] if may else []
            )


def test_has_phrase_is_any_phrase_and_phrase_values_need_one() -> None:
    words = ["It", "starts", "to", "work", "within", "30", "minutes", "lasts", "up", "6", "hours", "take", "before"]
    words += ["effect", "about", "half", "of", "a", "dose", "is", "absorbed", "peaks", "in", "the", "blood", "%"]
    for text in SENTENCES + _mixed(words, 89401):
        want = anchored(text) and any(pattern.search(text) for _, pattern in PHRASES)
        assert has_phrase(text) == want == has_phrase(text), text
        if not want:
            assert phrase_values(Unit(text, []), "x") == []


def test_a_form_head_is_remembered_for_its_sentence() -> None:
    for text in ["Take the tablets.", "It comes as a cream.", "Nothing here.", "Tablets", "", "Ménière: a gel"]:
        assert _names_a_form(text) == bool(FORM_ANCHOR.search(text)) == _names_a_form(text)


def test_vocabulary_answers_are_remembered() -> None:
    names = ["Neurontin", "SNRIs", "SSRI", "ssri", "dry mouth", "sleepiness", "the", "gabapentinxq", "chronic pain"]
    for name in names + names:
        assert vocabularies.look_up(name) == vocabularies._look_up(name), name
    sorted_names = vocabularies._names()
    for key in ["gabapen", "gabapentinxq", "chronic p", "zzzz", "a", "dry mo"] * 2:
        k = bisect.bisect_left(sorted_names, key)
        assert vocabularies.extends(key) == (k < len(sorted_names) and sorted_names[k].startswith(key)), key


def test_a_count_class_common_name_is_remembered() -> None:
    names = vocab_index.index().names
    numbers = [n for n in (names.get("beta-blocker"), names.get("antidepressant"), names.get("ssri")) if n is not None]
    first = [vocab_index._common_name(n) for n in numbers]
    vocab_index._COMMON[:] = [None, {}]
    assert [vocab_index._common_name(n) for n in numbers] == first


def test_a_sentence_naming_an_agent_forgets_the_condition_without_context() -> None:
    ctx = Discourse(last_condition="gout")
    unit = Unit("Allopurinol is not for gout attacks.", [(0, 11, "allopurinol", "Drug"), (23, 27, "gout", "Disease")])
    note_last_condition(ctx, unit)
    assert ctx.last_condition is None and not unit.statuses  # (ConText not run for it)
    ctx = Discourse(last_condition="gout")
    note_last_condition(ctx, Unit("It is not cancer.", [(10, 16, "cancer", "Disease")]))
    assert ctx.last_condition == "gout"  # (a denied condition only: kept)
    note_last_condition(ctx, Unit("You have eczema.", [(9, 15, "eczema", "Disease")]))
    assert ctx.last_condition == "eczema"


def test_an_illness_lead_needs_its_colon() -> None:
    for lead in ["It causes:", "It causes", "You may notice:", "You may notice.", "What it is. You may:", ""]:
        last = _last_sentence(lead)
        want = lead.strip().endswith(":") and bool(ILLNESS_LEAD.search(last) or NOTICE_LEAD.search(last))
        assert is_illness_lead(lead) == want, lead


def test_a_gloss_opening_is_the_same_for_every_condition_before_it() -> None:
    texts = ["cholestasis, a liver problem where bile does not flow", "A (a rare tumour), B, or C, a kind of D", ", ("]
    for text in texts:
        for end in range(len(text) + 1):
            last = max(text.rfind(",", 0, end), text.rfind("(", 0, end))
            opens = last >= 0 and bool(GLOSS_AFTER.search(text[last:end]))
            for start in range(end + 1):
                assert _gloss_after(text, start, end) == (start <= last and opens), (text, start, end)


def test_a_diagnosis_needs_an_illness_after_the_first_mention() -> None:
    ms = [(5, 10, "cough", "Symptom"), (14, 24, "bronchitis", "Disease")]
    assert diagnosed(Unit("Your cough is bronchitis, an infection.", ms)) == "bronchitis"
    assert diagnosed(Unit("Your cough is a tickle.", ms[:1])) is None
    assert diagnosed(Unit("Bronchitis is called a cough.", [(0, 10, "bronchitis", "Disease")])) is None


def test_a_quote_is_long_as_its_words_say() -> None:
    short, long = "one two three", " ".join(["word"] * (LONG + 1))
    for quote in (short, short, long, long, short, ""):
        assert doubt_count(True, quote, 2) == 3 + int(len(quote.split()) > LONG)
