"""Read BioC JSON collections (BioRED's and BC5CDR's other release format) into PubTator articles.

A BioC JSON collection is `{"documents": [{"id", "passages": [{"offset", "text", "annotations": [...]}],
"relations": [...]}]}`. An annotation has `infons.type` and an identifier (`infons.identifier` in BioRED, `MESH`
in BC5CDR; several joined by `,` or `|`) and `locations` of `{offset, length}` in the document's frame (passage
offsets included). A relation has `infons.type` with `entity1`/`entity2` (BioRED) or `infons.relation` with
`Chemical`/`Disease` (BC5CDR). The document's text is its passages placed at their offsets (gaps are spaces), so
the offsets are those of the PubTator release (title, space, abstract).
"""

from __future__ import annotations

import json
from pathlib import Path

from base.errors import DrugkgError
from graph_build.text.pubtator import Article

IDENTIFIER_KEYS = ("identifier", "Identifier", "MESH", "MeSH", "mesh")


def read_bioc_json(path: Path) -> list[Article]:
    """The articles of a BioC JSON collection, with mentions and related pairs as `read_pubtator` gives them.

    >>> import tempfile
    >>> doc = {"id": "1", "passages": [
    ...     {"offset": 0, "text": "Drug X.", "annotations": [{"infons": {"type": "ChemicalEntity",
    ...      "identifier": "D1"}, "locations": [{"offset": 0, "length": 6}]}]},
    ...     {"offset": 8, "text": "It caused rash.", "annotations": []}],
    ...     "relations": [{"infons": {"type": "Positive_Correlation", "entity1": "D1", "entity2": "D2"}}]}
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "c.json").write_text(json.dumps({"documents": [doc]}))
    ...     a = read_bioc_json(Path(d, "c.json"))[0]
    >>> a.text, a.mentions
    ('Drug X. It caused rash.', [(0, 6, 'ChemicalEntity', frozenset({'D1'}))])
    >>> [(sorted(pair), kinds) for pair, kinds in a.relations.items()]
    [(['D1', 'D2'], {'Positive_Correlation'})]
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DrugkgError(f"not a BioC JSON collection ({exc})", where=path, fix="give a BioC JSON file") from None
    documents = data.get("documents") if isinstance(data, dict) else data
    if not isinstance(documents, list):
        raise DrugkgError("no 'documents' list", where=path, fix="give a BioC JSON collection")
    return [_article(d, path) for d in documents]


def _article(document: dict, path: Path) -> Article:
    passages = document.get("passages")
    if not isinstance(document, dict) or not isinstance(passages, list):
        raise DrugkgError("a document without 'passages'", where=path, fix="give a BioC JSON collection")
    text = ""
    for passage in sorted(passages, key=lambda p: int(p.get("offset", 0))):
        offset = int(passage.get("offset", 0))
        text = text.ljust(offset) + passage.get("text", "")
    article = Article(str(document.get("id", "")), text)
    for passage in passages:
        for annotation in passage.get("annotations", []):
            infons = annotation.get("infons", {})
            ids = _identifiers(infons)
            for location in annotation.get("locations", []):
                start = int(location["offset"])
                article.mentions.append((start, start + int(location["length"]), infons.get("type", ""), ids))
    article.mentions.sort(key=lambda m: (m[0], m[1]))
    for relation in document.get("relations", []):
        infons = relation.get("infons", {})
        if "relation" in infons:  # BC5CDR: {"relation": "CID", "Chemical": ..., "Disease": ...}
            kind, ends = infons["relation"], (infons.get("Chemical"), infons.get("Disease"))
        else:
            kind, ends = infons.get("type", ""), (infons.get("entity1"), infons.get("entity2"))
        if kind and all(ends):
            article.relations.setdefault(frozenset(ends), set()).add(kind)
    return article


def _identifiers(infons: dict) -> frozenset[str]:
    raw = next((infons[k] for k in IDENTIFIER_KEYS if infons.get(k)), "")
    return frozenset(i for part in str(raw).replace(",", "|").split("|") if (i := part.strip()) and i != "-1")
