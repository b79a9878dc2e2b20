"""The data desk (#10) through AppTest: the gate (no role, no desk, also by direct link), signing in, slowed
failures, and the whole flow: upload, check, correct the year, publish, see it, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from accounts.users import add_user
from tests.conftest import ROOT, query
from tests.corpus_blocks.figures import figures_file, simple_rows
from ui import auth

PASSWORD = "mat-khau-dai-9"


@pytest.fixture
def desk_env(empty_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    users = tmp_path / "users.json"
    add_user("mai", PASSWORD, "manager", users)
    add_user("hoa", PASSWORD, "admin", users)
    monkeypatch.setenv("CAMPAIGN_USERS", str(users))
    monkeypatch.setenv("CAMPAIGN_DB", str(empty_db))
    auth.THROTTLE.reset()
    return empty_db


def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)


def sign_in(at: AppTest, name: str = "mai", password: str = PASSWORD) -> AppTest:
    at.switch_page("pages/dang_nhap.py")
    at.run()
    at.text_input(key="sign_in_name").input(name)
    at.text_input(key="sign_in_password").input(password)
    at.button[0].click().run()
    return at


def unescaped(markdown: str) -> str:
    """What a reader sees of text from data (etl names are escaped for Markdown, ui.safe.md)."""
    return markdown.replace("\\", "").replace("\u2060", "")


def page_titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


def test_without_the_role_there_is_no_desk_not_even_by_direct_link(desk_env):
    """The desk is not in a viewer's menu; its link opens a page that says in Vietnamese that signing in is needed
    and links to Đăng nhập (it read "Page not found" in English), with nothing of the desk on it."""
    at = app()
    at.run()
    assert "Nạp báo cáo" not in [str(p.proto.label) for p in at.get("page_link")]
    at.switch_page("pages/nap_bao_cao.py")
    at.run()
    assert not at.exception and not at.file_uploader
    assert any("dành cho cán bộ quản lý dữ liệu" in w.value for w in at.warning)
    assert any("dang_nhap" in str(p.proto) for p in at.get("page_link"))
    bare = AppTest.from_file(str(ROOT / "pages" / "nap_bao_cao.py"), default_timeout=60)
    bare.run()  # and the page itself, run on its own, offers nothing without the role
    assert not bare.exception
    assert not bare.file_uploader and not [b for b in bare.button if "Nạp" in b.label]
    assert any("dành cho cán bộ quản lý dữ liệu" in w.value for w in bare.warning)


def test_a_wrong_password_is_refused_and_slows_the_next_attempts(desk_env):
    at = sign_in(app(), password="sai-roi-123")
    assert any("không đúng" in e.value for e in at.error)
    assert "auth_user" not in at.session_state
    again = sign_in(app(), password=PASSWORD)  # at once: still waiting, even with the right password
    assert any("thử lại sau" in e.value for e in again.error)
    assert "auth_user" not in again.session_state


def test_a_viewer_reads_that_nothing_is_loaded_and_a_manager_gets_the_desk(desk_env):
    at = app()
    at.run()
    assert any("chưa được nạp" in i.value for i in at.info)
    assert not any("python -m etl" in i.value for i in at.info)  # no shell command for a viewer
    at = sign_in(app())
    at.switch_page("pages/tong_quan.py")
    at.run()
    assert any("nap_bao_cao" in str(p.proto) for p in at.get("page_link"))


def test_the_whole_flow_upload_check_correct_the_year_publish_undo(desk_env, tmp_path):
    rows = simple_rows({"Xã Long Sơn": {("models_total", "value"): 7}, "Xã Không Có": {("models_total", "value"): 2}},
                       {("models_total", "value"): 9})
    report = figures_file(tmp_path / "BaoCao_CauNgang.xlsx", rows, year="....")  # no year anywhere
    at = sign_in(app())
    assert page_titles(at) == ["Nạp báo cáo"]  # signing in leads to the desk
    at.switch_page("pages/nap_bao_cao.py")  # (AppTest keeps the page it was told; the desk is in the menu now)
    at.run()
    at.file_uploader[0].upload(report.name, report.read_bytes()).run()
    at.button(key="desk_check").click().run()
    assert not at.exception
    assert any("Không xác định được năm báo cáo" in e.value for e in at.error)  # refused: no year
    assert any("chọn năm ở ô “Năm báo cáo”" in i.value for i in at.info)  # what to do here, not a CLI option
    assert query(desk_env, "SELECT count(*) FROM loads") == [(0,)]  # a dry run writes nothing
    key = [s for s in at.selectbox if s.key and s.key.startswith("desk_year_")][0]
    key.set_value(2022).run()  # the data manager gives the year
    assert any("Sẽ nạp 2 số liệu" in w.value for w in at.warning)  # Long Sơn and the district; one reject
    assert any("Xã Không Có" in unescaped(m.value) for m in at.markdown)  # the reasons, whole, as a list
    assert any(b.label.startswith("Tải bản đánh dấu lỗi") for b in at.get("download_button"))
    at.button(key="desk_publish").click().run()
    assert not at.exception
    assert any("Đã nạp BaoCao_CauNgang.xlsx (lần nạp #1)" in unescaped(s.value) for s in at.success)
    assert query(desk_env, "SELECT unit_name, year, value FROM facts ORDER BY 1") == [
        ("Huyện Cầu Ngang", 2022, 9.0), ("Xã Long Sơn", 2022, 7.0)]
    assert query(desk_env, "SELECT loaded_by, status FROM loads") == [("mai", "loaded_with_rejects")]
    history = [d.value for d in at.dataframe if "Người nạp" in d.value.columns][0]
    assert history.iloc[0]["Người nạp"] == "mai" and history.iloc[0]["Số liệu nạp"] == 2
    at.checkbox(key="desk_undo_sure").check().run()
    at.button(key="desk_undo").click().run()
    assert any("Đã hoàn tác lần nạp #1" in unescaped(s.value) for s in at.success)
    assert query(desk_env, "SELECT count(*) FROM facts") == [(0,)]
    assert query(desk_env, "SELECT undone_by_user FROM undos") == [("mai",)]


def test_sessions_expire(desk_env, monkeypatch):
    at = sign_in(app())
    assert page_titles(at) == ["Nạp báo cáo"]
    session = at.session_state["auth_user"]
    session.seen -= auth.IDLE + 1  # an hour without a page run
    at.run()
    assert "auth_user" not in at.session_state and page_titles(at) != ["Nạp báo cáo"]
