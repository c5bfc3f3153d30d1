"""`drugkg evaluate --gold FILE` on the public corpora's own formats: small hand-written files in each format with a
known gold, scored with known claims (exact counts per predicate), format detection, bad input, and a few
documents of the real DEV files when ../shared/data is present."""

import json
import re
from itertools import chain
from pathlib import Path

import pytest
from click.testing import CliRunner

from drugkg.cli import main
from graph_build.claims import Claim, Evidence
from graph_build.text.evaluate_public import NEGATED, NOT_ANNOTATED, UNMAPPED_BROAD, score_units
from graph_build.text.public_gold import detect_format, load_units

RELATIONS = Path(__file__).parents[1].parent / "shared" / "data" / "relations"


def _at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = [m.start() for m in re.finditer(re.escape(word), text)][nth]
    return start, start + len(word)


def _pubtator(pmid: str, title: str, abstract: str, mentions: list[tuple[str, str, str]], relations: list[str]) -> str:
    """A PubTator abstract; `mentions`: (word, type, id), every occurrence of the word is a mention."""
    text = f"{title} {abstract}"
    lines = [f"{pmid}|t|{title}", f"{pmid}|a|{abstract}"]
    for word, kind, ident in mentions:
        for m in re.finditer(re.escape(word), text):
            lines.append(f"{pmid}\t{m.start()}\t{m.end()}\t{word}\t{kind}\t{ident}")
    lines += [f"{pmid}\t{r}" for r in relations]
    return "\n".join(lines) + "\n\n"


def _known(claims: dict[str, list[tuple[str, str, str, bool]]]):
    """An extractor that finds the given (subject word, predicate, object word, negated) per unit id; an entity's
    spans are every occurrence of its word, its slug the word in lower case."""

    def extract(unit):
        found, spans = [], {}
        for subject, predicate, obj, negated in claims.get(unit.id, []):
            for word in (subject, obj):
                spans[word.lower()] = [m.span() for m in re.finditer(re.escape(word), unit.text)]
            evidence = [Evidence(unit.id, unit.text, 0, len(unit.text), method="test")]
            found.append(Claim(subject.lower(), predicate, obj.lower(), negated=negated, evidence=evidence))
        return found, spans

    return extract


def _counts(report) -> dict[str, tuple[int, int, int]]:
    return {p: (s.true_positives, s.false_positives, s.false_negatives) for p, s in report.per_predicate.items()}


BC5CDR = _pubtator(
    "1",
    "Lithium and tremor.",
    "Lithium caused tremor and rash. Propranolol was given.",
    [
        ("Lithium", "Chemical", "C1"),
        ("tremor", "Disease", "D1"),
        ("rash", "Disease", "D2"),
        ("Propranolol", "Chemical", "C2"),
    ],
    ["CID\tC1\tD1", "CID\tC1\tD2"],
) + _pubtator(
    "2",
    "Cocaine induced seizures.",
    "A case.",
    [("Cocaine", "Chemical", "C3"), ("seizures", "Disease", "D3")],
    ["CID\tC3\tD3"],
)


def test_bc5cdr_pairs_are_scored_per_abstract_as_the_official_evaluation(tmp_path):
    path = tmp_path / "cdr.txt"
    path.write_text(BC5CDR)
    corpus, units = load_units(path)
    assert corpus.name == "bc5cdr" and [u.id for u in units] == ["1", "2"]
    # abstracts are research by their source, so the learned classifier reads them (extract.LEARNED_REGISTERS)
    assert {u.register for u in units} == {"research"}
    assert units[0].relations == {("hasAdverseEffect", "C1", "D1", False), ("hasAdverseEffect", "C1", "D2", False)}
    extract = _known(
        {
            "1": [
                ("Lithium", "hasAdverseEffect", "tremor", False),  # right
                ("Lithium", "hasAdverseEffect", "tremor", False),  # the same pair again: one item
                ("Lithium", "hasWithdrawalEffect", "rash", False),  # a sub-property of hasAdverseEffect: right
                ("Propranolol", "hasAdverseEffect", "rash", False),  # both ends annotated, no CID: wrong
                ("Lithium", "hasAdverseEffect", "was", False),  # object on no gold mention: wrong
                ("Propranolol", "treats", "tremor", False),  # BC5CDR does not annotate treatment
                ("Propranolol", "hasAdverseEffect", "tremor", True),  # BC5CDR marks no negation
            ]
        }
    )
    report = score_units(corpus, units, extract)
    assert _counts(report) == {"hasAdverseEffect": (2, 2, 1)}  # abstract 2's CID is missed
    assert report.on_no_mention == {"hasAdverseEffect": 1}
    assert report.not_scored == {NOT_ANNOTATED: 1, NEGATED: 1}
    assert report.overall.precision == 0.5 and report.overall.recall == 2 / 3
    # Lithium x2, Propranolol found, Cocaine not; tremor x2 and rash found, seizures not
    assert report.entities == {"chemical": [3, 4], "disease": [3, 4]}


BIORED_TEXT = (
    "Aspirin and warfarin.",
    "Aspirin lowered fever and raised COX2. Warfarin with aspirin interact; aspirin binds PTGS1.",
)
BIORED_MENTIONS = [
    ("Aspirin", "ChemicalEntity", "D001241"),
    ("aspirin", "ChemicalEntity", "D001241"),
    ("warfarin", "ChemicalEntity", "D014859"),
    ("Warfarin", "ChemicalEntity", "D014859"),
    ("fever", "DiseaseOrPhenotypicFeature", "D005334"),
    ("COX2", "GeneOrGeneProduct", "5743"),
    ("PTGS1", "GeneOrGeneProduct", "5742"),
]
BIORED_RELATIONS = [
    ("Negative_Correlation", "D005334", "D001241"),  # the disease first: oriented by the mentions' types
    ("Positive_Correlation", "5743", "D001241"),
    ("Drug_Interaction", "D001241", "D014859"),
    ("Bind", "D001241", "5742"),
    ("Association", "D001241", "D005334"),  # no drugkg predicate
    ("Positive_Correlation", "5743", "5742"),  # gene-gene: no row maps it
]


def _biored_pubtator() -> str:
    return _pubtator("7", *BIORED_TEXT, BIORED_MENTIONS, [f"{k}\t{a}\t{b}\tNovel" for k, a, b in BIORED_RELATIONS])


def _biored_bioc() -> dict:
    title, abstract = BIORED_TEXT
    passages = []
    for offset, text in ((0, title), (len(title) + 1, abstract)):
        annotations = []
        for word, kind, ident in BIORED_MENTIONS:
            for m in re.finditer(re.escape(word), text):
                location = {"offset": offset + m.start(), "length": len(word)}
                annotations.append(
                    {"infons": {"type": kind, "identifier": ident}, "text": word, "locations": [location]}
                )
        passages.append({"offset": offset, "text": text, "annotations": annotations})
    relations = [{"infons": {"type": k, "entity1": a, "entity2": b, "novel": "Novel"}} for k, a, b in BIORED_RELATIONS]
    return {"source": "test", "documents": [{"id": "7", "passages": passages, "relations": relations}]}


def test_biored_relations_map_to_predicates_by_label_and_entity_types(tmp_path):
    path = tmp_path / "Dev.PubTator"
    path.write_text(_biored_pubtator())
    corpus, units = load_units(path)
    assert corpus.name == "biored"
    assert units[0].relations == {
        ("treats", "D001241", "D005334", False),
        ("positivelyModulates", "D001241", "5743", False),
        ("interactsWith", "D001241", "D014859", False),
        ("bindsTo", "D001241", "5742", False),
    }
    assert units[0].unoriented == 1
    extract = _known(
        {
            "7": [
                ("aspirin", "treats", "fever", False),
                ("Warfarin", "interactsWith", "aspirin", False),  # symmetric: either order
                ("aspirin", "positivelyModulates", "COX2", False),
                ("aspirin", "hasAdverseEffect", "fever", False),  # BioRED says it lowers fever: wrong
                ("aspirin", "decreases", "lowered", False),  # a broad predicate on no gold mention: not scored
            ]
        }
    )
    report = score_units(corpus, units, extract)
    assert _counts(report) == {
        "treats": (1, 0, 0),
        "hasAdverseEffect": (0, 1, 0),
        "interactsWith": (1, 0, 0),
        "bindsTo": (0, 0, 1),
        "positivelyModulates": (1, 0, 0),
        "decreases": (0, 0, 0),
    }
    assert report.not_scored == {UNMAPPED_BROAD: 1}


def test_bioc_json_reads_as_the_same_gold_as_pubtator(tmp_path):
    (tmp_path / "a.PubTator").write_text(_biored_pubtator())
    (tmp_path / "a.BioC.JSON").write_text(json.dumps(_biored_bioc()))
    (_, from_pubtator), (corpus, from_bioc) = load_units(tmp_path / "a.PubTator"), load_units(tmp_path / "a.BioC.JSON")
    assert corpus.name == "biored"
    assert [(u.id, u.text, sorted(u.mentions), u.relations) for u in from_bioc] == [
        (u.id, u.text, sorted(u.mentions), u.relations) for u in from_pubtator
    ]


def _span(text: str, word: str) -> dict:
    start, _ = _at(text, word)
    return {"text": [[word]], "start": [[start]]}


PHEE_1 = "Amiodarone caused thyrotoxicosis but not rash in a man treated for arrhythmia."
PHEE_2 = "Metoprolol improved tremor."


def _phee_lines() -> str:
    treatment = {
        **_span(PHEE_1, "Amiodarone"),
        "Drug": _span(PHEE_1, "Amiodarone"),
        "Disorder": _span(PHEE_1, "arrhythmia"),
    }
    events_1 = [
        {"event_type": "Adverse_event", "Treatment": treatment, "Effect": _span(PHEE_1, "thyrotoxicosis")},
        {
            "event_type": "Adverse_event",
            "Treatment": treatment,
            "Effect": _span(PHEE_1, "rash"),
            "Negated": {"value": True},
        },
    ]
    events_2 = [
        {
            "event_type": "Potential_therapeutic_event",
            "Treatment": {"Drug": _span(PHEE_2, "Metoprolol")},
            "Effect": _span(PHEE_2, "tremor"),
        }
    ]
    rows = [
        {"id": "1_1", "context": PHEE_1, "annotations": [{"events": events_1}]},
        {"id": "2_1", "context": PHEE_2, "annotations": [{"events": events_2}]},
    ]
    return "".join(json.dumps(r) + "\n" for r in rows)


def test_phee_events_are_scored_per_sentence_with_their_negation(tmp_path):
    path = tmp_path / "dev.json"
    path.write_text(_phee_lines())
    corpus, units = load_units(path)
    assert corpus.name == "phee" and corpus.negation
    extract = _known(
        {
            "1_1": [
                ("Amiodarone", "hasAdverseEffect", "thyrotoxicosis", False),  # right
                ("Amiodarone", "hasAdverseEffect", "rash", True),  # a negated event, read as negated: right
                ("Amiodarone", "hasAdverseEffect", "arrhythmia", False),  # what it was given for: wrong
            ],
            "2_1": [("Metoprolol", "treats", "tremor", True)],  # the opposite polarity: wrong, and the gold missed
        }
    )
    report = score_units(corpus, units, extract)
    # treats gold: amiodarone -> arrhythmia (the disorder it was given for), metoprolol -> tremor
    assert _counts(report) == {"hasAdverseEffect": (2, 1, 0), "treats": (0, 1, 2)}


ROAM_1 = "Indicated for fever and pain; not for gout."
ROAM_2 = "Take with meals in diabetes."


def _roam_rows() -> list[dict]:
    def ann(text, word, label):
        start, end = _at(text, word)
        return {"ann_id": word, "start": start, "end": end, "label": label, "text": word}

    return [
        {
            "sentence": ROAM_1,
            "sentence_id": "S1",
            "annotations": [
                ann(ROAM_1, "fever", "TREATS"),
                ann(ROAM_1, "pain", "PREVENTS"),
                ann(ROAM_1, "gout", "CONTRAINDICATED_FOR"),
            ],
        },
        {"sentence": ROAM_2, "sentence_id": "S2", "annotations": [ann(ROAM_2, "diabetes", "UNRELATED")]},
        {"sentence": "No disease here.", "sentence_id": "S3", "annotations": []},
    ]


def test_roam_labels_are_scored_on_the_disease_mention_with_the_drug_implied(tmp_path):
    path = tmp_path / "training.json"
    path.write_text(json.dumps(_roam_rows(), indent=4))
    corpus, units = load_units(path)
    assert corpus.name == "roam" and len(units) == 3
    extract = _known(
        {
            "S1": [("Drug", "treats", "fever", False), ("Drug", "treats", "gout", False)],  # right; wrong
            "S2": [("Drug", "treats", "diabetes", False)],  # an UNRELATED mention: wrong
        }
    )
    report = score_units(corpus, units, extract)
    assert _counts(report) == {"treats": (1, 2, 1), "contraindicatedIn": (0, 0, 1)}


def test_formats_are_told_from_the_content(tmp_path):
    files = {
        "a.txt": (BC5CDR, "pubtator"),
        "b": (json.dumps(_biored_bioc()), "bioc-json"),
        "c.json": (_phee_lines(), "phee"),
        "d.json": (json.dumps(_roam_rows(), indent=4), "roam"),
    }
    for name, (text, _) in files.items():
        (tmp_path / name).write_text(text)
    assert {name: detect_format(tmp_path / name) for name in files} == {n: f for n, (_, f) in files.items()}


def test_cli_runs_the_extractor_on_the_corpus_texts_and_writes_json(tmp_path):
    path = tmp_path / "cdr.txt"
    path.write_text(
        _pubtator(
            "9",
            "Haloperidol and tremor.",
            "Haloperidol can cause tremor. Haloperidol is used to treat schizophrenia.",
            [
                ("Haloperidol", "Chemical", "D006220"),
                ("tremor", "Disease", "D014202"),
                ("schizophrenia", "Disease", "D012559"),
            ],
            ["CID\tD006220\tD014202"],
        )
    )
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(path), "--format", "pubtator", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "hasAdverseEffect" in result.output and "F1 0.5703" in result.output  # the published figure beside ours
    report = json.loads(out.read_text())
    assert report["corpus"] == "bc5cdr" and report["units"] == 1
    assert report["per_predicate"]["hasAdverseEffect"]["tp"] == 1
    assert report["claims_not_scored"] == {NOT_ANNOTATED: 1}  # the treats claim
    assert report["entity_recall"]["chemical"] == {"found": 3, "gold": 3, "recall": 1.0}


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ("just some words\n", [], "cannot tell the corpus format"),
        ('{"id": "1", "context": "x"}\n{broken\n', [], "not PHEE JSON lines"),
        ('[{"sentence": "x"}]', ["--format", "roam"], "not a Roam relation file"),
        ('{"documents": 3}', ["--format", "bioc-json"], "no 'documents' list"),
        ("1|t|T.\n1|a|A.\n1\t0\t1\tT\tProtein\tP1\n", [], "neither BC5CDR's nor BioRED's"),
        (b"1|t|\xff\xfe\n", [], "not UTF-8"),
    ],
)
def test_bad_files_give_one_error_line(tmp_path, content, args, message):
    path = tmp_path / "bad"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(path), *args])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("drugkg: error:") and message in lines[0], result.output
    assert "Traceback" not in result.output


def test_format_and_limit_need_a_file(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path), "--limit", "3"])
    assert result.exit_code == 1 and "apply to a public corpus file" in result.output


@pytest.mark.skipif(not RELATIONS.is_dir(), reason="../shared/data/relations (the public corpora) is absent")
def test_real_dev_files_first_documents_are_read_whole():
    """The first abstracts/sentences of the real DEV files: every gold relation of them is scored (found or missed)."""
    from graph_build.text.evaluate_public import evaluate_public

    cdr = RELATIONS / "bc5cdr" / "CDR_DevelopmentSet.PubTator.txt"
    blocks = cdr.read_text(encoding="utf-8").split("\n\n")[:5]
    cid_lines = sum(1 for b in blocks for line in b.splitlines() if line.split("\t")[1:2] == ["CID"])
    report = evaluate_public(cdr, limit=5)
    s = report.per_predicate["hasAdverseEffect"]
    assert report.units == 5 and s.true_positives + s.false_negatives == cid_lines > 0

    phee = RELATIONS / "phee" / "json" / "dev.json"
    report = evaluate_public(phee, limit=10)
    first = [json.loads(line) for line in phee.read_text(encoding="utf-8").splitlines()[:10]]
    adverse = {
        (row["id"], drug_start, effect_start)
        for row in first
        for a in row["annotations"]
        for e in a["events"]
        if e["event_type"] == "Adverse_event"
        for drug_start in chain(*(e.get("Treatment") or {}).get("Drug", {}).get("start", []))
        for effect_start in chain(*(e.get("Effect") or {}).get("start", []))
    }
    s = report.per_predicate["hasAdverseEffect"]
    assert report.format == "phee" and s.true_positives + s.false_negatives == len(adverse) > 0


def test_json_report_is_byte_identical_across_runs_and_limit_counts_units(tmp_path):
    path = tmp_path / "dev.json"
    path.write_text(_phee_lines())
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"r{n}.json"
        result = CliRunner().invoke(main, ["evaluate", "--gold", str(path), "--limit", "1", "--json", str(out)])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    report = json.loads(outputs[0])
    assert report["units"] == 1 and report["format"] == "phee"
    # the first sentence's gold only: two adverse events and the treatment's indication
    assert sum(p["tp"] + p["fn"] for p in report["per_predicate"].values()) == 3
