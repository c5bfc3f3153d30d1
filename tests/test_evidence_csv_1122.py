"""The scale pipeline's evidence table carries whether the owner is unsure (decision 1122), as the graph's
dkg:ownerUnsure does (decision 1112): read back, the column says true for an unsure owner and false otherwise, and the
header is the one docs/scale.md gives."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

from graph_build.claims import Claim, Evidence
from graph_build.scale import reduce as rd

DOCS = Path(__file__).resolve().parents[1] / "docs" / "scale.md"


def _rows(claim: Claim) -> list[dict[str, str]]:
    text = rd.csv_text(rd.EVIDENCE_COLUMNS, rd._evidence_rows(claim))
    return list(csv.DictReader(io.StringIO(text)))


def test_an_unsure_owner_reads_back_true_and_a_sure_one_false() -> None:
    unsure = Evidence(
        "letter",
        "It doesn't interact with paracetamol.",
        0,
        37,
        "rule:interaction-denied-referred",
        Decimal("0.26"),
        "text_mining_agent",
        "It",
        owner_sure=False,
    )
    sure = Evidence(
        "notice",
        "Zanfibrate doesn't interact with paracetamol.",
        0,
        45,
        "rule:interaction-denied",
        Decimal("0.5"),
        "text_mining_agent",
    )
    claim = Claim("zanfibrate", "interactsWith", "acetaminophen", negated=True, evidence=[unsure, sure])
    rows = _rows(claim)
    assert [(r["document"], r["resolved_from"], r["owner_unsure"]) for r in rows] == [
        ("letter", "It", "true"),
        ("notice", "", "false"),
    ]
    assert rows[0]["quote"] == "It doesn't interact with paracetamol."


def test_the_documented_header_is_the_written_one() -> None:
    said = re.search(r"`evidence-NNNNN\.csv` has `([^`]+)`", " ".join(DOCS.read_text().split()))
    assert said is not None
    assert tuple(c.strip() for c in said.group(1).split(",")) == rd.EVIDENCE_COLUMNS
    said = re.search(r"`claims-NNNNN\.csv` has `([^`]+)`", " ".join(DOCS.read_text().split()))
    assert said is not None
    assert tuple(c.strip() for c in said.group(1).split(",")) == rd.CLAIM_COLUMNS
