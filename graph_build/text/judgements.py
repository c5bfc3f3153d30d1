"""Judging extracted claims on annotated development and held-out text: against curated gold claims (fixture sets,
the seed corpus), BC5CDR/BioRED annotations (graph_build/text/pubtator.py) and PHEE events
(graph_build/text/phee.py). Used by graph_build/text/confidence.py to measure the confidence table and the
threshold's precision."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from graph_build.claims import Claim

#: Predicates the ontology declares owl:SymmetricProperty (ontology/drugkg.ttl): judged in either order.
SYMMETRIC = frozenset({"interactsWith", "conflictsWith"})
Judged = tuple[Claim, bool, str]  # a claim, whether it is right, the register of its document


def gold_judgements(corpus: Path, gold: Path | None, *, symmetric: bool = True) -> Iterable[Judged]:
    """Each extracted claim of a set with curated gold claims, and whether the gold holds it (same document,
    subject, predicate, object and negation; a SYMMETRIC predicate in either order unless `symmetric` is false)."""
    from graph_build.read import read_corpus
    from graph_build.text.evaluate import extracted_and_gold

    registers = {d.id: _register(d.text) for d in read_corpus(corpus)}
    gold_claims, found = extracted_and_gold(corpus, gold)
    items = {(e.document, c.subject, c.predicate, c.object, c.negated) for c in gold_claims for e in c.evidence}
    for claim in found:
        doc = claim.evidence[0].document
        ends = [(claim.subject, claim.object)]
        if symmetric and claim.predicate in SYMMETRIC:  # the ontology says A interactsWith B is B interactsWith A
            ends.append((claim.object, claim.subject))
        right = any((doc, s, claim.predicate, o, claim.negated) in items for s, o in ends)
        yield claim, right, registers[doc]


def pubtator_judgements(path: Path, cid_only: bool) -> Iterable[Judged]:
    """Each judgeable extracted claim of a PubTator file, and whether the annotation holds it."""
    from graph_build.read import Document
    from graph_build.text.extract import extract_document
    from graph_build.text.normalise import normalise
    from graph_build.text.pubtator import judge, read_pubtator
    from graph_build.text.recognise import recognise
    from ontology.lexicon import load_lexicon

    lexicon = load_lexicon()
    for article in read_pubtator(path):
        document = Document(article.pmid, article.pmid, f"{article.pmid}.txt", "", article.text, Path("x"))
        # a research abstract: its register is known from its source, not guessed from its words (docs/decisions/0605)
        claims = extract_document(document, lexicon, research="research").claims
        if not claims:
            continue
        norm = normalise(article.text)
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in recognise(norm.text, lexicon)[0]:
            spans.setdefault(m.slug, []).append(norm.original(m.start, m.end))
        for claim in claims:
            verdict = judge(article, claim, spans, cid_only)
            if verdict is not None:
                yield claim, verdict, "research"  # abstracts of research reports


def phee_judgements(path: Path) -> Iterable[Judged]:
    """Each judgeable extracted claim of a PHEE file (one sentence per line), and whether its events hold it."""
    from graph_build.read import Document
    from graph_build.text.extract import extract_document
    from graph_build.text.normalise import normalise
    from graph_build.text.phee import judge, read_phee
    from graph_build.text.recognise import recognise
    from ontology.lexicon import load_lexicon

    lexicon = load_lexicon()
    for sentence in read_phee(path):
        if not sentence.events:
            continue
        document = Document(sentence.id, sentence.id, f"{sentence.id}.txt", "", sentence.text, Path("x"))
        # a sentence of a case report: its register is known, not guessed from one sentence's words
        claims = extract_document(document, lexicon, research="research").claims
        if not claims:
            continue
        norm = normalise(sentence.text)
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in recognise(norm.text, lexicon)[0]:
            spans.setdefault(m.slug, []).append(norm.original(m.start, m.end))
        for claim in claims:
            verdict = judge(sentence, claim, spans)
            if verdict is not None:
                yield claim, verdict, "research"  # case reports


def relation_judgements(path: Path, cid_only: bool) -> Iterable[Judged]:
    """PHEE's json lines or a PubTator file, judged."""
    return phee_judgements(path) if path.suffix == ".json" else pubtator_judgements(path, cid_only)


def _register(text: str) -> str:
    from graph_build.text.confidence import register

    return register(text)
