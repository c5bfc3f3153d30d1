"""vocab_index.CLASS_NAMES and recognise._class_term (decision 0687): a drug class by the name people use is MeSH's
class under its heading's label, never a coarser class nor a second class minted from its target."""

import pytest

from graph_build.text.recognise import recognise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vibegron belongs to a class of drugs called beta-3 adrenergic agonists.",
            {("vibegron", "Vibegron"), ("adrenergic-beta-3-receptor-agonist", "beta-3 adrenergic agonists")},
        ),
        (
            "Doxazosin is an alpha-1 blocker.",
            {("doxazosin", "Doxazosin"), ("adrenergic-alpha-1-receptor-antagonist", "alpha-1 blocker")},
        ),
        (
            "Nizatidine is an H2 receptor antagonist, often called an H2 blocker.",
            {
                ("nizatidine", "Nizatidine"),
                ("histamine-h2-antagonist", "H2 receptor antagonist"),
                ("histamine-h2-antagonist", "H2 blocker"),
            },
        ),
        ("Naproxen is no COX inhibitor.", {("naproxen", "Naproxen"), ("cyclooxygenase-inhibitor", "COX inhibitor")}),
        (
            "Do not take it with an MAOI antidepressant.",
            {("monoamine-oxidase-inhibitor", "MAOI antidepressant")},
        ),
        ("Anti-sickness medicines can help.", {("antiemetic", "Anti-sickness medicines")}),
        # an unknown target's class is still minted from the target, as before (decision 0631)
        (
            "Montelukast is a leukotriene receptor antagonist.",
            {("montelukast", "Montelukast"), ("leukotriene-receptor-antagonist", "leukotriene receptor antagonist")},
        ),
    ],
)
def test_class_names(text, expected, lexicon):
    mentions, _ = recognise(text, lexicon)
    assert {(m.slug, m.text) for m in mentions} == expected


def test_an_antispasmodic_is_no_parasympatholytic(lexicon):
    # MeSH files "antispasmodics" under Parasympatholytics, a narrower class (decision 0687): the broader name is
    # not read as that heading
    from extracting import claims

    assert set(claims("Drotaverine is an antispasmodic.", lexicon)) == {("drotaverine", "isA", "antispasmodic", False)}
    assert set(claims("Atropine is a parasympatholytic.", lexicon)) == {("atropine", "isA", "parasympatholytic", False)}
