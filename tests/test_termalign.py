from __future__ import annotations

from glossary.aids.annotation import Span
from glossary.aids.checking import check
from glossary.aids.report import Segment
from glossary.aids.termalign import cut, loose, numbers, source_cut, why_loose
from tests.tools import invoke

LANGS = ("en", "ru")


def seg(source: str, target: str, unit: str = "") -> Segment:
    return Segment(source, target, 1, 1, unit=unit)


def test_numbers_thousands_separators_and_terms_aside_years_by_their_last_two_digits():
    assert numbers("On 30 December 2025, 1,000 people") == {"30", "2025", "25", "1000"}
    assert numbers("до 3 000 товаров") == numbers("up to 3000 products") == {"3000"}
    assert numbers("в 30-е годы") <= numbers("in the 1930s")
    covid = Span(7, 15, "COVID-19", "covid-outbreak", "en", "COVID-19", "exact")
    assert numbers("During COVID-19 it grew.", [covid]) == set()
    assert numbers("no digits") == set()


def test_a_text_cut_mid_sentence():
    assert cut("Казахстан, Кыргызстан,") and cut("the talks between Astana and Ki")
    assert not cut("The talks ended.") and not cut("«Мы готовы»") and not cut("")
    assert not cut("The talks ended.\nPhoto: akorda.kz") and not cut("https://tass.com/")


def test_a_target_stopping_well_short_of_the_sources_last_sentence():
    segments = [seg("Talks were held.", "Состоялись переговоры."),
                seg("They also spoke of Kyrgyzstan, Tajikistan and the situation in Afghanistan.",
                    "Они также говорили о Кыргызстане,")]
    found = loose(segments, LANGS, [[], []], [[], []])
    assert found == {1: ("stops mid-sentence", found[1][1])} and 20 < found[1][1] < 40
    # the terms before the point where the target stops are checked as ever
    assert why_loose(found, 1, 19) == "" and why_loose(found, 1, 50) == "stops mid-sentence"


def test_where_a_cut_text_ends_is_after_the_last_term_it_has():
    source = ("The treaty was signed by Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan in "
              "Semipalatinsk on 8 September 2006 and entered into force on 21 March 2009.")
    target = "Договор о ЦАЗСЯО («Семипалатинский договор») был подписан Казахстаном, Кыргызстаном,"
    spans = [Span(source.index(n), source.index(n) + len(n), n, n.lower(), "en", n, "exact")
             for n in ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan")]
    theirs = [Span(target.index(n), target.index(n) + len(n), n, c, "ru", n, "form")
              for n, c in (("Казахстаном", "kazakhstan"), ("Кыргызстаном", "kyrgyzstan"))]
    found = loose([seg(source, target)], LANGS, [spans], [theirs])
    assert found == {0: ("stops mid-sentence", source.index("Kyrgyzstan") + len("Kyrgyzstan"))}


def test_a_complete_sentence_without_its_full_stop_is_not_cut():
    segments = [seg("The sides discussed regional security and Afghanistan.",
                    "Стороны обсудили региональную безопасность и Афганистан")]
    assert loose(segments, LANGS, [[]], [[]]) == {} and source_cut(segments, LANGS, [[], []], [[], []]) is None
    byline = [seg("Chris Leslie is MP for Nottingham East", "Крис Лесли, член парламента от "
                  "округа Ноттингем Восток")]
    assert loose(byline, LANGS, [[]], [[]]) == {} and source_cut(byline, LANGS, [[]], [[]]) is None


def test_a_target_without_the_sources_numbers():
    segments = [seg("The presidents met in Astana on 30 December 2025.", "Президенты встретились."),
                seg("Ten years ago a 650 pound pig pinned him down.",
                    "Десять лет назад 300-килограммовое животное придавило его.")]
    assert loose(segments, LANGS, [[], []], [[], []]) == {0: ("has no number where the source has some", 0)}


def test_a_shorter_target_alone_is_no_loose_alignment():
    segments = [seg("Kazakhstan supports the sovereignty and territorial integrity of Ukraine and "
                    "the peaceful settlement of the conflict, the Foreign Ministry said.",
                    "Казахстан выступает за мирное урегулирование, заявили в МИД.")]
    assert loose(segments, LANGS, [[]], [[]]) == {}


def test_units_of_a_tools_file_are_never_loose():
    segments = [seg("The presidents met on 30 December 2025.", "Президенты встретились,", "u1")]
    assert loose(segments, LANGS, [[]], [[]]) == {} and source_cut(segments, LANGS, [[], []], [[], []]) is None


def test_a_source_cut_mid_sentence():
    segments = [seg("Talks were held.", "Состоялись переговоры."),
                seg("With Kazakhstan and", "С Казахстаном, Кыргызстаном и Таджикистаном.")]
    last, since = source_cut(segments, LANGS, [[], []], [[], []]) or (None, 0)
    assert last == 1 and 15 < since < 30
    assert source_cut([seg("Talks were held.", "Состоялись переговоры.")], LANGS, [[]], [[]]) is None


def test_a_term_missing_where_the_target_stops_is_information(shipped):
    source = "Talks were held in Moscow. Russia and Kazakhstan signed an agreement on trade."
    report = check(source, "Переговоры прошли в Москве. Россия и", shipped, "en", "ru")
    assert [(f.kind, f.severity, f.concept, f.found) for f in report.findings] == [
        ("loose", "info", "kazakhstan", "stops mid-sentence")]
    # The same sentence ended: the missing state is a warning again.
    report = check(source, "Переговоры прошли в Москве. Россия подписала соглашение о торговле.",
                   shipped, "en", "ru")
    assert [(f.kind, f.severity) for f in report.findings] == [("missing", "warning")]


def test_a_term_missing_beside_the_sources_numbers_is_information(shipped):
    source = "Talks were held in Moscow. On 12 May 2024 Russia and Kazakhstan signed an agreement."
    target = "Переговоры прошли в Москве. Россия подписала соглашение."
    assert [(f.kind, f.found) for f in check(source, target, shipped, "en", "ru").findings] == [
        ("loose", "has no number where the source has some")]
    dated = "Переговоры прошли в Москве. 12 мая 2024 года Россия подписала соглашение."
    assert [f.kind for f in check(source, dated, shipped, "en", "ru").findings] == ["missing"]


def test_a_state_past_where_the_source_stops_is_no_unsourced_state(shipped):
    source = "Переговоры прошли в Москве. Россия подписала соглашение с Казахстаном,"
    target = ("Talks were held in Moscow. Russia signed an agreement with Kazakhstan, Kyrgyzstan, "
              "Tajikistan and Uzbekistan on trade and transit.")
    report = check(source, target, shipped, "ru", "en")
    assert {(f.kind, f.severity) for f in report.findings} == {("added", "info")}
    ended = source[:-1] + "."
    assert {f.kind for f in check(ended, target, shipped, "ru", "en").findings} == {"unsourced"}
    # a state before that point is one the source never named
    early = ("Talks were held in Moscow. Russia and Iran signed an agreement with Kazakhstan, "
             "Kyrgyzstan, Tajikistan and Uzbekistan on trade and transit.")
    assert ("unsourced", "iran") in {(f.kind, f.concept) for f in check(
        source, early, shipped, "ru", "en").findings}


def test_a_source_sentence_without_a_counterpart_is_not_passed_over(shipped):
    source = ("President Tokayev received the Secretary General of the SCO in Akorda. The sides "
              "discussed cooperation with the Eurasian Economic Union and the CIS. Tokayev "
              "stressed the importance of regional security.")
    target = ("Президент Токаев принял в Акорде Генерального секретаря ШОС. Токаев подчеркнул "
              "важность региональной безопасности.")
    report = check(source, target, shipped, "en", "ru")
    assert {(f.kind, f.severity, f.concept) for f in report.findings} == {
        ("unmatched", "info", "eaeu"), ("unmatched", "info", "cis")}
    assert all(f.source_line == 1 for f in report.findings)


def test_the_command_names_the_target_file_without_a_line_for_an_unmatched_sentence(tmp_path):
    (tmp_path / "en.txt").write_text("Talks were held. The sides discussed the CIS. They parted.\n",
                                     encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Переговоры прошли. Стороны расстались.\n", encoding="utf-8")
    result = invoke(["check", str(tmp_path / "en.txt"), str(tmp_path / "ru.txt")])
    assert result.exit_code == 0
    line = next(x for x in result.output.splitlines() if "unmatched" in x)
    assert line.startswith(f"{tmp_path / 'en.txt'}:1: info: unmatched:")
    assert f"counterpart in {tmp_path / 'ru.txt'}:" in line and ":None" not in line


def test_a_target_sentence_without_a_source_counterpart_is_checked_for_strange_states(shipped):
    source = ("The parties discussed the situation in the Middle East. The minister asked for help "
              "with evacuating citizens. Israel promised to help the citizens of Kazakhstan.")
    target = ("Тараптар Таяу Шығыстағы ахуалды талқылады. Министр азаматтарды эвакуациялауға "
              "көмек сұрады. Ол ҚР азаматтарына қатысты өтініш білдірді. Израиль тарапы Түркия "
              "азаматтарына көмектесетінін жеткізді.")
    report = check(source, target, shipped, "en", "kk")
    assert ("unsourced", "turkey") in {(f.kind, f.concept) for f in report.findings}


def test_the_target_running_on_past_a_cut_source_is_not_checked(shipped):
    source = "The talks ended. The treaty was signed by"
    target = ("Переговоры завершились. Договор подписали. Его подписали Казахстан, Кыргызстан и "
              "Узбекистан в 2006 году.")
    report = check(source, target, shipped, "en", "ru")
    assert "unsourced" not in {f.kind for f in report.findings}
