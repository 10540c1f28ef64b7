"""A news item's dateline (MOSCOW, January 12 /TASS/; АСТАНА. KAZINFORM –; Москва. 30 декабря.
INTERFAX.RU), which translations and relays often drop: a term standing in it is where the
agency writes from, not what the sentence is about."""
from __future__ import annotations

import re

# A dateline: a place in capitals at the start of a line, then a comma or a stop (MOSCOW,
# January 12./TASS/.; BAKU, Azerbaijan, September 16.; АСТАНА. KAZINFORM –); it ends at the
# first stop before a space, or a dash.
_CAPS = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ’'-]+"
_DATELINE = re.compile(rf"[ \t]*{_CAPS}(?:[ \t]+{_CAPS})*[,.]")
_DASHED = re.compile(rf"[ \t]*{_CAPS}(?:[ \t]+{_CAPS})?[ \t]+[–—-](?=\s)")  # ALMATY – (no headline)
_LOWER = "a-zа-яёәғқңөұүһі"
_TITLED = re.compile(  # Москва. 30 декабря. INTERFAX.RU; Astana, 3 July 2025 –
    rf"[ \t]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][{_LOWER}-]+[,.][ \t]+\d{{1,2}}[ \t]+(?=[{_LOWER}]+[.,]|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b)")
# MOSCOW (TASS): ; АСТАНА (Казинформ) –
_PAREN = re.compile(rf"[ \t]*{_CAPS}(?:[ \t]+{_CAPS})?[ \t]+\([^()\n]{{2,30}}\)[ \t]*[:.,–—-]")
_DATELINE_END = re.compile(r"\.(?=\s|$)|\s[–—-]\s")  # a dateline alone on its line ends at its end
DATELINE_LENGTH = 60
_DATED = re.compile(r"\d|/\s*\w+\s*/")  # a date, or an agency between slashes (/TASS/)
# ASTANA. KAZINFORM – ...; ASTANA. KAZINFORM Official Spokesperson ...
_AGENCY = re.compile(rf"\s*{_CAPS}(?:\s+[–—-]\s|\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яё]))")
_LOWER_WORD = re.compile(r"(?<![\w/])[a-zа-яёәғқңөұүһі]{3,}(?!\w)")
_MONTHS = frozenset("""january february march april may june july august september october november
    december января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан""".split())


def datelined(text: str, offset: int, acronyms: frozenset[int] = frozenset()) -> bool:
    """Whether ``offset`` of ``text`` stands in a news dateline at the start of its line; a line
    opening with one of the ``acronyms`` (their starts: NATO, ОДКБ) has none."""
    line = text.rfind("\n", 0, offset) + 1
    if offset >= line + DATELINE_LENGTH:
        return False
    if paren := _PAREN.match(text, line):  # a place in capitals, the agency in brackets
        return offset < paren.end()
    if dashed := _DASHED.match(text, line):  # a place in capitals and a dash: that is all of it
        return offset < dashed.end() and line + len(dashed.group()) - len(
            dashed.group().lstrip()) not in acronyms
    head = _DATELINE.match(text, line)
    titled = None if head else _TITLED.match(text, line)
    month = re.compile(r"\w+").match(text, titled.end()) if titled else None
    if month and month.group().lower() in _MONTHS:  # (the lookahead of _TITLED saw a word)
        head = titled
    if head is None:
        return False
    if line + len(head.group()) - len(head.group().lstrip()) in acronyms:
        return False
    end = _DATELINE_END.search(text, head.end() - 1, line + DATELINE_LENGTH)
    stop = end.start() if end else head.end()
    region = text[head.end():stop + 3]
    dated = head is titled or _DATED.search(region) or _AGENCY.match(text, head.end())
    prose = any(w.lower() not in _MONTHS for w in _LOWER_WORD.findall(region))
    return offset < stop and dated is not None and not prose  # NATO, the EU and ... observers
