from __future__ import annotations

from glossary.termbase.concordance import concordance
from glossary.termbase.files import load_termbase
from glossary.termbase.seeds import Seeds


def test_hits_show_each_term_in_context(data):
    concept = load_termbase(data / "good")["soft-power"]
    hits = concordance(concept, Seeds(data / "seeds"), width=12)
    assert [(h.lang, h.place, h.match) for h in hits] == [
        ("en", "seeds/fixture.txt:1", "soft power"),
        ("kk", "seeds/fixture.txt:2", "жұмсақ күштің"),
        ("ru", "seeds/fixture.txt:3", "мягкой силы"),
    ]
    ru = hits[2]
    assert ru.left == " о пределах " and ru.right == "."
    assert ru.to_dict()["source"] == "seeds/fixture.txt:3"


def test_limit_per_term(data):
    concept = load_termbase(data / "good")["csto"]
    hits = concordance(concept, Seeds(data / "seeds"), limit=1)
    assert [(h.term, h.match) for h in hits] == [("ҰҚШҰ", "ҰҚШҰ"), ("ОДКБ", "ОДКБ")]
