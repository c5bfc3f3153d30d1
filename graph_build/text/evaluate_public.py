"""Score the extractor on a public relation corpus in its own format (`drugkg evaluate --gold FILE`).

The extractor runs over the corpus's own texts (an abstract or a sentence each). An extracted claim is a
prediction of a gold relation when its predicate is the one `public_corpora.yaml` maps the relation to (or a
sub-property of it, e.g. hasWithdrawalEffect of hasAdverseEffect). Its ends become the corpus's ids by the gold
mentions they overlap (the subject's mentions in the evidence sentence, anywhere in the text when it was resolved
from a pronoun; the object's in the evidence sentence), so that:

- abstract-level corpora (BC5CDR, BioRED) are scored as their official evaluations score them: one item per
  (abstract, predicate, chemical id, disease/gene/chemical id), however often the text states it;
- sentence-level corpora (PHEE, Roam) one item per (sentence, predicate, drug mention, effect/disease mention);
- a claim whose end overlaps no gold mention of the right type is a false positive of its own (the corpus says
  no such relation holds between annotated things), counted apart as "on no gold mention";
- a symmetric predicate (interactsWith) is compared in either order; negated claims are scored only where the
  corpus marks negation (PHEE), and claims of predicates the corpus does not annotate are not scored.

Entity recall: the share of gold mentions that some recognised mention overlaps, per entity kind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graph_build.claims import Claim
from graph_build.text.evaluate import Score
from graph_build.text.public_gold import IMPLICIT, IMPLICIT_KIND, Corpus, Row, Unit, load_units

Item = tuple[str, str, str, str, bool]  # unit, predicate, subject id, object id, negated
NOT_ANNOTATED = "of predicates the corpus does not annotate"
NEGATED = "negated (the corpus marks no negation)"
UNMAPPED_BROAD = "of a broad predicate with an end on no gold mention"


@dataclass
class PublicReport:
    path: str
    format: str
    corpus: Corpus
    units: int
    per_predicate: dict[str, Score]
    on_no_mention: dict[str, int]
    entities: dict[str, list[int]]  # kind -> [found, gold]
    not_scored: dict[str, int] = field(default_factory=dict)
    unoriented: int = 0

    @property
    def overall(self) -> Score:
        total = Score()
        for s in self.per_predicate.values():
            total.true_positives += s.true_positives
            total.false_positives += s.false_positives
            total.false_negatives += s.false_negatives
        return total

    def labels(self, predicate: str) -> str:
        return ", ".join(dict.fromkeys(r.label for r in self.corpus.relations if r.predicate == predicate))

    def as_dict(self) -> dict:
        return {
            "file": self.path,
            "format": self.format,
            "corpus": self.corpus.name,
            "level": self.corpus.level,
            "units": self.units,
            "per_predicate": {
                p: {**s.as_dict(), "gold_labels": self.labels(p), "fp_on_no_gold_mention": self.on_no_mention.get(p, 0)}
                for p, s in sorted(self.per_predicate.items())
            },
            "overall": self.overall.as_dict(),
            "entity_recall": {
                k: {"found": f, "gold": g, "recall": round(f / g, 4) if g else None}
                for k, (f, g) in sorted(self.entities.items())
            },
            "claims_not_scored": dict(sorted(self.not_scored.items())),
            "gold_relations_not_mapped": self.unoriented,
            "baselines": list(self.corpus.baselines),
        }

    def table(self) -> str:
        unit = "abstracts" if self.corpus.level == "abstract" else "sentences"
        rows = [
            f"{self.corpus.title}: {Path(self.path).name} ({self.format}, {self.units} {unit}, "
            f"{self.corpus.level}-level relations)",
            f"{'predicate':<20} {'gold label':<38} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6} "
            f"{'fp on no gold mention':>22}",
        ]
        for name, s in [*sorted(self.per_predicate.items()), ("OVERALL (micro)", self.overall)]:
            label = self.labels(name) if name in self.per_predicate else ""
            extra = self.on_no_mention.get(name, sum(self.on_no_mention.values()))
            rows.append(
                f"{name:<20} {label[:38]:<38} {s.true_positives:>5} {s.false_positives:>5} {s.false_negatives:>5} "
                f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {extra:>22}"
            )
        shown = ", ".join(f"{k} {f / g:.3f} ({f} of {g})" for k, (f, g) in sorted(self.entities.items()) if g)
        rows.append(f"entity recall: {shown or 'no gold mentions'}")
        if self.not_scored:
            rows.append("claims not scored: " + "; ".join(f"{n} {why}" for why, n in sorted(self.not_scored.items())))
        if self.unoriented:
            rows.append(f"gold relations between entity types no row maps: {self.unoriented}")
        rows.append("published figures (not comparable unless the task matches):")
        rows += [f"  {b['task']}: {b['figure']} ({b['source']})" for b in self.corpus.baselines]
        return "\n".join(rows)


@cache
def _mapped_predicates() -> dict[str, frozenset[str]]:
    """Each ontology predicate -> itself and the predicates it is a sub-property of."""
    from rdflib import RDFS

    from ontology.schema import local_name, ontology_graph, predicates

    graph = ontology_graph()
    return {
        name: frozenset(local_name(p) for p in graph.transitive_objects(iri, RDFS.subPropertyOf))
        for name, iri in predicates().items()
    }


def _overlapping(unit: Unit, spans: list[tuple[int, int]], kind: str) -> set[str]:
    return {
        i for start, end, k, ids in unit.mentions if k == kind for a, b in spans if start < b and a < end for i in ids
    }


Extractor = Callable[[Unit], tuple[list[Claim], dict[str, list[tuple[int, int]]]]]


def evaluate_public(
    path: str | Path, fmt: str | None = None, limit: int | None = None, *, facts_only: bool = False
) -> PublicReport:
    """Run the extractor over a public corpus file and score it against the file's annotation (`facts_only`:
    candidates, below the confidence threshold, left out)."""
    from graph_build.text.public_gold import detect_format
    from ontology.lexicon import load_lexicon

    path = Path(path)
    fmt = fmt or detect_format(path)
    corpus, units = load_units(path, fmt)
    units = units[:limit] if limit is not None else units
    lexicon = load_lexicon()
    return score_units(corpus, units, lambda unit: _extract(unit, lexicon, facts_only), str(path), fmt)


def score_units(corpus: Corpus, units: list[Unit], extract: Extractor, path: str = "", fmt: str = "") -> PublicReport:
    """Score the claims `extract` gives for each unit (with each entity's mention spans) against the units' gold.

    >>> from graph_build.claims import Evidence
    >>> from graph_build.text.public_gold import corpora
    >>> unit = Unit("1", "Drug X causes rash.", [(0, 6, "chemical", frozenset({"C1"})),
    ...     (14, 18, "disease", frozenset({"D1"}))], {("hasAdverseEffect", "C1", "D1", False)})
    >>> claim = Claim("drug-x", "hasAdverseEffect", "rash", evidence=[Evidence("1", unit.text, 0, 19)])
    >>> report = score_units(corpora()["bc5cdr"], [unit], lambda u: ([claim], {"drug-x": [(0, 6)], "rash": [(14, 18)]}))
    >>> report.per_predicate["hasAdverseEffect"].as_dict()["tp"], report.entities
    (1, {'chemical': [1, 1], 'disease': [1, 1]})
    """
    from graph_build.text.judgements import SYMMETRIC

    ancestors = _mapped_predicates()
    rows_of: dict[str, list[Row]] = {}
    for row in corpus.relations:
        if all((r.subject, r.object) != (row.subject, row.object) for r in rows_of.get(row.predicate, [])):
            rows_of.setdefault(row.predicate, []).append(row)
    gold: set[Item] = set()
    found: set[Item] = set()
    on_no_mention: set[Item] = set()
    entities: dict[str, list[int]] = {}
    not_scored: dict[str, int] = {}
    for unit in units:
        gold.update((unit.id, p, *_ordered(p, s, o, SYMMETRIC), n) for p, s, o, n in unit.relations)
        claims, spans = extract(unit)
        every = [span for slug_spans in spans.values() for span in slug_spans]
        for start, end, kind in sorted({m[:3] for m in unit.mentions}):
            tally = entities.setdefault(kind, [0, 0])
            tally[0] += any(a < end and start < b for a, b in every)
            tally[1] += 1
        for claim in claims:
            mapped = [p for p in rows_of if p in ancestors.get(claim.predicate, {claim.predicate})]
            if not mapped:
                not_scored[NOT_ANNOTATED] = not_scored.get(NOT_ANNOTATED, 0) + 1
                continue
            if claim.negated and not corpus.negation:
                not_scored[NEGATED] = not_scored.get(NEGATED, 0) + 1
                continue
            ev = claim.evidence[0]

            def where(slug: str, anywhere: bool) -> list[tuple[int, int]]:
                return [(a, b) for a, b in spans.get(slug, []) if anywhere or (ev.start <= a and b <= ev.end)]  # noqa: B023

            for predicate in mapped:
                items = set()
                for row in rows_of[predicate]:
                    subjects = (
                        {IMPLICIT}
                        if row.subject == IMPLICIT_KIND
                        else _overlapping(unit, where(claim.subject, bool(ev.resolved_from)), row.subject)
                    )
                    objects = _overlapping(unit, where(claim.object, False), row.object)
                    items |= {
                        (unit.id, predicate, *_ordered(predicate, s, o, SYMMETRIC), claim.negated)
                        for s in subjects
                        for o in objects
                    }
                if items:
                    found |= items
                elif any(r.mapped_only for r in rows_of[predicate]):
                    not_scored[UNMAPPED_BROAD] = not_scored.get(UNMAPPED_BROAD, 0) + 1
                else:
                    item = (unit.id, predicate, f"?{claim.subject}", f"?{claim.object}", claim.negated)
                    found.add(item)
                    on_no_mention.add(item)
    per = {p: Score() for p in rows_of}
    for item in gold | found:
        s = per[item[1]]
        if item in gold and item in found:
            s.true_positives += 1
        elif item in found:
            s.false_positives += 1
        else:
            s.false_negatives += 1
    counts = {p: sum(1 for i in on_no_mention if i[1] == p) for p in rows_of}
    unoriented = sum(u.unoriented for u in units)
    return PublicReport(path, fmt, corpus, len(units), per, counts, entities, not_scored, unoriented)


def _ordered(predicate: str, s: str, o: str, symmetric: frozenset[str]) -> tuple[str, str]:
    return (min(s, o), max(s, o)) if predicate in symmetric else (s, o)


def _extract(unit: Unit, lexicon: dict, facts_only: bool = False) -> tuple[list, dict[str, list[tuple[int, int]]]]:
    """The claims extracted from a unit's text and each entity's mention spans in that text."""
    from graph_build.read import Document
    from graph_build.text.extract import extract_document
    from graph_build.text.normalise import normalise
    from graph_build.text.recognise import recognise

    document = Document(unit.id, unit.id, f"{unit.id}.txt", "", unit.text, Path(f"{unit.id}.txt"))
    claims = extract_document(document, lexicon, research=unit.register).claims
    claims = [c for c in claims if not (facts_only and c.candidate)]
    norm = normalise(unit.text)
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in recognise(norm.text, lexicon)[0]:
        spans.setdefault(m.slug, []).append(norm.original(m.start, m.end))
    return claims, spans


def write_json(report: PublicReport, path: Path) -> None:
    from base.atomic import write_text

    write_text(path, json.dumps(report.as_dict(), indent=2, sort_keys=True) + "\n")
