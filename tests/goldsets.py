"""Checks shared by the evaluation sets (tests/fixtures/extract/heldout, final, blind, dev2, fresh): each folder holds
articles and claims/<document>.yaml gold written by reading the texts only."""

from pathlib import Path

import yaml

from graph_build.read import read_corpus


def gold(folder: Path, doc_id: str) -> list[dict]:
    """The gold claims of one document, as written."""
    return yaml.safe_load((folder / "claims" / f"{doc_id}.yaml").read_text(encoding="utf-8"))["claims"]


def predicates_and_steps(folder: Path, doc_ids) -> tuple[set[str], set[tuple[str, str, int]]]:
    """The predicates the gold of `doc_ids` uses, and its mechanism steps as (subject, object, step index)."""
    items = [c for doc_id in doc_ids for c in gold(folder, doc_id)]
    steps = {
        (c["subject"], c["object"], c["qualifiers"]["stepIndex"])
        for c in items
        if "stepIndex" in c.get("qualifiers", {})
    }
    return {c["predicate"] for c in items}, steps


def assert_gold_as_written(folder: Path, counts: dict[str, int]) -> None:
    """Every document has its gold file with the expected number of distinct (subject, predicate, object, negated)
    items, and every quote sits at its offsets in the text."""
    documents = {d.id: d for d in read_corpus(folder)}
    assert set(documents) == set(counts)
    for doc_id, expected in counts.items():
        claims = gold(folder, doc_id)
        assert len(claims) == expected, doc_id
        items = {(c["subject"], c["predicate"], c["object"], c.get("negated", False)) for c in claims}
        assert len(items) == expected, f"{doc_id}: two gold claims are the same item"
        text = documents[doc_id].text
        for claim in claims:
            for ev in claim["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["quote"], (doc_id, claim["id"])


def assert_scores_every_gold_claim(folder: Path, report, counts: dict[str, int]) -> None:
    """`evaluate`'s report counts every gold claim of the set, overall and per predicate, and only its documents."""
    overall = report.overall
    assert overall.true_positives + overall.false_negatives == sum(counts.values())
    per_predicate_gold: dict[str, int] = {}
    for doc_id in counts:
        for c in gold(folder, doc_id):
            per_predicate_gold[c["predicate"]] = per_predicate_gold.get(c["predicate"], 0) + 1
    for predicate, expected in per_predicate_gold.items():
        s = report.per_predicate[predicate]
        assert s.true_positives + s.false_negatives == expected, predicate
    assert len(report.missed) == overall.false_negatives
    assert len(report.spurious) == overall.false_positives
    assert {item[0] for item in report.missed + report.spurious} <= set(counts)
    assert overall.true_positives > 0 and 0.0 < overall.precision <= 1.0 and 0.0 < overall.recall <= 1.0
    assert report.compared >= overall.true_positives
    assert "OVERALL (micro)" in report.table()


def assert_about_drugs_no_other_text_mentions(
    folder: Path, drugs: set[str], words: tuple[int, int], later: tuple[str, ...] = ()
) -> None:
    """No other fixture set nor the seed corpus names the set's drugs; each article names its own drug (the first
    word of its id) and has a length within `words`. `later`: fixture sets written after this one, which may name its
    drugs in passing (a comparator: "first-line, with lamotrigine") but have no article about one of them."""
    tests = Path(__file__).parent
    fixtures = tests / "fixtures" / "extract"
    for name in later:
        assert not [p for p in (fixtures / name).glob("*.*") if p.name.split("-")[0] in drugs], name
    others = [
        p
        for place in (fixtures, tests.parent / "corpus")
        for p in place.rglob("*")
        if p.suffix in {".txt", ".md", ".yaml"}
        and folder not in p.parents
        and not any(fixtures / name in p.parents for name in later)
    ]
    assert others
    for path in others:
        text = path.read_text(encoding="utf-8").lower()
        assert not [drug for drug in drugs if drug in text], path
    for document in read_corpus(folder):
        text = document.text.lower()
        assert words[0] <= len(text.split()) <= words[1], document.id
        assert document.id.split("-")[0] in drugs and document.id.split("-")[0] in text


def assert_gold_loads(folder: Path, counts: dict[str, int]) -> None:
    """The gold loads as `drugkg evaluate` loads it (its predicates, qualifier values and entities accepted by the
    curated-claims loader), without running the extractor: a gold the loader refuses would stop the measurement."""
    from graph_build.text.evaluate import load_gold
    from ontology.lexicon import load_lexicon

    assert len(load_gold(folder, read_corpus(folder), load_lexicon())) == sum(counts.values())


def gold_items(folder: Path, doc_ids) -> dict[tuple, str]:
    """(document, subject, predicate, object, negated) -> certainty, over the documents `doc_ids` of `folder`."""
    return {
        (doc_id, c["subject"], c["predicate"], c["object"], c.get("negated", False)): c.get("certainty", "Asserted")
        for doc_id in doc_ids
        for c in gold(folder, doc_id)
    }


def assert_gold_uses_the_ontology(folder: Path, doc_ids) -> None:
    """Every gold claim uses only the ontology's predicates, certainties, qualifiers and qualifier values, and a
    mechanism step names its index and its drug."""
    from ontology.schema import concept_values, predicates, qualifiers
    from ontology.vocab import DKG

    known_predicates, known_qualifiers = predicates(), qualifiers()
    use_statuses, certainties = concept_values(DKG.UseStatus), concept_values(DKG.Certainty)
    for doc_id in doc_ids:
        for c in gold(folder, doc_id):
            where = (doc_id, c["id"])
            assert c["predicate"] in known_predicates, where
            assert c.get("certainty", "Asserted") in certainties, where
            assert isinstance(c.get("negated", False), bool), where
            for key, value in c.get("qualifiers", {}).items():
                assert key in known_qualifiers, where
                if key == "useStatus":
                    assert value and set(value) <= set(use_statuses), where
                if known_qualifiers[key].kind == "entity":
                    assert isinstance(value, list) and all(isinstance(v, str) for v in value), where
            if "stepIndex" in c.get("qualifiers", {}):
                assert isinstance(c["qualifiers"]["stepIndex"], int) and c["qualifiers"]["mechanismOf"], where


#: the kinds of claim the brief names, each in the gold of every sealed set since sealed3 (sealed and sealed2 pin
#: their own lists, written before two kinds were merged and one added)
CLAIM_KINDS = frozenset(
    {
        "treats",
        "bindsTo",
        "actsOn",
        "hasMechanismOfAction",
        "isA",
        "hasAdverseEffect",
        "contraindicatedIn",
        "interactsWith",
        "hasWithdrawalEffect",
        "increases",
        "decreases",
        "causes",
        "hasFormulation",
        "hasPhenotype",
        "hasPharmacokineticValue",
    }
)


def assert_brands_named(folder: Path, brands: set[str]) -> None:
    """Every brand name of the set stands in one of its texts (in any case)."""
    texts = " ".join(d.text.lower() for d in read_corpus(folder))
    assert all(brand in texts for brand in brands)


def use_statuses(folder: Path, doc_ids) -> set[str]:
    """The use statuses the gold's treats claims of `doc_ids` carry."""
    return {
        status
        for doc_id in doc_ids
        for c in gold(folder, doc_id)
        if c["predicate"] == "treats"
        for status in c.get("qualifiers", {}).get("useStatus", [])
    }


def assert_denied_uses_not_appropriate(folder: Path, doc_ids) -> None:
    """Every denial of a use in the gold of `doc_ids` says the use is not appropriate."""
    for doc_id in doc_ids:
        for c in gold(folder, doc_id):
            if c["predicate"] == "treats" and c.get("negated"):
                assert c["qualifiers"]["useStatus"] == ["NotAppropriate"], c["id"]


def assert_each_article_has_a_chain(folder: Path, doc_ids) -> None:
    """Every article of `doc_ids` has a mechanism chain of at least three steps, and names its drug's molecular target,
    class, uses, adverse effects, contraindications and interactions."""
    for doc_id in doc_ids:
        doc_found, doc_steps = predicates_and_steps(folder, [doc_id])
        assert len({step for *_, step in doc_steps}) >= 3, doc_id
        assert {"bindsTo", "isA", "treats", "hasAdverseEffect", "contraindicatedIn", "interactsWith"} <= doc_found
