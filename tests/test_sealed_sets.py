"""The sealed never-tuned sets: four or five articles about drugs no other text mentions and their gold claims,
written before the extractor was ever run on them, and measured exactly once.

What each set's writer stated about the gold is data, beside the texts: tests/fixtures/extract/<set>/expected.yaml
(its header says what the set holds and how its hard cases were judged). These tests check the gold against it:
the gold as written and loadable, the drugs no other text names, every negated item, every hedge with its certainty,
the contraindications and withdrawal statements, the mechanism steps, the claim kinds and use statuses. The last
test runs the extractor on a set only once the set has been measured (a line in graph_build/text/held_out.yaml): it
checks that `evaluate` scores every gold claim, and pins neither the score nor which claims are found.

The keys of expected.yaml (a document is named by its short name, a key of `documents`; an item is
[document, subject, predicate, object]):

- documents: short name -> document id; gold_counts: short name -> gold claims of the document (required).
- new_drugs, brand_names: the names no other text mentions; words: the articles' length bounds (required).
- negated: every negated item, exactly (required); every denied use must also say the use is not appropriate.
- quoted: short name -> sentences of the text the gold's negations rest on.
- hedged: every asserted (not negated) item whose certainty is not Asserted, with that certainty (an item + its
  certainty), exactly: no other item, negated or not, may carry a hedge.
- asserted: items whose certainty must be Asserted.
- contraindications: every asserted contraindication, exactly; each must be Asserted (no text hedges one).
- withdrawal: asserted (the asserted withdrawal effects, exactly; none when left out), and optionally
  asserted_certainties (their certainties, exactly), denied (the negated ones, exactly), denied_in (the documents
  denying one), in (the documents with any withdrawal claim, asserted or denied).
- steps: [subject, object, step] mechanism steps that must be among the gold's.
- complete_article: the document holding by itself every kind of claim and (complete_article_steps, 4 unless given)
  that many distinct mechanism steps.
- missing_kinds: document -> the claim kinds its gold lacks, exactly; missing_kinds_each: how many each lacks.
- use_statuses: the use statuses the gold uses, exactly.

Optional keys for the forms the older sets' writers used (sealed to sealed12, whose checks were modules of their own):

- present: [document, subject, predicate, object, negated]: items that must be in the gold (any certainty).
- certainties: [document, subject, predicate, object, negated, certainty]: that item (negated or not) has exactly
  that certainty. A partial list, unlike `hedged`.
- hedged_count: how many gold items (negated ones included) carry a certainty other than Asserted.
- contraindications_asserted: true when every asserted contraindication must be Asserted (no text hedges one)
  without the full list under `contraindications`.
- contraindications_include: asserted contraindications that must be among the gold's (a subset).
- contraindicated_in: the documents with at least one asserted contraindication, exactly.
- population_contraindications: populations (object terms) and in (the documents with an asserted
  contraindication in one of those populations, exactly).
- each_article_chain: false where the writer stated no mechanism chain per article (else every article must have
  one of at least three steps and name its drug's target, class, uses, harms, contraindications and interactions).
- bulleted: document, subject, predicate, objects, certainties: the objects of that document's claims of that subject
  and predicate with a bulleted quote ("- "), exactly, and their certainties, exactly.
- use_status_of: [{document, object or object_prefix, asserted, statuses, statuses_include}]: the document's first
  claim with that object (or one starting so) is not negated (asserted: true), has exactly the use statuses
  `statuses`, and has those of `statuses_include` among its own.
- kinds: the claim kinds the whole gold must hold, instead of every kind (CLAIM_KINDS).
- denied_uses_not_appropriate: false where the writer did not ask every denied use to say it is not appropriate.
- table: document, certainties (object -> certainty), count: the objects of the document's claims whose first quote
  is a Markdown table row ("| "), that many, those with those certainties.
- complete_article_kinds: the claim kinds the complete article must hold, instead of every kind (CLAIM_KINDS).
- use_statuses_include: use statuses that must be among the gold's (a subset).

A set from sealed13 on states every check of the full form (FULL_FORM); test_expected_data_uses_only_known_keys
fails on an unknown key, so a misspelt optional key cannot silently drop a check.
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
    gold,
    gold_items,
    predicates_and_steps,
    use_statuses,
)

from graph_build.read import read_corpus
from graph_build.text.confidence import held_out_measurements

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
SETS = sorted((p.parent.name for p in FIXTURES.glob("*/expected.yaml")), key=lambda name: int(name[6:] or 1))
REQUIRED = {"documents", "gold_counts", "new_drugs", "brand_names", "words", "negated"}
FULL_FORM = REQUIRED | {"quoted", "hedged", "asserted", "contraindications", "withdrawal", "steps", "use_statuses"}
OPTIONAL = {
    "complete_article",
    "complete_article_kinds",
    "complete_article_steps",
    "each_article_chain",
    "bulleted",
    "use_status_of",
    "kinds",
    "denied_uses_not_appropriate",
    "table",
    "missing_kinds",
    "missing_kinds_each",
    "present",
    "certainties",
    "hedged_count",
    "contraindications_asserted",
    "contraindications_include",
    "contraindicated_in",
    "population_contraindications",
    "use_statuses_include",
}


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
    assert {"sealed"} | {f"sealed{n}" for n in range(2, 22)} <= set(SETS)


def test_expected_data_uses_only_known_keys(expected):
    assert REQUIRED <= set(expected.data) <= FULL_FORM | OPTIONAL
    if int(expected.name[6:] or 1) >= 13:
        assert set(expected.data) >= FULL_FORM
    assert "hedged" in expected.data or "hedged_count" in expected.data
    assert set(expected.data.get("withdrawal", {})) <= {"asserted", "asserted_certainties", "denied", "denied_in", "in"}


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
    data = expected.data
    texts = {d.id: d.text for d in read_corpus(expected.folder)}
    for short, sentences in data.get("quoted", {}).items():
        for sentence in sentences:
            assert sentence in texts[expected.documents[short]], sentence
    items = gold_items(expected.folder, expected.counts)
    assert {item[:4] for item in items if item[4]} == expected.items("negated")
    if data.get("denied_uses_not_appropriate", True):
        assert_denied_uses_not_appropriate(expected.folder, expected.counts)
    if "hedged" in data:
        hedged = {(expected.documents[doc], *rest[:3]): rest[3] for doc, *rest in data["hedged"]}
        for item, certainty in hedged.items():
            assert items[(*item, False)] == certainty, item
    for item in expected.items("asserted"):
        assert items[(*item, False)] == "Asserted", item
    for said in data.get("use_status_of", []):
        claims = gold(expected.folder, expected.documents[said["document"]])
        if "object" in said:
            claim = next(c for c in claims if c["object"] == said["object"])
        else:
            claim = next(c for c in claims if c["object"].startswith(said["object_prefix"]))
        if said.get("asserted"):
            assert not claim.get("negated", False), said
        if "statuses" in said:
            assert claim["qualifiers"]["useStatus"] == said["statuses"], said
        if "statuses_include" in said:
            assert set(said["statuses_include"]) <= set(claim["qualifiers"]["useStatus"]), said
    for doc, *item in data.get("present", []):
        assert (expected.documents[doc], *item) in items, (doc, *item)
    for doc, *item, negated, certainty in data.get("certainties", []):
        assert items[(expected.documents[doc], *item, negated)] == certainty, (doc, *item, negated)
    if "hedged" in data:
        assert {item[:4] for item, certainty in items.items() if certainty != "Asserted"} == set(hedged)
    if "hedged_count" in data:
        assert len({item for item, certainty in items.items() if certainty != "Asserted"}) == data["hedged_count"]


def test_gold_keeps_the_contraindications_and_withdrawal_statements_of_the_texts(expected):
    data = expected.data
    items = gold_items(expected.folder, expected.counts)
    contraindications = {item for item in items if item[2] == "contraindicatedIn" and not item[4]}
    if "contraindications" in data or data.get("contraindications_asserted"):
        assert {items[item] for item in contraindications} == {"Asserted"}
    if "contraindications" in data:
        assert {item[:4] for item in contraindications} == expected.items("contraindications")
    for item in expected.items("contraindications_include"):
        assert (*item, False) in contraindications, item
    if "contraindicated_in" in data:
        assert {doc for doc, *_ in contraindications} == expected.docs(data["contraindicated_in"])
    if "population_contraindications" in data:
        populations = set(data["population_contraindications"]["populations"])
        in_populations = {doc for doc, _, _, obj, _ in contraindications if obj in populations}
        assert in_populations == expected.docs(data["population_contraindications"]["in"])
    withdrawal = {item for item in items if item[2] == "hasWithdrawalEffect"}
    said = data.get("withdrawal", {})
    if "withdrawal" in data:
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
    data = expected.data
    found, steps = predicates_and_steps(expected.folder, expected.counts)
    assert found >= set(data.get("kinds", CLAIM_KINDS))
    assert {tuple(step) for step in data.get("steps", [])} <= steps
    if data.get("each_article_chain", True):
        assert_each_article_has_a_chain(expected.folder, expected.counts)
    if "complete_article" in data:
        one, one_steps = predicates_and_steps(expected.folder, [expected.documents[data["complete_article"]]])
        assert one >= set(data.get("complete_article_kinds", CLAIM_KINDS))
        assert len({step for *_, step in one_steps}) == data.get("complete_article_steps", 4)
    if "bulleted" in data:
        said = data["bulleted"]
        listed = {
            c["object"]: c.get("certainty", "Asserted")
            for c in gold(expected.folder, expected.documents[said["document"]])
            if c["subject"] == said["subject"]
            and c["predicate"] == said["predicate"]
            and any(ev["quote"].startswith("- ") for ev in c["evidence"])
        }
        assert set(listed) == set(said["objects"])
        assert set(listed.values()) == set(said["certainties"])
    if "table" in data:
        said = data["table"]
        table = {
            c["object"]: c.get("certainty", "Asserted")
            for c in gold(expected.folder, expected.documents[said["document"]])
            if c["evidence"][0]["quote"].startswith("| ")
        }
        for obj, certainty in said["certainties"].items():
            assert table[obj] == certainty, obj
        assert len(table) == said["count"]
    missing = {doc_id: CLAIM_KINDS - predicates_and_steps(expected.folder, [doc_id])[0] for doc_id in expected.counts}
    if "missing_kinds" in data:
        assert missing == {expected.documents[short]: set(kinds) for short, kinds in data["missing_kinds"].items()}
    if "missing_kinds_each" in data:
        assert {len(kinds) for kinds in missing.values()} == {data["missing_kinds_each"]}
    if "use_statuses" in data:
        assert use_statuses(expected.folder, expected.counts) == set(data["use_statuses"])
    if "use_statuses_include" in data:
        assert set(data["use_statuses_include"]) <= use_statuses(expected.folder, expected.counts)


#: Sets two of whose gold claims the measure reads as one item (an open fault of the measure, not of the gold): they
#: fail the count strictly, so the day the measure stops joining them the test says so.
MEASURE_JOINS = {
    "sealed282": "the measure reads 'stimulant-laxative' and 'laxative' as one vocabulary term (20024), so the gold's "
    "two denials 'it isn't a laxative in the usual sense' / 'it isn't a stimulant like senna' count as one item: a "
    "narrower name joined to a broader one, which the evaluator should not do (open, round 47)",
}


@pytest.mark.parametrize("name", SETS)
def test_evaluation_scores_the_extractor_against_every_gold_claim(name, request):
    if name not in {line["set"] for line in held_out_measurements()}:
        pytest.skip(f"{name} is measured exactly once by the lead (graph_build/text/held_out.yaml has no line for it)")
    from graph_build.text.evaluate import evaluate

    if name in MEASURE_JOINS:
        request.applymarker(pytest.mark.xfail(reason=MEASURE_JOINS[name], strict=True))

    expected = Expected(name)
    assert_scores_every_gold_claim(expected.folder, evaluate(expected.folder), expected.counts)
