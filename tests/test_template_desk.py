"""Issue #27 on the desk: the tab "Gửi biểu mẫu" makes the templates and records the send (managers only, inside
their scope), and "Ai chưa báo cáo" knows what was sent to whom and when, the sent-but-not-returned first."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from accounts.users import add_user
from etl.publishing.archive import Archive, archive_dir
from etl.publishing.load import load_files
from etl.publishing.send_flow import send_templates
from etl.publishing.templates import TemplateRefused
from tests.conftest import ROOT, query
from tests.test_desk import PASSWORD, app
from tests.test_desk import sign_in as desk_sign_in
from ui import auth
from ui.sending import follow_up, sends
from warehouse import queries
from warehouse.db import ReadOnlyWarehouse


@pytest.fixture
def desk_env(empty_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    users = tmp_path / "users.json"
    add_user("mai", PASSWORD, "manager", users)
    add_user("lan", PASSWORD, "manager", users, scope="new:province:37")
    monkeypatch.setenv("CAMPAIGN_USERS", str(users))
    monkeypatch.setenv("CAMPAIGN_DB", str(empty_db))
    auth.THROTTLE.reset()
    return empty_db


def sign_in(name: str = "mai") -> AppTest:
    """Signed in (tests.test_desk), on the desk."""
    at = desk_sign_in(app(), name)
    at.switch_page("pages/nap_bao_cao.py")
    at.run()
    return at


def returned(db: Path, unit_code: str, tmp_path: Path, **cells: object) -> Path:
    """The workbook sent to ``unit_code`` (from the archive, where every send is kept), filled in."""
    sha = query(db, "SELECT sha256 FROM core.template_sends WHERE unit_code = ?", [unit_code])[0][0]
    kept = tmp_path / f"gui_{unit_code}.xlsx"
    kept.write_bytes(Archive(archive_dir(db)).path_of(sha).read_bytes())
    wb = openpyxl.load_workbook(kept)
    for ref, value in cells.items():
        wb.worksheets[0][ref] = value
    out = tmp_path / f"tra_lai_{unit_code}.xlsx"
    wb.save(out)
    return out


def test_the_send_tab_makes_the_templates_and_records_the_send(desk_env):
    at = sign_in()
    assert not at.exception
    at.selectbox(key="sends_year").set_value(2024)
    at.text_input(key="sends_scope").input("848").run()
    at.button(key="sends_make").click().run()
    assert not at.exception
    assert any("Đã tạo 1 biểu mẫu" in s.value for s in at.success)
    download = at.get("download_button")
    assert any("Tải biểu mẫu để gửi" in str(d.proto.label) for d in download)
    assert query(desk_env, "SELECT unit_code, year, sent_by, file_name FROM template_sends") == [
        ("848", 2024, "mai", "BieuMau_HuyenCauNgang_848_2024.xlsx")]
    registry = [d.value for d in at.dataframe if "Nhận lại" in d.value.columns][0]
    assert list(registry["Nhận lại"]) == ["Chưa nhận lại"] and list(registry["Đơn vị"]) == ["Huyện Cầu Ngang"]


def test_a_scoped_manager_sends_only_inside_the_scope(desk_env):
    at = sign_in("lan")
    at.selectbox(key="sends_year").set_value(2024)
    at.text_input(key="sends_scope").input("848").run()
    at.button(key="sends_make").click().run()
    assert any("ngoài phạm vi" in e.value and "Ninh Bình" in e.value for e in at.error)
    assert query(desk_env, "SELECT count(*) FROM template_sends") == [(0,)]
    with pytest.raises(TemplateRefused):
        send_templates(desk_env, "848", 2024, "lan", account_scope="new:province:37")


def test_who_has_not_reported_puts_the_sent_but_not_returned_first(empty_db, tmp_path):
    db = empty_db
    send_templates(db, "848", 2024, "mai")  # Cầu Ngang: sent, and returned below
    send_templates(db, "849", 2024, "mai")  # Trà Cú: sent, not returned
    outcomes = load_files(db, [returned(db, "848", tmp_path, D10=300, E10=297)])
    assert outcomes[0].status == "loaded" and outcomes[0].layout == "template"
    sent = sends(db, 2024)
    assert dict(zip(sent["unit_code"], sent["received_load_id"].notna())) == {"848": True, "849": False}
    wh = ReadOnlyWarehouse(db)
    status = queries.reporting_status(wh, "old:province:84", 2024)
    wh.close()
    missing = status[status["metrics"] == 0]
    ordered, lines = follow_up(missing, sent, "old:province:84", "vi")
    assert "Huyện Cầu Ngang" not in set(ordered["name"])  # it reported
    assert ordered.iloc[0]["name"] == "Huyện Trà Cú" and ordered.iloc[0]["waiting"]  # sent, not returned: first
    assert not ordered.iloc[1:]["waiting"].any() and ordered.iloc[1:]["sent_at"].isna().all()
    assert lines == []
    # a district's communes: the template went to the district, which says so above the list
    wh = ReadOnlyWarehouse(db)
    communes = queries.reporting_status(wh, "old:district:849", 2024)
    wh.close()
    ordered, lines = follow_up(communes[communes["metrics"] == 0], sent, "old:district:849", "vi")
    assert len(lines) == 1 and "Huyện Trà Cú" in lines[0] and "chưa nhận lại" in lines[0]
    assert ordered["waiting"].all()


def test_an_undone_return_is_no_longer_received(empty_db, tmp_path):
    from etl.publishing.undo import undo_load

    send_templates(empty_db, "848", 2024, "mai")
    outcome = load_files(empty_db, [returned(empty_db, "848", tmp_path, D10=300, E10=297)])[0]
    assert sends(empty_db)["received_load_id"].tolist() == [outcome.load_id]
    undo_load(empty_db, outcome.load_id, "mai")
    assert sends(empty_db)["received_load_id"].isna().all()



def test_the_desk_list_of_who_has_not_reported_shows_the_sends(desk_env, tmp_path):
    send_templates(desk_env, "848", 2024, "mai")
    send_templates(desk_env, "849", 2024, "mai")
    load_files(desk_env, [returned(desk_env, "848", tmp_path, D10=300, E10=297)])
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["nam"] = "2024"
    at.query_params["tinh"] = "84"
    at.switch_page("pages/dang_nhap.py")
    at.run()
    at.text_input(key="sign_in_name").input("mai")
    at.text_input(key="sign_in_password").input(PASSWORD)
    at.button[0].click().run()
    at.switch_page("pages/nap_bao_cao.py")
    at.run()
    assert not at.exception
    missing = [d.value for d in at.dataframe if "Đã gửi biểu mẫu" in d.value.columns]
    assert missing, [d.value.columns for d in at.dataframe]
    first = missing[0].iloc[0]
    assert first["Đơn vị"] == "Huyện Trà Cú" and first["Đã gửi biểu mẫu"]
    assert "Huyện Cầu Ngang" not in set(missing[0]["Đơn vị"])


def test_a_returned_template_uploaded_on_the_desk_is_recognised_and_marks_its_send(desk_env, tmp_path):
    send_templates(desk_env, "848", 2024, "mai")
    back = returned(desk_env, "848", tmp_path, D11=250, E11=245)
    at = sign_in()
    at.file_uploader[0].upload("Book1.xlsx", back.read_bytes()).run()
    at.button(key="desk_check").click().run()
    assert not at.exception
    assert any("nhận ra theo dấu nhận dạng" in str(m.value) for m in [*at.markdown, *at.caption, *at.info])
    at.button(key="desk_publish").click().run()
    assert not at.exception
    assert query(desk_env, "SELECT unit_code, value FROM facts") == [("29419", 98.0)]
    assert query(desk_env, "SELECT received_load_id IS NOT NULL, sent_by FROM template_sends") == [(True, "mai")]
