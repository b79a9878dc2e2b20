"""Text from files is data everywhere (#21): no Markdown-rendering call of pages/ and ui/ puts a value into what it
renders unless the value went through the escape (ui.safe.md, or ui.i18n.tm which escapes its fields).

Read from the source: every call that renders Markdown (st.markdown, st.caption, st.info/success/warning/error,
st.write, st.subheader/header/title, st.toast, expander, popover and tab labels, st.metric labels, widget labels,
``help=``) must be given text that is provably safe: a string constant, ``md(…)``, ``tm(…)``, ``t(…)`` whose fields
are safe, or an f-string or concatenation of safe parts. A safe field is a constant, ``md(…)``/``tm(…)``, a
number (len, int, round, fmt.*), or a name the line vouches for with a comment ``# md-safe: why`` (read by a
reviewer: e.g. a text of our own, a number). A new call that passes a file or unit name unescaped fails here."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

# attribute names of Streamlit calls whose text is rendered as Markdown (on st or on a container of it)
RENDERS = {"markdown", "caption", "info", "success", "warning", "error", "write", "subheader", "header", "title",
           "toast", "expander", "popover", "tabs", "metric", "button", "download_button", "checkbox", "toggle",
           "radio", "selectbox", "multiselect", "text_input", "number_input", "slider", "select_slider",
           "file_uploader", "page_link", "form_submit_button", "text_area", "date_input", "link_button", "progress",
           "spinner", "status"}
SAFE_CALLS = {"md", "tm", "len", "int", "round", "float", "abs", "min", "max", "sum"}
SAFE_MODULES = {"fmt"}  # ui.fmt: numbers and dates written the Vietnamese way
NOT_TEXT = {"key", "type", "icon", "use_container_width", "width", "disabled", "on_click", "args", "kwargs",
            "options", "index", "format_func", "value", "min_value", "max_value", "step", "accept_multiple_files",
            "placeholder", "expanded", "height", "delta_color", "label_visibility", "horizontal", "mime",
            "data", "file_name", "border", "anchor", "divider", "unsafe_allow_html", "autocomplete", "max_chars"}


NUMERIC_NAME = re.compile(r"^(n|n_\w+|year|years|total|reported|count|below|first|last|mb|id|load_id|undo_id|ms)$")


def _safe(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name) and NUMERIC_NAME.match(node.id):  # a count or a year: a number, never a name
        return True
    if isinstance(node, ast.Attribute) and NUMERIC_NAME.match(node.attr):
        return True
    if isinstance(node, ast.JoinedStr):
        return all(_safe(v.value) if isinstance(v, ast.FormattedValue) else True for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod, ast.Sub, ast.FloorDiv, ast.Pow)):
        return _safe(node.left) and _safe(node.right)
    if isinstance(node, ast.IfExp):
        return _safe(node.body) and _safe(node.orelse)
    if isinstance(node, ast.BoolOp):
        return all(_safe(v) for v in node.values)
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name in SAFE_CALLS:
            return True
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in SAFE_MODULES:
            return True
        if name == "t":  # our template (its key and language are ours): safe when its fields are
            return all(_safe(k.value) for k in node.keywords if k.arg != "lang")
        if (name == "join" and isinstance(func, ast.Attribute)) or name in ("sorted", "list", "set"):
            return all(_safe(a) for a in node.args)
        return False
    if isinstance(node, (ast.ListComp, ast.GeneratorExp, ast.SetComp)):
        return _safe(node.elt)
    if isinstance(node, (ast.List, ast.Tuple)):
        return all(_safe(e) for e in node.elts)
    return False


def _texts(call: ast.Call, attr: str) -> list[ast.AST]:
    """The arguments of ``call`` that are rendered as Markdown."""
    out: list[ast.AST] = []
    if call.args and attr not in ("page_link", "progress"):  # the page, the fraction: their text is a keyword
        out.append(call.args[0])
    for k in call.keywords:
        if k.arg in ("label", "body", "help", "caption", "captions", "text") or (k.arg is None):
            out.append(k.value)
        elif k.arg in NOT_TEXT or k.arg is None:
            continue
    return out


def unsafe_calls() -> list[str]:
    found = []
    for path in sorted([*ROOT.joinpath("pages").glob("*.py"), *ROOT.joinpath("ui").rglob("*.py"),
                        ROOT / "dashboard.py"]):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            attr = node.func.attr
            texts = _texts(node, attr) if attr in RENDERS else [k.value for k in node.keywords if k.arg == "help"]
            for text in texts:
                if _safe(text):
                    continue
                span = lines[node.lineno - 1: (node.end_lineno or node.lineno)]
                if any("# md-safe:" in line for line in span):
                    continue
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {attr}({ast.unparse(text)[:80]})")
    return found


def test_no_markdown_rendering_call_takes_a_value_that_was_not_escaped():
    assert unsafe_calls() == []


def test_the_checker_catches_an_unescaped_name():
    tree = ast.parse("st.info(f'Tệp {upload.name}')\nst.expander(upload.name)\nst.info(t('x', lang, name=file_name))")
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]
    assert [all(_safe(x) for x in _texts(c, c.func.attr)) for c in calls] == [False, False, False]
    tree = ast.parse("st.info(f'Tệp {md(upload.name)}')\nst.expander(md(upload.name))\nst.info(tm('x', lang, name=file_name))")
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]
    assert [all(_safe(x) for x in _texts(c, c.func.attr)) for c in calls] == [True, True, True]
