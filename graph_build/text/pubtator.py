"""Judge extracted claims against public annotated abstracts in PubTator format (BC5CDR, BioRED).

Those corpora annotate chemical and disease mentions (offsets, MeSH ids) and, per abstract, which chemical-disease
pairs are related and how. An extracted `treats` or `hasAdverseEffect` claim is judged by the gold mentions its
subject and object overlap in the evidence sentence (a subject resolved from a pronoun: its mentions anywhere in the
abstract):

- BC5CDR marks chemical-induced disease (CID) only: an adverse claim is right when the pair is CID and wrong when
  it is not; a `treats` claim is wrong when the pair is CID (an induced disease read as treated), else not judged.
- BioRED: `Positive_Correlation` (the chemical induces or worsens the disease) makes an adverse claim right and a
  `treats` claim wrong; `Negative_Correlation` (it lowers the disease) the other way round; an unrelated pair makes
  both wrong; an undirected `Association` is not judged.
- A negated claim is right when the pair is not related the way the predicate says (judged only where a positive
  claim would be). A claim whose subject or object overlaps no gold mention of the right type is not judged.

The files are read from ../shared/data/relations (never copied into the project); only TRAIN/DEV splits exist there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graph_build.claims import Claim

CHEMICAL = frozenset({"Chemical", "ChemicalEntity"})
DISEASE = frozenset({"Disease", "DiseaseOrPhenotypicFeature"})
#: Relation types that make a predicate right, and those that make it wrong (besides no relation at all).
RIGHT = {"hasAdverseEffect": {"CID", "Positive_Correlation"}, "treats": {"Negative_Correlation"}}
WRONG = {"hasAdverseEffect": {"Negative_Correlation"}, "treats": {"CID", "Positive_Correlation"}}
JUDGED = frozenset(RIGHT)


@dataclass
class Article:
    """One abstract: its text (title, space, abstract: the offsets' frame), mentions and related pairs."""

    pmid: str
    text: str
    mentions: list[tuple[int, int, str, frozenset[str]]] = field(default_factory=list)  # start, end, type, ids
    relations: dict[frozenset[str], set[str]] = field(default_factory=dict)  # {id, id} -> relation types
    exhaustive_types: frozenset[str] = frozenset()  # the relation types this corpus annotates


def read_pubtator(path: Path) -> list[Article]:
    """The articles of a PubTator file (BC5CDR's CID lines or BioRED's typed relation lines).

    >>> import tempfile
    >>> text = "1|t|Drug X.\\n1|a|It caused rash.\\n1\\t0\\t6\\tDrug X\\tChemical\\tD1\\n1\\tCID\\tD1\\tD2\\n\\n"
    >>> with tempfile.TemporaryDirectory() as d:
    ...     (Path(d) / "a.txt").write_text(text)
    ...     found = read_pubtator(Path(d, "a.txt"))
    70
    >>> [(a.pmid, a.text, [(sorted(k), v) for k, v in a.relations.items()]) for a in found]
    [('1', 'Drug X. It caused rash.', [(['D1', 'D2'], {'CID'})])]
    """
    articles: dict[str, Article] = {}
    title: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "|t|" in line[:20]:
            pmid, _, rest = line.partition("|t|")
            title[pmid] = rest
            continue
        if "|a|" in line[:20]:
            pmid, _, rest = line.partition("|a|")
            articles[pmid] = Article(pmid, f"{title.get(pmid, '')} {rest}")
            continue
        cells = line.split("\t")
        if len(cells) >= 6 and cells[1].isdigit() and cells[0] in articles:
            ids = frozenset(i for part in cells[5].replace(",", "|").split("|") if (i := part.strip()) and i != "-1")
            articles[cells[0]].mentions.append((int(cells[1]), int(cells[2]), cells[4], ids))
        elif len(cells) >= 4 and cells[0] in articles and not cells[1].isdigit():
            pair = frozenset({cells[2], cells[3]})
            articles[cells[0]].relations.setdefault(pair, set()).add(cells[1])
    return list(articles.values())


def _ids(article: Article, spans: list[tuple[int, int]], types: frozenset[str]) -> set[str]:
    return {
        i
        for start, end, kind, ids in article.mentions
        if kind in types
        for a, b in spans
        if start < b and a < end
        for i in ids
    }


def judge(article: Article, claim: Claim, spans: dict[str, list[tuple[int, int]]], cid_only: bool) -> bool | None:
    """Whether an extracted claim is right (True), wrong (False) or cannot be judged here (None).

    `spans` maps an entity slug to the offsets of its mentions in the article's text.
    """
    if claim.predicate not in JUDGED:
        return None
    ev = claim.evidence[0]

    def where(slug: str, anywhere: bool) -> list[tuple[int, int]]:
        return [(a, b) for a, b in spans.get(slug, []) if anywhere or (ev.start <= a and b <= ev.end)]

    subject_ids = _ids(article, where(claim.subject, bool(ev.resolved_from)), CHEMICAL)
    object_ids = _ids(article, where(claim.object, False), DISEASE)
    if not subject_ids or not object_ids:
        return None
    types = set().union(*(article.relations.get(frozenset({s, o}), set()) for s in subject_ids for o in object_ids))
    right, wrong = bool(types & RIGHT[claim.predicate]), bool(types & WRONG[claim.predicate])
    if cid_only and claim.predicate == "treats" and not wrong:
        return None  # BC5CDR does not annotate treatment
    if not right and not wrong and "Association" in types:
        return None  # undirected
    return not right if claim.negated else right and not wrong
