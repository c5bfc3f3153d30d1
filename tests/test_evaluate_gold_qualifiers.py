"""A gold file may qualify a claim with an entity nobody knows (a population the extractor never meets): the gold
still loads and is scored, since qualifiers are not part of the scored item."""

from pathlib import Path

import yaml

from graph_build.text.evaluate import evaluate

TEXT = "Zorbamycin is used to treat gout in lighthouse keepers.\n"


def _corpus(tmp_path: Path, population: str) -> Path:
    (tmp_path / "claims").mkdir()
    (tmp_path / "zorbamycin.txt").write_text(TEXT, encoding="utf-8")
    quote = TEXT.strip()
    claim = {
        "id": "zorbamycin-treats-gout",
        "subject": "zorbamycin",
        "predicate": "treats",
        "object": "gout",
        "qualifiers": {"population": [population]},
        "evidence": [{"quote": quote, "start": 0, "end": len(quote)}],
    }
    (tmp_path / "claims" / "zorbamycin.yaml").write_text(
        yaml.safe_dump({"document": "zorbamycin", "claims": [claim]}), encoding="utf-8"
    )
    return tmp_path


def test_a_population_nobody_knows_does_not_stop_the_gold_from_loading(tmp_path):
    report = evaluate(_corpus(tmp_path, "lighthouse-keepers"))
    # the one gold claim is scored once, found or missed
    assert report.overall.true_positives + report.overall.false_negatives == 1
    assert report.per_predicate["treats"].true_positives + report.per_predicate["treats"].false_negatives == 1


def test_an_unknown_entity_as_subject_is_still_refused_by_the_loader_of_curated_claims(tmp_path):
    # the placeholders are the evaluation's only: a corpus's own curated claims must name known entities
    import pytest

    from base.errors import DrugkgError
    from graph_build.curated import load_curated
    from graph_build.read import read_corpus
    from ontology.lexicon import load_lexicon

    corpus = _corpus(tmp_path, "lighthouse-keepers")
    with pytest.raises(DrugkgError, match="unknown entity"):
        load_curated(corpus, read_corpus(corpus), load_lexicon())


def test_a_name_the_extractor_classes_generically_does_not_stop_the_gold_from_loading(tmp_path, monkeypatch):
    # the extractor mints 'zorbamycin' as a bare Entity; the gold says it treats gout: the gold's role decides
    import graph_build.text.evaluate as evaluation
    from ontology.lexicon import Entity

    real = evaluation.extract_document

    def minting(document, lexicon):
        result = real(document, lexicon)
        result.entities.setdefault("zorbamycin", Entity("zorbamycin", "zorbamycin", "Entity"))
        return result

    monkeypatch.setattr(evaluation, "extract_document", minting)
    report = evaluate(_corpus(tmp_path, "pregnant-women"))
    assert report.overall.true_positives + report.overall.false_negatives == 1


def test_a_name_nobody_knows_in_two_roles_gets_a_class_that_fits_both(tmp_path):
    # first an interaction partner (any class fits), then the subject of treats (an intervention): one placeholder
    text = "Zorbamycin interacts with quuxodine. Quuxodine is used to treat gout.\n"
    (tmp_path / "claims").mkdir()
    (tmp_path / "zorbamycin.txt").write_text(text, encoding="utf-8")
    first, second = "Zorbamycin interacts with quuxodine.", "Quuxodine is used to treat gout."
    claims = [
        {
            "id": "zorbamycin-interactswith-quuxodine",
            "subject": "zorbamycin",
            "predicate": "interactsWith",
            "object": "quuxodine",
            "evidence": [{"quote": first, "start": 0, "end": len(first)}],
        },
        {
            "id": "quuxodine-treats-gout",
            "subject": "quuxodine",
            "predicate": "treats",
            "object": "gout",
            "evidence": [{"quote": second, "start": len(first) + 1, "end": len(first) + 1 + len(second)}],
        },
    ]
    (tmp_path / "claims" / "zorbamycin.yaml").write_text(
        yaml.safe_dump({"document": "zorbamycin", "claims": claims}), encoding="utf-8"
    )
    report = evaluate(tmp_path)
    assert report.overall.true_positives + report.overall.false_negatives == 2


def test_a_vocabulary_class_the_gold_role_does_not_admit_gives_way_to_a_placeholder(tmp_path, monkeypatch):
    # a vocabulary lists 'quuxobacter' as a Drug; the gold says zorbamycin acts on it (an anatomical site's role):
    # the gold's role decides its class for scoring, so the gold loads and its one claim is scored
    from types import SimpleNamespace

    import graph_build.text.vocabularies as vocabularies
    from ontology.lexicon import Entity

    real = vocabularies.look_up

    def listing(name):
        if name == "quuxobacter":
            return SimpleNamespace(entity=Entity("quuxobacter", "quuxobacter", "Drug"))
        return real(name)

    monkeypatch.setattr(vocabularies, "look_up", listing)
    text = "Zorbamycin acts on quuxobacter.\n"
    (tmp_path / "claims").mkdir()
    (tmp_path / "zorbamycin.txt").write_text(text, encoding="utf-8")
    quote = text.strip()
    claim = {
        "id": "zorbamycin-actson-quuxobacter",
        "subject": "zorbamycin",
        "predicate": "actsOn",
        "object": "quuxobacter",
        "evidence": [{"quote": quote, "start": 0, "end": len(quote)}],
    }
    (tmp_path / "claims" / "zorbamycin.yaml").write_text(
        yaml.safe_dump({"document": "zorbamycin", "claims": [claim]}), encoding="utf-8"
    )
    report = evaluate(tmp_path)
    assert report.overall.true_positives + report.overall.false_negatives == 1
