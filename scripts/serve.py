"""Start the dashboard (`make run`, scripts/serve_many.py): ``streamlit run dashboard.py`` with what every page
imports loaded while the server starts, not on its first visitor's run.

    .venv/bin/python scripts/serve.py [streamlit run's options, e.g. --server.port 8601]

Streamlit runs nothing of the app until a browser connects: the first visitor after a start waited for pandas,
Plotly, DuckDB and the pages' modules to be imported and for Plotly's first figure to be built (about 1 s of a
first chart's 4 s on a phone, #24 point 7). Done here before the server listens (about 2 s later than it did);
nothing of the data is read here.
"""

from __future__ import annotations

import importlib
import inspect
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE_ICON = "📊"  # dashboard.py's st.set_page_config(page_icon=…)
WARM = ["pandas", "duckdb", "plotly.graph_objects", "ui.page", "ui.filters", "ui.kpi", "ui.charts", "ui.tables",
        "ui.compare", "ui.export", "ui.report.section", "ui.current_map", "ui.overview", "ui.trend", "ui.registers",
        "warehouse.queries", "warehouse.views", "ui.auth", "ui.originals", "ui.lightchart", "ui.browser", "ui.data"]


def warm() -> None:
    for name in WARM:
        importlib.import_module(name)
    import plotly.graph_objects as go  # Plotly imports a trace's validators when a figure first uses it

    go.Figure([go.Bar(x=[1], y=["a"], orientation="h"), go.Scatter(x=[1], y=[1]), go.Heatmap(z=[[1]])]).to_json()
    import pandas as pd  # a table's first Styler loads pandas' templates (jinja2): every page draws tables

    pd.DataFrame({"a": [1.0]}).style.format(str).to_html()
    # Two things Streamlit does on a process's first run, about 0.2 s of the first visitor's (py-spy): the page icon
    # is checked against its list of emoji (a regular expression of every emoji, compiled then), and the first
    # element asks whether it runs in a Python prompt (inspect.stack(), which reads where every module imported so
    # far lives, kept by inspect for later calls).
    from streamlit.string_util import is_emoji

    is_emoji(PAGE_ICON)
    inspect.stack()


def main() -> None:
    db = os.environ.get("CAMPAIGN_DB")
    if db and not Path(db).is_absolute():  # as the caller meant it, before moving to the app's folder
        os.environ["CAMPAIGN_DB"] = str(Path(db).resolve())
    os.chdir(ROOT)  # Streamlit reads .streamlit/config.toml from the working folder
    sys.path.insert(0, str(ROOT))
    warm()  # before the server listens (a thread beside Streamlit's own imports saw pandas half-imported)
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(ROOT / "dashboard.py"), *sys.argv[1:]]
    cli.main()


if __name__ == "__main__":
    main()
