"""Read Roam's drug-disease relation files (FDA label sentences, ../shared/data/relations/roam-drug-disease).

A file is one JSON array of `{"sentence", "sentence_id", "annotations": [{"start", "end", "label", "text"}]}`.
Each annotation is a disease mention labelled with its relation to the drug the label is about (TREATS,
PREVENTS, TREATS_OUTCOMES, CONTRAINDICATED_FOR, NOT_RECOMMENDED, UNRELATED); the drug itself is not marked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from base.errors import DrugkgError


@dataclass
class LabelSentence:
    id: str
    text: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, relation label


def read_roam(path: Path) -> list[LabelSentence]:
    """The sentences of a Roam file with their labelled disease mentions.

    >>> import tempfile
    >>> rows = [{"sentence": "X is indicated for fever.", "sentence_id": "S1",
    ...          "annotations": [{"start": 19, "end": 24, "label": "TREATS", "text": "fever"}]}]
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "r.json").write_text(json.dumps(rows))
    ...     [(s.id, s.mentions) for s in read_roam(Path(d, "r.json"))]
    [('S1', [(19, 24, 'TREATS')])]
    """
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [
            LabelSentence(
                str(row["sentence_id"]),
                row["sentence"],
                [(int(a["start"]), int(a["end"]), str(a["label"])) for a in row.get("annotations", [])],
            )
            for row in rows
        ]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise DrugkgError(
            f"not a Roam relation file ({type(exc).__name__}: {exc})",
            where=path,
            fix="give a JSON array of {sentence, sentence_id, annotations}",
        ) from None
