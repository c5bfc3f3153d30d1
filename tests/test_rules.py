"""The extraction rules as data (graph_build/text/rules.yaml): one schema, validated at load; a rule added as one
data entry extracts; each rule's precision is confidence.yaml's."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from base.errors import DrugkgError
from graph_build.read import Document
from graph_build.text.calibration import lower_bound
from graph_build.text.extract import extract_document
from graph_build.text.first_readings import FILE as FIRST_READINGS
from graph_build.text.relate import using_rules
from graph_build.text.rules import CHECKS, CONFIDENCE_FILE, RULES_FILE, load_rules, main
from ontology.lexicon import load_lexicon

TARGETS = """
  - id: targets-cue
    predicate: bindsTo
    subject: [agent]
    object: [MolecularTarget]
    cues: ['docks? onto']
    anchors: [dock]
"""


def _with(tmp_path: Path, before: str, added: str) -> Path:
    """A copy of rules.yaml with `added` inserted right after the line `before`."""
    text = RULES_FILE.read_text(encoding="utf-8")
    assert before in text
    path = tmp_path / "rules.yaml"
    path.write_text(text.replace(before, before + added, 1), encoding="utf-8")
    return path


def _claims(text: str) -> set[tuple]:
    doc = Document("t", "t", "t.txt", "", text, Path("t.txt"))
    claims = extract_document(doc, load_lexicon(), vocabularies=False).claims
    return {(c.subject, c.predicate, c.object, c.negated, c.evidence[0].method) for c in claims}


def test_a_rule_added_as_one_data_entry_extracts(tmp_path):
    text = "Clonazepam docks onto the GABA-A receptor."
    assert not any(c[1] == "bindsTo" for c in _claims(text))  # no rule of rules.yaml reads "docks onto"
    rules = load_rules(_with(tmp_path, "cue_rules:\n", TARGETS))
    with using_rules(rules):
        assert ("clonazepam", "bindsTo", "gaba-a-receptor", False, "rule:targets-cue") in _claims(text)
    assert not any(c[1] == "bindsTo" for c in _claims(text))  # the rules in use are rules.yaml's again


def test_a_shared_word_list_stands_where_a_cue_names_it(tmp_path):
    """One list of words serves every cue that writes {words.name} (decision 0815): the cue holds its words."""
    path = _with(tmp_path, "cue_rules:\n", TARGETS.replace("'docks? onto'", "'({words.docking}) onto'"))
    path.write_text(path.read_text(encoding="utf-8").replace("words:\n", "words:\n  docking: ['docks?', latch]\n", 1))
    rule = next(r for r in load_rules(path).cue_rules if r.id == "targets-cue")
    assert rule.cues == ("(docks?|latch) onto",)
    assert rule.pattern.search("it docks onto Y") and rule.pattern.search("they latch onto Y")
    assert not rule.pattern.search("it sits onto Y")


def test_each_rule_shows_the_precision_confidence_yaml_measured():
    table = yaml.safe_load(CONFIDENCE_FILE.read_text(encoding="utf-8"))["rules"]
    catalogue = {rule_id: precision for rule_id, _, precision in load_rules().catalogue()}
    assert set(table) <= set(catalogue), "a measured rule is missing from rules.yaml"
    for rule_id, row in table.items():
        p = catalogue[rule_id]
        assert (p.right, p.wrong, p.confidence) == (row["right"], row["wrong"], row["confidence"]), rule_id


def test_relate_implements_exactly_the_named_checks():
    text = Path(__file__).parents[1] / "graph_build" / "text"  # relate.py and the modules split out of it
    source = "".join(path.read_text(encoding="utf-8") for path in sorted(text.glob("relate*.py")))
    assert set(re.findall(r'"([a-z-]+)" in checks', source)) == set(CHECKS)


@pytest.mark.parametrize(
    ("before", "added", "message"),
    [
        ("    predicate: isA\n", "    colour: red\n", "cue_rules[1] (class-membership): unknown key(s) colour"),
        ("cue_rules:\n", TARGETS.replace("bindsTo", "targetsOf"), "unknown predicate 'targetsOf'"),
        ("cue_rules:\n", TARGETS.replace("'docks? onto'", "'docks?('"), "bad regex 'docks?('"),
        ("cue_rules:\n", TARGETS.replace("'docks? onto'", "'Docks? onto'"), "holds an upper-case letter"),
        ("cue_rules:\n", TARGETS.replace("targets-cue", "treats-cue"), "duplicate id 'treats-cue'"),
        ("cue_rules:\n", TARGETS.replace("[agent]", "[Robot]"), "unknown class 'Robot' in 'subject'"),
        ("cue_rules:\n", TARGETS + "    checks: [be-careful]\n", "unknown check 'be-careful'"),
        ("cue_rules:\n", TARGETS + "    denies: perhaps\n", "'denies' must be true or false"),
        ("cue_rules:\n", TARGETS + "    voice: middle\n", "unknown voice 'middle'"),
        ("cue_rules:\n", TARGETS.replace("    anchors: [dock]\n", ""), "missing key(s) anchors"),
        ("use_status:\n", "  - {value: Sometimes, cues: [now], anchors: [now]}\n", "unknown use status 'Sometimes'"),
        ("cue_rules:\n", TARGETS.replace("'docks? onto'", "'docks? {words.nowhere}'"), "unknown word list 'nowhere'"),
        ("words:\n", "  Verbs: [docking]\n", "bad word list name 'Verbs'"),
    ],
)
def test_a_faulty_rules_file_is_one_error_line_naming_file_and_entry(tmp_path, before, added, message):
    path = _with(tmp_path, before, added)
    with pytest.raises(DrugkgError) as error:
        load_rules(path)
    line = error.value.line()
    assert "\n" not in line and line.startswith(f"{path}: ") and message in line, line


def test_the_rules_command_checks_a_file_and_lists_each_rule_with_its_precision(tmp_path, capsys):
    assert main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    treats = next(line.split() for line in lines if line.startswith("treats-cue "))
    row = yaml.safe_load(CONFIDENCE_FILE.read_text(encoding="utf-8"))["rules"]["treats-cue"]
    first = yaml.safe_load(FIRST_READINGS.read_text(encoding="utf-8"))["pooled"]["treats-cue"]["general"]
    bound = lower_bound(*first)
    dev = [str(row["right"]), str(row["wrong"]), f"{row['confidence']:.2f}"]
    assert treats == ["treats-cue", "treats", *dev, str(first[0]), str(first[1]), f"{bound:.2f}"]
    assert bound < Decimal(str(row["confidence"]))  # treats-cue was surer on the sets it was written on
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: []\n", encoding="utf-8")
    assert main([str(bad)]) == 1
    assert capsys.readouterr().err.strip() == f"{bad}: unknown section(s) rules; use " + ", ".join(
        ["cue_rules", "sentence_cues", "use_status", "table_rows", "code_rules"]
    )
