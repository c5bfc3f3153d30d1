"""The sealed never-tuned sets written with the same brief (sealed13 on): four or five articles about drugs no other
text mentions and their gold claims, written before the extractor was ever run on them, and measured exactly once.

What each set's writer stated about the gold is data, beside the texts: tests/fixtures/extract/<set>/expected.yaml
(its header says what the set holds and how its hard cases were judged). These tests check the gold against it:
the gold as written and loadable, the drugs no other text names, every negated item, every hedge with its certainty,
the contraindications and withdrawal statements, the mechanism steps, the claim kinds and use statuses. The last
test runs the extractor on a set only once the set has been measured (a line in graph_build/text/held_out.yaml): it
checks that `evaluate` scores every gold claim, and pins neither the score nor which claims are found.
"""

from pathlib import Path

import pytest
import yaml
from goldsets import (
    CLAIM_KINDS,
    assert_about_drugs_no_other_text_mentions,
    assert_brands_named,
    assert_denied_uses_not_appropriate,
    assert_each_article_has_a_chain,
    assert_gold_as_written,
    assert_gold_loads,
    assert_gold_uses_the_ontology,
    assert_scores_every_gold_claim,
    gold_items,
    predicates_and_steps,
    use_statuses,
)

from graph_build.read import read_corpus
from graph_build.text.confidence import held_out_measurements

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
SETS = sorted((p.parent.name for p in FIXTURES.glob("*/expected.yaml")), key=lambda name: int(name[6:] or 1))


class Expected:
    """A set's expected.yaml, with its documents' short names resolved to document ids."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.folder = FIXTURES / name
        self.data = yaml.safe_load((self.folder / "expected.yaml").read_text(encoding="utf-8"))
        self.documents: dict[str, str] = self.data["documents"]
        self.counts = {self.documents[short]: n for short, n in self.data["gold_counts"].items()}

    def items(self, key: str, data: dict | None = None) -> set[tuple]:
        """The (document, subject, predicate, object) items listed under `key`."""
        return {(self.documents[doc], *rest) for doc, *rest in (data or self.data).get(key, [])}

    def docs(self, shorts: list[str]) -> set[str]:
        return {self.documents[short] for short in shorts}


@pytest.fixture(scope="module", params=SETS)
def expected(request) -> Expected:
    return Expected(request.param)


def test_the_sealed_sets_are_found():
    assert {f"sealed{n}" for n in range(13, 21)} <= set(SETS)


def test_each_article_has_its_gold_and_every_quote_sits_at_its_offsets(expected):
    assert_gold_as_written(expected.folder, expected.counts)
    assert_gold_loads(expected.folder, expected.counts)


def test_the_articles_are_about_drugs_no_other_text_mentions(expected):
    names = set(expected.data["new_drugs"]) | set(expected.data["brand_names"])
    assert_about_drugs_no_other_text_mentions(expected.folder, names, tuple(expected.data["words"]))
    assert_brands_named(expected.folder, set(expected.data["brand_names"]))


def test_gold_uses_only_the_ontologys_predicates_qualifiers_and_values(expected):
    assert_gold_uses_the_ontology(expected.folder, expected.counts)


def test_gold_keeps_the_negations_and_hedges_of_the_texts(expected):
    texts = {d.id: d.text for d in read_corpus(expected.folder)}
    for short, sentences in expected.data["quoted"].items():
        for sentence in sentences:
            assert sentence in texts[expected.documents[short]], sentence
    items = gold_items(expected.folder, expected.counts)
    assert {item[:4] for item in items if item[4]} == expected.items("negated")
    assert_denied_uses_not_appropriate(expected.folder, expected.counts)
    hedged = {(expected.documents[doc], *rest[:3]): rest[3] for doc, *rest in expected.data["hedged"]}
    for item, certainty in hedged.items():
        assert items[(*item, False)] == certainty, item
    for item in expected.items("asserted"):
        assert items[(*item, False)] == "Asserted", item
    assert {item[:4] for item, certainty in items.items() if certainty != "Asserted"} == set(hedged)


def test_gold_keeps_the_contraindications_and_withdrawal_statements_of_the_texts(expected):
    items = gold_items(expected.folder, expected.counts)
    contraindications = {item for item in items if item[2] == "contraindicatedIn" and not item[4]}
    assert {items[item] for item in contraindications} == {"Asserted"}
    assert {item[:4] for item in contraindications} == expected.items("contraindications")
    withdrawal = {item for item in items if item[2] == "hasWithdrawalEffect"}
    said = expected.data["withdrawal"]
    assert {item[:4] for item in withdrawal if not item[4]} == expected.items("asserted", said)
    if "asserted_certainties" in said:
        assert {items[item] for item in withdrawal if not item[4]} == set(said["asserted_certainties"])
    if "denied" in said:
        assert {item[:4] for item in withdrawal if item[4]} == expected.items("denied", said)
    if "denied_in" in said:
        assert {doc for doc, *_, negated in withdrawal if negated} == expected.docs(said["denied_in"])
    if "in" in said:
        assert {doc for doc, *_ in withdrawal} == expected.docs(said["in"])


def test_every_kind_of_claim_the_brief_names_is_in_the_gold(expected):
    found, steps = predicates_and_steps(expected.folder, expected.counts)
    assert found >= CLAIM_KINDS
    assert {tuple(step) for step in expected.data["steps"]} <= steps
    assert_each_article_has_a_chain(expected.folder, expected.counts)
    if "complete_article" in expected.data:
        one, one_steps = predicates_and_steps(expected.folder, [expected.documents[expected.data["complete_article"]]])
        assert one >= CLAIM_KINDS and len({step for *_, step in one_steps}) == 4
    missing = {doc_id: CLAIM_KINDS - predicates_and_steps(expected.folder, [doc_id])[0] for doc_id in expected.counts}
    if "missing_kinds" in expected.data:
        assert missing == {
            expected.documents[short]: set(kinds) for short, kinds in expected.data["missing_kinds"].items()
        }
    if "missing_kinds_each" in expected.data:
        assert {len(kinds) for kinds in missing.values()} == {expected.data["missing_kinds_each"]}
    assert use_statuses(expected.folder, expected.counts) == set(expected.data["use_statuses"])


@pytest.mark.parametrize("name", SETS)
def test_evaluation_scores_the_extractor_against_every_gold_claim(name):
    if name not in {line["set"] for line in held_out_measurements()}:
        pytest.skip(f"{name} is measured exactly once by the lead (graph_build/text/held_out.yaml has no line for it)")
    from graph_build.text.evaluate import evaluate

    expected = Expected(name)
    assert_scores_every_gold_claim(expected.folder, evaluate(expected.folder), expected.counts)
