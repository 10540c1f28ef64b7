"""The web glossary in a real browser: headless Chromium (Debian's ``chromium`` and
``chromium-driver``, driven by selenium) on the site of the shipped termbase, opened from
``file://`` with no network.

Typed queries list the right concept first, the soft-power page shows its terms and seed
citations, nothing is logged to the console, axe-core finds no serious or critical
accessibility violation (its ``axe.min.js`` is named by ``$GLOSSARY_AXE``: ``.ci/run``
installs it with npm outside the repository), browsing works with JavaScript off, a phone's
width needs no sideways scrolling, and print leaves the search out. With
``$GLOSSARY_SCREENSHOTS`` set, the screenshots the README shows are written there.
"""
from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_site import shipped_site
from tests.tools import missing

DESKTOP, PHONE = (1280, 900), (390, 844)
SEVERE = ("serious", "critical")
# Debian's Chromium first; a GitHub runner has Google Chrome (and $CHROMEWEBDRIVER) instead.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chrome(javascript: bool = True):
    """A headless Chromium that keeps its console log; skipped (failed under CI) when absent."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing("selenium (pip install '.[test]')")
    binary = next(filter(None, map(shutil.which, BROWSERS)), None)
    drivers = [shutil.which("chromedriver") or "", "/usr/lib/chromium/chromedriver",
               os.path.join(os.environ.get("CHROMEWEBDRIVER", ""), "chromedriver")]
    driver = next((d for d in drivers if d and os.path.isfile(d)), None)
    if not binary or not driver:
        missing("chromium and chromedriver (Debian: chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service(driver), options=options)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    for folder, _ in shipped_site(tmp_path_factory):
        yield folder


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    driver = chrome()
    yield driver
    driver.quit()


def console_errors(browser) -> list[str]:
    """What the pages logged as errors since the last call."""
    return [entry["message"] for entry in browser.get_log("browser")
            if entry["level"] in ("SEVERE", "ERROR")]


def open_page(browser, site: Path, page: str, size: tuple[int, int] = DESKTOP):
    browser.set_window_size(*size)
    browser.get((site / page).as_uri())


def search(browser, site: Path, query: str) -> list[str]:
    """The concept ids the index lists for ``query`` typed into its search box, in order."""
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(browser, site, "index.html")
    box = browser.find_element("id", "q")
    box.send_keys(query)
    WebDriverWait(browser, 10).until(
        lambda b: query.strip() in b.find_element("id", "status").text)
    links = browser.find_elements("css selector", "#results li > a")
    return [link.get_attribute("href").rsplit("/", 1)[-1].removesuffix(".html") for link in links]


@pytest.mark.parametrize("query, concept", [
    ("мягкой силы", "soft-power"),
    ("Myagkoy Sily", "soft-power"),
    ("жұмсақ күштің", "soft-power"),
    ("ҰҚШҰ-ға", "csto"),
    ("Орталық Азиядағы", "central-asia"),
    ("ТМД-ның", "cis"),
    ("mjagkaja sila", "soft-power"),
    ("zhumsak kush", "soft-power"),
    ("colour revolutions", "colour-revolution"),
    ("неоклассического реализма", "neoclassical-realism"),
    ("французских", "france"),
    ("Qazaqstannyñ", "kazakhstan"),
    ("казакстаннын", "kazakhstan"),
    ("Путн", "vladimir-putin"),
])
def test_typed_queries_list_the_right_concept_first(browser, site, query, concept):
    assert search(browser, site, query)[:1] == [concept]
    assert console_errors(browser) == []


def test_the_search_box_has_the_focus_and_answers_as_one_types(browser, site):
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(browser, site, "index.html")
    # autofocus applies once the page has loaded, a moment after the document is ready
    WebDriverWait(browser, 5).until(
        lambda b: b.switch_to.active_element.get_attribute("id") == "q")
    box = browser.find_element("id", "q")
    box.send_keys("мягкой")
    WebDriverWait(browser, 10).until(lambda b: "мягкой" in b.find_element("id", "status").text)
    box.send_keys(" силы")
    WebDriverWait(browser, 10).until(lambda b: "силы" in b.find_element("id", "status").text)
    first = browser.find_element("css selector", "#results li")
    assert "genitive singular" in first.text and first.find_element("css selector", "[lang=kk]")
    box.clear()
    box.send_keys("sfot powr")
    WebDriverWait(browser, 10).until(lambda b: "Did you mean" in b.find_element("id", "status").text)
    assert console_errors(browser) == []


def test_a_concept_page_sends_its_query_to_the_index(browser, site):
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(browser, site, "concepts/csto.html")
    box = browser.find_element("id", "q")
    box.send_keys("ОДКБ")
    box.submit()
    WebDriverWait(browser, 10).until(lambda b: "ОДКБ" in b.find_element("id", "status").text)
    assert browser.find_element("css selector", "#results a").get_attribute("href").endswith(
        "concepts/csto.html")


def test_the_soft_power_page_shows_its_terms_and_seed_citations(browser, site):
    open_page(browser, site, "concepts/soft-power.html")
    shown = {(e.get_attribute("lang"), e.text) for e in browser.find_elements("css selector",
                                                                              "[lang]")}
    assert {("kk", "жұмсақ күш"), ("ru", "мягкая сила"), ("en", "soft power")} <= shown
    places = [e.text for e in browser.find_elements("css selector", ".kwic .place")]
    assert "seeds/003_6ff2c148979281d9.txt:25" in places and len(places) >= 10
    assert all(e.is_displayed() for e in browser.find_elements("css selector", ".kwic mark"))
    assert console_errors(browser) == []


def _axe(browser) -> list[tuple[str, str, int]]:
    path = os.environ.get("GLOSSARY_AXE", "")
    if not path or not os.path.isfile(path):
        missing("axe-core (npm install axe-core; set GLOSSARY_AXE to its axe.min.js)")
    browser.execute_script(Path(path).read_text(encoding="utf-8"))
    found = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {preload: false}).then("
        "  (r) => done(r.violations.map((v) => [v.id, v.impact, v.nodes.length])),"
        "  (e) => done([['axe failed', String(e), 0]]));")
    return [tuple(v) for v in found]


@pytest.mark.parametrize("page, size", [
    ("index.html?q=мягкой%20силы", DESKTOP), ("index.html?q=ҰҚШҰ-ға", PHONE),
    ("concepts/soft-power.html", DESKTOP), ("concepts/csto.html", PHONE),
    ("letters/kk-04d9.html", DESKTOP), ("subjects/international-relations.html", PHONE),
])
def test_axe_finds_no_serious_violation(browser, site, page, size):
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(browser, site, "index.html", size)
    browser.get(site.as_uri() + "/" + page)
    if page.startswith("index"):
        WebDriverWait(browser, 10).until(lambda b: b.find_elements("css selector", "#results li"))
    assert console_errors(browser) == []
    violations = _axe(browser)
    assert [v for v in violations if v[1] in SEVERE] == [], violations


def test_a_phone_needs_no_sideways_scrolling(browser, site):
    for page in ("index.html", "concepts/soft-power.html", "concepts/csto.html",
                 "subjects/international-relations.html", "letters/ru-043c.html"):
        open_page(browser, site, page, PHONE)
        width = browser.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width[0] <= width[1], page


def test_print_leaves_the_search_out(browser, site):
    open_page(browser, site, "concepts/soft-power.html")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element("css selector", "header .search").is_displayed()
        assert browser.find_element("css selector", ".kwic mark").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_browsing_works_without_javascript(site):
    driver = chrome(javascript=False)
    try:
        driver.get((site / "index.html").as_uri())
        assert "Searching needs JavaScript" in driver.find_element("tag name", "main").text
        driver.find_element("link text", "international relations").click()
        driver.find_element("css selector", "main table a").click()
        assert driver.find_element("tag name", "h1").text
        assert driver.current_url.split("/")[-2] == "concepts"
        driver.get((site / "index.html").as_uri())
        driver.find_element("css selector", "ul.letters a[lang=ru]").click()
        assert driver.find_elements("css selector", "ul.entries a[href^='../concepts/']")
    finally:
        driver.quit()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_screenshots(browser, site, tmp_path):
    """The index with results and the soft-power page, at a desktop's and a phone's width."""
    from selenium.webdriver.support.ui import WebDriverWait

    shots = {}
    for name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        for page, query in (("index", "мягкой силы" if name == "desktop" else "жұмсақ күштің"),
                            ("concept", None)):
            open_page(browser, site, "concepts/soft-power.html" if query is None else "index.html",
                      size)
            if query:
                browser.find_element("id", "q").send_keys(query)
                WebDriverWait(browser, 10).until(
                    lambda b: b.find_elements("css selector", "#results li"))
            shots[f"{page}-{name}.png"] = browser.get_screenshot_as_png()
    for filename, data in shots.items():
        width = DESKTOP[0] if "desktop" in filename else PHONE[0]
        assert abs(_png_size(data)[0] - width) <= 20, filename
        for folder in (tmp_path, Path(os.environ.get("GLOSSARY_SCREENSHOTS", tmp_path))):
            folder.mkdir(parents=True, exist_ok=True)
            (folder / filename).write_bytes(data)


def test_many_matches_show_thirty_then_all(browser, tmp_path, monkeypatch):
    """A word that 40 terms hold: the first 30 are shown, a button shows all."""
    from selenium.webdriver.support.ui import WebDriverWait

    from glossary.site.build import build_site

    terms = tmp_path / "terms"
    terms.mkdir()
    for i in range(40):
        (terms / f"alpha-{i:02d}.toml").write_text(
            f'id = "alpha-{i:02d}"\nsubject = "tests"\ndefinition = "A concept of the test."\n\n'
            f'[[en]]\ntext = "alpha word{i}"\ntype = "full form"\nstatus = "preferred"\n'
            'source = "proposed"\nnote = "Made by the test."\n', encoding="utf-8")
    monkeypatch.setenv("GLOSSARY_CACHE", str(tmp_path / "cache"))
    build_site(terms, tmp_path / "public")
    open_page(browser, tmp_path / "public", "index.html")
    browser.find_element("id", "q").send_keys("alpha")
    WebDriverWait(browser, 10).until(lambda b: "40 concepts" in b.find_element("id", "status").text)
    assert len(browser.find_elements("css selector", "#results li")) == 30
    browser.find_element("css selector", "#status button").click()
    WebDriverWait(browser, 10).until(
        lambda b: len(b.find_elements("css selector", "#results li")) == 40)
    assert console_errors(browser) == []
