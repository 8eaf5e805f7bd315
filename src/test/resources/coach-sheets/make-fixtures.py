#!/usr/bin/env python3
"""Writes the golden coach spreadsheets of CoachSheetsIT (issue 9) byte for byte.

The .xlsx files are written part by part the way openpyxl writes them: shared strings, and
formulas with an EMPTY cached value (<f>..</f><v></v>), which Excel fills in on open but a
reader must evaluate. Run from this folder: python3 make-fixtures.py
"""
import zipfile
from xml.sax.saxutils import escape

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{sheets}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>"""
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def workbook(path, sheets):
    """sheets: list of (name, rows, options); a row is a list of cells or a dict
    {'cells': [...], 'hidden': True}; a cell is None, a number, a str, or ('f', formula, cached)."""
    strings, index = [], {}

    def sst(t):
        if t not in index:
            index[t] = len(strings)
            strings.append(t)
        return index[t]

    parts = {}
    for n, (name, rows, opts) in enumerate(sheets, 1):
        xml = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>']
        for r, row in enumerate(rows, 1):
            hidden = False
            if isinstance(row, dict):
                hidden, row = row.get("hidden", False), row["cells"]
            if not row:
                continue
            xml.append(f'<row r="{r}"' + (' hidden="1"' if hidden else "") + ">")
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if v is None:
                    continue
                if isinstance(v, tuple):
                    _, formula, cached = v
                    xml.append(f'<c r="{ref}"><f>{escape(formula)}</f><v>{"" if cached is None else cached}</v></c>')
                elif isinstance(v, str):
                    xml.append(f'<c r="{ref}" t="s"><v>{sst(v)}</v></c>')
                else:
                    xml.append(f'<c r="{ref}" t="n"><v>{v}</v></c>')
            xml.append("</row>")
        xml.append("</sheetData>")
        if opts.get("merge"):
            xml.append(f'<mergeCells count="{len(opts["merge"])}">' + "".join(f'<mergeCell ref="{m}"/>' for m in opts["merge"]) + "</mergeCells>")
        xml.append("</worksheet>")
        parts[f"xl/worksheets/sheet{n}.xml"] = "".join(xml)
    wb = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS}><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for n, (name, _, opts) in enumerate(sheets, 1):
        state = ' state="hidden"' if opts.get("hidden") else ""
        wb.append(f'<sheet name="{escape(name)}" sheetId="{n}"{state} r:id="rId{n}"/>')
        rels.append(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>')
    k = len(sheets)
    rels.append(f'<Relationship Id="rId{k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
    rels.append(f'<Relationship Id="rId{k + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    wb.append("</sheets><calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>")
    rels.append("</Relationships>")
    sheet_ct = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for n in range(1, k + 1))
    sst_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT.format(sheets=sheet_ct))
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", "".join(wb))
        z.writestr("xl/_rels/workbook.xml.rels", "".join(rels))
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/sharedStrings.xml", sst_xml)
        for name, xml in parts.items():
            z.writestr(name, xml)


HEADER = ["Offer ID", "Client", "Company", "Level", "Location", "Base Pay", "Signing Bonus Y1",
          "Sign-on (Year 2)", "RSUs ($)", "Bonus %", "Stock Growth %"]

# A workbook written by a script: title row, formulas without cached results, an error formula,
# placeholders, totals rows as formulas under the table.
workbook("openpyxl-formulas.xlsx", [("Offers", [
    ["Offer comparison - Priya Natarajan"],
    [],
    HEADER,
    [1, "Priya Natarajan", "AWS", "SDE III", "Seattle, WA", 185000, 50000, ("f", "G4*0.8", None), 400000, 0, 0],
    [2, "Priya Natarajan", "Google", "L6", "New York, NY", 200000, 30000, ("f", "G5/0", None), 300000, 15, 0],
    [3, "Priya Natarajan", "Amazon.com, Inc.", "L6 (SDE III)", "Seattle", 190000, 60000, 40000, 420000, "N/A", "TBD"],
    [],
    [None, "Total", None, None, None, ("f", "SUM(F4:F6)", None), ("f", "SUM(G4:G6)", None)],
    [None, None, None, None, None, ("f", "AVERAGE(F4:F6)", None)],
], {})])

# A coach's workbook: a notes tab, a tab under a title row, a tab with a two-row merged header,
# a hidden (filtered) row, a totals row with stored values, a note under the table, and a
# column that looks like a known one but is not.
workbook("titled-two-tabs.xlsx", [
    ("Read me", [["How to use this workbook"], ["One tab per client. Figures from the recruiter."]], {}),
    ("Ana", [
        ["Ana Lima - offers as of Nov 2026"],
        ["Candidate", "Company", "Level", "Location", "Base Salary ($)", "Sign-on (Year 1)", "Sign-on (Year 2)", "Equity (4 yr)", "Target Bonus %"],
        ["Ana Lima", "Amazon Web Services", "Senior SDE", "San Francisco, CA", 210000, 70000, 55000, 480000, "-"],
    ], {}),
    ("Ben", [
        ["Client", None, "Compensation"],
        ["Name", "Company", "Base", "RSU Grant", "Signing Bonus", "Level", "Location"],
        ["Ben Okafor", "Amazon", 175000, 300000, 25000, "L6", "Austin, TX"],
        {"hidden": True, "cells": ["Ben Okafor", "Contoso", 165000, 200000, None, "L6", "Austin"]},
        ["Total", None, 340000, 500000, 25000],
        ["Figures from the recruiter's email of 3 Nov"],
    ], {"merge": ["A1:B1", "C1:E1"]}),
    ("Old", [["Candidate", "Base"], ["Hidden Person", 150000]], {"hidden": True}),
])

# A German Excel CSV export: semicolons, Windows-1252, European numbers, placeholders.
rows = [
    "Offer;Candidate;Company;Level;Location;Base Salary;Sign-on Year 1;Sign-on Year 2;RSU Grant;Bonus %",
    "1;Jörg Müller;Amazon;L6;Seattle;185.000;40.000,00;30.000;400.000;0",
    "2;Jörg Müller;Zalando SE;L6;Berlin;120.500,50;-;--;80.000;12,5%",
    "Summe;;;;;305.500,50;;;;",
]
with open("german-export.csv", "wb") as f:
    f.write(("\r\n".join(rows) + "\r\n").encode("windows-1252"))

# One file per client, rows numbered from 1 in each.
with open("client-priya.csv", "w", newline="") as f:
    f.write("Offer #,Candidate,Company,Level,Location,Base,RSU Grant,Signing Bonus Y1\r\n"
            "1,Priya Shah,Amazon,L7,NYC,230000,900000,100000\r\n"
            "2,Priya Shah,Meta,E6,NYC,240000,700000,50000\r\n")
with open("client-sam.csv", "w", newline="") as f:
    f.write("Offer #,Candidate,Company,Level,Location,Base,RSU Grant,Signing Bonus Y1\r\n"
            "1,Sam Reyes,Amazon,L6,Seattle,180000,350000,45000\r\n"
            "2,Sam Reyes,Microsoft,64,Redmond,175000,250000,20000\r\n")
