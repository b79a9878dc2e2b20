"""A batch on the data desk (#21): a zip with a file three times, a report and its corrected resend, a scoped
manager, a full disk, and the original file of a load downloaded back."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from accounts.users import add_user
from tests.conftest import query
from tests.corpus_blocks.figures import figures_file, simple_rows
from tests.test_desk import PASSWORD, app, sign_in, unescaped
from ui import auth


@pytest.fixture
def desk(empty_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    users = tmp_path / "users.json"
    add_user("mai", PASSWORD, "manager", users)
    add_user("lan", PASSWORD, "manager", users, scope="old:district:848")
    monkeypatch.setenv("CAMPAIGN_USERS", str(users))
    monkeypatch.setenv("CAMPAIGN_DB", str(empty_db))
    auth.THROTTLE.reset()
    return empty_db


def report(path: Path, long_son: float, kim_hoa: float = 4, district: str = "Cầu Ngang") -> Path:
    names = ("Xã Long Sơn", "Xã Kim Hòa") if district == "Cầu Ngang" else ("Xã Trường Xuân", "Xã Mỹ Quý")
    return figures_file(path, simple_rows({names[0]: {("models_total", "value"): long_son},
                                           names[1]: {("models_total", "value"): kim_hoa}}), district=district,
                        year=2023)


def zipped(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def on_desk(name: str = "mai"):
    at = sign_in(app(), name)
    at.switch_page("pages/nap_bao_cao.py")
    at.run()
    return at


def check(at, *uploads: tuple[str, bytes]):
    uploader = at.file_uploader[0]
    for name, data in uploads:
        uploader.upload(name, data)
    at.run()
    at.button(key="desk_check").click().run()
    assert not at.exception, at.exception
    return at


def test_a_zip_with_a_report_three_times_is_checked_and_published_once(desk, tmp_path):
    a = report(tmp_path / "BaoCao_CauNgang_2023.xlsx", 7).read_bytes()
    b = report(tmp_path / "BaoCao_ThapMuoi_2023.xlsx", 5, district="Tháp Mười").read_bytes()
    bundle = zipped({"BaoCao_CauNgang_2023.xlsx": a, "BaoCao_CauNgang_2023 (1).xlsx": a,
                     "ban_sao/BaoCao_CauNgang_2023 - Copy.xlsx": a, "BaoCao_ThapMuoi_2023.xlsx": b})
    at = check(on_desk(), ("thang12.zip", bundle))
    copies = [i.value for i in at.info if "Trùng nội dung với" in i.value]
    assert len(copies) == 2 and all("Trùng nội dung với BaoCao_CauNgang_2023.xlsx trong" in unescaped(c) for c in copies)
    assert at.button(key="desk_publish").label == "Nạp vào kho (2 tệp)"
    at.button(key="desk_publish").click().run()
    assert not at.exception
    assert query(desk, "SELECT file_name, status FROM loads ORDER BY load_id") == [
        ("BaoCao_CauNgang_2023.xlsx", "loaded"), ("BaoCao_ThapMuoi_2023.xlsx", "loaded")]
    assert query(desk, "SELECT count(*) FROM facts") == [(4,)]  # two communes of each district


def test_a_report_and_its_resend_show_the_overlap_and_one_click_takes_the_wrong_one_out(desk, tmp_path):
    first = report(tmp_path / "BaoCao_CauNgang_2023.xlsx", 7).read_bytes()
    resend = report(tmp_path / "BaoCao_CauNgang_2023_dieuchinh.xlsx", 9).read_bytes()
    at = check(on_desk(), ("BaoCao_CauNgang_2023.xlsx", first), ("BaoCao_CauNgang_2023_dieuchinh.xlsx", resend))
    [pair] = [w.value for w in at.warning if "số liệu khác nhau" in w.value]
    # Long Sơn differs (7 against 9); Kim Hòa is the same
    assert unescaped(pair).startswith("BaoCao_CauNgang_2023.xlsx và BaoCao_CauNgang_2023_dieuchinh.xlsx: 1 số liệu "
                                      "khác nhau (không nạp bên nào), 1 số liệu giống nhau")
    assert "Xã Long Sơn, Tổng số mô hình: 7 / 9" in unescaped(pair)
    assert sum("cũng có trong tệp khác" in w.value for w in at.warning) == 2
    shown = [m.value.replace("\\", "").replace("\u2060", "") for m in at.markdown]  # escaped text, as read
    assert any("BaoCao_CauNgang_2023_dieuchinh.xlsx" in text for text in shown)
    assert query(desk, "SELECT count(*) FROM loads") == [(0,)]  # nothing written by the check
    at.button(key="desk_exclude_0_a").click().run()  # "Bỏ BaoCao_CauNgang_2023.xlsx khỏi lần nạp"
    assert not at.exception
    assert any("Đã bỏ tệp này khỏi lần nạp" in i.value for i in at.info)
    assert not [w for w in at.warning if "số liệu khác nhau" in w.value]
    assert at.button(key="desk_publish").label == "Nạp vào kho (1 tệp)"
    at.button(key="desk_publish").click().run()
    assert query(desk, "SELECT file_name, status FROM loads") == [("BaoCao_CauNgang_2023_dieuchinh.xlsx", "loaded")]
    assert ("Xã Long Sơn", 9.0) in query(desk, "SELECT unit_name, value FROM facts")


def test_a_scoped_manager_is_told_the_scope_and_refused_outside_it(desk, tmp_path):
    mine = report(tmp_path / "BaoCao_CauNgang_2023.xlsx", 7).read_bytes()
    other = report(tmp_path / "BaoCao_ThapMuoi_2023.xlsx", 5, district="Tháp Mười").read_bytes()
    at = check(on_desk("lan"), ("BaoCao_CauNgang_2023.xlsx", mine), ("BaoCao_ThapMuoi_2023.xlsx", other))
    assert any("chỉ nạp số liệu của Huyện Cầu Ngang" in i.value for i in at.info)
    assert any("ngoài phạm vi của tài khoản" in e.value for e in at.error)
    at.button(key="desk_publish").click().run()
    assert query(desk, "SELECT file_name, loaded_by FROM loads") == [("BaoCao_CauNgang_2023.xlsx", "lan")]
    # another manager's load is not in lan's history, nor in what lan may undo
    from etl.publishing.load import load_files

    load_files(desk, [report(tmp_path / "other.xlsx", 3, kim_hoa=1)], user="mai")
    at = on_desk("lan")
    history = [d.value for d in at.dataframe if "Người nạp" in d.value.columns][0]
    assert history["Người nạp"].tolist() == ["lan"]
    assert at.selectbox(key="desk_undo_id").options == ["#1 — BaoCao_CauNgang_2023.xlsx"]


def test_a_full_disk_while_publishing_says_so_and_changes_nothing(desk, tmp_path, monkeypatch):
    import errno

    import warehouse.db as db

    before = desk.read_bytes()
    real = db._keep_mode_and_owner

    def full(source, copy):  # the disk fills as the copy is finished
        real(source, copy)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(db, "_keep_mode_and_owner", full)
    at = check(on_desk(), ("BaoCao_CauNgang_2023.xlsx", report(tmp_path / "a.xlsx", 7).read_bytes()))
    at.button(key="desk_publish").click().run()
    assert not at.exception
    [error] = [e.value for e in at.error if "Không nạp được" in e.value]
    assert "ổ đĩa đã đầy" in unescaped(error) and str(desk) in unescaped(error)
    assert desk.read_bytes() == before
    assert not list(desk.parent.glob(f".{desk.name}.*.tmp*"))  # no working copy left


def test_a_manager_downloads_the_file_a_load_took(desk, tmp_path):
    data = report(tmp_path / "BaoCao_CauNgang_2023.xlsx", 7).read_bytes()
    at = check(on_desk(), ("BaoCao_CauNgang_2023.xlsx", data))
    at.button(key="desk_publish").click().run()
    at = on_desk()
    [button] = [b for b in at.get("download_button") if "Tải tệp gốc" in b.proto.label]
    assert button.proto.label == "Tải tệp gốc đã nhận"
    from ui.desk import original

    assert original(desk, 1) == ("BaoCao_CauNgang_2023.xlsx", data)


def test_a_manager_gets_the_source_file_under_a_figures_table_and_a_viewer_only_its_name(desk, tmp_path):
    from etl.publishing.load import load_files
    from tests.conftest import open_dashboard

    data = report(tmp_path / "BaoCao_CauNgang_2023.xlsx", 7)
    load_files(desk, [data], user="mai")
    params = {"nam": "2023", "tinh": "84", "huyen": "848", "nhom": "models", "chi_tieu": "models_total"}
    viewer = open_dashboard("pages/so_sanh.py", **params)
    assert not [e for e in viewer.expander if "Tải tệp gốc" in e.label]
    sources = [d.value["Nguồn (tệp / trang / ô)"] for d in viewer.dataframe if "Nguồn (tệp / trang / ô)" in d.value]
    assert any(s.astype(str).str.startswith("BaoCao_CauNgang_2023.xlsx / Năm 2023 / ").any() for s in sources)
    import time

    at = app()  # a manager's session opening the link (signed in, as the desk's sign-in leaves it)
    at.session_state["auth_user"] = auth.Session("mai", "manager", time.time(), time.time())
    at.query_params.update(params)
    at.switch_page("pages/so_sanh.py")
    at.run()
    assert not at.exception
    [box] = [e for e in at.expander if "Tải tệp gốc" in e.label]
    assert at.selectbox(key="original_compare").value == "BaoCao_CauNgang_2023.xlsx"
    [button] = [b for b in at.get("download_button") if "Tải tệp gốc" in b.proto.label]
    from ui.originals import latest

    assert latest(desk, "BaoCao_CauNgang_2023.xlsx") == data.read_bytes()
