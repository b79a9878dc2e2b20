"""Word and PDF reports on the desk (issue #26 points 3 and 5), through AppTest: a Word report with only
narrative is checked, its figures proposed with their sentences, none ticked, nothing publishable; the ticked ones
are published with the sentence as their source; a pasted text is a document of its own, checked the same way."""

from __future__ import annotations

from tests import test_desk
from tests.conftest import query
from tests.test_desk import app, sign_in, unescaped
from tests.test_proposals import COMMENDED, HEAD, OPENING, RESULTS, narrative_report

desk_env = test_desk.desk_env  # the fixture: a manager and an admin, an empty warehouse


def open_desk():
    at = sign_in(app())
    at.switch_page("pages/nap_bao_cao.py")
    return at.run()


def ticks(at) -> list:  # noqa: ANN001
    return [c for c in at.checkbox if c.key and c.key.startswith("desk_take_")]


def test_a_word_reports_narrative_figures_are_proposed_and_only_the_ticked_ones_published(desk_env, tmp_path):
    report = narrative_report(tmp_path / "BaoCao_CauNgang_2023.docx")
    at = open_desk()
    at.file_uploader[0].upload(report.name, report.read_bytes()).run()
    at.button(key="desk_check").click().run()
    assert not at.exception
    assert any("lời văn nêu 7 số liệu" in i.value for i in at.info)
    boxes = ticks(at)
    assert len(boxes) == 7 and not any(b.value for b in boxes)  # nothing ticked: nothing loads unasked
    labels = [unescaped(b.label) for b in boxes]
    assert "Tỷ lệ đảng viên đăng ký học tập và làm theo = trên 98%" in labels
    assert "Tổng số mô hình = 96" in labels
    sentence = [unescaped(c.value) for c in at.caption if "Đoạn 8, năm 2023" in unescaped(c.value)][0]
    assert ":orange-background[**98%**]" in sentence and "đã có trên" in sentence  # the number highlighted
    assert not [b for b in at.button if b.key == "desk_publish"]  # nothing ticked, nothing to publish
    for wanted in ("Tỷ lệ đảng viên đăng ký học tập và làm theo = trên 98%", "Tổng số mô hình = 96"):
        [box] = [b for b in ticks(at) if unescaped(b.label) == wanted]
        box.check().run()
    at.button(key="desk_publish").click().run()
    assert not at.exception
    assert any("Đã nạp BaoCao_CauNgang_2023.docx" in unescaped(s.value) for s in at.success)
    assert query(desk_env, "SELECT metric, value, qualifier, source_sheet, source_cell FROM core.facts ORDER BY 1") == [
        ("models_total", 96.0, None, "Văn bản", "đoạn 8, ký tự 109–110"),
        ("reg_party_members_pct", 98.0, ">", "Văn bản", "đoạn 8, ký tự 21–23")]


def test_a_pasted_text_is_checked_like_a_document(desk_env):
    at = open_desk()
    at.text_area(key="desk_paste_text").input("\n".join([*HEAD, OPENING, RESULTS, COMMENDED])).run()
    at.button(key="desk_paste_add").click().run()
    assert not at.exception
    assert len(ticks(at)) == 7
    [box] = [b for b in ticks(at) if "Cá nhân được khen thưởng = 27" in unescaped(b.label)]
    box.check().run()
    at.button(key="desk_publish").click().run()
    assert not at.exception
    rows = query(desk_env, "SELECT metric, value, source_file, source_sheet FROM core.facts")
    assert len(rows) == 1 and rows[0][:2] == ("commend_individual", 27.0)
    assert rows[0][2].startswith("Loi_van_dan_vao_") and rows[0][2].endswith(".docx") and rows[0][3] == "Văn bản"
