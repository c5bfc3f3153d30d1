"""Decision 0744: the three lists saying "this name is not that concept" are one data file
(graph_build/text/not_one_concept.yaml) with one loader; each use reads its view of it."""

from __future__ import annotations

import pytest

from base.errors import DrugkgError
from graph_build.text import evaluate, vocab_index
from graph_build.text.not_one_concept import broader_names, broader_than_package, filings, not_one_concept


def test_each_use_reads_its_view():
    assert not_one_concept() == evaluate.NOT_ONE_CONCEPT
    assert broader_names() == vocab_index.BROADER_NAMES
    assert broader_than_package() == vocab_index.BROADER_THAN_PACKAGE


def test_the_views():
    # (the scorer keeps every name apart that is read as no other record; the index leaves out the names broader than
    # their drug-class heading; recognition reads thrush as the broader record)
    assert {"bipolar depression", "antispasmodics", "opioids", "urinary tract infections"} <= not_one_concept()
    assert "thrush" not in not_one_concept()
    assert broader_names() == {"antispasmodic", "antispasmodics", "antispasmodic agent", "antispasmodic agents"} | {
        "opioid",
        "opioids",
    }
    assert broader_than_package() == {
        "thrush": "candidiasis",
        "oral thrush": "candidiasis, oral",
        "mouth thrush": "candidiasis, oral",
        "travel sickness": "motion sickness",  # (decision 0810)
        "metallic taste": "dysgeusia",  # (decision 0806)
    }


def test_a_bad_entry_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "names.yaml"
    path.write_text("- names: [Thrush]\n  vocabulary: hpo\n  filed_under: x\n  is: broader\n  why: y\n")
    with pytest.raises(DrugkgError, match=r"names\.yaml"):
        filings(path)
    path.write_text("- names: [thrush]\n  vocabulary: hpo\n  filed_under: x\n  is: wider\n  why: y\n")
    with pytest.raises(DrugkgError, match="entry 1"):
        filings(path)
