"""Hostile Word and PDF files (issue #26 point 5): each refused with its own reason naming the file, in a process of
its own under a gigabyte and in seconds, the warehouse left byte for byte as it was; never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.test_docx_tables import pdf_report, word_report
from tests.test_hostile import GB, digest, load


def _rewrite(src: Path, out: Path, change) -> Path:  # noqa: ANN001 - change(document.xml bytes) -> bytes
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, change(data) if info.filename == "word/document.xml" else data)
    return out


def entity_bomb(path: Path) -> Path:
    """A billion laughs in the document's XML: an entity declared in a DOCTYPE, expanded a billion times."""
    lol = b'<!DOCTYPE w [<!ENTITY a "lollollollol">' + b"".join(
        b'<!ENTITY %s "%s">' % (chr(98 + i).encode(), (b"&" + chr(97 + i).encode() + b";") * 10) for i in range(9)
    ) + b"]>"
    return _rewrite(word_report(path.with_name("src.docx")), path,
                    lambda xml: xml.replace(b"?>", b"?>" + lol, 1).replace(b"<w:t>1</w:t>", b"<w:t>&j;</w:t>", 1))


def wide_span(path: Path) -> Path:
    """A cell spanning ten million columns (a table laid out as one dense row would be 80 MB a row)."""
    return _rewrite(word_report(path.with_name("src.docx")), path,
                    lambda xml: xml.replace(b'<w:gridSpan w:val="3"/>', b'<w:gridSpan w:val="10000000"/>', 1))


def many_cells(path: Path) -> Path:
    """A table of 2.1 million cells written by a program (each a number, varied so that it is no zip bomb): over
    the cell limit, found while the XML streams by."""
    import random

    rng = random.Random(5)
    cells = [b"<w:tc><w:t>%d</w:t></w:tc>" % rng.randrange(10_000) for _ in range(100_000)]
    rows = [b"<w:tr>" + b"".join(cells[(i * 100) % 99_900:(i * 100) % 99_900 + 100]) + b"</w:tr>" for i in range(21_000)]
    body = b"<w:tbl>" + b"".join(rows) + b"</w:tbl>"
    return _rewrite(word_report(path.with_name("src.docx")), path,
                    lambda xml: xml.replace(b"<w:body>", b"<w:body>" + body, 1))


def not_a_zip(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    return path


def scanned_pdf(path: Path) -> Path:
    return pdf_report(path, scanned=True)


def broken_pdf(path: Path) -> Path:
    good = pdf_report(path.with_name("src.pdf")).read_bytes()
    path.write_bytes(good[: len(good) // 3] + b"\x00garbage" * 500)
    return path


def encrypted_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="o", user_password="mat khau")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Bang so lieu")
    pdf.output(str(path))
    return path


def long_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for n in range(205):
        pdf.add_page()
        pdf.cell(text=f"Trang {n + 1}")
    buffer = io.BytesIO()
    pdf.output(buffer)
    path.write_bytes(buffer.getvalue())
    return path


REFUSED = [
    ("bom_thuc_the.docx", entity_bomb, "DOCTYPE"),
    ("o_rat_rong.docx", wide_span, "một ô trải trên 10000000 cột"),
    ("qua_nhieu_o.docx", many_cells, "bảng tính quá lớn"),
    ("hong.docx", not_a_zip, "tệp bị hỏng"),
    ("ban_quet.pdf", scanned_pdf, "không có lớp chữ"),
    ("hong.pdf", broken_pdf, "PDF bị hỏng"),
    ("mat_khau.pdf", encrypted_pdf, "mật khẩu"),
    ("dai.pdf", long_pdf, "quá dài (205 trang"),
]


@pytest.mark.parametrize(("name", "make", "says"), REFUSED, ids=[r[0] for r in REFUSED])
def test_hostile_word_and_pdf_files_are_refused_with_their_own_reason(empty_db, tmp_path, name, make, says):
    before = digest(empty_db)
    run = load(empty_db, make(tmp_path / name))
    assert run.code == 2, run.stdout + run.stderr
    [line] = run.stderr.strip().splitlines()
    assert says in line and name in line and "Traceback" not in run.stderr, line
    assert run.files[0]["reason_code"] == "unreadable"
    assert run.rss < GB and run.seconds < 60
    assert digest(empty_db) == before
