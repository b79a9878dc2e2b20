"""A run of a page sends the URL to the browser once (ui.url.one_entry_per_run): each message that changes it is
a history entry, and Back had to be pressed once per filter the page filled in."""

from __future__ import annotations

import pytest
from streamlit.runtime.scriptrunner_utils.script_run_context import ScriptRunContext


@pytest.fixture
def sent(monkeypatch):
    """The query strings of the page_info_changed messages the runs send, in order."""
    strings: list[str] = []
    enqueue = ScriptRunContext.enqueue

    def counting(self, msg):
        if msg.WhichOneof("type") == "page_info_changed":
            strings.append(msg.page_info_changed.query_string)
        return enqueue(self, msg)

    monkeypatch.setattr(ScriptRunContext, "enqueue", counting)
    return strings


@pytest.mark.parametrize("path", ["pages/so_sanh.py", "pages/tong_quan.py", "pages/xu_huong.py"])
def test_a_page_opened_without_a_choice_fills_its_filters_in_one_message(page, sent, path):
    at = page(path)
    assert len(sent) == 1, sent
    assert "nam=" in sent[0] and "tinh=" in sent[0]  # the whole choice, in the one message
    assert at.query_params.get("nam") and at.query_params.get("tinh")


def test_a_change_of_province_is_one_message_with_the_district_and_commune_gone(page, sent):
    at = page("pages/so_sanh.py", nam="2022", tinh="84", huyen="848", nhom="models", chi_tieu="models_total")
    sent.clear()
    province = next(s for s in at.sidebar.selectbox if s.key == "filter_tinh")
    other = next(o for o in province.options if o != province.value)
    province.set_value(other).run()
    assert not at.exception
    assert len(sent) == 1, sent
    assert "huyen=" not in sent[0] and "tinh=" in sent[0]


def test_a_run_that_changes_nothing_sends_nothing(page, sent):
    at = page("pages/so_sanh.py", nam="2022", tinh="84", huyen="848", nhom="models", chi_tieu="models_total",
              ban_do="bao-cao")
    assert sent == []
    at.run()
    assert sent == []


def test_a_change_of_province_on_mo_hinh_is_one_message_with_the_new_province(page, sent):
    """The load test's click on another province (tests/test_serve_many.py)."""
    at = page("pages/mo_hinh.py", nam="2022", tinh="84", huyen="848")
    sent.clear()
    province = next(s for s in at.sidebar.selectbox if s.key == "filter_tinh")
    other = next(o for o in province.options if o not in (province.value, "84"))
    province.set_value(other).run()
    assert not at.exception
    assert len(sent) == 1 and "tinh=" in sent[0] and "tinh=84" not in sent[0], sent


def test_pages_stop_through_ui_url():
    """``st.stop()`` in a page would drop the run's URL (ui.url.stop). AppTest does not refuse messages after a
    stop as a server does, so the stop itself is tested by tests/test_serve_many.py's load test on real servers
    (it failed before ui.url.stop)."""
    from tests.conftest import ROOT

    offenders = [str(p.relative_to(ROOT)) for p in [*(ROOT / "pages").glob("*.py"), *(ROOT / "ui").glob("*.py")]
                 if p.name != "url.py" and "st.stop()" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_the_commune_chosen_on_the_overview_travels_with_the_user(page):
    """#24 point 3: a commune chosen on Tổng quan stays chosen: So sánh (which compares its district's communes)
    says so and links back to it, Xu hướng draws it beside its district, and back on Tổng quan it is still the
    commune, not its district (it was lost on the first page without a commune filter)."""
    at = page("pages/tong_quan.py", nam="2022", tinh="84", huyen="848", xa="29443")

    def go(path: str) -> None:
        at.query_params.clear()  # a switch from the menu: the browser's address has no query string
        at.switch_page(path)
        at.run()
        assert not at.exception, at.exception

    def param(name: str) -> str | None:
        value = at.query_params.get(name)
        return value[0] if isinstance(value, list) else value

    assert param("xa") == "29443"
    go("pages/so_sanh.py")
    assert param("xa") is None and param("huyen") == "848"
    assert any("Xã đã chọn: Xã Long Sơn" in c.value for c in at.caption)
    assert any(b.label == "Xem số liệu của Xã Long Sơn" for b in at.button)
    go("pages/xu_huong.py")
    assert "old:commune:29443" in at.multiselect(key="filter_dv").value
    go("pages/tong_quan.py")
    assert param("xa") == "29443" and param("huyen") == "848"
    go("pages/so_sanh.py")
    at.selectbox(key="filter_huyen").set_value("848").run()  # a change of district elsewhere drops it
    at.selectbox(key="filter_tinh").set_value("87").run()
    assert not any("Xã đã chọn" in c.value for c in at.caption)
