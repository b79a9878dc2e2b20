"""Files that cannot be loaded: exit 2, one clear line on stderr, no traceback, bounded time, nothing of
them loaded and the warehouse byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT
from tests.corpus_blocks import plain as corpus
from tests.corpus_blocks.writers import encrypt_xlsx


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(path, db, *args):
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "etl", "load", str(path), "--db", str(db), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    return done, time.monotonic() - start


def good_xlsx(tmp_path):
    return corpus.xlsx(tmp_path / "good.xlsx", corpus.grid())


CASES = {
    "empty": (lambda tmp: (tmp / "BaoCao_CauNgang_2022.xlsx").write_bytes(b"") or tmp / "BaoCao_CauNgang_2022.xlsx",
              "tệp rỗng"),
    "truncated": (lambda tmp: _truncated(tmp), "hỏng"),
    "not_a_spreadsheet": (lambda tmp: _text_as_xlsx(tmp), "hỏng"),
    "plain_text": (lambda tmp: _plain(tmp), "không phải bảng tính"),
    "password": (lambda tmp: encrypt_xlsx(tmp / "matkhau.xlsx", good_xlsx(tmp)), "mật khẩu"),
    "zip_bomb": (lambda tmp: corpus.zip_bomb(tmp / "bom.xlsx"), "zip bomb"),
    "quarterly": (lambda tmp: corpus.xlsx(tmp / "quy.xlsx", corpus.grid(title=[
        "HUYỆN ỦY CẦU NGANG", "BÁO CÁO KẾT QUẢ QUÝ I NĂM {year}", "", ""])), "không phải báo cáo cả năm"),
    "six_months": (lambda tmp: corpus.xlsx(tmp / "6thang.xlsx", corpus.grid(title=[
        "HUYỆN ỦY CẦU NGANG", "SƠ KẾT 6 THÁNG ĐẦU NĂM {year}", "", ""])), "chỉ nạp số liệu năm"),
    "no_table": (lambda tmp: corpus.xlsx(tmp / "thu_moi.xlsx", [["Kính gửi các chi, đảng bộ"], ["Nội dung..."]],
                                         merges=[]), "Không tìm thấy bảng"),
}


def _truncated(tmp):
    data = good_xlsx(tmp).read_bytes()
    path = tmp / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _text_as_xlsx(tmp):
    path = tmp / "renamed.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    return path


def _plain(tmp):
    path = tmp / "ghi_chu.xls"
    path.write_bytes("Đây là một ghi chú, không phải bảng tính".encode())
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_refused_file(case, empty_db, tmp_path):
    make, words = CASES[case]
    path = make(tmp_path)
    before = digest(empty_db)
    done, seconds = run(path, empty_db)
    assert done.returncode == 2, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert path.name in lines[0] and words.lower() in lines[0].lower()
    assert seconds < 60
    assert digest(empty_db) == before  # not even a log line: the file is exactly as it was


def test_a_refused_file_among_good_ones_does_not_stop_them(empty_db, tmp_path):
    bad = tmp_path / "empty.xlsx"
    bad.write_bytes(b"")
    good = corpus.xlsx(tmp_path / "good.xlsx", corpus.grid())
    done, _ = run(bad, empty_db)
    both = subprocess.run([sys.executable, "-m", "etl", "load", str(bad), str(good), "--db", str(empty_db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert both.returncode == 2 and len(both.stderr.strip().splitlines()) == 1
    assert "ĐÃ NẠP" in both.stdout
