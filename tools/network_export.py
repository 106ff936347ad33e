"""The files of *Export my network*: CSV tables any spreadsheet or CRM opens, and
vCards, zipped. Pure functions: the rows come from the caller."""

import csv
import io
import zipfile

# a cell a spreadsheet would run as a formula (CSV injection): kept as text
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value`` as a CSV cell: text, with a leading apostrophe when a spreadsheet
    would otherwise read it as a formula."""
    if value is None or value is False:
        return ""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(header, rows):
    """A UTF-8 CSV (with a BOM, which spreadsheets need to read UTF-8) of
    ``rows`` under ``header``, every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode()


def zip_bytes(files):
    """One .zip of ``files`` (name -> bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()
