"""What ``glossary check`` takes: two texts, a trilingual article, or the file a translation tool
writes (PO, XLIFF 1.2 and 2.0, TMX), each turned into aligned segments for ``check_segments``.

A run that can check nothing (an empty side, one language on both sides, texts most of whose
sentences have no counterpart) is an error, never "clean".
"""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from glossary.aids.annotation import Annotator
from glossary.aids.report import Report, Segment
from glossary.aids.termcheck import check_segments
from glossary.errors import GlossaryError
from glossary.forms.index import FormsIndex

UNRELATED = 0.5  # above this share of sentences without a counterpart, two texts are unrelated


def language(text: str) -> str:
    """The language most of ``text``'s characters are in, by sentence."""
    from glossary.document.sentences import sentence_spans
    from glossary.language.langid import detect

    weight: dict[str, int] = {}
    for start, end in sentence_spans(text):
        lang = detect(text[start:end]).lang
        weight[lang] = weight.get(lang, 0) + end - start
    weight.pop("und", None)
    return max(sorted(weight), key=weight.__getitem__) if weight else "und"


def _joined(text: str, spans: list[tuple[int, int]], picked: tuple[int, ...]
            ) -> tuple[str, int | None, tuple[tuple[int, int], ...]]:
    """The sentences ``picked`` joined by spaces, the line the first starts on, and where each
    starts in the joined text with its line."""
    parts, starts, at = [], [], 0
    for i in picked:
        a, b = spans[i]
        starts.append((at, text.count("\n", 0, a) + 1))
        parts.append(text[a:b])
        at += b - a + 1
    return " ".join(parts), (starts[0][1] if starts else None), tuple(starts)


def _languages(source: str, target: str, source_lang: str | None, target_lang: str | None
               ) -> tuple[str, str]:
    source_lang = source_lang or language(source)
    target_lang = target_lang or language(target)
    if source_lang == target_lang:
        raise GlossaryError(f"nothing to check: source and target are both {source_lang}; "
                            "give --from and --to if the detector is wrong")
    return source_lang, target_lang


def check(source: str, target: str, index: FormsIndex | None = None, source_lang: str | None = None,
          target_lang: str | None = None, progress: Callable[[int, int], None] | None = None
          ) -> Report:
    """Check ``target``, a translation of ``source``: their sentences aligned, each term's
    counterpart in place, both ways (``progress`` hears of the segments checked)."""
    annotator = Annotator(index or FormsIndex.default(), derived=True)
    segments = text_segments(source, target, annotator)
    source_lang, target_lang = _languages(source, target, source_lang, target_lang)
    return check_segments(segments, source_lang, target_lang, annotator=annotator,
                          progress=progress)


def text_segments(source: str, target: str, annotator: Annotator) -> list[Segment]:
    """Two texts' sentences aligned into segments, glossary concepts as anchors; an error when a
    side is empty or most sentences have no counterpart."""
    from glossary.document.align import align_pair, anchors
    from glossary.document.sentences import sentence_spans

    src, tgt = sentence_spans(source), sentence_spans(target)
    if not src or not tgt:
        raise GlossaryError(f"nothing to check: the {'source' if not src else 'target'} is empty")
    src_text, tgt_text = [source[a:b] for a, b in src], [target[a:b] for a, b in tgt]
    concepts = annotator.concepts
    beads, _ = align_pair(src_text, tgt_text, [anchors(s, concepts) for s in src_text],
                          [anchors(s, concepts) for s in tgt_text])
    unlinked = sum(len(left) + len(right) for left, right in beads if not left or not right)
    if unlinked > UNRELATED * (len(src) + len(tgt)):
        raise GlossaryError(f"nothing to check: {unlinked} of {len(src) + len(tgt)} sentences have "
                            "no counterpart; the texts do not look like translations of each other")
    segments = []
    for left, right in beads:
        s_text, s_line, s_map = _joined(source, src, left)
        t_text, t_line, t_map = _joined(target, tgt, right)
        segments.append(Segment(s_text, t_text, s_line, t_line, s_map, t_map))
    return segments


def check_document(text: str, source_lang: str, target_lang: str, index: FormsIndex | None = None,
                   alignment: Any = None) -> Report:
    """Check one language of a trilingual article against another: titles, keywords and abstract
    sentences. ``alignment`` is the article's ``align_document`` result, when the caller has it."""
    from glossary.document.article import align_document

    annotator = Annotator(index or FormsIndex.default(), derived=True)
    segments = []
    for link in (alignment or align_document(text, annotator.concepts)).links:
        src, tgt = link.texts.get(source_lang), link.texts.get(target_lang)
        if src is None and tgt is None:
            continue
        segments.append(Segment(src or "", tgt or "", (link.lines.get(source_lang) or (None,))[0],
                                (link.lines.get(target_lang) or (None,))[0]))
    return check_segments(segments, source_lang, target_lang, annotator=annotator)


def check_article(text: str, source_lang: str | None = None, target_lang: str | None = None,
                  index: FormsIndex | None = None) -> list[Report]:
    """Check a trilingual article in every direction between its languages (or those
    ``source_lang`` and ``target_lang`` pick); a ``GlossaryError`` when it has fewer than two
    languages or lacks one asked for."""
    from glossary.document.article import align_document

    annotator = Annotator(index or FormsIndex.default(), derived=True)
    alignment = align_document(text, annotator.concepts)
    present = list(alignment.languages)
    if len(present) < 2:
        raise GlossaryError(f"not a trilingual article (aligned text found in {len(present)} "
                            "language(s)); give SOURCE and TARGET")
    for lang in (source_lang, target_lang):
        if lang and lang not in present:
            raise GlossaryError(f"has no {lang} text (it has {', '.join(present)})")
    directions = [(a, b) for a in present for b in present
                  if a != b and source_lang in (None, a) and target_lang in (None, b)]
    return [check_document(text, a, b, annotator.index, alignment) for a, b in directions]


def check_file(path: str | os.PathLike[str], index: FormsIndex | None = None,
               source_lang: str | None = None, target_lang: str | None = None) -> Report:
    """Check the units of a PO, XLIFF or TMX file: each unit's target against its source."""
    from glossary.formats.registry import by_extension

    fmt = by_extension(os.fspath(path), reads=("units",))
    with open(path, "rb") as handle:
        units = fmt.read_units(handle)
    if source_lang or target_lang:
        units = [u for u in units if source_lang in (None, u.source_lang)
                 and target_lang in (None, u.target_lang)]
    pairs = {(u.source_lang, u.target_lang) for u in units if u.source and u.target}
    if len(pairs) != 1:
        found = ", ".join(f"{a} → {b}" for a, b in sorted(pairs)) or "none"
        raise GlossaryError(f"{path}: needs one language pair with text on both sides (found "
                            f"{found}); give --from and --to")
    (source_lang, target_lang), = pairs
    if source_lang == target_lang:
        raise GlossaryError(f"{path}: source and target are both {source_lang}")
    segments = [
        Segment(u.source, u.target, u.line, u.line, unit=u.id)
        for u in units
        if u.source and u.target and (u.source_lang, u.target_lang) == (source_lang, target_lang)
    ]
    return check_segments(segments, source_lang, target_lang, index, window=0)
