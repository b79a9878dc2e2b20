"""What the data desk takes from an upload (#10): zips opened safely, limits with a clear message, and nothing
left on the server after a check."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from tests.corpus_blocks import plain as corpus
from ui import desk


class Uploaded:
    """What st.file_uploader gives: a name and the bytes."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name, self._data = name, data

    def getvalue(self) -> bytes:
        return self._data


def zipped(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_gives_its_spreadsheets_under_their_own_names_only():
    data = zipped({"bao_cao/CauNgang.xlsx": b"x", "../../etc/passwd.csv": b"y", "ghi_chu.pptx": b"z",
                   "BaoCao.docx": b"d", "__MACOSX/._CauNgang.xlsx": b"w", "trong/khac.zip": zipped({"a.xlsx": b"1"})})
    got = desk.receive([Uploaded("thang12.zip", data), Uploaded("CauNgang.xlsx", b"v")])
    assert [f.name for f in got.files] == ["CauNgang.xlsx", "passwd.csv", "BaoCao.docx", "CauNgang (2).xlsx"]
    assert any("ghi_chu.pptx: không phải bảng tính hay báo cáo Word, PDF" in p for p in got.problems)
    assert any("tệp nén trong tệp nén" in p for p in got.problems)


def test_the_limits_of_one_upload_are_said_file_by_file():
    many = [Uploaded(f"f{n}.csv", b"a;b\n") for n in range(desk.MAX_FILES + 2)]
    got = desk.receive(many)
    assert len(got.files) == desk.MAX_FILES
    assert sum("quá 50 tệp một lần nạp" in p for p in got.problems) == 2
    bomb = zipped({"to.csv": b"0" * (desk.MAX_TOTAL + 1)})
    got = desk.receive([Uploaded("bom.zip", bomb)])
    assert got.files == [] and "giải ra quá 100 MB" in got.problems[0]
    broken = desk.receive([Uploaded("hong.zip", b"PK\x03\x04 not a zip")])
    assert broken.files == [] and "tệp nén hỏng" in broken.problems[0]


def test_a_check_leaves_nothing_on_the_server(sample_db, tmp_path, monkeypatch):
    own = tmp_path / "tmp"  # this test's own temporary directory: another run's desk_* never counts here
    own.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(own))
    before = set(Path(tempfile.gettempdir()).glob("desk_*"))
    report = corpus.xlsx(tmp_path / "bc.xlsx", corpus.grid(rows=[[1, "Xã Không Có", 1, 1, 100, 3, 1, 1, 1, 1]]))
    checked = desk.check(desk.Upload("bc.xlsx", report.read_bytes()), sample_db, sample_db, None, None)
    assert len(checked.run.parsed.rejects) == 1 and checked.annotated  # the annotated copy is kept, in memory
    assert set(Path(tempfile.gettempdir()).glob("desk_*")) == before == set()
