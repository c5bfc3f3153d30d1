"""ConText runs with only the rules that can match a sentence; its verdicts must be those of all the rules."""

import warnings
from pathlib import Path

import pytest

from graph_build.read import read_corpus
from graph_build.text.negation import _context_for, _matches, _pipeline, _rule_index, statuses
from graph_build.text.normalise import normalise
from graph_build.text.recognise import recognise
from graph_build.text.segment import segment
from ontology.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]


def _graph(context, sentence: str, spans: list[tuple[int, int]]):
    """Every modifier ConText finds and what it says about each entity."""
    nlp = _pipeline()[0]
    doc = nlp.make_doc(sentence)
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0
    ents = []
    for start, end in spans:
        span = doc.char_span(start, end, label="ENTITY", alignment_mode="expand")
        if span is not None and not any(span.start < e.end and e.start < span.end for e in ents):
            ents.append(span)
    doc.ents = sorted(ents, key=lambda e: e.start)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W036\]")
        doc = context(doc)
    modifiers = [(m.category, m.rule.literal, m.modifier_span, m.scope_span) for m in doc._.context_graph.modifiers]
    targets = [
        (e.start, e.end, [(m.category, m.rule.literal) for m in e._.modifiers], e._.is_negated, e._.is_uncertain)
        for e in doc.ents
    ]
    return modifiers, targets


def test_rule_subsets_find_what_all_rules_find_on_the_corpus_articles():
    nlp, full, _ = _pipeline()
    lexicon = load_lexicon()
    checked = modified = 0
    for document in read_corpus(ROOT / "corpus"):
        text = normalise(document.text).text
        mentions, _ = recognise(text, lexicon, vocabularies=False)
        for sentence in segment(text):
            spans = [
                (m.start - sentence.start, m.end - sentence.start)
                for m in mentions
                if sentence.start <= m.start < sentence.end
            ]
            if not spans:
                continue
            subset = _context_for(_rule_index().select([t.lower_ for t in nlp.make_doc(sentence.text)]))
            expected = _graph(full, sentence.text, spans)
            assert _graph(subset, sentence.text, spans) == expected, sentence.text
            checked += 1
            modified += bool(expected[0])
    assert checked > 100 and modified > 10  # the articles hold negations and hedges to compare


INVENTED = [
    "Warfarin is not just a blood thinner, and it may not be safe in pregnancy.",
    "There is no evidence that ginkgo improves memory; instead, it can cause bleeding.",
    "It is not known whether lisinopril passes into breast milk, but it is unlikely to.",
    "Patients who have never had asthma should not stop taking the tablets without advice.",
    "Nobody knows exactly how lithium works, although it possibly steadies the mood.",
]


def test_matches_without_a_subset_are_those_of_the_subset():
    """`_matches` (the full PhraseMatcher filtered by the selection, a token Matcher of the selected patterns; decision
    0752) gives the matches, in order and pruned, of the subset ConText `_context_for` builds: for the rules the index
    selects and for all the rules, on every sentence of the corpus articles and invented ones."""
    nlp, full, _ = _pipeline()
    every = tuple(range(len(full.rules)))
    sentences = [s.text for d in read_corpus(ROOT / "corpus") for s in segment(normalise(d.text).text)]
    found = 0
    for sentence in [*sentences, *INVENTED]:
        doc = nlp.make_doc(sentence)
        for selected in (_rule_index().select([t.lower_ for t in doc]), every):
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=r"\[W036\]")
                expected = _context_for(selected)._ConText__matcher(doc)
            assert _matches(selected, doc) == expected, sentence
            found += bool(expected)
    assert found > 50  # negations, hedges and scope ends were found, so the comparison says something


@pytest.mark.parametrize(
    ("sentence", "chosen", "left_out"),
    [
        ("It is not appropriate for acute pain.", {"not", "was not"}, {"no", "deny", "not to be", "sometimes"}),
        ("Klonopin is sometimes used for tremors.", {"sometimes"}, {"not", "may"}),
        ("There was no sign of seizures.", {"no", "no cause of"}, {"not", "was not"}),
    ],
)
def test_rules_are_chosen_by_the_words_they_need(sentence, chosen, left_out):
    nlp, full, _ = _pipeline()
    literals = {full.rules[k].literal for k in _rule_index().select([t.lower_ for t in nlp.make_doc(sentence)])}
    assert chosen <= literals
    assert not left_out & literals


def test_no_warning_about_an_empty_matcher_reaches_the_user():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert statuses("Klonopin is sometimes used for tremors.", [(31, 38)])[0].certainty == "Occasional"
    assert not [w for w in caught if "W036" in str(w.message)]


def _status_of(sentence: str, words: str):
    start = sentence.index(words)
    return statuses(sentence, [(start, start + len(words))])[0]


@pytest.mark.parametrize(
    ("sentence", "words", "negated", "certainty", "absent"),
    [
        # pseudo-negations match longer than "not" and modify nothing
        ("It not only eases nerve pain but also improves sleep.", "nerve pain", False, "Asserted", False),
        ("It is not just used for seizures.", "seizures", False, "Asserted", False),
        ("It is not a first-line treatment for migraine.", "migraine", False, "Asserted", False),
        # absence of evidence is neither a negation nor an assertion
        ("There is no evidence that it lowers blood pressure.", "blood pressure", False, "Asserted", True),
        ("Its use was not associated with stroke.", "stroke", False, "Asserted", True),
        # aims are hypothetical, to the end of the sentence
        (
            "We tested whether the drug reduces the risk of suicide in older adults.",
            "suicide",
            False,
            "Possible",
            False,
        ),
        # scope ends at ";" and does not leave a sentence-opening subordinate clause
        ("It does not treat migraine; it treats cluster headache.", "cluster headache", False, "Asserted", False),
        ("While it is not a pain reliever, it is used for chronic pain.", "chronic pain", False, "Asserted", False),
        ("While it is not a pain reliever, it is used for chronic pain.", "pain reliever", True, "Asserted", False),
        # plain negation is untouched
        ("It does not treat migraine.", "migraine", True, "Asserted", False),
    ],
)
def test_scope_of_negation_and_hedging(sentence, words, negated, certainty, absent):
    status = _status_of(sentence, words)
    assert (status.negated, status.certainty, status.absent) == (negated, certainty, absent)
