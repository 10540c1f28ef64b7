"""Align parallel text as users have it: one text with passages in two or three languages, or
one text per language.

In one text, the detector finds each language's passages
(``glossary.document.passages``), in any order and layout; a language
counts when it has at least ``LEAST_SHARE`` of the largest language's
characters (a line "Читать на русском" over an English article does not make
it bilingual). With one text per language, each text's language is the one
most of its characters are in. Each language's sentences are then aligned
(``glossary.document.align.align_many``) into sentence links.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from glossary.document.align import Progress, align_many
from glossary.document.article import DocumentAlignment, Link, align_journal, journal
from glossary.document.frontmatter import front_matter
from glossary.document.passages import Passage, Sentence, language_sentences, passages
from glossary.errors import GlossaryError
from glossary.vocab import LANGUAGE_NAMES

LEAST_SHARE = 0.1  # of the largest language's characters, for a language to count
Concepts = Callable[[str], set[str]]


class OneLanguage(GlossaryError):
    """The text has passages in fewer than two languages: there is nothing to align."""


def _weights(found: list[Passage]) -> dict[str, int]:
    weight: dict[str, int] = {}
    for passage in found:
        weight[passage.lang] = weight.get(passage.lang, 0) + len(passage.text)
    return weight


def _described(weight: dict[str, int]) -> str:
    """What was found, largest language first: "only English (1,200 characters) found" (and
    what there is too little of to count)."""
    ranked = sorted(weight, key=lambda lang: -weight[lang])
    if not ranked:
        return "no text in English, Kazakh or Russian found"
    named = [f"{LANGUAGE_NAMES.get(lang, lang)} ({weight[lang]:,} characters)" for lang in ranked]
    little = f" ({', '.join(named[1:])}: too little to align)" if named[1:] else ""
    return f"only {named[0]} found{little}"


def counted(found: list[Passage]) -> list[Passage]:
    """The passages of the languages that count; ``OneLanguage`` when fewer than two do."""
    weight = _weights(found)
    largest = max(weight.values(), default=0)
    kept = {lang for lang, w in weight.items() if w >= LEAST_SHARE * largest}
    if len(kept) < 2:
        raise OneLanguage(f"{_described(weight)}: aligning needs text in two or three "
                          "languages, in one file or one file per language")
    return [p for p in found if p.lang in kept]


def aligned(found: dict[str, list[Sentence]], concepts: Concepts | None,
            progress: Progress | None) -> list[Link]:
    """Sentence links between each language's sentences."""
    groups = align_many({lang: [s.text for s in items] for lang, items in found.items()},
                        concepts, progress)
    links = []
    for group in groups:
        picked = {lang: [found[lang][i] for i in group[lang]] for lang in group if group[lang]}
        texts = {lang: " ".join(s.text for s in items) for lang, items in picked.items()}
        lines = {lang: (items[0].start, items[-1].end) for lang, items in picked.items()}
        links.append(Link("sentence", dict(texts), dict(lines)))
    return links


def align_passages(text: str, concepts: Concepts | None = None,
                   progress: Progress | None = None) -> DocumentAlignment:
    """Each language's passages of ``text`` found and aligned sentence by sentence."""
    found = counted(passages(text))
    result = DocumentAlignment({}, passages=found)
    result.links = aligned(language_sentences(found), concepts, progress)
    return result


def align_text(text: str, concepts: Concepts | None = None,
               progress: Progress | None = None) -> DocumentAlignment:
    """One document aligned: by its front matter where it has a trilingual article's (two or more
    languages, with a keyword list or an abstract label), else by its passages; ``OneLanguage``
    when it has text in fewer than two languages.
    """
    front = front_matter(text)
    if journal(front):
        return align_journal(text, front, concepts, progress)
    return align_passages(text, concepts, progress)


def _language_of(found: list[Passage]) -> str:
    """The language most of the passages' characters are in."""
    weight = _weights(found)
    return max(sorted(weight), key=weight.__getitem__) if weight else "und"


def align_texts(texts: Sequence[str], names: Sequence[str] | None = None,
                concepts: Concepts | None = None, progress: Progress | None = None
                ) -> DocumentAlignment:
    """Two or three texts, one per language, aligned sentence by sentence; ``names`` (file names)
    name them in errors and in the result's ``sources``.
    """
    names = list(names or [f"text {n}" for n in range(1, len(texts) + 1)])
    by_lang: dict[str, list[Passage]] = {}
    sources: dict[str, str] = {}
    for text, name in zip(texts, names, strict=True):
        found = passages(text)
        lang = _language_of(found)
        if lang == "und":
            raise GlossaryError(f"{name}: no text in English, Kazakh or Russian")
        if lang in sources:
            raise GlossaryError(f"{sources[lang]} and {name} are both "
                                f"{LANGUAGE_NAMES[lang]}; give one file per language")
        sources[lang] = name
        by_lang[lang] = [Passage(lang, p.lines) for p in found]
    if len(by_lang) < 2:
        raise OneLanguage(f"{', '.join(names)}: only {LANGUAGE_NAMES[lang]}: aligning needs "
                          "text in two or three languages")
    sentences = {lang: language_sentences(items)[lang] for lang, items in by_lang.items()}
    result = DocumentAlignment({}, passages=[p for items in by_lang.values() for p in items],
                               sources=sources)
    result.links = aligned(sentences, concepts, progress)
    return result


def joined(texts: Sequence[str]) -> tuple[str, list[int]]:
    """Texts one after another, a blank line between, as one document, and the line each starts
    on in it (for tools that take one document, such as ``extract``)."""
    starts, parts, line = [], [], 1
    for text in texts:
        starts.append(line)
        body = text if text.endswith("\n") else text + "\n"
        parts.append(body)
        line += body.count("\n") + 1
    return "\n".join(parts), starts


def located(line: int, starts: Sequence[int]) -> tuple[int, int]:
    """Which of the ``joined`` texts a line of the joined document is in, and its line there."""
    number = max(n for n, start in enumerate(starts) if start <= line)
    return number, line - starts[number] + 1
