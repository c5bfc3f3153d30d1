"""Names a vocabulary files under a concept they are not: one data file (not_one_concept.yaml, decision 0744), read
once, and the three views its uses take (decisions 0687, 0735).

>>> "antispasmodics" in broader_names(), "bipolar depression" in broader_names(), "opioid" in not_one_concept()
(True, False, True)
>>> broader_than_package()["thrush"], "thrush" in not_one_concept()
('candidiasis', False)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from base.errors import DrugkgError

DATA = Path(__file__).with_name("not_one_concept.yaml")
#: How a name stands to the concept it is filed under.
RELATIONS = frozenset({"broader", "narrower", "other"})
VOCABULARIES = frozenset({"mesh-drug-class", "hpo", "disease-package"})
KEYS = frozenset({"names", "vocabulary", "filed_under", "is", "why", "means"})


@dataclass(frozen=True)
class Filing:
    """One entry: names a vocabulary files under a concept they are not."""

    names: tuple[str, ...]
    vocabulary: str
    filed_under: str
    relation: str
    why: str
    means: str = ""


@cache
def filings(path: Path = DATA) -> tuple[Filing, ...]:
    """The entries of the data file, checked (an unknown key, vocabulary or relation, or a name in capitals, is an
    error naming the file and the entry)."""
    out = []
    for n, entry in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
        unknown = set(entry) - KEYS
        names = tuple(entry.get("names") or ())
        if (
            unknown
            or not names
            or any(name != name.lower() for name in names)
            or entry.get("vocabulary") not in VOCABULARIES
            or entry.get("is") not in RELATIONS
        ):
            raise DrugkgError(f"{path}: entry {n + 1} ({names[:1]}): bad entry (keys {sorted(unknown)})")
        out.append(
            Filing(names, entry["vocabulary"], entry["filed_under"], entry["is"], entry["why"], entry.get("means", ""))
        )
    return tuple(out)


def not_one_concept() -> frozenset[str]:
    """Names that are no identity with what they are filed under, in scoring (those read as another record are)."""
    return frozenset(name for f in filings() if not f.means for name in f.names)


def broader_names() -> frozenset[str]:
    """Names broader than the drug package's MeSH class heading they are filed under: not indexed."""
    return frozenset(
        name for f in filings() if f.vocabulary == "mesh-drug-class" and f.relation == "broader" and not f.means
        for name in f.names
    )  # fmt: skip


#: `means` of a name the vocabulary index knows as a concept of its own: the index's term is read, not the package's
#: record (decision 0787).
INDEX = "index"


def broader_than_package() -> dict[str, str]:
    """Names the disease package files under another heading than they say -> the package record they name."""
    return {
        name: f.means
        for f in filings()
        if f.vocabulary == "disease-package" and f.means and f.means != INDEX
        for name in f.names
    }


def index_over_package() -> frozenset[str]:
    """Names the disease package files under a broader heading (focal seizures under *Seizures*) that the vocabulary
    index knows as a concept of their own (HPO's *Focal-onset seizure*): the package's record is not read for them.

    >>> "focal seizures" in index_over_package()
    True
    """
    return frozenset(
        name for f in filings() if f.vocabulary == "disease-package" and f.means == INDEX for name in f.names
    )
