"""``build_site``: the whole web glossary of a termbase, written into a folder all at once.

Everything comes from the forms index (``FormsIndex.open`` builds it when
missing): the concepts' records for the pages, its tables for the search
(``glossary.forms.export``), and the forms that find Russian seed lines fast
(``IndexedSeeds``). The same termbase gives the same bytes: no dates, every
list sorted, JSON with fixed separators. The site is built in a temporary
folder beside the target, which then takes the target's place: a reader
never sees half a site, and a folder that holds something else is refused.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Collection
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from glossary.errors import GlossaryError
from glossary.forms.export import SearchData, export, records
from glossary.forms.index import FormsIndex
from glossary.model import Concept
from glossary.site import browse, search
from glossary.site.concept import concept_page, title
from glossary.site.evidence import IndexedSeeds, named_ids, related
from glossary.site.html import GENERATOR
from glossary.termbase.concordance import concordance

ASSETS = ("site.css", "site.js")
KWIC_WIDTH = 40  # characters of context on each side, as ``glossary show``
KWIC_LIMIT = 10  # seed lines per term


class Summary(NamedTuple):
    """What was built: where, how many concepts, files and bytes."""

    folder: str
    concepts: int
    files: int
    size: int


def first_forms(data: SearchData) -> Callable[[str, str], Collection[str]]:
    """(language, term text) -> the forms the index holds for the term's first word."""
    first: dict[int, int] = {}
    for u, (_, _, places) in enumerate(data.units):
        for i in range(0, len(places), 6):
            if places[i + 1] == 0:
                first[places[i]] = u
    table: dict[tuple[str, str], list[str]] = {}
    for t, (_, lang, text, *_) in enumerate(data.terms):
        forms = data.units[first[t]][1] if t in first else []
        table[(lang, text)] = [f if isinstance(f, str) else f[0] for f in forms]
    return lambda lang, text: table.get((lang, text), ())


Progress = Callable[[int, int], None]  # (concept pages written, in all)


def _mentions(concepts: list[Concept], known: Collection[str]) -> dict[str, list[str]]:
    """Concept id -> the concepts whose notes name it."""
    found: dict[str, list[str]] = {}
    for concept in concepts:
        for named in named_ids(concept.notes, known):
            found.setdefault(named, []).append(concept.id)
    return found


def _concept_pages(concepts: list[Concept], seeds: IndexedSeeds | None,
                   progress: Progress | None = None) -> dict[str, str]:
    known = {c.id for c in concepts}
    names = {c.id: title(c) for c in concepts}
    mentions = _mentions(concepts, known)
    pages = {}
    for n, concept in enumerate(concepts, 1):
        hits = concordance(concept, seeds, KWIC_WIDTH, KWIC_LIMIT) if seeds else []
        pages[f"concepts/{concept.id}.html"] = concept_page(
            concept, hits, related(concept, known, mentions), names, known, KWIC_WIDTH)
        if progress is not None and (n % 100 == 0 or n == len(concepts)):
            progress(n, len(concepts))
    return pages


def _browse_pages(concepts: list[Concept]) -> dict[str, str]:
    by_letter, by_subject = browse.letters(concepts), browse.subjects(concepts)
    pages = {"index.html": browse.index_page(concepts, by_letter, by_subject)}
    for slug, members in by_subject.items():
        pages.update(browse.subject_pages(slug, members))
    for lang, groups in by_letter.items():
        for letter in groups:
            pages.update(browse.letter_pages(lang, letter, groups))
    return pages


def site_files(index: FormsIndex, seeds_root: str | os.PathLike[str] | None,
               progress: Progress | None = None) -> dict[str, bytes]:
    """Every file of the site by its path in the site's folder (``progress`` hears of the
    concept pages written)."""
    data = export(index)
    concepts = [Concept.from_dict(record) for record in records(index)]
    seeds = IndexedSeeds(seeds_root, first_forms(data), KWIC_LIMIT) if seeds_root else None
    pages = {**_browse_pages(concepts), **_concept_pages(concepts, seeds, progress)}
    out = {path: text.encode() for path, text in pages.items()}
    out.update({f"search/{name}.js": body for name, body in search.files(data).items()})
    assets = resources.files("glossary.site") / "assets"
    out.update({f"assets/{name}": (assets / name).read_bytes() for name in ASSETS})
    return dict(sorted(out.items()))


def _refuse_foreign(folder: Path) -> None:
    """A ``GlossaryError`` when ``folder`` holds files but no site this command made."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise GlossaryError(f"{folder}: not a folder")
    index = folder / "index.html"
    made = index.is_file() and f'content="{GENERATOR}"' in index.read_text("utf-8", "replace")
    if any(folder.iterdir()) and not made:
        raise GlossaryError(f"{folder}: the folder holds other files; give an empty or new one")


def write_site(files: dict[str, bytes], folder: str | os.PathLike[str]) -> None:
    """Put ``files`` in ``folder`` at once, replacing a site built there before."""
    target = Path(folder).absolute()
    _refuse_foreign(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        for path, body in files.items():
            (staging / path).parent.mkdir(parents=True, exist_ok=True)
            (staging / path).write_bytes(body)
        staging.chmod(0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
            os.replace(target, old / "site")
            os.replace(staging, target)
            shutil.rmtree(old)
        else:
            os.replace(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def build_site(termbase: str | os.PathLike[str], folder: str | os.PathLike[str],
               seeds: str | os.PathLike[str] | None = None,
               progress: Progress | None = None) -> Summary:
    """Write the web glossary of the termbase at ``termbase`` into ``folder``; ``seeds`` is the
    folder of source documents whose lines the pages quote (none: no quotations); ``progress``
    hears of the concept pages written."""
    _refuse_foreign(Path(folder).absolute())
    index = FormsIndex.open(termbase)
    files = site_files(index, seeds, progress)
    write_site(files, folder)
    concepts = sum(1 for path in files if path.startswith("concepts/"))
    return Summary(os.fspath(folder), concepts, len(files), sum(map(len, files.values())))
