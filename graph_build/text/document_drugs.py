"""The document's drug: the one its title names, else the one its text names most (decisions 0622, 0642, 0839, 0845,
0866, 0949, 0988), read once before its sentences are.

A title-less text takes for its drug the drug it names most, leaving out the mentions that name a drug in passing: a
vitamin named in passing, a drug named once as another's kin ("such as B"), as a cause ("Codeine commonly causes
it") or only in advice about the reader's other medicines. Of drugs named equally often, the one more sentences open
with.

Decision 0990: the drug named most is counted by its mentions that do not name it in passing - as a partner the
document's drug is taken with or kept from ("She told me it mustn't be taken with lithium, because it lets the
lithium build up": lithium twice, the letter's drug once), as its kin or in comparison ("the same family as B", "a
cousin of B", "plus B"), or as what another thing acts on ("folate-blocking medicines"). A drug named twice as a
partner no longer outnumbers the drug the text is about, named once; every mention still counts when the drugs are
named freely as often (the text's drug is the one named more in all, then the one its sentences open with).

Decision 1010: one drug named by two names side by side ("butylscopolamine (scopolamine butylbromide)", "the proper
name is A, or B", "A, B on the box") is counted once, under the name given first (`other_names`), and only the
mentions counted at all are counted freely (a hormone named as the body's own is none). Of drugs still named freely
equally often, the text's drug is the one that opens two sentences more than any other, else the only one a heading
names (`headed_of_tied`), else the one the first sentence naming any of them names alone (`introduced_of_tied`: the
text introduces its drug before the partners it warns about), else 0949's opening.

Decision 1032: when none of these breaks the tie - two drugs named freely as often and in all as often, each once
("steroid creams and the vitamin D ones ... a tablet called B") - the text's drug is still the one named first, but
the choice is a guess (`DocumentDrug.tied`): a top-band claim whose owner is only "it" / "the tablet" resolved to it
takes the rule's referred shape (referred_owners.py), as a claim resolved to a partner does. Before that guess, the
only tied drug the text introduces as the one given ("a tablet called B", "It's called B", "the GP started him on B",
"the clinic prescribed B": `called_of_tied`) is the text's drug: a letter names the medicine it is about so.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from graph_build.text.body_substances import made_by_body
from graph_build.text.branded_drugs import branded_of
from graph_build.text.focus_turns import named_as_cause
from graph_build.text.owners import DRUG_FIELD, DRUG_FIELD_REACH
from graph_build.text.partner_counts import SENTENCE_END, partner_mention, sentence_opening, without_partners
from graph_build.text.recognise import Mention
from graph_build.text.subjects import body_hormone_at
from graph_build.text.topic import AFTER_COMPARED

#: A heading line asking what one thing is: "## What is X?", "What is X used for?" (its name in group 1).
#: (with the adverb that presses the question, "## What exactly is X?", "## So what is X?": decision 0899)
WHAT_IS_HEADING = re.compile(
    r"^#+[ \t]*(?:so[ \t]+)?what[ \t]+(?:exactly[ \t]+|actually[ \t]+)?is[ \t]+([\w'-]+)([ \t]+used[ \t]+for)?"
    r"(?:,?[ \t]+(?:exactly|actually))?\??[ \t]*$",
    re.I | re.M,
)


#: Right before a mention that opens a sentence, a line or a list item.
SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n[#*>\s-]*)$")


def opening_of_tied(text: str, mentions: list[Mention], drugs: Counter, margin: int = 1) -> str | None:
    """Of two or more drugs a title-less text names equally often (at least twice each), the one more of its
    sentences open with, when one does: the text is about the drug its sentences are about ("My GP started me on A,
    and added B. ... B acts on the kidney ..."), not the one named as an object as often (decision 0949); one that
    opens at least `margin` more of them than any other (decision 1010 asks for two before the drug a text introduces
    first, `introduced_of_tied`, is passed over: a partner may open one sentence, "B is an antibiotic").

    >>> from graph_build.text.recognise import Mention as M
    >>> t = "I take A. I added B. B acts on C. Take it with A."
    >>> ms = [M(7, 8, "a", "A", "t"), M(18, 19, "b", "B", "t"), M(21, 22, "b", "B", "t"), M(47, 48, "a", "A", "t")]
    >>> opening_of_tied(t, ms, Counter(a=2, b=2)), opening_of_tied(t, ms, Counter(a=3, b=2))
    ('b', None)
    >>> opening_of_tied(t, ms, Counter(a=2, b=2), margin=2) is None
    True
    """
    ranked = drugs.most_common()
    if len(ranked) < 2 or ranked[0][1] != ranked[1][1] or ranked[0][1] < 2:
        return None
    tied = [slug for slug, n in ranked if n == ranked[0][1]]
    opens = Counter(
        m.slug for m in mentions if m.slug in tied and SENTENCE_OPENS.search(text, max(0, m.start - 4), m.start)
    )
    best = opens.most_common(2)
    if not best or best[0][1] - (best[1][1] if len(best) > 1 else 0) < margin:
        return None
    return best[0][0]


@dataclass(frozen=True)
class DocumentDrug:
    """The drugs the title (or a drug field under it, or a "What is X?" heading) names (`titled`), the drugs the text
    names with their counts (`drugs`, those named in passing left out), the drug field (`field`) and the document's
    drug (`focus`; None when the text names no drug); `tied` when the focus was chosen of drugs a title-less text names
    equally often, freely and in all, by no rule that breaks the tie (only by naming it first: decision 1032)."""

    titled: list[str]
    drugs: Counter
    field: re.Match | None
    focus: str | None
    tied: bool = False


def document_drug(text: str, mentions: list[Mention], classes: dict[str, str]) -> DocumentDrug:
    """The document's drug of a normalised `text` with its `mentions` (`classes`: each slug's class).

    >>> from graph_build.text.recognise import Mention as M
    >>> t = "Club news\\nI take A. A helps. B is older."
    >>> ms = [M(17, 18, "a", "A", "t"), M(20, 21, "a", "A", "t"), M(30, 31, "b", "B", "t")]
    >>> chosen = document_drug(t, ms, {"a": "Drug", "b": "Drug"})
    >>> chosen.focus, chosen.titled, sorted(chosen.drugs.items())
    ('a', [], [('a', 2), ('b', 1)])
    """
    # (a hormone named as the body's own, "lowers the amount of oestrogen in the body", is no drug of the document's:
    # decision 0838)
    # (nor is a substance the body makes, which the vocabularies class as a drug, "too much uric acid in the blood":
    # what the drug lowers is never the drug the text is about and owns none of its claims; decision 0955)
    drugs = Counter(
        m.slug
        for m in mentions
        if classes[m.slug] == "Drug" and not body_hormone_at(text, m.start, m.end) and not made_by_body(text, m)
    )
    title_end = text.find("\n") % (len(text) + 1)
    # the document's drug: the one its title names, else the one it names most (decision 0622: a vitamin named
    # three times in passing is not the drug of an article titled by another)
    # (or a labelled field under the title: "DRUG: X" in a monograph, decision 0642)
    field = DRUG_FIELD.search(text, title_end, title_end + DRUG_FIELD_REACH)
    spans = [(0, title_end), field.span() if field else (0, 0)]
    titled_drugs = [
        m.slug for m in mentions if any(a <= m.start and m.end <= b for a, b in spans) and classes[m.slug] == "Drug"
    ]
    # (a drug the title names but the text names only to deny or contrast it, "a prescription medicine, not the fish
    # oil you buy in the chemist", is no drug of the document's while the text names another: decision 1029)
    kept = only_denied_dropped(text, mentions, title_end, titled_drugs, drugs)
    if kept != titled_drugs:  # (nor counted among the drugs the text names)
        drugs = Counter({slug: n for slug, n in drugs.items() if slug not in set(titled_drugs) - set(kept)})
        titled_drugs = kept
    if not titled_drugs:  # (no drug in the title: a heading asking what one is, "## What is X?", names it: 0839)
        heads = [m.start for a in WHAT_IS_HEADING.finditer(text) for m in mentions if a.start(1) <= m.start < a.end(1)]
        titled_drugs = [m.slug for m in mentions if m.start in heads[:1] and classes[m.slug] == "Drug"]
    if not titled_drugs and drugs and drugs.most_common(1)[0][1] == 1:
        # (a drug named once, in passing - "such as B", "unlike B", "than B" - is never the document's drug: it names
        # another drug's kin, not what the text is about; decision 0845)
        passing_names = {m.slug for m in mentions if m.slug in drugs and AFTER_COMPARED.search(text, 0, m.start)}
        drugs = Counter({slug: n for slug, n in drugs.items() if slug not in passing_names})
        # (nor a drug named as what causes a condition, "Codeine commonly causes it", while another drug is named
        # otherwise: decision 0866)
        causes = {m.slug for m in mentions if m.slug in drugs and named_as_cause(text, m.start, m.end)}
        if causes and set(drugs) - causes:
            drugs = Counter({slug: n for slug, n in drugs.items() if slug not in causes})
    if not titled_drugs and len(drugs) > 1:
        # (nor a drug named only in advice about the reader's other medicines, "Tell the pharmacist if you take
        # warfarin, because it can change how warfarin is absorbed", while another is named otherwise; 0988)
        named_at: dict[str, list[int]] = {}
        for m in mentions:
            named_at.setdefault(m.slug, []).append(m.start)
        drugs = without_partners(text, named_at, drugs)
    # (the only drug a title-less text gives with its brand, "put him on B, sold as Y", is the medicine it is about,
    # however more often it names the steroid taken with it or the painkiller beside it - not in a question or a
    # denial, "Should he go on B, sold as Y?", "not B (Y)": decision 1052)
    stated = [m for m in mentions if not asked(text, m.start) and not denied_at(text, m.start)]
    if not titled_drugs and len(drugs) > 1 and (branded := branded_of(text, stated, drugs)):
        return DocumentDrug(titled_drugs, drugs, field, branded)
    if titled_drugs or len(drugs) < 2:
        return DocumentDrug(titled_drugs, drugs, field, titled_drugs[0] if titled_drugs else next(iter(drugs), None))
    # (counted by the mentions that do not name it in passing, then by all; of drugs named freely equally often, at
    # least twice each, the one more sentences open with: decision 0990, as 0949 did for all mentions)
    # (a drug named by two names side by side, "butylscopolamine (scopolamine butylbromide)", "X, Y on the box", is one
    # drug: its names' mentions are counted together, under the name given first; decision 1010)
    # (only the mentions counted: a hormone named as the body's own is no free mention of a drug either; 1010)
    counted_at = [m for m in mentions if m.slug in drugs and not body_hormone_at(text, m.start, m.end)]
    counted_at = [m for m in counted_at if not made_by_body(text, m)]
    one = other_names(text, counted_at, drugs)
    named = [Mention(m.start, m.end, one.get(m.slug, m.slug), m.text, m.source) for m in counted_at]
    free = Counter(m.slug for m in named if not in_passing(text, m.start, m.end))
    counted = Counter(m.slug for m in named)
    first = {slug: n for n, slug in enumerate(dict.fromkeys(m.slug for m in named))}
    ranked = sorted(counted, key=lambda slug: (-free[slug], -counted[slug], first[slug]))
    focus = ranked[0]
    if len(ranked) > 1 and free[ranked[0]] == free[ranked[1]]:
        # (of drugs named freely equally often, at least twice each, the one that opens two sentences more than any
        # other, then the one the text's first sentence naming any of them names alone - the text introduces its drug
        # before its partners: decision 1010 - else the one more sentences open with: 0949)
        tied = Counter({slug: free[slug] for slug in ranked})
        broken = (
            opening_of_tied(text, named, tied, margin=2)
            or headed_of_tied(text, named, tied)
            or introduced_of_tied(text, named, tied)
            or opening_of_tied(text, named, tied)
            or called_of_tied(text, named, tied)
        )
        # (none breaks it and the drugs are named as often in all: the first named is a guess; decision 1032)
        guessed = not broken and counted[ranked[0]] == counted[ranked[1]]
        return DocumentDrug(titled_drugs, drugs, field, broken or focus, tied=guessed)
    return DocumentDrug(titled_drugs, drugs, field, focus)


#: Right before a drug: words that deny it is the thing spoken of or set it apart as a contrast ("not the fish oil
#: you buy", "it isn't a B", "is not B", "unlike B", "rather than B", "instead of B"): the drug is named only to say
#: what the text's drug is not (decision 1029).
DENIED_BEFORE = re.compile(
    r"\b(?:not|isn['\u2019]t|aren['\u2019]t|unlike|rather\s+than|instead\s+of)\s+"
    r"(?:(?:the|an?|your|any|ordinary|regular|plain|normal|usual)\s+)?$",
    re.I,
)
#: How far before a drug the denial's words may stand.
DENIED_REACH = 40


def denied_at(text: str, start: int) -> bool:
    """Whether the drug named at `start` is named only to deny or contrast it (decision 1029).

    >>> t = "It is a medicine, not the fish oil you buy. Unlike aspirin it is gentle. Do not take aspirin."
    >>> [denied_at(t, t.find(w)) for w in ("fish", "aspirin", "aspirin.")]
    [True, True, False]
    """
    return bool(DENIED_BEFORE.search(text, max(0, start - DENIED_REACH), start))


def only_denied_dropped(
    text: str, mentions: list[Mention], title_end: int, titled: list[str], drugs: Counter
) -> list[str]:
    """`titled` without the drugs the text after the title names only to deny or contrast them ("not the fish oil you
    buy"), while it names another drug otherwise: the title named what the text is not about (decision 1029).

    >>> from graph_build.text.recognise import Mention as M
    >>> t = "Fish oil\\nIt is B, not fish oil. B helps."
    >>> ms = [M(0, 8, "f", "Fish oil", "t"), M(15, 16, "b", "B", "t"), M(22, 30, "f", "fish oil", "t"),
    ...       M(32, 33, "b", "B", "t")]
    >>> only_denied_dropped(t, ms, 8, ["f"], Counter(f=2, b=2)), only_denied_dropped(t, ms[:1], 8, ["f"], Counter(f=1))
    ([], ['f'])
    """
    body = [m for m in mentions if m.start > title_end and m.slug in drugs]
    denied = {
        slug
        for slug in titled
        if any(m.slug == slug for m in body) and all(denied_at(text, m.start) for m in body if m.slug == slug)
    }
    if not denied or not any(m.slug not in denied and not denied_at(text, m.start) for m in body):
        return titled
    return [slug for slug in titled if slug not in denied]


#: Between a drug's name and its other name right after it: a bracket ("A (B)"), ", or" ("the proper name is A, or
#: B"), "also called / known as" (decision 1010).
OTHER_NAME_GAP = re.compile(r"\s*(?:\(\s*|,\s*or\s+|,?\s*(?:also\s+)?(?:called|known\s+as)\s+)")
#: Right after a drug's other name: what says it is the name on the pack ("A, B on the box") when no word joins them.
ON_THE_PACK = re.compile(r"\s+on\s+the\s+(?:box|pack|packet|label|carton)\b", re.I)


def other_names(text: str, mentions: list[Mention], drugs: Counter) -> dict[str, str]:
    """Each drug a text names only as another drug's other name, right after it, mapped to that drug (the name given
    first): "butylscopolamine (scopolamine butylbromide)", "the proper name is A, or B", "A, B on the box". The two
    names are one drug's, which the text is about once, not two drugs each named once (decision 1010). A drug the text
    also names apart keeps its own count.

    >>> from graph_build.text.recognise import Mention as M
    >>> t = "It is A (B). Or A, or C. D or E. B helps. A, or F?"
    >>> ms = [M(6, 7, "a", "A", "t"), M(9, 10, "b", "B", "t"), M(16, 17, "a", "A", "t"), M(22, 23, "c", "C", "t"),
    ...       M(25, 26, "d", "D", "t"), M(30, 31, "e", "E", "t"), M(33, 34, "b", "B", "t"), M(42, 43, "a", "A", "t"),
    ...       M(48, 49, "f", "F", "t")]
    >>> other_names(t, ms, Counter(a=3, b=2, c=1, d=1, e=1, f=1))
    {'c': 'a'}
    """
    named = [m for m in mentions if m.slug in drugs]
    pairs: dict[str, set[str]] = {}
    for before, after in pairwise(named):
        if before.slug == after.slug:
            continue
        gap = OTHER_NAME_GAP.fullmatch(text, before.end, after.start)
        if gap and "," in gap.group() and "or" in gap.group() and asked(text, after.end):
            continue  # ("Should I take A, or B?": two drugs offered as alternatives, not one drug's two names)
        packed = text[before.end : after.start] == ", " and ON_THE_PACK.match(text, after.end)
        if gap or packed:
            pairs.setdefault(after.slug, set()).add(before.slug)
    counts = Counter(m.slug for m in named)
    return {
        slug: next(iter(firsts))
        for slug, firsts in pairs.items()
        if len(firsts) == 1 and counts[slug] == 1 and slug not in {s for f in pairs.values() for s in f}
    }


#: A heading: a Markdown heading line, or a line opening with words in capitals up to a full stop or colon ("WHAT X
#: IS. It's ...", "SIDE EFFECTS:"), as a letter or an e-mail heads its parts (decision 1010).
HEADING = re.compile(r"^(?:#+[ \t][^\n]*|[A-Z][A-Z' -]{3,}[A-Z](?=[.:!?]?[ \t]*$|[.:]))", re.M)


def headed_of_tied(text: str, mentions: list[Mention], drugs: Counter) -> str | None:
    """Of two or more drugs a title-less text names equally often (at least twice each), the only one its headings
    name: a part of the text headed by the drug is about it ("WHAT X IS.", "## How X works"; decision 1010).

    >>> from graph_build.text.recognise import Mention as M
    >>> t = "I take A and B.\\nWHAT B IS. A helps. B helps."
    >>> ms = [M(7, 8, "a", "A", "t"), M(13, 14, "b", "B", "t"), M(21, 22, "b", "B", "t"), M(27, 28, "a", "A", "t"),
    ...       M(36, 37, "b", "B", "t")]
    >>> headed_of_tied(t, ms, Counter(a=2, b=3)), headed_of_tied(t, ms, Counter(a=2, b=2))
    (None, 'b')
    """
    ranked = drugs.most_common()
    if len(ranked) < 2 or ranked[0][1] != ranked[1][1] or ranked[0][1] < 2:
        return None
    tied = {slug for slug, n in ranked if n == ranked[0][1]}
    spans = [h.span() for h in HEADING.finditer(text)]
    headed = {m.slug for m in mentions if m.slug in tied and any(a <= m.start < b for a, b in spans)}
    return headed.pop() if len(headed) == 1 else None


#: The end of a sentence: a full stop, a question or exclamation mark, or a line's end.
CLOSE = re.compile(r"[.!?](?=\s|$)|\n")


def asked(text: str, start: int) -> bool:
    """Whether the sentence going on at `start` ends with a question mark."""
    close = CLOSE.search(text, start)
    return bool(close) and close.group() == "?"


def introduced_of_tied(text: str, mentions: list[Mention], drugs: Counter) -> str | None:
    """Of two or more drugs a title-less text names equally often (at least twice each), the one the first sentence
    naming any of them names alone: the text introduces the drug it is about ("they're called A ...") before the
    partners it warns about ("... must not give me B, because it pushes the level of A up. B is an antibiotic") and
    before another person's medicine (decision 1010). None when that sentence names two of them ("My GP started me on
    A, and added B": 0949's opening decides).

    >>> from graph_build.text.recognise import Mention as M
    >>> t = "It is A. Avoid B with A. B is strong."
    >>> ms = [M(6, 7, "a", "A", "t"), M(15, 16, "b", "B", "t"), M(22, 23, "a", "A", "t"), M(25, 26, "b", "B", "t")]
    >>> introduced_of_tied(t, ms, Counter(a=2, b=2)), introduced_of_tied(t, ms[1:], Counter(a=2, b=2))
    ('a', None)
    """
    ranked = drugs.most_common()
    if len(ranked) < 2 or ranked[0][1] != ranked[1][1] or ranked[0][1] < 2:
        return None
    tied = {slug for slug, n in ranked if n == ranked[0][1]}
    first = next(m for m in mentions if m.slug in tied)
    ends = [e.end() for e in SENTENCE_END.finditer(text, 0, first.start)]
    start = ends[-1] if ends else 0
    after = SENTENCE_END.search(text, first.end)
    end = after.start() if after else len(text)
    return None if any(m.slug in tied - {first.slug} and start <= m.start < end for m in mentions) else first.slug


#: Right before a drug: words introducing it as the medicine given - its name ("a tablet called B", "It's called B",
#: "known as B") or its giving ("the GP started him on B", "was put on B", "prescribed B", "switched me to B"), bold or
#: quoted marks allowed (decision 1032).
INTRODUCED = re.compile(
    r"\b(?:called|named|prescribed|(?:started|put|switched)\s+(?:(?:him|her|me|them|us|you)\s+)?(?:on|onto|to))"
    r"\s+(?:(?:a|an|the|some)\s+)?[*_\"'\u201c\u2018]*$",
    re.I,
)


def called_of_tied(text: str, mentions: list[Mention], drugs: Counter) -> str | None:
    """Of two or more drugs a title-less text names equally often, the only one it introduces as the medicine given
    ("a tablet called B", "the GP started him on B"): the text is about the drug it names so, not one named in
    passing before it ("steroid creams and the vitamin D ones"; decision 1032). None when none or several are.

    >>> from graph_build.text.recognise import Mention as M
    >>> t = "I tried A creams, then got a tablet called B."
    >>> ms = [M(8, 9, "a", "A", "t"), M(43, 44, "b", "B", "t")]
    >>> called_of_tied(t, ms, Counter(a=1, b=1)), called_of_tied(t, ms[:1] + ms[:1], Counter(a=1, b=1))
    ('b', None)
    """
    ranked = drugs.most_common()
    if len(ranked) < 2 or ranked[0][1] != ranked[1][1]:
        return None
    tied = {slug for slug, n in ranked if n == ranked[0][1]}
    called = {m.slug for m in mentions if m.slug in tied and INTRODUCED.search(text, max(0, m.start - 40), m.start)}
    return called.pop() if len(called) == 1 else None


#: In a drug's sentence before it: words that name it as a partner the document's drug is taken with or kept from
#: ("it mustn't be taken with B", "I must not take it with B", "not to be mixed with B"), beside the advice about the
#: reader's other medicines (`topic.PARTNER_LEAD`, decision 0988): no mention of the drug the text is about (0990).
WITH_PARTNER = re.compile(
    r"\b(?:taken|take|taking|used|use|using)\s+(?:it\s+|them\s+)?(?:together\s+)?with\b|\b(?:mix|mixed|combined)\s+with\b",
    re.I,
)
#: Right before a drug: its kin named by likeness ("the same family as B", "similar in action to B"), beside the
#: comparisons and kin of `topic.AFTER_COMPARED` ("than B", "a cousin of B", "plus B"; decision 0990).
SAME_AS = re.compile(r"\b(?:same|similar)\s+(?:[\w-]+\s+){0,2}(?:as|to)\s+(?:the\s+)?$", re.I)
#: How far before a drug a comparison's words may stand.
COMPARED_REACH = 60
#: Right before a drug: words naming it as the medicine that came before the one the text is about ("used after B
#: has stopped working", "moved from B", "switched him from B", "the GP first put me on B", "The first treatment I
#: had was B"): a letter about a second-line drug names the first one it replaced, and that mention is no free one
#: (decision 1121).
BEFORE_IT = re.compile(
    r"\b(?:after|(?:moved|switched|changed|came)\s+(?:(?:him|her|me|them|us|you)\s+)?(?:off|from)"
    r"|first\s+(?:started|put)\s+(?:(?:him|her|me|them|us|you)\s+)?on"
    r"|(?:first|previous|last|old|earlier)\s+(?:treatment|medicine|medication|drug|tablet)\s+(?:[\w'\u2019]+\s+){0,3}was)"
    r"\s+(?:(?:the|my|his|her|their)\s+)?[*_]*$",
    re.I,
)
#: Right after a drug: its failing, which names it as a medicine tried before ("B had stopped working", "B didn't
#: work", "B did too little", "B wasn't enough"; decision 1121).
FAILED_AFTER = re.compile(
    r"[*_]*\s+(?:(?:has|had)\s+)?(?:stopped\s+working|(?:didn['\u2019]t|did\s+not|never)\s+(?:work|help)"
    r"|did\s+too\s+little|(?:wasn['\u2019]t|was\s+not)\s+(?:enough|working))\b",
    re.I,
)
#: Right before a drug: words naming it as another person's medicine or one the writer does not take ("if you're on
#: B", "people on B need extra checks", "anyone who's taking B", "I'm not on B"), or as what the document's drug is
#: added on top of ("On top of my statin, my B and ..., my consultant added A"): a letter warns its readers about the
#: medicine they may take, or lists what came before, and names that drug more often than its own (decision 1122).
OTHERS_BEFORE = re.compile(
    r"(?:\bif\s+you(?:['\u2019]re|\s+are)|\b(?:people|anyone|someone|those|patients|everyone)"
    r"(?:\s+who(?:['\u2019]re|['\u2019]s|\s+are|\s+is))?|\bnot)\s+(?:on|taking)\s+(?:the\s+)?[*_]*$"
    r"|\bon\s+top\s+of\s+(?:(?:my|his|her|their|your|the)\s+[\w'\u2019*-]+,?\s+(?:and\s+)?){0,3}"
    r"(?:(?:my|his|her|their|your|the)\s+)?[*_]*$",
    re.I,
)
#: Right after a drug's name: a modifier naming it as what another thing acts on or holds ("folate-blocking
#: medicines", "codeine-containing painkillers", "a cholesterol-lowering tablet"): no mention of the drug taken (0990).
MODIFIER_AFTER = re.compile(r"-(?:blocking|lowering|raising|reducing|containing|based|free)\b", re.I)


#: Right after a drug: it named as fine beside another medicine ("B is fine with it", "B is perfectly safe to take
#: alongside it") or put with one ("Can I take B with it?", "mixing B with them"): a partner, as "taken with B" names
#: one (decision 1112). "B is safe" alone, with nothing it goes with, says something of B itself.
FINE_WITH_AFTER = re.compile(
    r"[*_]*\s+(?:(?:is|are|was|'s)\s+(?:\w+\s+)?(?:fine|ok|okay|safe|all\s+right|alright)\s+(?:to\s+(?:take|use|have)\s+)?"
    r"(?:with|alongside)|(?:with|alongside)\s+(?:it|them|this|these)\b)",
    re.I,
)
#: Before a drug in a question: a reference to another medicine ("it", "them") and then "with" or "and" right before the
#: drug ("Is it OK with B?", "Can I have it with B?", "Are they safe to take and B?"): the question asks about a
#: partner (decision 1112).
ASKED_WITH_IT = re.compile(
    r"\b(?:it|them)\b[^.?!\n]*\b(?:with|alongside|and)\s+(?:my\s+|the\s+|your\s+|some\s+)?[*_]*$", re.I
)


def in_passing(text: str, start: int, end: int) -> bool:
    """Whether a drug's mention at `start`-`end` names it in passing: as a partner, a kin or compared, or as a modifier
    (decision 0990); or as fine beside another medicine or asked about with one (decision 1112).

    >>> t = "It is not taken with B. C is older than D. E-blocking tablets. F helps."
    >>> [in_passing(t, n, n + 1) for n in (21, 24, 40, 43, 62)]
    [True, False, True, True, False]
    >>> t = "B is fine with it. Is it OK with C? Is D safe? D is safe. Can I take E with it?"
    >>> [in_passing(t, n, n + 1) for n in (0, 33, 39, 47, 69)]
    [True, True, False, False, True]
    """
    if partner_mention(text, start) or MODIFIER_AFTER.match(text, end) or FINE_WITH_AFTER.match(text, end):
        return True
    if ASKED_WITH_IT.search(text, sentence_opening(text, start), start) and asked(text, start):
        return True
    if WITH_PARTNER.search(text, sentence_opening(text, start), start):  # (decision 1069: ends found once per text)
        return True
    reach = max(0, start - COMPARED_REACH)
    if BEFORE_IT.search(text, reach, start) or FAILED_AFTER.match(text, end):
        return True  # (named as the medicine that came before or failed: decision 1121)
    if OTHERS_BEFORE.search(text, reach, start):
        return True  # (named as other people's medicine, one not taken, or what it was added on top of: 1122)
    return bool(AFTER_COMPARED.search(text, reach, start) or SAME_AS.search(text, reach, start))
