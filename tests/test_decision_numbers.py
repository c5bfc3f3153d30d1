"""Each decision record has a number of its own: a code comment citing "decision NNNN" must lead to one record.

(Round 39's helpers were given numbers 0900-0905 that the engine series already held; two records with one number
make every citation of it ambiguous.)"""

import re
from collections import Counter
from pathlib import Path

DECISIONS = Path(__file__).parent.parent / "docs" / "decisions"


def test_no_two_decision_records_share_a_number() -> None:
    numbers = Counter(m.group(1) for p in DECISIONS.glob("*.md") if (m := re.match(r"(\d{4})-", p.name)))
    assert numbers, "no decision records found"
    assert not [n for n, count in numbers.items() if count > 1]
