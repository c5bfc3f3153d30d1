"""Decision 0974: lay verbs of blocking ("X switches off T", "X shuts (down) T", "X plugs T", "X jams T") and of
binding ("X grips T"), the active present only, their object a molecular target only; and "the very receptors ..."
points back to a target named before, minting none. Each case asserts the whole set of claims the short text gives:
(subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.processes import BINDS_ONLY, GATING, INHIBITING, PROSE_ACT
from graph_build.text.targets import ANAPHORIC

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "shuts T": a channel blocked, its blockade the mechanism of the prose act
        (
            "Nicardipine for angina\n\nNicardipine shuts the calcium channels in the muscle of the artery walls.",
            {
                ("nicardipine", "bindsTo", "calcium-channel", False, "Asserted"),
                ("nicardipine", "hasMechanismOfAction", "calcium-channel-blockade", False, "Asserted"),
            },
        ),
        # "plugs T": an enzyme blocked, its inhibition the mechanism
        (
            "Ketoprofen for pain\n\nKetoprofen plugs the cyclooxygenase enzymes, so they cannot make prostaglandins.",
            {
                ("ketoprofen", "bindsTo", "prostaglandin-endoperoxide-synthase", False, "Asserted"),
                (
                    "ketoprofen",
                    "hasMechanismOfAction",
                    "prostaglandin-endoperoxide-synthase-inhibition",
                    False,
                    "Asserted",
                ),
            },
        ),
        # "shuts down an enzyme called T"
        (
            "Leflunomide for arthritis\n\nLeflunomide shuts down an enzyme called dihydroorotate dehydrogenase.",
            {
                ("leflunomide", "bindsTo", "dihydroorotate-dehydrogenase", False, "Asserted"),
                ("leflunomide", "hasMechanismOfAction", "dihydroorotate-dehydrogenase-inhibition", False, "Asserted"),
            },
        ),
        # "jams T": a carrier blocked, its reuptake inhibited
        (
            "Imipramine for depression\n\nImipramine jams the serotonin transporter.",
            {
                ("imipramine", "bindsTo", "serotonin-transporter", False, "Asserted"),
                ("imipramine", "hasMechanismOfAction", "serotonin-reuptake-inhibition", False, "Asserted"),
            },
        ),
        # "grips T": binding, no act said
        (
            "Lovastatin for cholesterol\n\nLovastatin grips HMG-CoA reductase, the enzyme the liver uses to build "
            "cholesterol.",
            {("lovastatin", "bindsTo", "hmg-coa-reductase", False, "Asserted")},
        ),
        # "the very receptors": points back, mints no "very receptor"
        (
            "Atenolol for blood pressure\n\nAtenolol blocks the very receptors that salbutamol needs.",
            set(),
        ),
        # no target after the verb: nothing bound
        (
            "Bisoprolol for blood pressure\n\nShe shuts the door and plugs the kettle in.",
            set(),
        ),
        # the participle after "with": no act of the drug (the active present only)
        (
            "Amlodipine for blood pressure\n\nWith the calcium channels switched off, the vessels relax.",
            set(),
        ),
    ],
)
def test_lay_blocking_verbs(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_the_verbs_are_blocking_and_binding():
    assert INHIBITING.search("Ketoprofen plugs the COX enzymes")
    assert INHIBITING.search("It switches off the enzyme")
    assert not INHIBITING.search("It does not shut the channels")
    assert not INHIBITING.search("It never jams the pump")
    assert any(verb.search("It jams the channel") and name == "blockade" for verb, name in GATING)
    assert BINDS_ONLY.search("Lovastatin grips the enzyme")
    assert PROSE_ACT.match("Nicardipine shuts the calcium channels.")
    assert PROSE_ACT.match("Lovastatin grips the enzyme.").group("binds") == "grips"
    assert "very" in ANAPHORIC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another medicine's slowing "taken alongside" the document's: the pair's, no step of either
        (
            "Betaxolol for glaucoma\n\nDiltiazem can slow the heart too much when it is taken alongside betaxolol.",
            # the pair's effect is their interaction (decision 0969's "alongside" reading, merged beside this one)
            {("betaxolol", "interactsWith", "diltiazem", False, "Asserted")},
        ),
        (
            "Timolol for glaucoma\n\nBeta-blockers such as atenolol can slow the heart too much alongside it.",
            {
                ("atenolol", "isA", "beta-blocker", False, "Asserted"),
                # the pair's effect is their interaction (decision 0969, merged beside this one): the class and its
                # example, as the sentence names both
                ("timolol", "interactsWith", "beta-blocker", False, "Asserted"),
                ("timolol", "interactsWith", "atenolol", False, "Asserted"),
            },
        ),
        (
            "Timolol for glaucoma\n\nVerapamil can slow the pulse too far when combined with timolol.",
            {("timolol", "interactsWith", "verapamil", False, "Asserted")},
        ),
        # another medicine's own slowing, said of it alone, is still its step
        (
            "Timolol for glaucoma\n\nVerapamil slows the heart rate.",
            {("verapamil", "decreases", "heart-rate", False, "Asserted")},
        ),
    ],
)
def test_a_pairs_change_is_no_step(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_the_genes_for_a_target_are_no_target(lexicon):
    text = "Prednisolone for asthma\n\nIt switches off the genes for inflammatory messengers such as interleukin-1."
    assert {c for c in claims(text, lexicon) if c[1] in {"bindsTo", "hasMechanismOfAction"}} == set()
