"""Issue 13, second round of targets and mechanism steps (docs/decisions/0644): a generic head with only words of
how many, where or whose ("two liver enzymes", "a fungal enzyme") names no target, the name after it does; MeSH
transporter and cytochrome headings go by the names people use (dopamine transporter, cytochrome P450 2C9), a
symbol narrower than its MeSH heading (CYP3A4 under *Cytochrome P-450 CYP3A*) by its own gene; a blocked
neurotransmitter transporter is that transmitter's reuptake inhibition; a pathogen's own enzyme or ribosome is not
the vocabulary's generic one. The sentences are invented from the general patterns."""

import pytest
from extracting import claims

from graph_build.text.vocab_index import look_up_entity

MECHANISM = {"bindsTo", "hasMechanismOfAction", "decreases", "increases", "actsOn", "causes"}


def mechanism(text: str, lexicon: dict) -> set:
    return {key for key in claims(text, lexicon) if key[1] in MECHANISM}


@pytest.fixture(autouse=True)
def _vocabularies():
    if look_up_entity("dopamine transporter") is None:
        pytest.skip("vocabularies not installed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ketoconazole blocks two liver enzymes, CYP2C9 and CYP3A4, that break down other medicines.",
            {
                ("ketoconazole", "bindsTo", "cytochrome-p450-2c9", False),
                ("ketoconazole", "bindsTo", "cytochrome-p450-3a4", False),
            },
        ),
        (
            "Terbinafine blocks a fungal enzyme called squalene epoxidase.",
            {
                ("terbinafine", "bindsTo", "squalene-monooxygenase", False),
                ("terbinafine", "hasMechanismOfAction", "squalene-monooxygenase-inhibition", False),
            },
        ),
        ("Itraconazole blocks several fungal enzymes.", set()),
        ("Ketoconazole blocks a key enzyme in the liver.", set()),
        ("Lisinopril blocks an enzyme in the lungs.", set()),
    ],
)
def test_a_generic_head_is_named_by_the_name_after_it_or_not_at_all(text, expected, lexicon):
    assert mechanism(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sertraline blocks the serotonin transporter.",
            {
                ("sertraline", "bindsTo", "serotonin-transporter", False),
                ("sertraline", "hasMechanismOfAction", "serotonin-reuptake-inhibition", False),
            },
        ),
        (
            "Bupropion blocks the dopamine transporter and the noradrenaline transporter.",
            {
                ("bupropion", "bindsTo", "dopamine-transporter", False),
                ("bupropion", "bindsTo", "norepinephrine-transporter", False),
                ("bupropion", "hasMechanismOfAction", "dopamine-reuptake-inhibition", False),
                ("bupropion", "hasMechanismOfAction", "norepinephrine-reuptake-inhibition", False),
            },
        ),
        (  # a cotransporter carries ions, not a transmitter back: its own inhibition, as before
            "Bumetanide blocks the sodium-potassium-chloride cotransporter.",
            {
                ("bumetanide", "bindsTo", "sodium-potassium-chloride-cotransporter", False),
                ("bumetanide", "hasMechanismOfAction", "sodium-potassium-chloride-cotransporter-inhibition", False),
            },
        ),
    ],
)
def test_a_blocked_transmitter_transporter_is_reuptake_inhibition(text, expected, lexicon):
    assert mechanism(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foscarnet inhibits the viral DNA polymerase.",
            {
                ("foscarnet", "bindsTo", "viral-dna-polymerase", False),
                ("foscarnet", "decreases", "viral-dna-polymerase", False),
                ("foscarnet", "hasMechanismOfAction", "viral-dna-polymerase-inhibition", False),
            },
        ),
        (
            "Foscarnet inhibits DNA polymerase.",
            {
                ("foscarnet", "bindsTo", "dna-directed-dna-polymerase", False),
                ("foscarnet", "decreases", "dna-directed-dna-polymerase", False),
                ("foscarnet", "hasMechanismOfAction", "dna-directed-dna-polymerase-inhibition", False),
            },
        ),
        ("Doxycycline blocks the bacterial ribosome.", {("doxycycline", "bindsTo", "bacterial-ribosome", False)}),
    ],
)
def test_a_pathogens_own_target_is_named_with_its_pathogen(text, expected, lexicon):
    assert mechanism(text, lexicon) == expected


def test_headings_and_symbols_go_by_the_names_people_use():
    assert look_up_entity("dopamine plasma membrane transport proteins").slug == "dopamine-transporter"
    assert look_up_entity("noradrenaline transporter").slug == "norepinephrine-transporter"
    assert look_up_entity("Cytochrome P-450 CYP2C9").slug == "cytochrome-p450-2c9"
    narrow = look_up_entity("CYP3A4")
    assert (narrow.slug, narrow.close) == ("cytochrome-p450-3a4", ("HGNC:2637",))
    assert look_up_entity("cytochrome P450 3A4") == narrow
    assert look_up_entity("CYP2D6").close == ()  # MeSH's own heading: no identifier from another source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Furosemide works in the kidneys.", {("furosemide", "actsOn", "kidney", False)}),
        ("Cyclobenzaprine acts mainly in the brainstem.", {("cyclobenzaprine", "actsOn", "brainstem", False)}),
        (
            "Hydroxychloroquine collects inside lysosomes, the small acidic parts of cells.",
            {("hydroxychloroquine", "actsOn", "lysosome", False)},
        ),
        ("Furosemide does not work in the kidneys.", {("furosemide", "actsOn", "kidney", True)}),
        ("Furosemide works in the same way as other diuretics.", set()),
        ("The liver breaks down ibuprofen.", set()),
        ("Ibuprofen can harm the kidneys.", set()),
    ],
)
def test_a_site_is_read_where_a_verb_places_the_drug_in_it(text, expected, lexicon):
    assert mechanism(text, lexicon) == expected
