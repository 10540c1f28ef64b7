from __future__ import annotations

from glossary.aids.checking import check
from glossary.aids.report import Segment
from glossary.aids.termalign import cut, loose, numbers, source_cut


def seg(source: str, target: str, unit: str = "") -> Segment:
    return Segment(source, target, 1, 1, unit=unit)


def test_numbers_are_runs_of_digits():
    assert numbers("On 30 December 2025, 1,000 people") == {"30", "2025", "1", "000"}
    assert numbers("no digits") == set()


def test_a_text_cut_mid_sentence():
    assert cut("Казахстан, Кыргызстан,") and cut("the talks between Astana and Ki")
    assert not cut("The talks ended.") and not cut("«Мы готовы»") and not cut("")


def test_why_a_segment_may_not_be_a_translation():
    segments = [
        seg("The presidents met in Astana on 30 December 2025.", "Президенты встретились."),
        seg("The two leaders discussed trade, transport, energy and the security of the region.",
            "Стороны обсудили торговлю."),
        seg("Talks were held.", "Состоялись переговоры."),
        seg("They also spoke of Kyrgyzstan and Tajikistan.", "Они также говорили о Кыргызстане,"),
    ]
    assert loose(segments, ("en", "ru")) == {
        0: "has none of the source's numbers", 1: "is 29% as long as the source",
        3: "stops mid-sentence"}


def test_units_of_a_tools_file_are_never_loose():
    segments = [seg("The presidents met on 30 December 2025.", "Президенты встретились,", "u1")]
    assert loose(segments, ("en", "ru")) == {} and source_cut(segments) is None


def test_a_source_cut_mid_sentence():
    assert source_cut([seg("Talks were held.", "Состоялись переговоры."),
                       seg("With Kazakhstan and", "С Казахстаном и Кыргызстаном.")]) == 1
    assert source_cut([seg("Talks were held.", "Состоялись переговоры.")]) is None


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
        ("loose", "has none of the source's numbers")]
    dated = "Переговоры прошли в Москве. 12 мая 2024 года Россия подписала соглашение."
    assert [f.kind for f in check(source, dated, shipped, "en", "ru").findings] == ["missing"]


def test_a_state_after_where_the_source_stops_is_no_unsourced_state(shipped):
    source = "Переговоры прошли в Москве. Россия подписала соглашение с Казахстаном,"
    target = "Talks were held in Moscow. Russia signed an agreement with Kazakhstan and Uzbekistan."
    report = check(source, target, shipped, "ru", "en")
    assert [(f.kind, f.severity, f.concept) for f in report.findings] == [
        ("added", "info", "uzbekistan")]
    ended = source[:-1] + "."
    assert [(f.kind, f.severity) for f in check(ended, target, shipped, "ru", "en").findings] == [
        ("unsourced", "warning")]
