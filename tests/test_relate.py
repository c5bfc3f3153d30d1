"""Relations over cue words and entity classes, with negation and hedging from ConText."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def facts(text, lexicon):
    doc = Document("t", "t", "t.txt", "", text, Path("t.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


def test_not_appropriate_negates_each_listed_condition(lexicon):
    found = facts(
        "Clonazepam helps with seizures. It is not appropriate for common acute pain, such as post-surgical pain.",
        lexicon,
    )
    assert ("clonazepam", "treats", "acute-pain", True, "Asserted") in found
    assert ("clonazepam", "treats", "postoperative-pain", True, "Asserted") in found
    assert ("clonazepam", "treats", "seizure", False, "Asserted") in found
    assert not any(f[:3] == ("clonazepam", "treats", "acute-pain") and not f[3] for f in found)


def test_hedges_set_the_certainty(lexicon):
    found = facts("Klonopin is sometimes used to treat tremors. Klonopin may cause confusion.", lexicon)
    assert ("clonazepam", "treats", "tremor", False, "Occasional") in found
    assert ("clonazepam", "hasAdverseEffect", "confusion", False, "Possible") in found


def test_contraindication_and_interaction_are_positive_claims(lexicon):
    found = facts("Pregnant women should not take Klonopin. It should not be taken with alcohol.", lexicon)
    assert ("clonazepam", "contraindicatedIn", "pregnant-women", False, "Asserted") in found
    assert ("clonazepam", "interactsWith", "alcohol", False, "Asserted") in found


def test_pipe_table_cells_become_claims_of_their_column(lexicon):
    text = (
        "Feature | Baclofen (Lioresal) | Cyclobenzaprine |\n---|---|---|\n"
        "Drug Class | GABA-mimetic Muscle Relaxant | Skeletal Muscle Relaxant |\n"
        "Common Use | Long-term management of spasticity | Short-term relief of muscle spasms |\n"
    )
    found = {f[:3] for f in facts(text, lexicon)}
    assert found == {
        ("baclofen", "isA", "gaba-mimetic-muscle-relaxant"),
        ("cyclobenzaprine", "isA", "skeletal-muscle-relaxant"),
        ("baclofen", "treats", "spasticity"),
        ("cyclobenzaprine", "treats", "muscle-spasm"),
    }


def test_evidence_points_into_the_original_text(lexicon):
    text = "Intro line.\n\nKlonopinKlonopin belongs to a class of drugs known as benzodiazepines."
    doc = Document("t", "t", "t.txt", "", text, Path("t.txt"))
    claim = next(c for c in extract_document(doc, lexicon).claims if c.predicate == "isA")
    ev = claim.evidence[0]
    assert text[ev.start : ev.end] == ev.quote == "Klonopin belongs to a class of drugs known as benzodiazepines."
    assert ev.method == "rule:class-membership" and ev.agent_type == "text_mining_agent"


def test_interaction_subject_is_the_drug_before_the_cue_not_a_listed_one(lexicon):
    found = {f[:3] for f in facts("Klonopin helps. The drug should not be taken with alcohol or painkillers.", lexicon)}
    assert {("clonazepam", "interactsWith", "alcohol"), ("clonazepam", "interactsWith", "analgesic")} <= found
    assert not any(f[0] == "analgesic" for f in found)
    gerund = {f[:3] for f in facts("Combining diazepam with alcohol can increase sedation.", lexicon)}
    assert ("diazepam", "interactsWith", "alcohol") in gerund


def test_bullets_under_a_side_effects_heading_are_adverse_effects_not_headings(lexicon):
    text = "Clonazepam is a medicine.\nCommon side effects\n- Drowsiness and fatigue\n- Dizziness\n"
    found = {f[:3] for f in facts(text, lexicon)}
    assert {("clonazepam", "hasAdverseEffect", s) for s in ("somnolence", "fatigue", "dizziness")} <= found


def test_such_as_needs_its_head_right_before_the_cue(lexicon):
    found = {f[:3] for f in facts("Many live in pain due to conditions like arthritis.", lexicon)}
    assert ("arthritis", "isA", "pain") not in found
    kinds = {f[:3] for f in facts("Clonazepam is used for acute pain, such as post-surgical pain.", lexicon)}
    assert ("postoperative-pain", "isA", "acute-pain") in kinds


def test_pronoun_refers_to_the_sentence_topic_not_a_drug_named_in_passing(lexicon):
    text = "Sertraline belongs to a class called selective serotonin reuptake inhibitors. It treats panic disorder."
    found = {f[:3] for f in facts(text, lexicon)}
    assert ("sertraline", "treats", "panic-disorder") in found
    assert not any(f[0] == "serotonin" for f in found)


def test_worsening_a_condition_is_an_adverse_effect_and_inhibitors_is_no_verb(lexicon):
    found = {
        f[:3] for f in facts("Ibuprofen may worsen asthma. Do not mix it with MAO inhibitors or tramadol.", lexicon)
    }
    assert ("ibuprofen", "hasAdverseEffect", "asthma") in found
    assert not any(f[1] == "decreases" for f in found)


def test_context_prefilter_keeps_every_negation_spacy_tokens_reveal():
    """ConText is skipped for sentences with no negation/hedge trigger; "cannot" and "doesn't" still trigger."""
    from graph_build.text.negation import _pipeline, statuses

    nlp, _, triggers = _pipeline()
    assert not triggers.found_in([t.lower_ for t in nlp.make_doc("Klonopin treats seizures in adults.")])
    assert statuses("Klonopin cannot relieve acute pain.", [(25, 35)])[0].negated
    assert statuses("Klonopin doesn't relieve acute pain.", [(25, 35)])[0].negated


def test_the_agent_inside_a_prescribe_or_recommend_cue_is_the_subject_and_not_negates_it(lexicon):
    found = facts(
        "Physicians sometimes prescribe Klonopin for panic attacks. Klonopin is not recommended for acute pain "
        "after surgery.",
        lexicon,
    )
    assert ("clonazepam", "treats", "panic-attack", False, "Occasional") in found
    assert ("clonazepam", "treats", "acute-pain", True, "Asserted") in found


def test_what_stopping_a_drug_causes_is_a_withdrawal_effect_not_an_adverse_effect(lexicon):
    found = facts("Discontinuing Klonopin abruptly may lead to tremors and insomnia.", lexicon)
    assert {f[1:3] for f in found} >= {("hasWithdrawalEffect", "tremor"), ("hasWithdrawalEffect", "insomnia")}
    assert not any(f[1] == "hasAdverseEffect" for f in found)
    # a reason to stop is no withdrawal effect
    found = facts("Stop taking Klonopin if it causes confusion.", lexicon)
    assert not any(f[1] == "hasWithdrawalEffect" for f in found)


def test_a_conditional_prohibition_is_no_contraindication(lexicon):
    found = facts(
        "Epileptic patients should not take Klonopin without medical advice. Pregnant women should not take it.",
        lexicon,
    )
    assert {f[2] for f in found if f[1] == "contraindicatedIn"} == {"pregnant-women"}


def _categories():
    from re import _constants as c

    return {c.CATEGORY_WORD: "x", c.CATEGORY_DIGIT: "7", c.CATEGORY_SPACE: " ", c.CATEGORY_NOT_WORD: " "}


_CATEGORY = _categories()


def _sample(parsed, rng, out):
    """Append to `out` a random string the parsed pattern matches (the constructs the cue patterns use)."""
    from re import _constants as c

    for op, arg in parsed:
        if op is c.LITERAL:
            out.append(chr(arg))
        elif op is c.IN and arg[0][0] is c.NEGATE:
            out.append(rng.choice(" x"))  # "[^.;]": a space or a letter
        elif op is c.IN:
            choices = [chr(a) for o, a in arg if o is c.LITERAL]
            choices += [chr(x) for o, a in arg if o is c.RANGE for x in range(a[0], a[1] + 1)]
            choices += [_CATEGORY[a] for o, a in arg if o is c.CATEGORY]
            out.append(rng.choice(choices))
        elif op is c.BRANCH:
            _sample(rng.choice(arg[1]), rng, out)
        elif op is c.SUBPATTERN:
            _sample(arg[-1], rng, out)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, item = arg
            for _ in range(rng.randint(low, min(high, low + 3))):
                _sample(item, rng, out)
        elif op is c.AT:
            pass  # \b: the sample is padded with spaces
        elif op is c.CATEGORY:
            out.append(_CATEGORY[arg])
        elif op is c.ASSERT:  # a lookahead (what follows) or a lookbehind (what precedes: 0946's "calls it a Y")
            _sample(arg[1], rng, out)  # text outside the match either way, written in place
        elif op is c.ASSERT_NOT:
            pass  # a negative lookahead adds no text (a sample it rejects is simply no match)
        else:
            raise AssertionError(f"construct {op} not sampled")


def _samples(pattern, seed: int, n: int, upper: float, pad: tuple[str, str] = (" ", " ")) -> list[str]:
    """`n` random strings `pattern` matches, each letter upper-cased with probability `upper`, padded by `pad`."""
    import random
    from re import _parser

    rng = random.Random(seed)
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    samples = []
    for _ in range(n):
        out: list[str] = []
        _sample(parsed, rng, out)
        samples.append(pad[0] + "".join(ch.upper() if rng.random() < upper else ch for ch in out) + pad[1])
    return samples


def _articles() -> list[str]:
    """The normalised texts of the corpus's articles."""
    from graph_build.read import read_corpus
    from graph_build.text.normalise import normalise

    return [normalise(d.text).text for d in read_corpus(Path(__file__).resolve().parents[1] / "corpus")]


def test_every_cue_match_holds_one_of_its_rules_anchors():
    """The scan of a rule (or of a sentence-level pattern, GUARDS) is skipped when a sentence holds none of its
    anchors, so no match may lack them: random strings of each pattern (every alternative, in random case) and every
    match in the articles."""
    from graph_build.text.relate import CUE_RULES, GUARDS

    texts = _articles()
    patterns = [(rule.id, rule.pattern, rule.anchors) for rule in CUE_RULES]
    patterns += [(p.pattern, p, anchors) for p, anchors in GUARDS.items()]
    assert len(patterns) == 72  # (makes-work: 0645; made-less, made-more: 0663; target-gerund: 0671; 0676: three;
    # named-side-effect: 0689; common-with-drug: 0715; medicine-for: 0714; made-none: 0751; dependence-adjective: 0757;
    # effect-on-starting: 0798; ranked-for-is: 0821; substance-effect-of: 0847; fine-for: 0861; adverse-give: 0917;
    # adverse-leave, adverse-make-part: 0942)
    for k, (name, cue, anchors) in enumerate(patterns):
        samples = _samples(cue, 3 + k, 3000, 0.3)
        # (with the 20 characters before each match: the scan is skipped by the SENTENCE's anchors, and a lookbehind's
        # text - "calls it" before "a Y", decision 0946 - is in the sentence, outside the match)
        matched = [s[max(0, m.start() - 20) : m.end()] for s in samples for m in cue.finditer(s)]
        matched += [t[max(0, m.start() - 20) : m.end()] for t in texts for m in cue.finditer(t)]
        assert len(matched) > 500, name
        for text in matched:
            assert any(a in text.lower() for a in anchors), (name, text)


def test_a_pattern_without_re_i_on_lower_case_ascii_matches_as_with_re_i():
    """`relate_unit` matches the cues (CUE_RULES) and the sentence-level patterns (GUARDS -> LOWER) of ASCII text
    without re.I in the lower-cased text: the same spans, on random mixed-case strings of each pattern (an upper-case
    letter in a pattern would fail here) and on every sentence of the articles."""
    from graph_build.text.relate import CUE_RULES, LOWER

    texts = _articles()
    pairs = [(rule.id, rule.pattern, rule.lower) for rule in CUE_RULES]
    pairs += [(pattern.pattern, pattern, lower) for pattern, lower in LOWER.items()]
    for k, (name, pattern, lower) in enumerate(pairs):
        samples = _samples(pattern, 7 + k, 3000, 0.3, pad=("A ", " Z"))
        matched = 0
        for text in samples + texts:
            if text.isascii():
                spans = [m.span() for m in pattern.finditer(text)]
                assert spans == [m.span() for m in lower.finditer(text.lower())], (name, text)
                matched += len(spans)
        assert matched > 500, name


def test_every_use_status_match_holds_one_of_its_anchors():
    """`_use_status` searches a pattern only when the lower-case text holds one of its anchors: random lower-case
    strings of each pattern (every alternative) and every match in the lower-cased articles hold one."""
    from graph_build.text.relate import USE_STATUS

    texts = [text.lower() for text in _articles()]
    for k, (value, pattern, anchors) in enumerate((c.value, c.pattern, c.anchors) for c in USE_STATUS):
        samples = [s.lower() for s in _samples(pattern, 5 + k, 500, 0.0)]
        matched = [m.group(0) for s in samples for m in pattern.finditer(s)]
        matched += [m.group(0) for t in texts for m in pattern.finditer(t)]
        assert len(matched) >= 500, value
        for text in matched:
            assert any(a in text for a in anchors), (value, text)


def test_only_a_disease_has_a_phenotype(lexicon):
    found = facts("Tremors can be accompanied by ataxia. Parkinson's disease is characterized by tremors.", lexicon)
    assert ("parkinsons-disease", "hasPhenotype", "tremor", False, "Asserted") in found
    assert not any(f[1] == "hasPhenotype" and f[0] == "tremor" for f in found)


def test_and_other_kinds_makes_the_drug_one_of_them(lexicon):
    found = facts("Do not take diazepam or other benzodiazepines with alcohol.", lexicon)
    assert ("diazepam", "isA", "benzodiazepine", False, "Asserted") in found
    found = facts("Lorazepam carries a warning about use with other benzodiazepines.", lexicon)
    assert ("lorazepam", "isA", "benzodiazepine", False, "Asserted") in found
    # "other" without a list or a use names no member
    assert not any(f[1] == "isA" for f in facts("Gabapentin differs from other benzodiazepines.", lexicon))


def test_a_participle_clause_ends_the_objects_of_a_cause(lexicon):
    found = facts(
        "Hyperpolarization results in reduced neuronal excitability, helping to reduce seizures and pain.", lexicon
    )
    assert ("hyperpolarization", "causes", "reduced-neuronal-excitability", False, "Asserted") in found
    assert not any(f[1] == "causes" and f[2] in {"seizure", "pain"} for f in found)
    # a listed side effect that happens to end in -ing is no clause
    found = facts("Klonopin can have side effects including fatigue, feeling light-headed and drowsiness.", lexicon)
    assert {"fatigue", "somnolence"} <= {f[2] for f in found if f[1] == "hasAdverseEffect"}


def test_side_effects_named_after_withdrawal_are_the_drug_s_own(lexicon):
    found = facts(
        "Diazepam has a risk of withdrawal symptoms such as insomnia, and side effects like drowsiness.", lexicon
    )
    assert ("diazepam", "hasAdverseEffect", "somnolence", False, "Asserted") in found
    assert ("diazepam", "hasWithdrawalEffect", "insomnia", False, "Asserted") in found
    assert ("diazepam", "hasAdverseEffect", "insomnia", False, "Asserted") not in found


def test_an_effect_lowering_a_condition_alleviates_it_once(lexicon):
    found = facts("Its muscle relaxant effect helps to reduce spasticity.", lexicon)
    assert ("muscle-relaxant-effect", "alleviates", "spasticity", False, "Asserted") in found
    assert ("muscle-relaxant-effect", "decreases", "spasticity", False, "Asserted") not in found


def test_not_recommended_for_people_with_is_a_contraindication_not_a_denied_use(lexicon):
    found = facts("Diazepam is not recommended for people with severe liver disease, because it builds up.", lexicon)
    assert ("diazepam", "contraindicatedIn", "liver-disease", False, "Asserted") in found
    assert not any(f[1] == "treats" for f in found)
    found = facts("Diazepam is not recommended for acute pain.", lexicon)
    assert ("diazepam", "treats", "acute-pain", True, "Asserted") in found
    assert not any(f[1] == "contraindicatedIn" for f in found)
    found = facts("Gabapentin should be avoided in severe kidney disease.", lexicon)
    assert {f[2] for f in found if f[1] == "contraindicatedIn"} == {"kidney-diseases"}
    # a purpose after the drug is no population: "should not take X for pain relief"
    found = facts("People with liver disease should not take diazepam for pain relief.", lexicon)
    assert {f[2] for f in found if f[1] == "contraindicatedIn"} == {"liver-disease"}


def test_interactions_named_in_either_order(lexicon):
    found = facts("Alcohol must never be combined with diazepam.", lexicon)
    assert ("diazepam", "interactsWith", "alcohol", False, "Asserted") in found
    found = facts("Drinking alcohol while taking gabapentin makes drowsiness worse.", lexicon)
    assert ("gabapentin", "interactsWith", "alcohol", False, "Asserted") in found
    found = facts("Taking diazepam with opioids can slow breathing.", lexicon)
    assert ("diazepam", "interactsWith", "opioid", False, "Asserted") in found
    # a therapy combined with a drug is a regimen, and a side effect felt while taking a drug is no interaction
    assert not any(f[1] == "interactsWith" for f in facts("Diazepam is combined with physiotherapy.", lexicon))
    found = facts("Some people get a headache while taking gabapentin.", lexicon)
    assert not any(f[1] == "interactsWith" for f in found)


def test_adverse_effects_with_adverbs_and_listed_before_their_cue(lexicon):
    found = facts("Gabapentin can sometimes cause confusion. Diazepam may often lead to dependence.", lexicon)
    assert ("gabapentin", "hasAdverseEffect", "confusion", False, "Possible") in {
        (s, p, o, n, "Possible" if c != "Asserted" else c) for s, p, o, n, c in found
    }
    assert any(f[:3] == ("diazepam", "hasAdverseEffect", "physical-dependence") for f in found)
    found = facts("Drowsiness, dizziness and headache are the most common side effects of gabapentin.", lexicon)
    assert {"somnolence", "dizziness", "headache"} <= {f[2] for f in found if f[1] == "hasAdverseEffect"}


def test_withdrawal_as_a_noun_causes_withdrawal_effects_and_a_list_is_no_apposition(lexicon):
    found = facts(
        "Do not stop diazepam suddenly. Abrupt withdrawal can cause seizures, a high fever and anxiety.", lexicon
    )
    assert {"seizure", "fever", "anxiety"} <= {f[2] for f in found if f[1] == "hasWithdrawalEffect"}
    assert not any(f[1] in ("hasAdverseEffect", "isA") for f in found)


def test_a_non_restrictive_relative_clause_speaks_of_the_class_too(lexicon):
    found = facts("Diazepam belongs to the benzodiazepines, which work by enhancing the effects of GABA.", lexicon)
    assert ("diazepam", "hasMechanismOfAction", "enhanced-gaba-inhibition", False, "Asserted") in found
    assert ("benzodiazepine", "hasMechanismOfAction", "enhanced-gaba-inhibition", False, "Asserted") in found
    # a restrictive clause ("a benzodiazepine that is used to treat") is about the drug only
    found = facts("Diazepam is a benzodiazepine that is used to treat anxiety.", lexicon)
    assert not any(f[0] == "benzodiazepine" and f[1] == "treats" for f in found)


def test_not_the_first_choice_ranks_a_use_without_denying_it(lexicon):
    found = facts("Diazepam is not the first choice for treating muscle cramps.", lexicon)
    assert ("diazepam", "treats", "muscle-cramp", False, "Asserted") in found
    found = facts("Diazepam is not the first choice and is not used for muscle cramps.", lexicon)
    assert ("diazepam", "treats", "muscle-cramp", True, "Asserted") in found


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        # a new clause naming its own drug: its conditions are not the first drug's
        (
            "Ibuprofen may help with headache, and gabapentin is approved for neuropathic pain.",
            ("ibuprofen", "treats", "headache"),
            ("ibuprofen", "treats", "neuropathic-pain"),
        ),
        # the same drug named again opens a clause with another cue: its objects are that cue's
        (
            "Diazepam is used to treat anxiety, and diazepam can cause drowsiness.",
            ("diazepam", "treats", "anxiety"),
            ("diazepam", "treats", "drowsiness"),
        ),
    ],
)
def test_an_object_list_ends_where_a_clause_names_its_own_agent(lexicon, text, kept, dropped):
    found = {f[:3] for f in facts(text, lexicon)}
    assert kept in found
    assert dropped not in found


def test_an_agent_in_a_list_of_objects_that_opens_no_clause_stays_an_object(lexicon):
    # "X is used with A and B": B is an object of the same cue (no verb after it)
    found = {f[:3] for f in facts("Clonazepam is used to treat seizures and panic disorder.", lexicon)}
    assert {("clonazepam", "treats", "seizure"), ("clonazepam", "treats", "panic-disorder")} <= found


def test_a_coordinated_clause_s_own_agent_is_its_subject(lexicon):
    found = {f[:3] for f in facts("Diazepam treats anxiety, and lorazepam is used to treat insomnia.", lexicon)}
    assert ("lorazepam", "treats", "insomnia") in found
    assert ("diazepam", "treats", "insomnia") not in found
    assert ("diazepam", "treats", "anxiety") in found


# --- issue 12, dev2 round (docs/decisions/0604): general patterns, each with the reading it must keep ---------------


def test_a_denied_withdrawal_is_a_negated_claim_and_a_stated_one_stays_positive(lexicon):
    denied = facts("Baclofen is not addictive, and stopping it does not cause withdrawal symptoms.", lexicon)
    assert ("baclofen", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted") in denied
    assert not [f for f in denied if f[1] == "hasWithdrawalEffect" and not f[3]]
    later = facts("Stopping clonazepam will not cause withdrawal symptoms, but the tremor can come back.", lexicon)
    assert ("clonazepam", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted") in later
    assert not [f for f in later if f[2] == "tremor"]  # after "but": neither denied nor stated as withdrawal
    stated = facts("Clonazepam can cause withdrawal symptoms such as anxiety and insomnia.", lexicon)
    assert {
        ("clonazepam", "hasWithdrawalEffect", o, False) for o in ("withdrawal-syndrome", "anxiety", "insomnia")
    } <= {f[:4] for f in stated}


def test_a_condition_of_the_people_an_effect_happens_in_is_no_effect(lexicon):
    for people in ("in people who have", "in patients with", "in those with"):
        found = facts(f"Rarely, clonazepam may cause confusion {people} liver disease.", lexicon)
        assert ("clonazepam", "hasAdverseEffect", "confusion") in {f[:3] for f in found}, people
        assert ("clonazepam", "hasAdverseEffect", "liver-disease") not in {f[:3] for f in found}, people


def test_a_drug_named_in_a_reason_clause_is_not_the_forbidden_one(lexicon):
    found = facts("People with asthma should not take the coated tablets, because they contain aspirin.", lexicon)
    assert not [f for f in found if f[1] == "contraindicatedIn" and f[0] == "aspirin"]
    kept = facts(
        "Clonazepam should not be taken by people with liver disease, because the liver breaks it down.", lexicon
    )
    assert ("clonazepam", "contraindicatedIn", "liver-disease", False, "Asserted") in kept


def test_the_symptoms_a_drug_relieves_are_no_phenotype_of_another_clause(lexicon):
    found = facts(
        "Baclofen prevents muscle spasms, and it can also relieve the symptoms of multiple sclerosis.", lexicon
    )
    assert not [f for f in found if f[1] == "hasPhenotype"]
    kept = facts("Tremor is a common symptom of Parkinson's disease.", lexicon)
    assert ("parkinsons-disease", "hasPhenotype", "tremor", False, "Asserted") in kept


def test_a_clause_about_the_drugs_own_effects_ends_the_list_of_what_it_treats(lexicon):
    found = facts(
        "Clonazepam treats seizures and panic attacks, and its most common side effect is drowsiness.", lexicon
    )
    assert ("clonazepam", "treats", "seizure", False, "Asserted") in found
    assert not [f for f in found if f[1] == "treats" and f[2] == "somnolence"]


def test_a_companion_named_after_a_pronoun_subject_does_not_take_the_focus(lexicon):
    found = facts(
        "Clonazepam is a benzodiazepine. It is often given alongside ibuprofen for pain. "
        "It is not a treatment for depression.",
        lexicon,
    )
    assert ("clonazepam", "treats", "depression", True, "Asserted") in found
    assert not [f for f in found if f[0] == "ibuprofen" and f[2] == "depression"]


def test_routine_co_therapy_is_no_interaction_but_a_warning_is(lexicon):
    routine = facts("Baclofen is often combined with ibuprofen when one medicine alone does not help.", lexicon)
    assert not [f for f in routine if f[1] == "interactsWith"]
    warned = facts("Baclofen should not be combined with alcohol, because drowsiness gets worse.", lexicon)
    assert ("baclofen", "interactsWith", "alcohol", False, "Asserted") in warned
    risk = facts(
        "Baclofen is often combined with opioids, which increases the risk of respiratory depression.", lexicon
    )
    assert ("baclofen", "interactsWith", "opioid") in {f[:3] for f in risk}


def test_the_subject_of_a_restrictive_relative_clause_is_the_noun_before_that(lexicon):
    found = facts("During a seizure, nerve cells release chemicals that cause muscle spasms.", lexicon)
    assert not [f for f in found if f[1] == "causes" and f[0] == "seizure"]
    kept = facts("Muscle spasms and spasticity can cause pain.", lexicon)
    assert ("spasticity", "causes", "pain") in {f[:3] for f in kept}


def test_a_denial_narrowed_to_one_case_is_no_denied_use(lexicon):
    for case in ("a seizure that has already started", "a panic attack once it has begun"):
        found = facts(f"Clonazepam does not relieve {case}.", lexicon)
        assert not [f for f in found if f[1] == "treats" and f[3]], case
    plain = facts("Clonazepam does not treat depression.", lexicon)
    assert ("clonazepam", "treats", "depression", True, "Asserted") in plain


def test_an_interaction_with_a_narrowed_class_is_not_with_the_whole_class(lexicon):
    found = facts("Taking baclofen with opioids or other non-steroidal painkillers can increase drowsiness.", lexicon)
    assert ("baclofen", "interactsWith", "opioid") in {f[:3] for f in found}
    assert ("baclofen", "interactsWith", "analgesic") not in {f[:3] for f in found}
    broad = facts("Taking baclofen with other painkillers can increase drowsiness.", lexicon)
    assert ("baclofen", "interactsWith", "analgesic") in {f[:3] for f in broad}
