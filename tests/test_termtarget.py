"""What the check knows of one direction (glossary.aids.termtarget)."""
from __future__ import annotations

from glossary.aids.termtarget import related


def test_a_term_holds_another_only_as_whole_words(shipped):
    assert related(shipped, "csto-summit", "csto")  # саммит ОДКБ holds ОДКБ
    assert not related(shipped, "soviet-union", "united-states")  # USSR does not hold US
