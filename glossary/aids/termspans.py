"""What the terms of an aligned segment are, for the check: the spans of each side's language,
those inside a longer proper name or qualifying a noun (and, through ``termsense``, those whose
sense is in question), the concepts each side names by a term or a derived word, and another
language's terms left in a target (Европа, the Russian spelling, in a Kazakh text)."""
from __future__ import annotations

import re

from glossary.aids.annotation import Annotator, Span
from glossary.aids.report import Segment
from glossary.aids.termdates import datelined
from glossary.aids.termrefs import PERSONS, TITLE
from glossary.aids.termsense import Sense
from glossary.language.script import is_abbreviation


def spans(annotator: Annotator, text: str, lang: str, own: bool = True) -> list[Span]:
    """The terms of ``lang`` (``own``; else of any language) in ``text``, sentence by sentence;
    not inside a web address."""
    from glossary.document.sentences import sentence_spans
    from glossary.termbase.attest import inside_address

    found = []
    for start, end in sentence_spans(text):
        found += [s for s in annotator.sentence(text, start, end, lang)
                  if (s.lang == lang or not own) and not inside_address(text, s.start, s.end)]
    return found


def foreign(spans: list[list[Span]], lang: str) -> list[dict[str, str]]:
    """Per segment, concepts named by another language's term as written (Европа, the Russian
    spelling, in a Kazakh text), with the term as it stands; not an original name kept in
    Latin letters (``kept``)."""
    return [{s.concept: s.text for s in reversed(found) if s.lang != lang and not s.derived
             and not _kept(s, lang)} for found in spans]


def kept(spans: list[list[Span]], lang: str) -> list[set[str]]:
    """Per segment, concepts a Cyrillic text names by the English original kept in Latin
    letters (the Washington Examiner, «газете Washington, D.C.»): the name given as written."""
    return [{s.concept for s in found if _kept(s, lang)} for found in spans]


def _kept(span: Span, lang: str) -> bool:
    from glossary.language.script import has_cyrillic, has_latin

    return (lang in ("kk", "ru") and span.lang == "en" and not span.derived
            and has_latin(span.text) and not has_cyrillic(span.text))


def quiet(segments: list[Segment], spans: list[list[Span]], lang: str, sense: Sense
          ) -> dict[tuple[int, int], tuple[str, str]]:
    """(segment, start) of the source terms whose absence is only information, with why and
    the word that shows it: "name" (inside a longer proper name), "modifier" (qualifying a
    neighbouring noun), "place" (a state after a narrower place the target names, with the
    place), "short" (a short form that may be another state's), "general" (an English short
    form in the plural and lower case: foreign ministries) or "dateline" (MOSCOW, January 12
    /TASS/); a short form with its own state beside it is none of these (the Russian Foreign
    Ministry). See ``termsense`` and ``termrefs``."""
    found: dict[tuple[int, int], tuple[str, str]] = {}
    states = [sense.states(terms) for terms in spans]
    for i, (segment, terms) in enumerate(zip(segments, spans, strict=True)):
        around = {c: w for named in states[max(0, i - BEFORE):i] for c, w in named.items()}
        other, own = sense.elliptical(segment.source, terms, around)
        places = sense.places(segment.source, terms, segment.target)
        found.update({(i, start): ("place", word) for start, word in places.items()})
        found.update({(i, start): ("modifier", "")
                      for start in modifiers(segment.source, terms, lang)})
        people = frozenset(s.start for s in terms
                           if sense.index.record(s.concept)["subject"] == PERSONS)
        found.update({(i, s.start): ("name", "")
                      for s in set(terms) - set(outside_names(segment.source, terms, people))})
        found.update({(i, start): ("short", word) for start, word in other.items()})
        found.update({(i, s.start): ("general", "") for s in terms
                      if lang == "en" and s.text.islower() and s.text != s.term.lower()
                      and sense.short_form(s)})  # foreign ministries: the plural is no name
        acronyms = frozenset(s.start for s in terms if is_abbreviation(s.term))
        found.update({(i, s.start): ("dateline", "") for s in terms
                      if datelined(segment.source, s.start, acronyms)})
        for start in own:
            found.pop((i, start), None)
    return found


def outside_names(text: str, spans: list[Span], people: frozenset[int] = frozenset()
                  ) -> list[Span]:
    """The spans that are not inside a longer proper name: China in China National Offshore Oil
    Company, Батыс in Батыс Вирджиния, Запада in Юго-Запада, «Истинном Западе», the West in
    the West Side Highway ask for no equivalent of their own (yet U.S. in U.S. Navy gives
    one); a person's name (``people``: where one starts) before another term is none (Тоқаев
    Қытайдың: two names side by side, as Kazakh puts subject and place)."""
    ends, starts = frozenset(s.end for s in spans), frozenset(s.start for s in spans)
    return [s for s in spans if not inside_name(
        text, s.start, s.end, ends, starts if s.start in people else frozenset())]


BEFORE = 3  # segments before whose states may own a short form (ANTECEDENT in termtarget)
_HEAD_OF_STATE = re.compile(r"\bHead of State\s+$", re.I)  # a title whose last word is no title
_QUOTE_OPENS = re.compile(r"(?:^|[\n.!?…:;])\s*[\"“„«]$")  # "Тараптар ...: a quotation opens
_WORD_BEFORE = re.compile(r"(?P<lead>\S?)\s*(?P<word>[^\W\d_][\w’'-]*)\s+$")


# A document's or a body's name in title case with a preposition before the term, the term in
# title case too (the Shanghai Convention on Combating Terrorism; Treaty on Collective Security);
# not a headline (Tokayev Calls for Fight Against Terrorism; Secretary General of Shanghai ...).
_NAME_OF = re.compile(r"(?:Convention|Treaty|Agreement|Charter|Declaration|Protocol|Concept|Law"
                      r"|Strategy|Programme|Program|Centre|Center|Institute|Fund|Committee)"
                      r"\s+(?:on|of|for|against)\s+$")
_TITLED_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")


def inside_name(text: str, start: int, end: int, ends: frozenset[int] = frozenset(),
                starts: frozenset[int] = frozenset()) -> bool:
    """``inside_longer_name`` unless the word after starts another term (``starts``: Тоқаев
    Қытайдың, for a person), with a leading article skipped (the West), or a
    capitalised word right before that does not start a sentence, is no title and ends no other
    term (``ends``) (Лиги Европы, «Истинном Западе», Priorities USA; not Президент Касым-Жомарт
    Токаев, Ресей Қазақстанға), or a term in title case after a name's preposition (Convention on
    Combating Terrorism)."""
    from glossary.termbase.attest import inside_longer_name

    lead = re.match(r"(?:the|a|an)\s+", text[start:end], re.I)
    start += lead.end() if lead else 0
    if inside_longer_name(text, start, end) and end + 1 not in starts or _TITLED_NAME.fullmatch(
            text, start, end) and (
            _NAME_OF.search(text, max(0, start - 40), start)):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 60), start)
    return bool(before and before.group("word")[:1].isupper()
                and before.group("lead") not in ("", ".", "!", "?", "…", ":", ";", "(")
                and not _QUOTE_OPENS.search(text, 0, before.start("word"))
                and before.end("word") not in ends  # Ресей Қазақстанға: two names
                and not TITLE.match(before.group("word"))  # Президент Касым-Жомарт Токаев
                and not _HEAD_OF_STATE.search(text, max(0, start - 20), start))


def named(
    annotator: Annotator, texts: list[str], spans: list[list[Span]], lang: str
) -> list[set[str]]:
    """The concepts each segment names by a term; a longer term counts for the terms inside it
    too (ресейлік жұмсақ күш has жұмсақ күш)."""
    named = []
    for text, found in zip(texts, spans, strict=True):
        nested = {n.concept for s in found if not s.derived
                  for n in annotator.nested(text, s, lang) if n.lang == lang and not n.derived}
        named.append({s.concept for s in found if not s.derived} | nested)
    return named


def terms(spans: list[list[Span]]) -> list[list[Span]]:
    """The terms among the spans, without the derived words."""
    return [[s for s in found if not s.derived] for found in spans]


def own_terms(segments: list[Segment], spans: list[list[Span]], sense: Sense) -> list[list[Span]]:
    """The target's terms, without the short forms that here are another state's (the Foreign
    Ministry of Ukraine is no term of the Russian one): no addition, no substitute."""
    out = []
    for segment, found in zip(segments, spans, strict=True):
        found = [s for s in found if not s.derived]
        other, _ = sense.elliptical(segment.target, found)
        out.append([s for s in found if s.start not in other])
    return out


def derived(spans: list[list[Span]]) -> list[dict[str, str]]:
    """Per segment, the concepts named by a derived word (American for the United States), each
    with the word as it stands."""
    return [{s.concept: s.text for s in reversed(found) if s.derived} for found in spans]


_BEFORE = re.compile(r"([^\W\d_][\w-]*)\.?\s+$")  # долл. США
_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")


def modifiers(text: str, spans: list[Span], lang: str) -> set[int]:
    """Starts of the terms that qualify a neighbouring noun: Russian after a noun in the genitive
    (чиновники США, президента России), Kazakh in the genitive or before a possessed noun (АҚШ-тың
    басқа аймақтарында, Ресей энергиясы), English possessive or an abbreviation before a word or
    a title (Russia's energy, U.S. officials, U.S. Secretary of State). Left out, such a term is
    often implied by its context."""
    found = set()
    for s in spans:
        if lang == "ru":
            before = _BEFORE.search(text, 0, s.start)
            found |= {s.start} if before and _russian_noun(before.group(1)) and (
                "genitive" in s.detail or is_abbreviation(s.term)) else set()
        elif lang == "kk":
            after = _AFTER.match(text, s.end)
            if "genitive" in s.detail.split(":")[0] or (after and _possessed(after.group(1))):
                found.add(s.start)
        elif s.text.endswith(("'s", "’s")) or (
                is_abbreviation(s.term) and (after := _AFTER.match(text, s.end))
                and (_english_noun(after.group(1)) or TITLE.match(after.group(1))
                     or after.group(1) in ("Sen", "Rep"))):
            found.add(s.start)
    return found


# Words after an abbreviation that are no noun it qualifies (NATO and the CSTO, NATO has said).
_NOT_NOUNS = frozenset("""and or but nor in on at to of for with by from as than that which who
    whom whose is are was were be been being has have had do does did will would shall should can
    could may might must also not has said says say""".split())


def _english_noun(word: str) -> bool:
    """Whether an English word after an abbreviation may be a noun it qualifies (U.S. officials):
    in lower case, no function word, no verb in the past tense (NATO agreed)."""
    return (word[:1].islower() and word not in _NOT_NOUNS
            and not (len(word) > 4 and word.endswith("ed")))


def _russian_noun(word: str) -> bool:
    from glossary.language.russian import is_noun

    return is_noun(word.lower())


def _possessed(word: str) -> bool:
    """A Kazakh word with a third-person possessive ending (энергиясы, аймақтарында), not a verb
    in the past or present tense that only looks like one (мәлімдеді, айтты, ашты, барады: a
    stem in -д, a doubled consonant or a consonant and т, which nouns hardly end in)."""
    from glossary.language import kazakh

    stems = [stem for stem, label in kazakh.analyses(word.lower(), kazakh.endings())
             if "px3" in label]
    return bool(stems) and not any(_VERB_STEM.search(stem) for stem in stems)


_VERB_STEM = re.compile(r"(?:д|([^аәеёиоөуұүыіэюя])\1|[^аәеёиоөуұүыіэюяй]т)$")
