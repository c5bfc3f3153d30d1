"""Per-document cache of extraction results, keyed by the document's content hash, the pipeline version and
the lexicon's fingerprint, so that rebuilding an unchanged corpus does not extract again."""

from __future__ import annotations

import contextlib
import hashlib
import json
from decimal import Decimal
from functools import cache
from pathlib import Path

from graph_build.buildcache import write_cache_text
from graph_build.cachedir import CACHE_ENV, cache_root  # noqa: F401  (cache_root is re-exported)
from graph_build.claims import Claim, Evidence
from graph_build.text.extract import PIPELINE_VERSION, Extraction
from ontology import IDENTIFIERS_YAML, LEXICON_YAML
from ontology.lexicon import Entity


def extraction_cache() -> Path:
    return cache_root() / "extract"


@cache
def inputs_fingerprint() -> str:
    """A hash of what extraction reads besides the text: the lexicon, the identifiers and the extractor's own
    source (graph_build/text/*.py, its tables, the learned model and the claim model), so a changed rule can
    never be served from an old cache entry even when PIPELINE_VERSION was not bumped."""
    digest = hashlib.sha256()
    folder = Path(__file__).resolve().parent
    sources = sorted(
        [*folder.glob("*.py"), *folder.glob("*.yaml"), *folder.glob("models/*"), folder.parent / "claims.py"]
    )

    for path in (Path(LEXICON_YAML), Path(IDENTIFIERS_YAML), *sources):
        digest.update(path.name.encode() + b"\0" + (path.read_bytes() if path.exists() else b""))
    return digest.hexdigest()[:16]


def cache_key(document: str, sha256: str) -> str:
    """File name of a document's cached result (evidence names the document, so its id is part of the key)."""
    return f"{document}-{sha256[:24]}-v{PIPELINE_VERSION}-{inputs_fingerprint()}.json"


def _value(v):
    if isinstance(v, Decimal):
        return {"decimal": str(v)}
    return v


def _unvalue(v):
    return Decimal(v["decimal"]) if isinstance(v, dict) else v


def to_json(result: Extraction) -> str:
    claims = [
        {
            "s": c.subject,
            "p": c.predicate,
            "o": c.object,
            "neg": c.negated,
            "cert": c.certainty,
            "q": [[name, [_value(v) for v in values]] for name, values in c.qualifiers],
            "ev": [
                # (the doubts and the owner's certainty too, so a cached claim shows "owner unsure": decision 1112)
                [
                    *(e.document, e.quote, e.start, e.end, e.method, str(e.confidence), e.agent_type),
                    *(e.resolved_from, e.doubts, e.owner_sure),
                ]
                for e in c.evidence
            ],
        }
        for c in result.claims
    ]
    entities = {
        slug: {"label": e.label, "cls": e.cls, "synonyms": e.synonyms, "brand_names": e.brand_names, "exact": e.exact}
        for slug, e in sorted(result.entities.items())
    }
    return json.dumps({"claims": claims, "entities": entities}, ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> Extraction:
    data = json.loads(text)
    claims = [
        Claim(
            c["s"],
            c["p"],
            c["o"],
            c["neg"],
            c["cert"],
            tuple((name, tuple(_unvalue(v) for v in values)) for name, values in c["q"]),
            evidence=[Evidence(d, q, a, b, m, Decimal(conf), *more) for d, q, a, b, m, conf, *more in c["ev"]],
        )
        for c in data["claims"]
    ]
    entities = {
        slug: Entity(
            slug,
            e["label"],
            e["cls"],
            synonyms=tuple(e["synonyms"]),
            brand_names=tuple(e["brand_names"]),
            exact=tuple(e["exact"]),
        )
        for slug, e in data["entities"].items()
    }
    return Extraction(claims, entities)


def load(folder: Path, document: str, sha256: str) -> Extraction | None:
    """A cached result, or None (absent, or unreadable: then it is simply recomputed)."""
    path = folder / cache_key(document, sha256)
    try:
        return from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(folder: Path, document: str, sha256: str, result: Extraction) -> None:
    """Keep a document's result; atomic, without an fsync (a lost entry is only extracted again)."""
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        write_cache_text(folder / cache_key(document, sha256), to_json(result))
