"""Shared fixtures: the project's own small termbase and seeds, never the working directory."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture(scope="session")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index cache for the whole run, never the user's."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory):
    """A lookup index of the shipped termbase, built once per test module in its own cache."""
    import os

    from glossary.forms.index import FormsIndex

    os.environ["GLOSSARY_CACHE"] = str(tmp_path_factory.mktemp("idx"))
    return FormsIndex.open(ROOT / "glossary" / "terms")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    """Tests never inherit a user's termbase, seeds or cache from the environment."""
    monkeypatch.delenv("GLOSSARY_TERMBASE", raising=False)
    monkeypatch.delenv("GLOSSARY_SEEDS", raising=False)
    monkeypatch.setenv("GLOSSARY_CACHE", str(cache))
