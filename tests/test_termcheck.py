from __future__ import annotations

import json
from pathlib import Path

import pytest

from glossary.aids.checking import check, check_document
from glossary.forms.index import FormsIndex
from tests.tools import invoke

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "003_6ff2c148979281d9.txt"


def abstracts() -> tuple[str, str]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return lines[34] + "\n\n" + lines[36] + "\n", lines[22] + "\n"


def test_seed_russian_against_kazakh_abstract_is_clean(shipped):
    ru, kk = abstracts()
    report = check(ru, kk, shipped)
    assert (report.source_lang, report.target_lang) == ("ru", "kk")
    assert report.checked >= 6 and report.clean, report.findings


def test_a_removed_equivalent_is_reported_once(shipped):
    ru, kk = abstracts()
    # The first Kazakh sentence loses its «жұмсақ күш»: no sentence before names soft power.
    broken = kk.replace("ғылымда «жұмсақ күш» терминін", "ғылымда терминін")
    assert broken != kk
    report = check(ru, broken, shipped)
    assert [(f.kind, f.severity, f.concept, f.text, f.expected) for f in report.findings] == [
        ("missing", "warning", "soft-power", "мягкой силы", ("жұмсақ күш",))]
    # The second loses it too, after the first named it: left out as a pronoun would be, only
    # information.
    later = kk.replace("әлемде «жұмсақ күш» туралы дәстүрлі түсінік", "әлемде дәстүрлі түсінік")
    assert [(f.kind, f.severity) for f in check(ru, later, shipped).findings] == [
        ("elsewhere", "info")]


def test_every_direction_on_two_files(shipped):
    en = "Russia's soft power in Central Asia. It rests on the CSTO."
    kk = "Ресейдің Орталық Азиядағы жұмсақ күші. Ол ҰҚШҰ-ға сүйенеді."
    assert check(en, kk, shipped).clean and check(kk, en, shipped).clean
    report = check(kk, "Russia's power in Central Asia. It rests on the treaty.", shipped)
    assert {f.concept for f in report.findings} == {"soft-power", "csto"}


def test_deprecated_term_in_target(shipped, tmp_path):
    termbase = tmp_path / "terms"
    termbase.mkdir()
    (termbase / "soft-power.toml").write_text(
        (ROOT / "glossary" / "terms" / "soft-power.toml").read_text(encoding="utf-8")
        + '\n[[ru]]\ntext = "нежная сила"\nstatus = "deprecated"\nsource = "proposed"\nnote = "test"\n',
        encoding="utf-8",
    )
    index = FormsIndex.open(termbase)
    report = check("Soft power matters.", "Нежная сила важна.", index)
    assert [(f.kind, f.text, f.expected) for f in report.findings] == [
        ("deprecated", "Нежная сила", ("мягкая сила",))
    ]


def test_seed_document_directions(shipped):
    text = SEED.read_text(encoding="utf-8")
    assert check_document(text, "ru", "kk", shipped).clean
    assert check_document(text, "kk", "ru", shipped).clean


def test_check_command(tmp_path):
    ru, kk = abstracts()
    (tmp_path / "ru.txt").write_text(ru, encoding="utf-8")
    (tmp_path / "kk.txt").write_text(kk.replace("ғылымда «жұмсақ күш» терминін", "ғылымда терминін"),
                                     encoding="utf-8")
    result = invoke(["check", str(tmp_path / "ru.txt"), str(tmp_path / "kk.txt")])
    assert result.exit_code == 0  # a warning alone passes ...
    assert f'{tmp_path / "ru.txt"}:1: warning: missing: ru "мягкой силы" (soft-power)' in result.output
    assert result.output.rstrip().endswith("1 warning(s)")
    strict = invoke(["check", "--strict", str(tmp_path / "ru.txt"), str(tmp_path / "kk.txt")])
    assert strict.exit_code == 1  # ... unless --strict
    clean = invoke(["check", str(SEED), "--from", "ru", "--to", "kk", "--json"])
    assert clean.exit_code == 0, clean.output
    payload = json.loads(clean.output)
    assert payload["passes"] and [
        (r["source_lang"], r["target_lang"]) for r in payload["reports"]
    ] == [("ru", "kk")]
    assert payload["reports"][0]["findings"] == []


def test_check_command_errors(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("Just one English paragraph about soft power.\n", encoding="utf-8")
    result = invoke(["check", str(plain)])
    assert result.exit_code == 2 and "not a trilingual article" in result.output
    result = invoke(["check", str(SEED), "--from", "ru", "--to", "de"])
    assert result.exit_code == 2


def test_a_substitution_is_an_error_and_an_addition_information(shipped):
    report = check("Russia's soft power grew.", "Ресейдің қатаң күші өсті.", shipped, "en", "kk")
    assert [(f.kind, f.severity, f.concept, f.found) for f in report.findings] == [
        ("substitution", "error", "soft-power", "қатаң күші")]
    assert not report.passes()
    added = check("Russia grew.", "Ресейдің жұмсақ күші өсті.", shipped, "en", "kk")
    assert [(f.kind, f.severity, f.concept) for f in added.findings] == [("added", "info", "soft-power")]
    assert added.passes(strict=True)


def test_findings_point_at_the_terms_own_line(shipped):
    source = "Russia grew stronger\nin the region, and its\nsoft power grew too.\n"
    report = check(source, "Ресей аймақта күшейе түсті, оның ықпалы да өсті.", shipped, "en",
                   "kk")
    assert [(f.concept, f.source_line) for f in report.findings if f.kind == "missing"] == [("soft-power", 3)]


def test_addresses_longer_names_and_general_words(shipped):
    report = check("See https://example.org/soft-power for China National Offshore Oil Company.",
                   "Толығырақ сайтта.", shipped, "en", "kk")
    # Nothing in the address; China inside a longer name is only information.
    assert [(f.kind, f.severity, f.concept) for f in report.findings] == [("name", "info", "china")]
    assert report.passes(strict=True)
    # Inside a longer name a term still gives the equivalent, and its substitute is an error.
    en = "The U.S. Navy said the plane landed."
    assert check(en, "АҚШ Әскери-теңіз флоты ұшақ қонды деді.", shipped, "en", "kk").clean
    swapped = check(en, "Қытай Әскери-теңіз флоты ұшақ қонды деді.", shipped, "en", "kk")
    assert [(f.kind, f.concept) for f in swapped.findings] == [("substitution", "united-states")]
    general = check("The balancing act of the film is fine.", "Фильмнің үйлесімі жақсы.", shipped, "en", "kk")
    assert [(f.concept, f.severity) for f in general.findings] == [("balancing", "info")]
    assert general.passes(strict=True)


def test_a_name_after_head_of_state_is_no_longer_name(shipped):
    # "State" is capitalised, yet "Head of State" is a title, not the start of a name: the person
    # the target leaves out is missing, and another person in his place a substitution.
    source = "KAZINFORM – Head of State Kassym-Jomart Tokayev received the governor."
    dropped = check(source, "KAZINFORM – Облыс губернаторы бүгін Ақордада қабылданды.", shipped, "en", "kk")
    assert [(f.kind, f.concept) for f in dropped.findings] == [("missing", "kassym-jomart-tokayev")]
    swapped = check(source, "Мемлекет басшысы Михаил Мишустинді қабылдады.", shipped, "en", "kk")
    assert [f.kind for f in swapped.findings] == ["substitution"]


def test_a_baseline_dismisses_findings_later_runs_skip(tmp_path):
    (tmp_path / "en.txt").write_text("Russia's soft power grew.\n", encoding="utf-8")
    (tmp_path / "kk.txt").write_text("Ресейдің қатаң күші өсті.\n", encoding="utf-8")
    args = ["check", str(tmp_path / "en.txt"), str(tmp_path / "kk.txt")]
    assert invoke(args).exit_code == 1
    baseline = tmp_path / "dismissed.toml"
    written = invoke(args + ["--baseline", str(baseline), "--write-baseline"])
    assert written.exit_code == 0 and 'concept = "soft-power"' in baseline.read_text(encoding="utf-8")
    again = invoke(args + ["--baseline", str(baseline)])
    assert again.exit_code == 0 and "(1 dismissed)" in again.output
    (tmp_path / "kk.txt").write_text("Ресейдің қатаң күші тағы өсті.\n", encoding="utf-8")  # a new target
    assert invoke(args + ["--baseline", str(baseline)]).exit_code == 1


def test_a_derived_word_stands_for_the_equivalent_as_information(shipped):
    en = "U.S. officials said the talks would go on."
    ru = "Американские чиновники заявили, что переговоры продолжатся."
    report = check(en, ru, shipped, "en", "ru")
    assert [(f.kind, f.severity, f.concept, f.found) for f in report.findings] == [
        ("derived", "info", "united-states", "Американские")]
    assert report.passes(strict=True)
    # A derived word of the source names its concept: the target's term is not an addition.
    assert check(ru, en, shipped, "ru", "en").clean
    # Without the derived word the equivalent is missing; U.S. qualifies a noun, so that is only
    # information (the context often implies it).
    plain = check(en, "Чиновники заявили, что переговоры продолжатся.", shipped, "en", "ru")
    assert [(f.kind, f.severity) for f in plain.findings] == [("modifier", "info")]


def test_a_term_qualifying_a_noun_is_information_elsewhere_a_warning(shipped):
    said = check("Президент США заявил о переговорах.", "The president spoke of talks.", shipped,
                 "ru", "en")
    assert [(f.kind, f.severity) for f in said.findings] == [("modifier", "info")]
    went = check("Он уехал в США на переговоры.", "He left for talks.", shipped, "ru", "en")
    assert [(f.kind, f.severity) for f in went.findings] == [("missing", "warning")]
    energy = check("Ресей энергиясы нарыққа түспейді.", "Their energy will not reach the market.",
                   shipped, "kk", "en")
    assert [(f.kind, f.severity) for f in energy.findings] == [("modifier", "info")]




def test_a_derived_word_nearer_than_an_added_term_is_no_substitution(shipped):
    report = check("Tokayev held talks with President of Russia Vladimir Putin.",
                   "Состоялись переговоры президента Казахстана Токаева с российским лидером "
                   "Владимиром Путиным.", shipped, "en", "ru")
    assert [(f.kind, f.concept) for f in report.findings if f.severity != "info"] == []
    assert ("derived", "russia") in [(f.kind, f.concept) for f in report.findings]


def test_another_states_short_form_in_the_target_is_no_added_term(shipped):
    report = check("Kazakhstan will discuss the statement with Ukraine.",
                   "Казахстан обсудит заявление с МИД Украины.", shipped, "en", "ru")
    assert "ministry-of-foreign-affairs-of-russia" not in {f.concept for f in report.findings}


@pytest.mark.parametrize("source, target, s, t, concept, kind", [
    # a Russian compound adjective's first part is the derived word (казахстанско-российский)
    ("Тараптар Қазақстан – Ресей ынтымақтастығын талқылады.",
     "Стороны обсудили казахстанско-российское сотрудничество.", "kk", "ru", "kazakhstan",
     "derived"),
    # an abbreviation before a title qualifies the noun
    ("The U.S. Secretary of State will visit Astana.", "Мемлекеттік хатшы Астанаға келеді.",
     "en", "kk", "united-states", "modifier"),
    # an English short form in lower case is the everyday phrase, not the name
    ("He met the heads of foreign ministries of the region.", "Он встретился с министрами.",
     "en", "ru", "ministry-of-foreign-affairs-of-russia", "general"),
])
def test_omissions_a_reader_would_not_miss_are_information(shipped, source, target, s, t,
                                                            concept, kind):
    report = check(source, target, shipped, s, t)
    assert [(f.kind, f.severity) for f in report.findings if f.concept == concept] == [
        (kind, "info")]


def test_a_title_before_a_name_is_no_part_of_a_longer_name(shipped):
    report = check("Мемлекет басшысы Тәжікстан Президенті Эмомали Рахмонға алғыс айтты.",
                   "Глава государства поблагодарил Президента Таджикистана Эмомали Рахмона.",
                   shipped, "kk", "ru")
    assert "emomali-rahmon" not in {f.concept for f in report.findings}
    dropped = check("Президент Касым-Жомарт Токаев прибыл в Москву.", "He arrived in Moscow.",
                    shipped, "ru", "en")
    assert ("missing", "kassym-jomart-tokayev") in [(f.kind, f.concept) for f in dropped.findings]


@pytest.mark.parametrize("source, target, s, t, concept, kind, severity", [
    # the reader would take him for Kazakhstan's prime minister: a state after "of" is needed
    ("The Prime Minister of Uzbekistan arrived in Astana.", "Премьер-министр прибыл в Астану.",
     "en", "ru", "uzbekistan", "missing", "warning"),
    # another state's ministry given as Russia's own
    ("The Ukrainian Foreign Ministry condemned the strike.", "МИД России осудил удар.",
     "en", "ru", "ministry-of-foreign-affairs-of-russia", "substitution", "error"),
    # a derived word the source has too is no excuse for a wrong state
    ("Russia will not supply gas to Armenia, Russian officials said.",
     "Как заявили российские чиновники, Азербайджан не будет поставлять газ в Армению.",
     "en", "ru", "russia", "substitution", "error"),
    # a wrong person behind a title, a relative of the same name
    ("Vladimir Putin and Kassym-Jomart Tokayev discussed oil transit.",
     "Владимир Путин и президент Узбекистана Шавкат Мирзиёев обсудили транзит нефти.",
     "en", "ru", "kassym-jomart-tokayev", "missing", "warning"),
    ("Ilham Aliyev laid flowers at the memorial.", "Гейдар Алиев возложил цветы к мемориалу.",
     "en", "ru", "ilham-aliyev", "missing", "warning"),
])
def test_errors_the_information_kinds_must_not_hide(shipped, source, target, s, t, concept, kind,
                                                    severity):
    report = check(source, target, shipped, s, t)
    assert (kind, severity) in [(f.kind, f.severity) for f in report.findings
                                if f.concept == concept]


@pytest.mark.parametrize("source, target, s, t, kind", [
    # a state the source names nowhere: another country's name in the text?
    ("The sides discussed the situation in the region.", "Стороны обсудили ситуацию в Латвии.",
     "en", "ru", "unsourced"),
    # a quotation opening its line: the capitalised word after the quote mark starts a sentence
    ("Стороны обменялись мнениями о ситуации в регионе.",
     "\"Тараптар Латвия төңірегіндегі ахуал бойынша пікір алмасты.", "ru", "kk", "unsourced"),
    # named by what belongs to it (its president), a currency, a title the translator spelled out
    ("President Kassym-Jomart Tokayev spoke.", "Выступил Касым-Жомарт Токаев, президент "
     "Казахстана.", "en", "ru", "added"),
    ("The fine is $2,000.", "Штраф составляет 2000 долларов США.", "en", "ru", "added"),
    ("The President spoke.", "Президент Латвии выступил.", "en", "ru", "added"),
    # after a narrower place the source names
    ("An Oregon farmer was eaten by his pigs.", "Фермера из штата Орегон в США съели свиньи.",
     "en", "ru", "added"),
    ("A farmer from Samarkand spoke.", "Выступил фермер из Самарканда (Узбекистан).", "en", "ru",
     "added"),
])
def test_a_state_the_source_names_nowhere_is_a_warning(shipped, source, target, s, t, kind):
    report = check(source, target, shipped, s, t)
    assert [(f.kind, f.severity) for f in report.findings if f.kind in ("added", "unsourced")
            and f.concept in ("latvia", "kazakhstan", "united-states", "uzbekistan")] == [
        (kind, "warning" if kind == "unsourced" else "info")]


def test_an_original_name_kept_in_latin_letters_is_the_name_given(shipped):
    """A Russian or Kazakh text may keep an English name as written (the Washington Examiner):
    the concept is there, and no other language's term stands in for it."""
    report = check("He said so, according to the Washington Examiner.",
                   "Washington Examiner цитирует его слова.", shipped, "en", "ru")
    assert [f for f in report.findings if f.concept == "washington"] == []
    report = check("Вашингтон округі газеті жазғандай, бәрі жақсы.",
                   "Как пишет газета Washington, D.C., всё хорошо.", shipped, "kk", "ru")
    assert [f for f in report.findings if f.concept == "washington"] == []


def test_two_names_side_by_side_are_no_longer_name(shipped):
    """Kazakh puts subject and object side by side (Ресей Қазақстанға): a capitalised word before
    a term that is itself a term does not make one longer name, so a dropped state is missing."""
    report = check("АСТАНА – Ресей Қазақстанға астық экспортын тоқтатты.",
                   "ASTANA – Russia halted grain exports.", shipped, "kk", "en")
    assert [(f.kind, f.concept) for f in report.findings if f.concept == "kazakhstan"] == [
        ("missing", "kazakhstan")]


def test_a_term_in_title_case_inside_a_titles_name_is_information(shipped):
    source = ("To ratify the Shanghai Convention on Combating Terrorism, Separatism and Extremism, "
              "signed in Shanghai on June 15, 2001.")
    target = ("Шанхайда 2001 жылғы 15 маусымда жасалған терроризм, сепаратизм және "
              "экстремизм туралы Шанхай конвенциясы бекітілсін.")
    assert [(f.kind, f.concept) for f in check(source, target, shipped, "en", "kk").findings] == [
        ("name", "fight-against-terrorism")]
    # the official Kazakh title has the term, with the list inside it: nothing to report
    official = ("Шанхайда 2001 жылғы 15 маусымда жасалған терроризмге, сепаратизмге және "
                "экстремизмге қарсы күрес туралы Шанхай конвенциясы бекітілсін.")
    assert check(source, official, shipped, "en", "kk").findings == []
    # the same words in running text are the term
    plain = check("The ministers discussed combating terrorism in 2001.",
                  "Министрлер 2001 жылы ынтымақтастықты талқылады.", shipped, "en", "kk")
    assert [f.kind for f in plain.findings] == ["missing"]


def test_another_languages_term_for_the_concept_is_foreign_not_a_substitution(shipped):
    # The Kazakh writes the CSTO by its Russian acronym beside a term the source does not name:
    # the concept is there, in the wrong language, not replaced by the session.
    source = "At the CSTO Security Council session, the leaders will adopt a declaration on security."
    target = ("ОДКБ-ның Ұжымдық қауіпсіздік кеңесі сессиясында көшбасшылар қауіпсіздік туралы "
              "декларация қабылдайды.")
    found = {(f.kind, f.concept, f.found) for f in check(source, target, shipped, "en", "kk").findings
             if f.severity != "info"}
    assert ("foreign", "csto", "ОДКБ") in found
    assert not any(kind == "substitution" for kind, _, _ in found)


@pytest.mark.parametrize("target, kinds", [
    # a person's name before another term is no longer name (Kazakh puts subject, then place)
    ("Соболезнования в связи с землетрясением на северо-западе Китая выразили в Астане.",
     [("missing", "kassym-jomart-tokayev")]),
    ("Президент Владимир Путин выразил соболезнования в связи с землетрясением на северо-западе "
     "Китая.", [("substitution", "kassym-jomart-tokayev")]),
    ("Президент Касым-Жомарт Токаев выразил соболезнования в связи с землетрясением на "
     "северо-западе Китая.", []),
])
def test_a_persons_name_before_another_term_is_his(shipped, target, kinds):
    source = ("Президент Қасым-Жомарт Тоқаев Қытайдың солтүстік-батысында болған жер сілкінісіне "
              "байланысты көңіл айтты.")
    report = check(source, target, shipped, "kk", "ru")
    assert [(f.kind, f.concept) for f in report.findings if f.severity != "info"] == kinds


def test_a_direction_before_a_state_is_still_a_regions_name(shipped):
    report = check("Батыс Қазақстан облысы Астрахан облысымен ынтымақтасады.",
                   "The region cooperates with the Astrakhan Region.", shipped, "kk", "en")
    assert ("name", "the-west") in {(f.kind, f.concept) for f in report.findings}
