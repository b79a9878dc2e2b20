"""Managers scoped to their units (#21): an account limited to a province or a district checks and publishes only
figures inside it; its history and undo list only its own loads; admins are unscoped."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from accounts.users import add_user, load_users
from etl.cli import main
from etl.publishing.load import fact_rows, load_files
from etl.publishing.scope import AccountScope, ScopeError, apply_scope, parse_scope
from etl.publishing.undo import UndoRefused, undo_load
from etl.reference.catalog import default_catalog
from etl.tables.parse import parse_file
from tests.conftest import query
from tests.corpus_blocks.figures import figures_file, simple_rows


def cau_ngang(path: Path, value: float = 7) -> Path:
    return figures_file(path, simple_rows({"Xã Long Sơn": {("models_total", "value"): value},
                                           "Xã Kim Hòa": {("models_total", "value"): 4}}), year=2023)


def thap_muoi(path: Path) -> Path:
    return figures_file(path, simple_rows({"Xã Trường Xuân": {("models_total", "value"): 5}}),
                        district="Tháp Mười", year=2023)


def test_what_a_person_types_becomes_a_unit_key():
    assert parse_scope("86") == "new:province:86"  # a province: today's map
    assert parse_scope("848") == "old:district:848"  # a district: before July 2025
    assert parse_scope("old:84") == "old:province:84"
    assert parse_scope(" new:80 ") == "new:province:80"
    for bad in ("999", "8", "xyz", "old:999"):
        with pytest.raises(ScopeError, match="không phải mã tỉnh"):
            parse_scope(bad)


def test_a_district_manager_loads_the_district_and_nothing_of_another(empty_db, tmp_path):
    inside, outside = load_files(empty_db, [cau_ngang(tmp_path / "cn.xlsx"), thap_muoi(tmp_path / "tm.xlsx")],
                                 scope="old:district:848", user="mai")
    assert inside.status == "loaded" and inside.rows_loaded == 2
    assert outside.status == "refused" and outside.reason_code == "outside_account_scope_file"
    assert "ngoài phạm vi của tài khoản (Huyện Cầu Ngang (trước 1/7/2025))" in outside.message_vi
    assert query(empty_db, "SELECT DISTINCT district FROM facts") == [("Huyện Cầu Ngang",)]
    assert query(empty_db, "SELECT file_name FROM loads") == [("cn.xlsx",)]  # nothing of the refused file written


def test_a_province_of_today_covers_its_former_districts(empty_db, tmp_path):
    """Cầu Ngang went into Vĩnh Long (86) in July 2025, Tháp Mười into Đồng Tháp (82)."""
    inside, outside = load_files(empty_db, [cau_ngang(tmp_path / "cn.xlsx"), thap_muoi(tmp_path / "tm.xlsx")],
                                 scope="new:province:86")
    assert (inside.status, outside.status) == ("loaded", "refused")


def test_a_figure_outside_the_scope_is_a_reject_and_its_cells_move_in_the_ledger(empty_db, unit_index, tmp_path):
    parsed = parse_file(cau_ngang(tmp_path / "cn.xlsx"), unit_index, default_catalog())
    rows = fact_rows(parsed, unit_index)
    codes = rows.column("district_code").to_pylist()
    names = rows.column("unit_name").to_pylist()
    moved = [("872" if n == "Xã Kim Hòa" else c) for c, n in zip(codes, names, strict=True)]  # as if it were outside
    rows = rows.set_column(rows.column_names.index("district_code"), "district_code", pa.array(moved, pa.string()))
    con = duckdb.connect(str(empty_db), read_only=True)
    scope = AccountScope.build("old:district:848", con)
    con.close()
    kept = apply_scope(parsed, rows, scope, None)
    assert kept is not None and "Xã Kim Hòa" not in kept.column("unit_name").to_pylist()
    assert kept.num_rows == rows.num_rows - 1
    [reject] = [r for r in parsed.rejects if r.code == "outside_account_scope"]
    assert reject.reason == "Đơn vị “Xã Kim Hòa” ngoài phạm vi của tài khoản (Huyện Cầu Ngang (trước 1/7/2025)): không nạp"
    assert reject.cell and parsed.withdrawn_cells == dict(Counter({reject.sheet: 1}))


def test_a_scoped_manager_undoes_only_their_own_loads(empty_db, tmp_path):
    [mine] = load_files(empty_db, [cau_ngang(tmp_path / "a.xlsx")], user="mai", scope="old:district:848")
    [theirs] = load_files(empty_db, [cau_ngang(tmp_path / "b.xlsx", 9)], user="hoa")
    with pytest.raises(UndoRefused) as refused:
        undo_load(empty_db, theirs.load_id, "mai", only_by="mai")
    assert "do người khác nạp" in refused.value.vi
    undo_load(empty_db, mine.load_id, "mai", only_by="mai")
    assert query(empty_db, "SELECT load_id FROM loads WHERE undone_by IS NOT NULL") == [(mine.load_id,)]


def test_users_add_takes_a_scope_and_refuses_one_for_an_admin(tmp_path, monkeypatch, capsys):
    users = tmp_path / "users.json"
    monkeypatch.setenv("CAMPAIGN_USERS", str(users))
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("mat-khau-dai-9\n"))
    assert main(["users", "add", "lan.btg", "--role", "manager", "--scope", "848"]) == 0
    assert "phạm vi Huyện Cầu Ngang (trước 1/7/2025)" in capsys.readouterr().out
    assert load_users(users)["lan.btg"].scope == "old:district:848"
    assert main(["users", "add", "an", "--role", "admin", "--scope", "86"]) == 2
    assert "không giới hạn phạm vi" in capsys.readouterr().err
    assert main(["users", "add", "an", "--role", "manager", "--scope", "999"]) == 2
    add_user("binh", "mat-khau-dai-9", "admin", users)
    assert load_users(users)["binh"].scope is None
