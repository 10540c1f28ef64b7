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


@pytest.mark.parametrize("term, form, label", [
    ("Владимир Путин", "владимира путина", "genitive singular"),
    # first names the dictionary lacks decline as masculine nouns, a hyphenated one at its end
    ("Касым-Жомарт Токаев", "касым-жомарта токаева", "genitive singular"),
    ("Касым-Жомарт Токаев", "касым-жомартом токаевым", "instrumental singular"),
    ("Садыр Жапаров", "садыру жапарову", "dative singular"),
    # a surname without a template declines as a masculine noun after a known first name; an
    # indeclinable first name stays
    ("Эмомали Рахмон", "эмомали рахмона", "genitive singular"),
    ("Джозеф Най", "джозефа ная", "genitive singular"),
    # a first name that is also a common noun, before a surname
    ("Ислам Каримов", "ислама каримова", "genitive singular"),
])
def test_a_mans_name_declines_first_name_and_surname_together(term, form, label):
    forms = phrase_forms(term)
    assert forms[form] == label
    assert "касыма-жомарта токаева" not in forms and "касым-жомарт токаева" not in forms


def test_a_name_is_found_in_running_text_in_any_case(shipped):
    from glossary.aids.annotation import Annotator

    text = "Разговор с Касым-Жомартом Токаевым и о Касым-Жомарте Токаеве."
    found = Annotator(shipped).sentence(text, 0, len(text), "ru")
    assert [s.concept for s in found] == ["kassym-jomart-tokayev"] * 2
