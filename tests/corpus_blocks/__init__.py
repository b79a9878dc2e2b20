"""Corpus-building blocks: what the test corpora (tests/clerk_corpus, shape_corpus, field_corpus, office_corpus,
batch_corpus) share, so that each corpus states only what is particular to it: its documents and the facts each
must give.

- sheet: `Sheet`, a report sheet typed from the top (title block, header, numbering row, unit rows, indicator
  lines, notes, signatures), saved with a writer, then its case; `simple_table`;
- parts: the parts of a report sheet (`heading` title block, `PARTY` / `STATE` mottos, `CAMPAIGN`, `SUBJECT`,
  `group_header` / `unit_header` merged headers of two or three rows, `numbering`, `sign`, `cover_sheet`);
- cells: what a clerk types in a cell (`X` text with its reading, `Pct`, `Formula`), a sheet as Excel shows it
  (`Grid`), figures as clerks type and draw them (`vn`, `thousands`, `frac`, `pct1`, `pct_cell`, `counts`, `ratio`);
- expect: what a correct loader must make of a file (`Case`, `refused`, `Expect`, `Row`, `Line`, `lay`,
  `lay_vertical`, `lay_transposed`, `lay_long`, register items) and a corpus's registry (`Corpus`: a case is named
  by its registration and described by its builder's docstring);
- writers: one per file kind (`save_openpyxl`, `save_xlsxwriter`, `save_xlwt`, `save_ods`, `save_csv` in UTF-8,
  Windows-1258 or UTF-16, `save_unicode_text`, `save_html_xls`) and what is done to a saved workbook (hidden sheets,
  columns and rows, formulas without cached values, a password, deterministic bytes);
- encodings: legacy text (Windows-1258, TCVN3 from viparse's table or from the standard, VNI-Windows);
- units: official units (`xa`, `tt`, `phuong`, `district`, `province`, `other`), unit names as typed (`as_typed`)
  and the four districts of DOMAIN.md;
- plain: the plain grid of one small report as a list of rows, with its writers in every format;
- figures: report files written with the product's own workbook writer (reportgen).
"""
