"""Decision 1046: the lay verbs of binding ("latches onto", "locks onto", "sits on", "sticks to") and of an act on a
target ("switches on", "shuts down", "plugs") are one data list (rules.yaml words.lay_binding and words.lay_acting),
read by the target-verb rule, targets.TARGET_CUES, bound_sites.OPENS, processes.BINDS_ONLY / PROSE_ACT and
sites.PROSE_PLACE, each in its own frame. A verb of the list reaches every one of them: "locks onto T ... and blocks
them" now places and names the act as "latches onto" did (PROSE_ACT lacked "locks onto"). A denial, a question, a
hedge, another drug's act after "Unlike X" and a heading give what they gave. Each case asserts the whole set of claims
the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import re

import pytest
from extracting import certainty_claims

from graph_build.text import binding_verbs, bound_sites, processes, sites, targets
from graph_build.text.rules import load_rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lay verb of binding opening the sentence, the place of the receptor read from it
        (
            "Nabilone for sickness\n\nNabilone latches onto the CB1 receptors in the brain.",
            {
                ("nabilone", "actsOn", "brain", False, "Asserted"),
                ("nabilone", "bindsTo", "cannabinoid-cb1-receptor", False, "Asserted"),
            },
        ),
        # "locks onto ... and blocks them": the prose act reads every verb of the list (it lacked "locks onto")
        (
            "Oxybutynin for bladder\n\nOxybutynin locks onto the muscarinic receptors in the bladder wall and blocks "
            "them.",
            {
                ("oxybutynin", "actsOn", "urinary-bladder", False, "Asserted"),
                ("oxybutynin", "bindsTo", "muscarinic-receptor", False, "Asserted"),
                ("oxybutynin", "hasMechanismOfAction", "muscarinic-receptor-blockade", False, "Asserted"),
            },
        ),
        # a lay verb of the act itself
        (
            "Omeprazole for heartburn\n\nOmeprazole shuts down the proton pumps in the stomach lining.",
            {
                ("omeprazole", "bindsTo", "proton-pump", False, "Asserted"),
                ("omeprazole", "hasMechanismOfAction", "proton-pump-inhibition", False, "Asserted"),
            },
        ),
        # near misses: denied, asked, hedged, another drug's, a heading
        (
            "Fexofenadine for hay fever\n\nFexofenadine does not latch onto the H1 receptors in the brain.",
            {("fexofenadine", "bindsTo", "histamine-h1-receptor", True, "Asserted")},
        ),
        ("Fexofenadine for hay fever\n\nDoes fexofenadine latch onto the H1 receptors in the brain?", set()),
        (
            "Fexofenadine for hay fever\n\nFexofenadine may lock onto the H1 receptors in the skin as well.",
            {("fexofenadine", "bindsTo", "histamine-h1-receptor", False, "Possible")},
        ),
        (
            "Fexofenadine for hay fever\n\nUnlike fexofenadine, chlorphenamine latches onto the H1 receptors in the "
            "brain.",
            set(),
        ),
        ("Fexofenadine for hay fever\n\n## Latches onto H1 receptors\n\nIt is taken once a day.", set()),
    ],
)
def test_lay_verbs_in_every_frame(lexicon, text, expected):
    assert certainty_claims(text, lexicon, ".md") == expected


def test_one_list_for_the_five_regexes():
    """Each regex holds the list's alternation itself: a verb added to the list reaches all five."""
    words = load_rules().cue_rules
    rule = next(r for r in words if r.id == "target-verb").pattern.pattern
    assert binding_verbs.alternation(binding_verbs.LAY_BINDING).replace("(?:", "(") in rule
    assert binding_verbs.alternation(binding_verbs.LAY_ACTING).replace("(?:", "(") in rule
    assert binding_verbs.alternation(binding_verbs.LAY_BINDING) in targets.CUE.pattern
    spaced = binding_verbs.alternation(binding_verbs.LAY_BINDING, spaced=True)
    for pattern in (bound_sites.OPENS, processes.BINDS_ONLY, processes.PROSE_ACT, sites.PROSE_PLACE):
        assert spaced in pattern.pattern


@pytest.mark.parametrize(
    ("phrase", "binds_only", "acts"),
    [
        ("It latches on to T receptors.", True, False),
        ("It locks onto T receptors.", True, False),
        ("It clamps onto T pumps.", True, False),
        ("It shuts down T channels.", False, True),
        ("It plugs into T receptors.", False, False),
        ("It switches off the genes for T.", False, False),
    ],
)
def test_frames_keep_their_kinds(phrase, binds_only, acts):
    """BINDS_ONLY reads the verbs of binding only; PROSE_ACT's act the verbs of the act ("plugs into" no act, "switches
    off the genes" no act on T)."""
    assert bool(processes.BINDS_ONLY.search(phrase)) is binds_only
    opening = processes.PROSE_ACT.match(phrase)
    assert bool(opening and opening.group("binds") is None) is acts
    assert re.compile(binding_verbs.alternation(binding_verbs.LAY_ACTING)).groups == 0
