"""Align a trilingual article: its titles, its keyword lists item by item, its abstracts sentence by sentence.

The front matter comes from ``glossary.document.frontmatter``; sentences are aligned by
``glossary.document.align`` with the glossary's concepts as anchors, so a known term
ties a Kazakh sentence to its Russian and English counterparts.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from glossary.document.frontmatter import FrontMatter, front_matter
from glossary.vocab import LANGUAGES


@dataclass(frozen=True)
class Link:
    """Aligned text in each language (None where a language has no counterpart) with its lines."""

    kind: str  # title, keyword or sentence
    texts: dict[str, str | None]
    lines: dict[str, tuple[int, int] | None]

    def to_dict(self) -> dict[str, object]:
        """``{"en": ..., "kk": ..., "ru": ..., "kind": ..., "lines": {...}}`` for ``glossary align --format json``."""
        data: dict[str, object] = {lang: self.texts.get(lang) for lang in LANGUAGES}
        data["kind"] = self.kind
        data["lines"] = {lang: list(span) if span else None for lang, span in self.lines.items()}
        return data


@dataclass
class DocumentAlignment:
    """What ``align_document`` found: each language's front matter, the links, and keywords left over."""

    front: dict[str, FrontMatter]
    links: list[Link] = field(default_factory=list)
    leftovers: list[tuple[str, str]] = field(default_factory=list)  # (lang, keyword) with no counterpart

    def blocks(self) -> list[dict[str, object]]:
        """The front-matter blocks in document order, for JSON."""
        out = []
        for lang, front in self.front.items():
            for kind, block in front.parts():
                out.append({"lang": lang, "kind": kind, "start_line": block.start, "end_line": block.end, "text": block.text})
        return sorted(out, key=lambda b: b["start_line"])  # type: ignore[arg-type,return-value]


def _line_of(lines: list[str], first: int, last: int, sentence: str) -> tuple[int, int]:
    """The lines (within first..last) where ``sentence`` starts and ends."""
    def where(snippet: str, default: int) -> int:
        for number in range(first, last + 1):
            if snippet and snippet in " ".join(lines[number - 1].split()):
                return number
        return default

    words = sentence.split()
    return where(" ".join(words[:4]), first), where(" ".join(words[-3:]), last)


def align_keywords(lists: dict[str, list[str]], concepts: Callable[[str], set[str]] | None = None
                   ) -> tuple[list[dict[str, int | None]], list[tuple[str, int]]]:
    """Keyword lists item by item when they have one length, else by shared anchors; and what is left over.

    Returns index triples (None where a language has no counterpart) and
    (lang, index) of the items no other list matched.
    """
    from glossary.document.align import anchors

    langs = [lang for lang in lists if lists[lang]]
    if len({len(lists[lang]) for lang in langs}) == 1:
        return [{lang: i for lang in langs} for i in range(len(lists[langs[0]]))], []
    marks = {lang: [anchors(item, concepts) for item in lists[lang]] for lang in langs}
    pivot = max(langs, key=lambda lang: (len(lists[lang]), -langs.index(lang)))
    rows: list[dict[str, int | None]] = [{pivot: i} for i in range(len(lists[pivot]))]
    leftovers = []
    for lang in langs:
        if lang == pivot:
            continue
        pairs = sorted(((len(a & b), i, j) for i, a in enumerate(marks[pivot]) for j, b in enumerate(marks[lang]) if a & b),
                       key=lambda t: (-t[0], t[1], t[2]))
        used_i, used_j = set(), set()
        for _, i, j in pairs:
            if i not in used_i and j not in used_j:
                rows[i][lang] = j
                used_i.add(i)
                used_j.add(j)
        leftovers += [(lang, j) for j in range(len(lists[lang])) if j not in used_j]
    for row in rows:
        for lang in langs:
            row.setdefault(lang, None)
    leftovers += [(pivot, row[pivot]) for row in rows if all(row[lang] is None for lang in langs if lang != pivot)]  # type: ignore[misc]
    return [row for row in rows if sum(v is not None for v in row.values()) > 1], leftovers


def align_document(text: str, index=None) -> DocumentAlignment:
    """Titles, keywords and abstract sentences of a trilingual article, aligned across its languages.

    ``index`` is a ``lookup.Index`` whose concepts serve as anchors (the default termbase's when None).
    """
    from glossary.document.align import align_many
    from glossary.aids.annotation import Annotator, default_index
    from glossary.document.blocks import sentence_spans

    annotator = Annotator(index or default_index())
    concepts = annotator.concepts
    lines = text.splitlines()
    front = front_matter(text)
    result = DocumentAlignment(front)
    langs = list(front)
    if len(langs) < 2:
        return result
    titles = {lang: front[lang].title for lang in langs if front[lang].title}
    if len(titles) > 1:
        result.links.append(Link("title", {lang: " ".join(b.text.split()) for lang, b in titles.items()},
                                 {lang: (b.start, b.end) for lang, b in titles.items()}))
    lists = {lang: front[lang].keywords for lang in langs}
    rows, leftovers = align_keywords(lists, concepts)
    for row in rows:
        present = {lang: i for lang, i in row.items() if i is not None}
        result.links.append(Link("keyword", {lang: lists[lang][i] for lang, i in present.items()},
                                 {lang: (front[lang].keywords_block.start,) * 2 for lang in present}))  # type: ignore[union-attr]
    result.leftovers = [(lang, lists[lang][i]) for lang, i in leftovers]
    abstracts = {lang: front[lang].abstract for lang in langs if front[lang].abstract}
    sentences = {lang: [b.text[s:e] for s, e in sentence_spans(b.text)] for lang, b in abstracts.items()}
    for group in align_many(sentences, concepts):
        texts = {lang: " ".join(sentences[lang][i] for i in group[lang]) for lang in group if group[lang]}
        spans = {}
        for lang, joined in texts.items():
            block = abstracts[lang]
            spans[lang] = _line_of(lines, block.start, block.end, joined)  # type: ignore[union-attr]
        result.links.append(Link("sentence", texts, spans))
    return result
