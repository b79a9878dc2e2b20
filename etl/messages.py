"""Reject reasons and load messages: a stable English code, a Vietnamese text and an English text.

Templates take keyword fields; ``message(code, **fields)`` returns (vi, en).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # values
    "not_a_number": ("Giá trị “{value}” không phải là số", "value “{value}” is not a number"),
    "pct_out_of_range": (
        "Tỷ lệ {value} nằm ngoài khoảng 0–100%",
        "percentage {value} is outside 0–100",
    ),
    "numerator_above_denominator": (
        "Tử số {numerator} lớn hơn mẫu số {denominator}",
        "numerator {numerator} is greater than denominator {denominator}",
    ),
    "formula_without_value": (
        "Ô có công thức “{formula}” nhưng tệp không lưu giá trị của nó (tệp được tạo bằng phần mềm, chưa mở và lưu "
        "bằng Excel) và công thức không tính lại được ở đây ({why}): mở tệp bằng Excel, lưu lại rồi gửi lại",
        "the cell holds the formula “{formula}” but the file keeps no value for it (written by a program, never "
        "opened and saved in Excel) and it cannot be computed here ({why}): open the file in Excel, save it and "
        "send it again",
    ),
    "zero_denominator": ("Mẫu số bằng 0 trong “{value}”", "denominator is zero in “{value}”"),
    "negative_count": ("Số lượng âm: {value}", "negative count: {value}"),
    "fractional_count": ("Số lượng không phải số nguyên: {value}", "count is not a whole number: {value}"),
    "percent_for_count": (
        "Chỉ tiêu “{metric}” là số lượng, không nhận tỷ lệ “{value}”",
        "metric “{metric}” is a count, not a percentage: “{value}”",
    ),
    "fraction_for_count": (
        "Chỉ tiêu “{metric}” là số lượng, không nhận phân số “{value}”",
        "metric “{metric}” is a count, not a fraction: “{value}”",
    ),
    "conflict": (
        "Đơn vị “{unit}”, năm {year}: chỉ tiêu “{metric}” có giá trị khác ở {cells}; không nạp ô nào",
        "unit “{unit}”, {year}: “{metric}” has a different value in {cells_en}; none of them loaded",
    ),
    "duplicate_column": (
        "Cột “{header}” và {others} cùng ghi một chỉ tiêu: không rõ cột nào đúng nên không nạp cột nào",
        "column “{header}” and {others} give the same metric: neither is loaded",
    ),
    "unmapped_column": (
        "Cột “{header}” không khớp chỉ tiêu nào trong danh mục: số liệu của cột không được nạp{suggestion}",
        "column “{header}” names no metric of the catalog: its figures are not loaded{suggestion_en}",
    ),
    "unmapped_header": (
        "Cột “{header}” không khớp chỉ tiêu nào trong danh mục (cột trống nên không có số liệu bị bỏ): nếu là một "
        "chỉ tiêu của phong trào, ghi lại tiêu đề theo mẫu",
        "column “{header}” names no metric of the catalog (it is empty, nothing was left out)",
    ),
    "unmapped_cell": (
        "Cột “{header}” không áp dụng cho chỉ tiêu “{indicator}”: ô này không được nạp",
        "column “{header}” does not apply to the indicator “{indicator}”: cell not loaded",
    ),
    "row_shifted": (
        "Dòng có nhiều ô hơn tiêu đề bảng (dấu phẩy thập phân trong tệp CSV phân cách bằng dấu phẩy?): các ô bị "
        "lệch cột nên không nạp dòng này; lưu lại tệp với dấu chấm phẩy hoặc dạng .xlsx",
        "row has more cells than the header (a decimal comma in a comma-separated CSV?): its cells are shifted, "
        "the row is not loaded; save the file with semicolons or as .xlsx",
    ),
    "unread_cell": (
        "Ô có số nằm ngoài bảng (không thuộc cột hay dòng nào đọc được): không nạp",
        "a number outside the table (no column or row it belongs to): not loaded",
    ),
    # cells far from the table (etl.reading.readers: a stray value in row 1,048,576)
    "far_cell": (
        "Ô {ref} nằm xa bảng (cách hơn {gap} trống), không thuộc bảng nào: không nạp",
        "cell {ref} lies far from the table (more than {gap_en} away), in no table: not loaded",
    ),
    "note_far_cells": (
        "{sheet}: {count} ô nằm xa bảng (cách hơn {rows} dòng hoặc {cols} cột trống), không thuộc bảng nào: "
        "{numbers} ô số bị loại, {texts} ô chữ bỏ qua; nếu đó là số liệu, chuyển vào bảng rồi gửi lại tệp",
        "{sheet}: {count} cell(s) lie far from the table (more than {rows_en} empty rows or {cols} empty columns), "
        "in no table: {numbers} number(s) rejected, {texts} text(s) ignored; if they are figures, move them into "
        "the table and send the file again",
    ),
    "incomplete_ratio": (
        "Chỉ có {have} mà thiếu {missing} của chỉ tiêu “{metric}”: không tính được tỷ lệ",
        "only the {have_en} of “{metric}” is given, its {missing_en} is missing: no percentage",
    ),
    "group_subtotal": (
        "Dòng tổng của nhóm “{group}”: không phải một đơn vị nên không nạp",
        "subtotal of the group “{group}”: not a unit, not loaded",
    ),
    # units
    "unknown_unit": (
        "Không tìm thấy đơn vị “{value}” trong danh mục năm {year}{where}{suggestions}",
        "unit “{value}” not found in the official list for {year}{where_en}{suggestions_en}",
    ),
    "ambiguous_unit": (
        "Tên đơn vị “{value}” khớp nhiều đơn vị ({candidates}); ghi rõ loại (xã, thị trấn, phường)",
        "unit name “{value}” matches several units ({candidates}); give its type (xã, thị trấn, phường)",
    ),
    "unit_not_in_year": (
        "Đơn vị “{value}” không tồn tại trong năm {year} (có trong các năm {years})",
        "unit “{value}” did not exist in {year} (it existed in {years})",
    ),
    "unit_outside_scope": (
        "Đơn vị “{value}” không thuộc {scope}",
        "unit “{value}” is not part of {scope}",
    ),
    # metrics and layout
    "unknown_metric": (
        "Không nhận ra chỉ tiêu “{value}”",
        "metric “{value}” is not in the catalog",
    ),
    "missing_unit_name": ("Dòng có số liệu nhưng không có tên đơn vị", "row has figures but no unit name"),
    "bad_year": (
        "Năm “{value}” không hợp lệ (phải từ 2000 đến {max_year})",
        "year “{value}” is not valid (must be 2000..{max_year})",
    ),
    "missing_value": ("Thiếu tên hoặc giá trị bắt buộc: {field}", "required field missing: {field}"),
    "bad_kind": (
        "Không rõ “{value}” là tập thể hay cá nhân",
        "cannot tell whether “{value}” is collective or individual",
    ),
    "bad_level": ("Không rõ cấp khen thưởng “{value}”", "commendation level “{value}” not recognised"),
    "bad_step": (
        "Ô {at} (cột “{header}”): không hiểu bước thẩm định “{value}” — ghi Đăng ký, Thẩm định, Triển khai "
        "hoặc Sơ kết (hoặc đánh dấu x, ghi ngày ở cột của bước)",
        "cell {at} (column “{header}”): appraisal step “{value}” not recognised — write Đăng ký, Thẩm định, "
        "Triển khai or Sơ kết (or a tick, a date in the step's column)",
    ),
    "bad_content": (
        "Ô {at} (cột “{header}”): không hiểu “{value}” — ghi x (có), để trống hoặc ghi nội dung bằng chữ",
        "cell {at} (column “{header}”): “{value}” not understood — write x (yes), leave blank or describe it",
    ),
    # whole files
    "unreadable": ("Không đọc được tệp: {detail}", "file cannot be read: {detail}"),
    "no_table": (
        "Không tìm thấy bảng số liệu nào nhận ra được trong tệp",
        "no recognisable table in the file",
    ),
    "no_year": (
        "Không xác định được năm báo cáo (không có trong tiêu đề, tên trang tính hay tên tệp){date_line}",
        "the report year could not be determined (not in the title, sheet name or file name){date_line_en}",
    ),
    "no_unit": (
        "Không xác định được đơn vị báo cáo (huyện/tỉnh) (không có trong tiêu đề, tên trang tính hay tên tệp); "
        "hãy chạy lại với --unit TÊN_HOẶC_MÃ",
        "the reporting unit (district/province) could not be determined; pass --unit NAME_OR_CODE",
    ),
    "short_period": (
        "Báo cáo “{period}” không phải báo cáo cả năm: chỉ nạp số liệu năm",
        "the report covers “{period}”, not a whole year: only annual figures are loaded",
    ),
    "bad_unit_option": ("Giá trị --unit “{value}” không dùng được: {detail}", "--unit “{value}”: {detail}"),
    "ambiguous_scope": (
        "Tên đơn vị báo cáo trong tiêu đề/tên tệp khớp nhiều huyện/tỉnh; hãy chạy lại với --unit MÃ",
        "the reporting unit named in the title or file name matches several units; pass --unit CODE",
    ),
    "internal_error": ("Lỗi khi nạp tệp: {detail}", "error while loading the file: {detail}"),
    # a batch (etl.publishing.batch) and the account's scope (etl.publishing.scope)
    "conflict_across_files": (
        "Đơn vị “{unit}”, năm {year}: chỉ tiêu “{metric}” có giá trị khác ở tệp {files} trong cùng lần nạp; không "
        "nạp giá trị nào — nạp riêng tệp đúng",
        "unit “{unit}”, {year}: “{metric}” has a different value in {files_en} of the same load; neither is loaded "
        "— load the right file alone",
    ),
    "same_content_in_batch": (
        "Trùng nội dung với {first} trong cùng lần nạp: không nạp lại",
        "same content as {first} in this load: nothing added",
    ),
    "outside_account_scope": (
        "Đơn vị “{unit}” ngoài phạm vi của tài khoản ({scope}): không nạp",
        "unit “{unit}” is outside the account's scope ({scope}): not loaded",
    ),
    "outside_account_scope_file": (
        "Báo cáo của {unit}, ngoài phạm vi của tài khoản ({scope}): không nạp gì của tệp",
        "a report of {unit}, outside the account's scope ({scope}): nothing of the file loaded",
    ),
    # notes in the load summary (not rejects)
    "note_hidden_cells": ("{sheet}: {where} bị ẩn trong tệp (thường để in): vẫn được đọc như các ô khác",
                          "{sheet}: {where_en} hidden in the file (usually for printing): read like the other cells"),
    "note_hidden_twins": ("Cột ẩn ghi cùng chỉ tiêu, cùng năm với một cột đang hiện: lấy cột đang hiện, bỏ qua cột "
                          "ẩn ({columns})",
                          "hidden column(s) claiming the figure of a shown column: the shown one is read, the hidden "
                          "one ignored ({columns})"),
    "note_formulas": ("{sheet}: {count} ô công thức không có giá trị lưu trong tệp (tệp tạo bằng phần mềm, chưa "
                      "mở bằng Excel): đã tính lại từ các ô của trang{failed}",
                      "{sheet}: {count} formula cell(s) without a saved value (a file written by a program, never "
                      "opened in Excel): computed from the sheet's cells{failed_en}"),
    "note_legacy_font": ("{sheet}: chữ gõ bằng phông {encoding} cũ, đã chuyển sang Unicode",
                         "{sheet}: converted from the {encoding} legacy font"),
    "note_no_table": ("{sheet}: không có bảng số liệu nhận ra được, bỏ qua trang này",
                      "{sheet}: no table recognised, sheet skipped"),
    "note_mixed_encoding": ("{sheet}: tệp trộn hai bảng mã (UTF-8 và Windows-1258), có lẽ do ghép hai tệp; đã đọc "
                            "mỗi dòng theo bảng mã của nó — nên kiểm tra lại tên đơn vị",
                            "{sheet}: the file mixes two encodings (UTF-8 and Windows-1258), probably two files "
                            "pasted together; each line was read in its own encoding"),
    "note_annotate_failed": ("Không tạo được bản đánh dấu lỗi của tệp: {detail}",
                             "the annotated copy could not be written: {detail}"),
    "note_hidden": ("{sheet}: trang tính ẩn (thường là bản năm trước), không nạp",
                    "{sheet}: hidden sheet (often last year's copy), not loaded"),
    "note_old_scope": ("{unit}: báo cáo năm {year} dùng đơn vị hành chính cũ (trước 1/7/2025); đã khớp với đơn vị cũ",
                       "{unit}: a {year} report naming units of the old map (before 1 July 2025); matched to them"),
    "note_old_names": ("{sheet}: {count} dòng của báo cáo năm {year} ghi tên xã cũ (trước 1/7/2025): {names}; đã "
                       "khớp với xã cũ và thể hiện trên bản đồ hiện nay qua bảng chuyển đổi",
                       "{sheet}: {count} row(s) of this {year} report name communes of the old map (before 1 July "
                       "2025): {names}; matched to them, and shown on today's map through the crosswalk"),
    "note_rejects_capped": (
        "Tệp có quá nhiều lỗi: chỉ ghi lại {kept} lỗi đầu tiên (ô và lý do), {dropped} lỗi khác chỉ được đếm "
        "({reasons}); sửa các lỗi này rồi gửi lại tệp",
        "too many rejects: the first {kept} are kept with their cell and reason, {dropped} more are only counted "
        "({reasons})",
    ),
    "note_rate_from_counts": (
        "thay vào đó hiển thị tỷ lệ tính từ {n}/{d} = {value}% (ghi rõ là số tính ra)",
        "shown instead: the rate computed from {n}/{d} = {value_en}% (marked as computed)",
    ),
    "note_conflict_across_files": (
        "{count} số liệu trùng với tệp khác trong cùng lần nạp nhưng khác giá trị ({files}): không nạp bên nào; nếu "
        "một tệp là bản sửa của tệp kia, nạp riêng tệp đúng (python -m etl load TỆP_ĐÚNG, hoặc bỏ tệp sai khỏi lần "
        "nạp trên trang Nạp báo cáo)",
        "{count} figure(s) also given with a different value by {files_en} in this load: neither loaded; if one file "
        "corrects the other, load the right file alone",
    ),
    "strict_refused": (
        "Chế độ --strict: tệp có {count} dòng bị loại nên không nạp gì",
        "--strict: the file has {count} rejected rows, nothing of it was loaded",
    ),
}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def message(code: str, **fields: object) -> tuple[str, str]:
    """The Vietnamese and English texts of ``code`` with ``fields`` filled in (missing fields blank)."""
    vi, en = MESSAGES[code]
    values = _Blank({k: "" if v is None else v for k, v in fields.items()})
    return vi.format_map(values), en.format_map(values)
