"""Decision 0735: a bare "thrush" names candidiasis, not the oral kind the disease package files the word under;
"oral thrush" stays oral candidiasis and "vaginal thrush" its own kind. The sentences are invented."""

from extracting import claims


def test_bare_thrush_among_genital_infections_is_candidiasis(lexicon):
    text = "Canagliflozin lowers blood sugar. It can cause thrush and other genital infections in some people."
    found = {k for k in claims(text, lexicon) if k[1] == "hasAdverseEffect"}
    assert ("canagliflozin", "hasAdverseEffect", "candidiasis", False) in found
    assert not any(k[2] == "oral-candidiasis" for k in found)


def test_bare_thrush_treated_is_candidiasis(lexicon):
    assert set(claims("Nystatin is used to treat thrush.", lexicon)) == {
        ("nystatin", "treats", "candidiasis", False),
    }


def test_oral_thrush_stays_oral(lexicon):
    assert set(claims("Miconazole gel is used for oral thrush in babies.", lexicon)) == {
        ("miconazole", "treats", "oral-candidiasis", False),
        ("miconazole", "hasFormulation", "gel", False),  # (the form named with the drug: decision 0908)
    }


def test_vaginal_thrush_stays_vaginal(lexicon):
    assert set(claims("Clotrimazole pessaries treat vaginal thrush.", lexicon)) == {
        ("clotrimazole", "treats", "vulvovaginal-candidiasis", False),
    }
