"""Review decisions kept in a document's curated claims file (corpus/claims/<document>.yaml).

`drugkg review` writes two things there: the claim a reviewer accepted or corrected, as an ordinary curated
claim in `claims:` (quote and offsets included, so the next build carries it as curated), and the decision
itself in a `review:` list. The build reads the `review:` list back (`drop_rejected`, called by
graph_build/text/textmine.py) and drops every extracted reading that was rejected or corrected, so a rejected claim
never returns for the same sentence. `reviewed_precision` counts the decisions for `drugkg evaluate`.

Files are edited with ruamel.yaml's round-trip mode (comments, order and quoting of the existing content kept)
and replaced atomically. Format: docs/review.md.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from base.atomic import write_text
from base.datafile import LineDict, line_of, load_yaml
from base.errors import DrugkgError, location
from graph_build.claims import Claim
from graph_build.curated import CLAIMS_DIR
from graph_build.read import Document

REVIEW_KEY = "review"
ACCEPTED, REJECTED, CORRECTED = "accepted", "rejected", "corrected"
DECISIONS = (ACCEPTED, REJECTED, CORRECTED)
#: Decisions whose extracted reading the build drops (a correction replaces the reading by a curated claim).
DROPPED = (REJECTED, CORRECTED)


@dataclass(frozen=True)
class Decision:
    """A reviewer's verdict on one machine-read claim as read from one sentence."""

    decision: str
    document: str
    start: int
    end: int
    subject: str
    predicate: str
    object: str
    negated: bool = False
    certainty: str = "Asserted"
    rule: str = ""
    confidence: Decimal = Decimal(0)
    claim: str | None = None  # id of the curated claim written for it (accepted, corrected)

    def key(self) -> tuple:
        return (self.document, self.start, self.end, self.subject, self.predicate, self.object, self.negated,
                self.certainty)  # fmt: skip


def reading_key(claim: Claim) -> tuple:
    """What identifies an extracted reading: its sentence (document and offsets) and the claim read from it.

    Qualifiers are left out on purpose: a rule that later finds another qualifier for a rejected reading must
    not bring it back.

    >>> from graph_build.claims import Evidence
    >>> reading_key(Claim("a", "treats", "b", evidence=[Evidence("d", "q", 3, 9, "rule:x")]))
    ('d', 3, 9, 'a', 'treats', 'b', False, 'Asserted')
    """
    ev = claim.evidence[0]
    return (ev.document, ev.start, ev.end, claim.subject, claim.predicate, claim.object, claim.negated, claim.certainty)


def claims_path(corpus: str | Path, document: str) -> Path:
    return Path(corpus) / CLAIMS_DIR / f"{document}.yaml"


def corpus_of(document: Document) -> Path:
    """The corpus folder a document was read from (its path less the manifest's file name).

    >>> corpus_of(Document("d", "t", "sub/d.txt", "", "x", Path("/c/sub/d.txt")))
    PosixPath('/c')
    """
    return document.path.parents[len(Path(document.file).parts) - 1]


def _decision(raw: Any, document: str, path: Path) -> Decision:
    where = location(path, line_of(raw))
    if not isinstance(raw, dict) or raw.get("decision") not in DECISIONS:
        raise DrugkgError("a review entry needs 'decision: accepted|rejected|corrected'", where=where)
    try:
        return Decision(
            decision=raw["decision"],
            document=document,
            start=int(raw["start"]),
            end=int(raw["end"]),
            subject=str(raw["subject"]),
            predicate=str(raw["predicate"]),
            object=str(raw["object"]),
            negated=bool(raw.get("negated", False)),
            certainty=str(raw.get("certainty", "Asserted")),
            rule=str(raw.get("rule", "")),
            confidence=Decimal(str(raw.get("confidence", 0))),
            claim=raw.get("claim"),
        )
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise DrugkgError(
            f"a review entry lacks or garbles {exc}", where=where, fix="give start, end, subject, predicate, object"
        ) from None


def load_decisions(corpus: str | Path, document: str) -> list[Decision]:
    """The review decisions recorded for `document` (none when it has no claims file or no `review:` list).

    >>> load_decisions("/nonexistent", "d")
    []
    """
    path = claims_path(corpus, document)
    if not path.is_file():
        return []
    data = load_yaml(path)
    entries = data.get(REVIEW_KEY) if isinstance(data, LineDict) else None
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise DrugkgError(f"'{REVIEW_KEY}' must be a list of decisions", where=location(path, line_of(data)))
    return [_decision(raw, document, path) for raw in entries]


def drop_rejected(claims: list[Claim], documents: list[Document]) -> list[Claim]:
    """The extracted claims less the readings a reviewer rejected or corrected (the build's hook).

    >>> drop_rejected([], [])
    []
    """
    dropped: set[tuple] = set()
    for document in documents:
        dropped |= {d.key() for d in load_decisions(corpus_of(document), document.id) if d.decision in DROPPED}
    if not dropped:
        return claims
    return [c for c in claims if not c.evidence or reading_key(c) not in dropped]


# --- writing -------------------------------------------------------------------------------------------------


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML()  # round-trip: keeps comments, key order and quoting of what is already there
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never fold a long quote
    yaml.preserve_quotes = True
    return yaml


def _plain(value: Any) -> Any:
    """A value ruamel can write: Decimals as numbers, tuples as flow lists."""
    from ruamel.yaml.comments import CommentedSeq

    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list | tuple):
        seq = CommentedSeq([_plain(v) for v in value])
        seq.fa.set_flow_style()
        return seq
    return value


def _mapping(fields: dict[str, Any]):
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    out = CommentedMap()
    for key, value in fields.items():
        if key == "evidence":
            out[key] = [_mapping(e) for e in value]
        elif key == "qualifiers":
            out[key] = _mapping(value)
        elif key == "quote":
            out[key] = DoubleQuotedScalarString(value)
        else:
            out[key] = _plain(value)
    return out


CLAIM_ID_CHARS = re.compile(r"[^a-z0-9]+")


def new_claim_id(fields: dict[str, Any], taken: set[str]) -> str:
    """A readable claim id, unique in its file: subject, predicate and object, '-not' when negated.

    >>> new_claim_id({"subject": "a", "predicate": "hasAdverseEffect", "object": "b"}, {"a-has-adverse-effect-b"})
    'a-has-adverse-effect-b-2'
    """
    predicate = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", fields["predicate"]).lower()
    base = "-".join([fields["subject"], predicate, fields["object"], *(["not"] if fields.get("negated") else [])])
    base = CLAIM_ID_CHARS.sub("-", base.lower()).strip("-")
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    return ident


def record(corpus: str | Path, document: str, decision: dict[str, Any], claim: dict[str, Any] | None = None) -> str:
    """Add a decision (and the curated claim it yields, if any) to the document's claims file, atomically.

    `claim` is a curated claim in the file's format without its id; the id given is returned (or "").
    A file that does not exist yet is created with `document:` and `claims:`.
    """
    path = claims_path(corpus, document)
    yaml = _yaml()
    if path.is_file():
        load_yaml(path)  # malformed YAML: one clear line with its position, before ruamel sees it
        data = yaml.load(path.read_text(encoding="utf-8"))
    else:
        from ruamel.yaml.comments import CommentedMap

        data = CommentedMap([("document", document), ("claims", [])])
    if not hasattr(data, "get") or not isinstance(data.get("claims"), list):
        raise DrugkgError("a claims file needs a 'claims' list", where=path)
    ident = ""
    if claim is not None:
        ident = new_claim_id(claim, {str(c.get("id")) for c in data["claims"] if hasattr(c, "get")})
        data["claims"].append(_mapping({"id": ident, **claim}))
        decision = {**decision, "claim": ident}
    if data.get(REVIEW_KEY) is None:
        data[REVIEW_KEY] = []
    if not isinstance(data[REVIEW_KEY], list):
        raise DrugkgError(f"'{REVIEW_KEY}' must be a list of decisions", where=path, fix="fix or remove it")
    data[REVIEW_KEY].append(_mapping(decision))
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    write_text(path, buffer.getvalue())
    return ident


# --- counting -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reviewed:
    """How the reviewed machine-read claims fared: precision = accepted / reviewed (corrected count as wrong)."""

    accepted: int
    rejected: int
    corrected: int

    @property
    def reviewed(self) -> int:
        return self.accepted + self.rejected + self.corrected

    @property
    def precision(self) -> float | None:
        return self.accepted / self.reviewed if self.reviewed else None

    def line(self) -> str:
        """One line for `drugkg evaluate`.

        >>> Reviewed(3, 1, 0).line()
        'reviewed machine-read claims: 4 (3 accepted, 1 rejected, 0 corrected); precision 0.750 (accepted / reviewed)'
        """
        if not self.reviewed:
            return "reviewed machine-read claims: none yet (`drugkg review DOC` records decisions)"
        counts = f"{self.accepted} accepted, {self.rejected} rejected, {self.corrected} corrected"
        precision = f"precision {self.precision:.3f} (accepted / reviewed)"
        return f"reviewed machine-read claims: {self.reviewed} ({counts}); {precision}"


def reviewed_precision(corpus: str | Path) -> Reviewed:
    """Count the review decisions of every claims file in the corpus.

    >>> reviewed_precision("/nonexistent").precision is None
    True
    """
    folder = Path(corpus) / CLAIMS_DIR
    counts = dict.fromkeys(DECISIONS, 0)
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        for decision in load_decisions(corpus, path.stem):
            counts[decision.decision] += 1
    return Reviewed(counts[ACCEPTED], counts[REJECTED], counts[CORRECTED])
