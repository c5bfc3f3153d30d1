"""FamPlex as a target vocabulary (docs/decisions/0634): its families' names resolve to `FPLX:` identifiers (exact),
its single proteins' to `UniProtKB:` and HGNC symbols to `HGNC:` (close: a grounding, or the gene for its product),
read from the wheel's files without importing famplex; common words and two- or three-letter symbols resolve to
nothing, and a name another source already indexed keeps that source's term and identifiers (none invented)."""

import pytest

from graph_build.text import vocab_index
from graph_build.text.vocab_index import look_up, look_up_entity

pytestmark = pytest.mark.skipif(
    vocab_index._distribution_file(*vocab_index.FAMPLEX[:2]) is None, reason="famplex is not installed"
)


@pytest.mark.parametrize(
    ("name", "curie"),
    [
        ("AMPA receptor", None),  # MeSH's name first: its term, with no identifier (MeSH ids need confirming)
        ("Death-receptor", "FPLX:Death_receptor"),
        ("CYP epoxygenases", "FPLX:CYP_epoxygenases"),
        ("14-3-3 proteins", "FPLX:p14_3_3"),
        ("DRD2", "HGNC:3023"),
        ("CHRNA4", "HGNC:1958"),
        ("HTR3A", "HGNC:5297"),
    ],
)
def test_famplex_names_resolve_with_their_own_ids(name, curie):
    term = look_up(name)
    assert term is not None and term.cls == "MolecularTarget"
    assert term.curie == curie


def test_strength_follows_the_grounding():
    family, gene = look_up_entity("Death-receptor"), look_up_entity("DRD2")
    assert family.exact == ("FPLX:Death_receptor",) and family.close == ()
    assert gene.exact == () and gene.close == ("HGNC:3023",)
    protein = look_up("Bcl-xL")
    assert protein.curie == "UniProtKB:Q07817" and protein.strength == "close"


@pytest.mark.parametrize("name", ["ATM", "HR", "AR", "APC", "Bad", "bad", "Bid", "cast", "Env", "CHIP", "ALS"])
def test_common_words_and_short_symbols_resolve_to_no_target(name):
    term = look_up(name)
    assert term is None or term.cls != "MolecularTarget" or term.source != "FamPlex"


def test_a_symbol_mesh_spells_keeps_the_mesh_term_and_no_invented_id():
    # MeSH lists "cyp2d6" for its heading Cytochrome P-450 CYP2D6: the symbol in capitals is that term, still
    # without an identifier (the HGNC id is the gene's; the heading's own id would need confirming)
    term = look_up("CYP2D6")
    assert term is not None and term.source == "MeSH" and term.curie is None


def test_famplex_is_read_without_importing_it():
    import sys

    vocab_index._famplex_names()
    assert "famplex" not in sys.modules
    assert all(curie.split(":")[0] in ("FPLX", "UniProtKB") for _, curie, _ in vocab_index._famplex_names()[0])
