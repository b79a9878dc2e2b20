"""Text from data is never markup (#9): the escaping of ui.safe, and pages given a hostile link."""

from __future__ import annotations

import pytest

from tests.hostile import INJECTED
from ui.safe import md, plain


def test_md_escapes_every_markdown_construct_and_defangs_autolinks():
    out = md(INJECTED + "\n# heading $x$ :material/home: :red[x] a@b.vn")
    assert "\n" not in out
    for raw in ("[", "]", "(", ")", "!", "<", ">", "#", "$", "*", "_"):
        assert raw not in out.replace("\\" + raw, ""), raw  # every one escaped
    assert "https:\u2060//" in out.replace("\\", "") and "www\u2060." in out.replace("\\", "")
    assert "a@\u2060b" in out.replace("\\", "")
    assert md("Xã Long Sơn") == "Xã Long Sơn"  # plain names are left alone


def test_plain_escapes_plotly_html():
    assert plain("<a href='https://x'>x</a> & <b>") == "&lt;a href='https://x'&gt;x&lt;/a&gt; &amp; &lt;b&gt;"
    assert plain(None) == ""


@pytest.mark.parametrize("path", ["pages/so_sanh.py", "pages/xu_huong.py", "pages/tong_quan.py", "pages/mo_hinh.py",
                                  "pages/khen_thuong.py", "pages/du_lieu.py"])
def test_a_year_that_is_no_year_falls_back_visibly(page, path):
    at = page(path, nam="²", tinh="84", huyen="848")  # int("²") once raised ValueError on three pages
    notice = [c.value for c in at.caption if "không có số liệu năm đó" in c.value]
    assert notice and "“²”" in notice[0]


def test_the_search_query_is_shown_as_text(page):
    at = page("pages/don_vi.py", q=INJECTED)
    [info] = [i.value for i in at.info]
    assert "\\[Tải mẫu mới\\]\\(https\\:" in info and "](" not in info


def test_the_server_listens_on_loopback_unless_told_otherwise():
    import tomllib

    from tests.conftest import ROOT

    server = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["server"]
    assert server["address"] == "127.0.0.1" and server["enableAgentApi"] is False
    assert server["enableXsrfProtection"] is True
