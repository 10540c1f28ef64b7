"""The web glossary (``glossary site``): the same bytes for the same termbase, pages that hold
what they should, and a search in JavaScript that finds what ``FormsIndex.lookup`` finds.

The browser's matching runs here under node (``node site.js SITE``, the engine the page
uses) on a few thousand queries made from the termbase: each term as written, in other
forms and spellings, with Kazakh endings, with a typo; both sides must list the same
concepts in the same order, matched the same way.
"""
from __future__ import annotations

import json
import random
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary.forms.export import export, records
from glossary.forms.index import FormsIndex
from glossary.language import kazakh
from glossary.model import Concept
from glossary.site import search
from glossary.site.build import build_site, first_forms, site_files, write_site
from glossary.site.evidence import IndexedSeeds
from glossary.termbase.concordance import concordance
from glossary.termbase.seeds import Seeds
from tests.tools import invoke, tool

ROOT = Path(__file__).parent.parent
TERMS = ROOT / "glossary" / "terms"
SEEDS = ROOT / "seeds"
SITE_JS = ROOT / "glossary" / "site" / "assets" / "site.js"
HELD_OUT = ["мягкой силы", "Myagkoy Sily", "жұмсақ күштің", "ҰҚШҰ-ға", "Орталық Азиядағы",
            "өзiн-өзi билеу", "Президентi", "ТМД-ның", "mjagkaja sila", "miagkaia sila",
            "zhumsak kush", "jūmsaq küş",
            "жумсак куш", "colour revolutions", "Kazakhstan's", "«мягкую силу»", "жёсткой силы",
            "политтехнологиями", "neoklassical realism", "sfot powr", "мягкой силлы", "qqqzzzx",
            "Tsentralnaya Aziya", "Киргизии", "ОДКБ", "spheres of influence", "французских",
            "Central Asian", "центральноазиатской", "frantsuzskiy", "Qazaqstannyñ", "kazakstannyn",
            "казакстаннын", "Путн", "путн", "zhumsak kushtin", "Ortalyq Aziyadagy", "пекин",
            "Russian sfot power", "  ", "-", "«»"]


def shipped_site(factory: pytest.TempPathFactory) -> Iterator[tuple[Path, FormsIndex]]:
    """The site of the shipped termbase, built once, and its forms index (a cache of its own)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GLOSSARY_CACHE", str(factory.mktemp("site-cache")))
        folder = factory.mktemp("site") / "public"
        build_site(TERMS, folder, SEEDS)
        yield folder, FormsIndex.open(TERMS)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, FormsIndex]]:
    yield from shipped_site(tmp_path_factory)


def node(folder: Path, op: str, items: list[str]) -> list:
    """The results of ``site.js``'s ``op`` (lookup, fold, forms, analyses) for each item."""
    done = subprocess.run([tool("node"), str(SITE_JS), str(folder)], capture_output=True,
                          input=json.dumps({"op": op, "items": items}), text=True, check=True)
    return json.loads(done.stdout)


def python_lookup(index: FormsIndex, query: str) -> dict:
    matches = [{"id": m.id, "type": m.how.label, "lang": m.lang, "term": m.term,
                "detail": m.detail, "score": m.score} for m in index.lookup(query)]
    suggestions = index.suggest(query) if not matches and query.strip() else []
    return {"matches": matches, "suggestions": suggestions}


def queries(index: FormsIndex, n: int, seed: int = 19) -> list[str]:
    """Queries made from ``n`` terms: as written, in capitals, quoted, each word in another of its
    spellings, with a Kazakh ending (also after a hyphen), with a letter left out."""
    rng = random.Random(seed)
    rows = index.db.execute("SELECT lang, text, key FROM terms ORDER BY id").fetchall()
    made = list(HELD_OUT)
    for lang, text, key in rng.sample(rows, min(n, len(rows))):
        words = key.split(" ")
        spelled = []
        for word in words:
            sql = ("SELECT s.key FROM spellings s JOIN units u ON u.id = s.unit "
                   "WHERE u.word = ? AND u.lang = ? ORDER BY s.rowid")
            keys = [k for (k,) in index.db.execute(sql, (word, lang))]
            spelled.append(rng.choice(keys) if keys else word)
        made += [text, text.upper(), f"«{text}»", " ".join(spelled)]
        if lang == "kk":
            made.append(" ".join([*words[:-1], rng.choice(sorted(kazakh.forms(words[-1])))]))
            made.append(f"{text}-{rng.choice(['ға', 'ның', 'дағы', 'тің', 'ге', 'лар'])}")
        if len(key) > 4:
            cut = rng.randrange(len(key))
            made.append(key[:cut] + key[cut + 1 :])
    return list(dict.fromkeys(made))


def compare(folder: Path, index: FormsIndex, asked: list[str]) -> list[str]:
    """The queries on which the browser's search and ``FormsIndex.lookup`` differ, explained."""
    found = node(folder, "lookup", asked)
    differ = []
    for query, js in zip(asked, found, strict=True):
        py = python_lookup(index, query)
        if py != {"matches": js["matches"], "suggestions": js["suggestions"]}:
            differ.append(f"{query!r}:\n  python {py}\n  js     {js}")
    return differ


# ---- the browser's search against FormsIndex.lookup


def test_javascript_finds_what_lookup_finds(site):
    folder, index = site
    asked = queries(index, 500)
    assert len(asked) > 2000
    assert compare(folder, index, asked) == []


def test_javascript_search_reads_small_shards_alike(site, tmp_path):
    """Cut into many small files, the search data still finds the same."""
    folder, index = site
    small = tmp_path / "small"
    files = {f"search/{name}.js": body
             for name, body in search.files(export(index), limit=4000).items()}
    write_site(files, small)
    assert len(list((small / "search").glob("k*.js"))) > 100
    assert len(list((small / "search").glob("u*.js"))) > 10
    assert compare(small, index, queries(index, 80, seed=7)) == []


def test_javascript_folds_as_python_does(site):
    from glossary.language.textnorm import fold

    folder, index = site
    texts = [t for (t,) in index.db.execute("SELECT text FROM terms")] + [
        "«Мягкая  Сила»", "Nagorno-Karabakh", "Объём", "STRASSE Straße ẞ", "ΟΔΟΣ ΣΑΣ", "ﬁne",
        " \u00a0 мягкая\u2003сила\u3000 ", "‘quoted’", "(ОДКБ).", "e\u0301", "İstanbul",
        "Ǆ ǅ ǆ", "kʼ ’ ʼ", "a\u2014b\u2212c", "\u0130\u0131", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 x",
        "өзiн-өзi билеу", "Президентi", "бiiр", "iстер", "Iран і", "Wi-Fi-ға"]
    assert node(folder, "fold", texts) == [fold(t) for t in texts]


def test_javascript_makes_the_kazakh_forms_python_makes(site):
    folder, index = site
    words = [w for (w,) in index.db.execute(
        "SELECT DISTINCT word FROM units WHERE lang = 'kk' ORDER BY word")]
    assert node(folder, "forms", words) == [[list(p) for p in kazakh.forms(w).items()]
                                            for w in words]
    rng = random.Random(3)
    forms = [rng.choice(sorted(kazakh.forms(w))) for w in words]
    endings = index.kazakh_endings()
    assert node(folder, "analyses", forms) == [
        [list(p) for p in kazakh.analyses(f, endings)] for f in forms]


# ---- the search data


def test_search_data_holds_the_whole_index(site):
    _, index = site
    data = export(index)
    (spellings,) = index.db.execute("SELECT count(*) FROM spellings").fetchone()
    assert sum(len(entry.get("s", ())) for entry in data.keys.values()) == 4 * spellings
    assert len(data.terms) == index.db.execute("SELECT count(*) FROM terms").fetchone()[0]
    assert [row[0] for row in data.concepts] == sorted(c["id"] for c in records(index))
    assert data.rules["endings"] == sorted(index.kazakh_endings())
    # the word "силы" spells the same units, the same ways, in both
    hits = index.hits("силы")
    exported = data.keys["силы"]["s"]
    assert len(exported) == 4 * sum(len(found) for found in hits.values())
    places = {u: data.units[u][2] for u in exported[::4]}
    assert all(places.values())


def test_prefixes_cut_keys_by_weight():
    sizes = {"a": 5, "ab": 5, "abc": 5, "abd": 5, "b": 1, "ba": 1, "c": 30}
    listed = search.prefixes(sizes, limit=10)
    assert listed[0] == "" and listed == sorted(listed)
    owner = {k: max((p for p in listed if k.startswith(p)), key=len) for k in sizes}
    weight: dict[str, int] = {}
    for key, prefix in owner.items():
        weight[prefix] = weight.get(prefix, 0) + sizes[key]
    assert owner["c"] == "c"  # too heavy for any shard: alone in its own
    assert all(w <= 10 for p, w in weight.items() if p != "c")


def test_search_files_are_scripts_with_json(site):
    folder, _ = site
    for path in (folder / "search").glob("*.js"):
        text = path.read_text("utf-8")
        m = re.fullmatch(r'glossaryData\("([a-z0-9]+)",(.*)\);\n', text, re.S)
        assert m and m.group(1) == path.stem, path
        json.loads(m.group(2))


# ---- the evidence


def test_indexed_seeds_find_what_seeds_find(site):
    _, index = site
    concepts = [Concept.from_dict(r) for r in records(index)]
    plain, fast = Seeds(SEEDS), IndexedSeeds(SEEDS, first_forms(export(index)))
    chosen = [c for c in concepts if c.id in ("soft-power", "csto", "central-asia")]
    chosen += random.Random(1).sample(concepts, 30)
    for concept in chosen:
        for lang, term in concept.all_terms():
            assert fast.occurrences(term.text, lang) == plain.occurrences(term.text, lang), term
    limited = IndexedSeeds(SEEDS, first_forms(export(index)), limit=3)
    for concept in chosen[:8]:
        assert concordance(concept, limited, 40, 3) == concordance(concept, plain, 40, 3)


# ---- the pages


def _pages(folder: Path) -> dict[str, object]:
    from lxml import html

    return {str(p.relative_to(folder)): html.parse(str(p)).getroot()
            for p in sorted(folder.rglob("*.html"))}


def test_the_same_termbase_gives_the_same_bytes(tmp_path, monkeypatch):
    built = []
    for name in ("one", "two"):
        monkeypatch.setenv("GLOSSARY_CACHE", str(tmp_path / f"cache-{name}"))  # index rebuilt
        build_site(TERMS, tmp_path / name, SEEDS)
        built.append({str(p.relative_to(tmp_path / name)): p.read_bytes()
                      for p in sorted((tmp_path / name).rglob("*")) if p.is_file()})
    assert built[0].keys() == built[1].keys()
    assert [p for p in built[0] if built[0][p] != built[1][p]] == []


def test_a_site_replaces_the_one_before_and_nothing_else(site, tmp_path):
    from glossary.errors import GlossaryError

    _, index = site
    folder = tmp_path / "public"
    write_site({"index.html": b'<meta name="generator" content="glossary site">', "old.txt": b""},
               folder)
    files = site_files(index, None)
    write_site(files, folder)
    assert not (folder / "old.txt").exists() and (folder / "concepts" / "csto.html").exists()
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(GlossaryError, match="holds other files"):
        write_site(files, tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_pages_link_only_to_their_own_files(site):
    folder, _ = site
    pages = _pages(folder)
    for name, root in pages.items():
        here = (folder / name).parent
        sheets = root.xpath("//link[@rel='stylesheet']/@href")
        scripts = root.xpath("//script/@src")
        assert len(sheets) == 1 and scripts == (["assets/site.js"] if name == "index.html" else [])
        for target in [*sheets, *scripts, *root.xpath("//a/@href")]:
            if target.startswith(("https://", "http://")):
                links = [a for a in root.iter("a") if a.get("href") == target]
                assert all(a.xpath("ancestor::ul[@class='references']") for a in links), (
                    name, target)  # only references go out (addresses may hold any letter)
                continue
            path = target.split("#")[0].split("?")[0]
            assert not path or (here / path).resolve().is_file(), (name, target)


def test_every_term_stands_in_its_language(site):
    folder, index = site
    pages = _pages(folder)
    for record in records(index):
        root = pages[f"concepts/{record['id']}.html"]
        assert root.get("lang") == "en"
        for lang, terms in record["terms"].items():
            for term in terms:
                marked = {e.get("lang") for e in root.xpath("//*[@lang]")
                          if e.text_content() == term["text"]}
                assert marked & {lang, f"{lang}-Latn"}, (record["id"], term["text"])


def test_the_soft_power_page(site):
    folder, index = site
    root = _pages(folder)["concepts/soft-power.html"]
    text = root.text_content()
    assert root.xpath("//h1[@lang='en']/text()") == ["soft power"]
    assert root.xpath("//*[@lang='kk']/text()")[:1] == ["жұмсақ күш"]
    rows = [[" ".join(cell.text_content().split()) for cell in tr]
            for tr in root.xpath("//table[@class='terms']/tbody/tr")]
    assert ["мягкая сила", "full form", "preferred",
            "attested seeds/003_6ff2c148979281d9.txt:39 seeds/003_6ff2c148979281d9.txt:33 "
            "seeds/003_6ff2c148979281d9.txt:35"] in rows
    concept = Concept.from_dict(index.record("soft-power"))
    assert concept.definition in text and all(note in text for note in concept.notes)
    places = root.xpath("//ol[@class='kwic']//code/text()")
    assert places == [h.place for h in concordance(concept, Seeds(SEEDS), 40, 10)]
    assert "seeds/003_6ff2c148979281d9.txt:25" in places  # жұмсақ күш, in the Kazakh abstract
    marked = root.xpath("//ol[@class='kwic']/li/span[@lang='kk']/span/mark/text()")
    assert marked and all(m.lower().startswith("жұмсақ күш") for m in marked)
    assert root.xpath("//a[@href='russian-soft-power.html']")


def test_references_and_related_concepts(site):
    folder, index = site
    pages = _pages(folder)
    concept = Concept.from_dict(index.record("csto"))
    root = pages["concepts/csto.html"]
    urls = [r.url for t in concept.terms["kk"] for r in t.references if r.url]
    assert urls and all(root.xpath(f"//ul[@class='references']//a[@href={json.dumps(u)}]")
                        for u in urls)
    assert "referenced" in root.xpath("//span[contains(@class, 'badge')]/text()")
    related = [name.removesuffix(".html") for name in root.xpath("//ul[@class='related']//a/@href")]
    notes = " ".join(concept.notes)
    alone = r"(?<![\w-]){}(?![\w-])".format  # an id, not part of a longer one
    assert related and all(re.search(alone(c), notes)
                           or re.search(alone("csto"), " ".join(index.record(c)["notes"]))
                           for c in related)
    naming = [r["id"] for r in records(index) if re.search(alone("csto"), " ".join(r["notes"]))]
    for name in naming:
        notes = pages[f"concepts/{name}.html"].xpath("//section[@aria-labelledby='notes']//a/@href")
        assert "csto.html" in notes and name in related


def test_browsing_reaches_every_concept(site):
    folder, index = site
    pages = _pages(folder)
    ids = {r["id"] for r in records(index)}
    index_links = set(pages["index.html"].xpath("//main//a/@href"))
    listed = set()
    for name, root in pages.items():
        if name.startswith(("letters/", "subjects/")):
            assert name in index_links
            listed |= {h.split("/")[-1][:-5] for h in root.xpath("//main//a/@href")
                       if "concepts/" in h}
    assert listed == ids
    for lang in ("en", "kk", "ru"):
        assert any(n.startswith(f"letters/{lang}-") for n in pages)
    search_box = pages["index.html"].xpath("//input[@type='search']")[0]
    assert search_box.get("autofocus") is not None and search_box.get("id") == "q"


def test_site_command(tmp_path):
    result = invoke(["site", "-o", str(tmp_path / "out"), "--seeds", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert re.search(r"\d+ concepts, \d+ files, [\d.]+ MB: .*index.html", result.output)
    assert (tmp_path / "out" / "concepts" / "soft-power.html").is_file()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "a.txt").write_text("")
    result = invoke(["site", "-o", str(tmp_path / "other")])
    assert result.exit_code == 2 and "holds other files" in result.output


def test_long_listings_are_paged(site, monkeypatch):
    from lxml import html

    from glossary.site import browse

    _, index = site
    monkeypatch.setattr(browse, "PAGE", 10)
    files = site_files(index, None)
    subject = [p for p in files if p.startswith("subjects/") and p.endswith("-2.html")]
    assert subject
    listed = set()
    for path, body in files.items():
        if path.startswith(("letters/", "subjects/")):
            root = html.fromstring(body)
            entries = root.xpath("//main//a[starts-with(@href, '../concepts/')]/@href")
            assert 0 < len(entries) <= 10, path
            listed |= set(entries)
            for link in root.xpath("//nav[@aria-label='Pages']//a/@href"):
                assert f"{path.split('/')[0]}/{link}" in files
    assert len(listed) == len(list(records(index)))
