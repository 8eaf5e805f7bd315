#!/usr/bin/env python3
"""Compares two summary.xlsx files cell by cell, sheet by sheet, streaming (a 100,000-offer summary
does not fit a POI reader in memory): each cell's place, style's number format, type and value, with
shared strings resolved; and the column widths, filters and links. Used to check that the summary
`watch` keeps between drops equals one written whole (docs/performance.md).

Usage: scripts/compare-summaries.py A.xlsx B.xlsx   (exit 0 when they match)
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def column_number(ref):
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1


def shared_strings(z):
    if "xl/sharedStrings.xml" not in z.namelist():
        return []
    out = []
    for _, el in ET.iterparse(z.open("xl/sharedStrings.xml")):
        if el.tag == NS + "si":
            out.append("".join(t.text or "" for t in el.iter(NS + "t")))
            el.clear()
    return out


def sheets(z):
    wb = ET.parse(z.open("xl/workbook.xml")).getroot()
    rels = ET.parse(z.open("xl/_rels/workbook.xml.rels")).getroot()
    target = {r.get("Id"): r.get("Target") for r in rels}
    for s in wb.iter(NS + "sheet"):
        t = target[s.get(RNS + "id")].lstrip("/")
        yield s.get("name"), t if t.startswith("xl/") else "xl/" + t


def number_formats(z):
    styles = ET.parse(z.open("xl/styles.xml")).getroot()
    custom = {f.get("numFmtId"): f.get("formatCode") for f in styles.iter(NS + "numFmt")}
    xfs = styles.find(NS + "cellXfs")
    return [custom.get(x.get("numFmtId"), x.get("numFmtId")) for x in xfs]


def cells(path):
    """Yields one text line per cell (and per width, filter and link) of every sheet."""
    with zipfile.ZipFile(path) as z:
        sst = shared_strings(z)
        formats = number_formats(z)
        for name, part in sheets(z):
            row = 0
            for _, el in ET.iterparse(z.open(part)):
                if el.tag == NS + "row":
                    row = int(el.get("r")) if el.get("r") else row + 1
                    col = -1
                    for c in el.iter(NS + "c"):
                        col = column_number(c.get("r")) if c.get("r") else col + 1
                        kind = c.get("t", "n")
                        if kind == "s":
                            value = sst[int(c.find(NS + "v").text)]
                            kind = "str"
                        elif kind == "inlineStr":
                            value = "".join(t.text or "" for t in c.iter(NS + "t"))
                            kind = "str"
                        else:
                            v = c.find(NS + "v")
                            value = None if v is None else v.text
                        if value is None:
                            continue
                        fmt = formats[int(c.get("s", "0"))]
                        yield "%s!R%dC%d %s %s %s" % (name, row, col, kind, fmt, value)
                    el.clear()
                elif el.tag == NS + "col":
                    yield "%s cols %s-%s width %s" % (name, el.get("min"), el.get("max"), el.get("width"))
                elif el.tag == NS + "autoFilter":
                    yield "%s filter %s" % (name, el.get("ref"))
                elif el.tag == NS + "hyperlink":
                    yield "%s link %s" % (name, el.get("ref"))
            rels = part.rsplit("/", 1)
            rels = rels[0] + "/_rels/" + rels[1] + ".rels"
            if rels in z.namelist():
                for _, el in ET.iterparse(z.open(rels)):
                    if el.get("TargetMode") == "External":
                        yield "%s target %s %s" % (name, el.get("Id"), el.get("Target"))


def main(a, b):
    n = 0
    ia, ib = cells(a), cells(b)
    while True:
        x, y = next(ia, None), next(ib, None)
        if x != y:
            print("differ at line %d:\n  %s: %s\n  %s: %s" % (n + 1, a, x, b, y))
            return 1
        if x is None:
            print("same: %d lines (cells, widths, filters, links)" % n)
            return 0
        n += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
