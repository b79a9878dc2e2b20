"""Reading: any file a clerk sends (.xlsx, .xls, .ods, .csv/.txt, HTML saved as .xls) into sheets of cell values,
with merged ranges, percent-shown cells, formulas computed where the file holds no value, and text in legacy
Vietnamese fonts or encodings converted to Unicode. Nothing here gives a cell a meaning (that is etl.tables)."""
