from __future__ import annotations

import pytest

from glossary.language.russian import phrase_forms


@pytest.mark.parametrize(
    "term, form, label",
    [
        ("мягкая сила", "мягкой силы", "genitive singular"),
        ("мягкая сила", "мягкую силу", "accusative singular"),
        ("мягкая сила", "мягкими силами", "instrumental plural"),
        ("неоклассический реализм", "неоклассического реализма", "genitive singular"),
        ("политтехнологии", "политтехнологиями", "instrumental plural"),
        (
            "Организация Договора о коллективной безопасности",
            "организации договора о коллективной безопасности",
            "genitive singular",
        ),
        ("Великая Отечественная война", "великой отечественной войне", "dative singular"),
        ("соотечественники", "соотечественникам", "dative plural"),
    ],
)
def test_forms_agree(term, form, label):
    assert phrase_forms(term)[form] == label


def test_no_disagreeing_forms():
    forms = phrase_forms("мягкая сила")
    assert "мягких силы" not in forms and "мягкая силы" not in forms
    assert "неоклассического реализм" not in phrase_forms("неоклассический реализм")


def test_complements_stay_and_abbreviations_do_not_inflect():
    assert all(
        f.endswith(" договора о коллективной безопасности")
        for f in phrase_forms("Организация Договора о коллективной безопасности")
    )
    assert phrase_forms("ОДКБ") == {}
