"""The public relation corpora as gold for `drugkg evaluate`: detect a file's format, read it with its reader
(PubTator: `pubtator.py`, BioC JSON: `bioc.py`, PHEE: `phee.py`, Roam: `roam.py`) and turn its annotation into
units of text with typed gold mentions and gold relations named by drugkg predicates, as `public_corpora.yaml`
maps them.

A gold relation is (predicate, subject id, object id, negated). Ids are the corpus's concept ids where it has them
(MeSH, NCBI Gene: BC5CDR and BioRED relate concepts, abstract by abstract) and a mention's own span `start-end`
where it relates mentions (PHEE, Roam: sentence by sentence); Roam does not mark the drug, so its subject is `*`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from base.errors import DrugkgError
from graph_build.text.pubtator import Article

MAPPING = Path(__file__).with_name("public_corpora.yaml")
FORMATS = ("pubtator", "bioc-json", "phee", "roam")
IMPLICIT = "*"  # the id of a subject the corpus does not mark
IMPLICIT_KIND = "implicit"  # its kind in public_corpora.yaml
PUBTATOR_LINE = re.compile(r"^[^\t|]+\|[ta]\|", re.MULTILINE)

Mention = tuple[int, int, str, frozenset[str]]  # start, end, kind (chemical, disease, ...), ids
Relation = tuple[str, str, str, bool]  # predicate, subject id, object id, negated


@dataclass(frozen=True)
class Row:
    label: str
    subject: str
    object: str
    predicate: str
    mapped_only: bool = False


@dataclass(frozen=True)
class Corpus:
    name: str
    title: str
    level: str
    negation: bool
    entity_types: dict[str, str]
    relations: tuple[Row, ...]
    baselines: tuple[dict, ...]


@dataclass
class Unit:
    """One abstract or sentence: its text, gold mentions and gold relations."""

    id: str
    text: str
    mentions: list[Mention] = field(default_factory=list)
    relations: set[Relation] = field(default_factory=set)
    register: str | None = None  # "research" when the source is known to be research text
    unoriented: int = 0  # gold relations whose ends' entity types are not those of any mapped row


@cache
def corpora() -> dict[str, Corpus]:
    """The corpus profiles of public_corpora.yaml.

    >>> sorted(corpora())
    ['bc5cdr', 'biored', 'phee', 'roam']
    >>> [r.predicate for r in corpora()["bc5cdr"].relations]
    ['hasAdverseEffect']
    """
    data = yaml.safe_load(MAPPING.read_text(encoding="utf-8"))
    return {
        name: Corpus(
            name,
            c["title"],
            c["level"],
            bool(c["negation"]),
            dict(c["entity_types"]),
            tuple(Row(**r) for r in c["relations"]),
            tuple(data["baselines"].get(name, [])),
        )
        for name, c in data["corpora"].items()
    }


def detect_format(path: Path) -> str:
    """The format of a corpus file, from its content: pubtator, bioc-json, phee (JSON lines) or roam (a JSON array).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "x").write_text("1|t|A title.\\n1|a|An abstract.\\n")
    ...     detect_format(Path(d, "x"))
    'pubtator'
    """
    head = _text(path)[:20000].lstrip()
    if head.startswith("{"):
        first = head.split("\n", 1)[0]
        try:
            line = json.loads(first)
        except json.JSONDecodeError:
            line = None
        if isinstance(line, dict) and "context" in line:
            return "phee"
        if '"documents"' in head or '"passages"' in head:
            return "bioc-json"
    if head.startswith("["):
        if '"sentence_id"' in head:
            return "roam"
        if '"passages"' in head:
            return "bioc-json"
    if PUBTATOR_LINE.search(head):
        return "pubtator"
    raise DrugkgError(
        "cannot tell the corpus format from the content",
        where=path,
        fix=f"give a PubTator, BioC JSON, PHEE or Roam file, or name it with --format {'|'.join(FORMATS)}",
    )


def load_units(path: Path, fmt: str | None = None) -> tuple[Corpus, list[Unit]]:
    """The corpus profile and gold units of a file (its format detected unless given)."""
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise DrugkgError(f"unknown format {fmt!r}", fix=f"use one of {', '.join(FORMATS)}")
    if fmt in ("pubtator", "bioc-json"):
        articles = _read_articles(path, fmt)
        corpus = _article_corpus(articles, path)
        return corpus, [_article_unit(a, corpus) for a in articles]
    if fmt == "phee":
        return corpora()["phee"], _phee_units(path)
    return corpora()["roam"], _roam_units(path)


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DrugkgError("not UTF-8 text", where=path, fix="give a corpus file in UTF-8") from None
    except IsADirectoryError:
        raise DrugkgError("a folder, not a corpus file", where=path, fix="give the corpus file itself") from None


def _read_articles(path: Path, fmt: str) -> list[Article]:
    if fmt == "bioc-json":
        from graph_build.text.bioc import read_bioc_json

        return read_bioc_json(path)
    from graph_build.text.pubtator import read_pubtator

    _text(path)  # a clear error for a non-UTF-8 file
    try:
        articles = read_pubtator(path)
    except (ValueError, IndexError) as exc:
        raise DrugkgError(f"a malformed PubTator line ({exc})", where=path, fix="give a PubTator file") from None
    if not articles:
        raise DrugkgError("no PubTator abstract (no 'PMID|a|' line)", where=path, fix="give a PubTator file")
    return articles


def _article_corpus(articles: list[Article], path: Path) -> Corpus:
    """BC5CDR or BioRED, by the entity types the file uses."""
    types = {m[2] for a in articles for m in a.mentions}
    labels = {label for a in articles for kinds in a.relations.values() for label in kinds}
    for name in ("biored", "bc5cdr"):
        if types & set(corpora()[name].entity_types):
            return corpora()[name]
    if "CID" in labels:
        return corpora()["bc5cdr"]
    raise DrugkgError(
        f"entity types {sorted(types)[:5]} are neither BC5CDR's nor BioRED's",
        where=path,
        fix="give BC5CDR or BioRED annotation (Chemical/Disease or ChemicalEntity/DiseaseOrPhenotypicFeature/...)",
    )


def _article_unit(article: Article, corpus: Corpus) -> Unit:
    kinds = corpus.entity_types
    unit = Unit(article.pmid, article.text, register="research")  # abstracts: research by their source
    unit.mentions = [(s, e, kinds[t], ids) for s, e, t, ids in article.mentions if t in kinds]
    kind_of: dict[str, set[str]] = {}
    for _, _, kind, ids in unit.mentions:
        for i in ids:
            kind_of.setdefault(i, set()).add(kind)
    for pair, labels in sorted(article.relations.items(), key=lambda kv: sorted(kv[0])):
        if len(pair) != 2:
            continue
        a, b = sorted(pair)
        for label in sorted(labels):
            rows = [r for r in corpus.relations if r.label == label]
            oriented = [o for r in rows if (o := _orient(a, b, r, kind_of)) is not None]
            unit.unoriented += bool(rows) and not oriented
            unit.relations.update(oriented)
    return unit


def _orient(a: str, b: str, row: Row, kind_of: dict[str, set[str]]) -> Relation | None:
    ka, kb = kind_of.get(a, set()), kind_of.get(b, set())
    if row.subject in ka and row.object in kb:
        return (row.predicate, a, b, False)
    if row.subject in kb and row.object in ka:
        return (row.predicate, b, a, False)
    return None


def _span_id(span: tuple[int, int]) -> str:
    return f"{span[0]}-{span[1]}"


def _phee_units(path: Path) -> list[Unit]:
    from graph_build.text.phee import read_phee

    _text(path)
    try:
        sentences = read_phee(path)
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise DrugkgError(
            f"not PHEE JSON lines ({type(exc).__name__}: {exc})",
            where=path,
            fix="give one {id, context, annotations} object per line",
        ) from None
    rows = {r.label: r.predicate for r in corpora()["phee"].relations}
    units = []
    for s in sentences:
        unit = Unit(s.id, s.text, register="research")  # case-report sentences
        mentions: set[Mention] = set()
        for e in s.events:
            mentions.update((a, b, "chemical", frozenset({_span_id((a, b))})) for a, b in e.drugs)
            mentions.update((a, b, "disease", frozenset({_span_id((a, b))})) for a, b in e.effects + e.disorders)
            for drug in e.drugs:
                if e.kind in rows:
                    unit.relations.update((rows[e.kind], _span_id(drug), _span_id(x), e.negated) for x in e.effects)
                if "Treatment.Disorder" in rows:
                    unit.relations.update(
                        (rows["Treatment.Disorder"], _span_id(drug), _span_id(x), False) for x in e.disorders
                    )
        unit.mentions = sorted(mentions, key=lambda m: (m[0], m[1], m[2]))
        units.append(unit)
    return units


def _roam_units(path: Path) -> list[Unit]:
    from graph_build.text.roam import read_roam

    rows = {r.label: r.predicate for r in corpora()["roam"].relations}
    units = []
    for s in read_roam(path):
        unit = Unit(s.id, s.text)
        for start, end, label in s.mentions:
            unit.mentions.append((start, end, "disease", frozenset({_span_id((start, end))})))
            if label in rows:
                unit.relations.add((rows[label], IMPLICIT, _span_id((start, end)), False))
        units.append(unit)
    return units
