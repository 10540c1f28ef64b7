"""Which termbase and seeds the commands use: the checkout's inside a checkout, else the installed ones."""
from __future__ import annotations

from pathlib import Path

import glossary.termbase.paths as paths

ROOT = Path(__file__).parent.parent


def test_inside_a_checkout_the_checkouts_termbase(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "PACKAGE", str(tmp_path / "site-packages" / "glossary"))  # installed
    monkeypatch.chdir(ROOT / "glossary" / "terms")  # anywhere inside the checkout
    assert paths.checkout() == str(ROOT)
    assert paths.default_termbase() == str(ROOT / "glossary" / "terms")
    assert paths.describe(paths.default_termbase()).endswith("(this checkout's)")
    assert paths.find_seeds() == ROOT / "seeds"


def test_outside_a_checkout_the_installed_termbase(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "PACKAGE", str(tmp_path / "site-packages" / "glossary"))
    monkeypatch.chdir(tmp_path)
    assert paths.checkout() is None
    assert paths.default_termbase() == str(tmp_path / "site-packages" / "glossary" / "terms")
    assert paths.describe(paths.default_termbase()).endswith("(the installed package's)")


def test_the_environment_wins(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.TERMBASE_ENV, str(tmp_path))
    monkeypatch.chdir(ROOT)
    assert paths.default_termbase() == str(tmp_path)
    assert "$GLOSSARY_TERMBASE" in paths.describe(str(tmp_path))
