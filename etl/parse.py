"""One file in, everything it says out: layout, year, reporting unit, facts, register items, rejects."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from etl.catalog import Catalog
from etl.context import Scope, detect_period, detect_scope, detect_year, resolve_unit_option
from etl.layout_long import find_long_table, parse_long
from etl.layout_registers import parse_commendations, parse_models
from etl.layout_wide import find_wide_table, parse_wide
from etl.readers import FileRefused, read_file
from etl.records import ParsedFile, Reject
from etl.row_units import UnitResolver
from etl.sheet_tools import Grid
from etl.units import UnitIndex
from etl.validate import validate


def max_year() -> int:
    return date.today().year + 1


def _refuse(parsed: ParsedFile, code: str, **fields: object) -> ParsedFile:
    parsed.refused = Reject.of(code, None, None, None, None, **fields)
    parsed.facts, parsed.items, parsed.rejects = [], [], []
    return parsed


def parse_file(path: Path, index: UnitIndex, catalog: Catalog, year_option: int | None = None,
               unit_option: str | None = None) -> ParsedFile:
    path = Path(path)
    parsed = ParsedFile(path)
    top_year = max_year()
    try:
        sheets = read_file(path)
    except FileRefused as exc:
        return _refuse(parsed, "unreadable", detail=exc.detail_vi)
    # First pass: what each sheet is, and its year; the reporting unit a title names serves every sheet
    # of the workbook that names none (a figures sheet with a title, a models sheet without one).
    found_sheets = []
    for sheet in sheets:
        if sheet.legacy_encoding:
            parsed.note("note_legacy_font", sheet=sheet.name, encoding=sheet.legacy_encoding.upper())
        grid = Grid(sheet)
        found = _recognise(grid, catalog)
        if found is None:
            if any(any(str(v).strip() for v in row) for row in sheet.rows):
                parsed.note("note_no_table", sheet=sheet.name)
            continue
        layout, header_top, payload = found
        titles = [grid.line(r) for r in range(header_top)]
        period = detect_period(titles, sheet.name, path.name)
        if period:
            return _refuse(parsed, "short_period", period=period)
        year = year_option or detect_year(titles, sheet.name, path.name)[0]
        if year is not None and not 2000 <= year <= top_year:
            return _refuse(parsed, "bad_year", value=year, max_year=top_year)
        has_year_column = layout in ("long", "models", "commendations") and "year" in payload[1]
        if year is None and not has_year_column:
            return _refuse(parsed, "no_year")
        found_sheets.append((grid, layout, payload, titles, year))
    if not found_sheets:
        return _refuse(parsed, "no_table")
    option_scope = None
    if unit_option:
        lookup_year = found_sheets[0][4] or _first_row_year(found_sheets[0][0], found_sheets[0][2]) or top_year - 1
        option_scope, why = resolve_unit_option(index, unit_option, lookup_year)
        if option_scope is None:
            return _refuse(parsed, "bad_unit_option", value=unit_option, detail=why)
    title_scope = None
    for grid, _layout, payload, titles, year in found_sheets:
        lookup_year = year or _first_row_year(grid, payload) or top_year - 1
        scope, _ = detect_scope(index, titles, "", "", lookup_year)
        if scope is not None:
            title_scope = scope
            break

    layouts: list[str] = []
    for grid, layout, payload, titles, year in found_sheets:
        sheet = grid.sheet
        lookup_year = year or _first_row_year(grid, payload) or top_year - 1
        if option_scope is not None:
            scope: Scope | None = option_scope
        else:
            names = _row_names(grid, layout, payload)
            scope, why = detect_scope(index, titles, sheet.name, path.name, lookup_year, inherited=title_scope,
                                      disambiguate=lambda c, n=names, y=lookup_year: _by_rows(index, c, n, y))
        has_unit_columns = layout == "long" and ({"province", "district"} & set(payload[1]))
        if scope is None and not has_unit_columns:
            return _refuse(parsed, "no_unit" if why != "ambiguous" else "ambiguous_scope")
        layouts.append(layout)
        parsed.year = parsed.year or year
        if scope is not None and parsed.scope_key is None:
            parsed.scope_key, parsed.scope_name, parsed.map = scope.unit_key, scope.version.name, scope.map
            if year and scope.map == "old" and year >= 2025:
                parsed.note("note_old_scope", unit=scope.version.name, year=year)
        if layout == "wide":
            assert scope is not None and year is not None
            resolver = UnitResolver(index, scope, year)
            result = parse_wide(grid, payload, resolver, catalog, top_year)
            parsed.facts += result.facts
            parsed.rejects += result.rejects
            parsed.rows_seen += result.rows_seen
            parsed.new_units += resolver.new_units
            parsed.unmapped += [f"{sheet.name}!{_col(c)}: {label}" for c, label in payload.unmapped]
            if resolver.old_names:
                names = ", ".join(resolver.old_names[:5]) + ("…" if len(resolver.old_names) > 5 else "")
                parsed.note("note_old_names", sheet=sheet.name, count=len(resolver.old_names), year=year, names=names)
        elif layout == "long":
            header_row, cols = payload
            facts, rejects, seen, units = parse_long(grid, header_row, cols, index, catalog, scope, year, top_year)
            parsed.facts += facts
            parsed.rejects += rejects
            parsed.rows_seen += seen
            parsed.new_units += units
        else:
            assert scope is not None
            parser = parse_models if layout == "models" else parse_commendations
            result_items = parser(grid, index, scope.version, year, top_year)
            assert result_items is not None
            items, rejects, seen = result_items
            for item in items:
                item.scope_key = scope.unit_key
            parsed.items += items
            parsed.rejects += rejects
            parsed.rows_seen += seen
    parsed.layout = "+".join(sorted(set(layouts)))
    parsed.facts, rejects = validate(parsed.facts, catalog)
    parsed.rejects += rejects
    return parsed


def _row_names(grid: Grid, layout: str, payload: object) -> list[str]:
    """The unit or host names a table lists (to tell apart two units a file name fits)."""
    from etl.sheet_tools import text

    if layout == "wide":
        table = payload
        return [text(grid.raw(r, table.unit_col)) for r in range(table.first_data_row, min(grid.height, 200))  # type: ignore[attr-defined]
                if text(grid.raw(r, table.unit_col))]
    header_row, cols = payload  # type: ignore[misc]
    names = []
    for field in ("commune", "host", "unit", "recipient"):
        if field in cols:
            names += [text(grid.raw(r, cols[field])) for r in range(header_row + 1, min(grid.height, 200))]
    return [n for n in names if n]


def _by_rows(index: UnitIndex, candidates: list, names: list[str], year: int):
    """The candidate most of whose communes the rows name (None if no clear winner)."""
    from etl.layout_registers import linked_unit

    scores = []
    for v in candidates:
        hits = 0
        for name in names:
            level = "district" if v.level == "province" and v.map == "old" else "commune"
            if index.find(name, map_=v.map, level=level, year=year, parent_key=v.unit_key).unit_key or \
                    linked_unit(index, v, year, [name]) != v.unit_key:
                hits += 1
        scores.append((hits, v))
    scores.sort(key=lambda s: -s[0])
    if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1]
    return None


def _recognise(grid: Grid, catalog: Catalog) -> tuple[str, int, object] | None:
    """(layout, first header row, what the layout parser needs) for the layout that fits the sheet best:
    a register or a long table when their columns are there, else a wide table; when a sheet could be read
    both ways, the reading that recognises more columns wins."""
    from etl.columns import find_columns

    candidates: list[tuple[int, str, int, object]] = []
    for register, required_sets in (("models", ({"name", "host"}, {"name", "kind"})),
                                    ("commendations", ({"recipient", "form"}, {"recipient", "level"}))):
        for required in required_sets:
            found = find_columns(grid, register, required)
            if found:
                candidates.append((len(found[1]), register, _header_top(grid, found[0]), found))
                break
    long_found = find_long_table(grid)
    if long_found:
        candidates.append((len(long_found[1]) + 1, "long", _header_top(grid, long_found[0]), long_found))
    wide = find_wide_table(grid, catalog)
    if wide:
        candidates.append((len(wide.columns), "wide", wide.header.top, wide))
    if not candidates:
        return None
    _, layout, top, payload = max(candidates, key=lambda c: c[0])
    return layout, top, payload


def _header_top(grid: Grid, bottom: int) -> int:
    """The first header row of a table whose header ends at ``bottom`` (one or two rows)."""
    if bottom > 0 and any(grid.is_merged_child(bottom, c) for c in range(grid.width)):
        return bottom - 1
    return bottom


def _first_row_year(grid: Grid, payload: object) -> int | None:
    if not isinstance(payload, tuple) or "year" not in payload[1]:
        return None
    header_row, cols = payload
    for r in range(header_row + 1, min(grid.height, header_row + 50)):
        try:
            return int(float(str(grid.raw(r, cols["year"]))))
        except ValueError:
            continue
    return None


def _col(c: int) -> str:
    from etl.records import a1

    return a1(0, c)[:-1]
