#!/bin/sh
# The peer of issue 14: LibreOffice headless turning one-page offer workbooks into PDFs, which is
# what a coach would do by hand instead of this tool. Makes 40 one-offer workbooks (figures and
# formulas for the four years), then times ONE `soffice --headless --convert-to pdf` call over all
# 40 and prints the milliseconds per offer. Needs LibreOffice Calc (`apt-get install
# libreoffice-calc-nogui`). Usage: scripts/peer-libreoffice.sh [WORKDIR]
set -eu
work=${1:-$(mktemp -d /tmp/peer-lo.XXXXXX)}
mkdir -p "$work/csv" "$work/xlsx" "$work/pdf"
i=1
while [ "$i" -le 40 ]; do
  base=$((170000 + i * 1250))
  sign1=$((50000 + i * 2000))
  sign2=$((30000 + i * 1000))
  grant=$((300000 + i * 5000))
  cat > "$work/csv/offer-$i.csv" <<CSV
Offer,BENCH-$i
Candidate,Candidate $i
Company,Amazon
Level,L6
Location,Seattle
Base salary,$base
Sign-on year 1,$sign1
Sign-on year 2,$sign2
RSU grant,$grant
Vesting (5/15/40/40),
Year 1 total,=B6+B7+B9*0.05
Year 2 total,=B6+B8+B9*0.15
Year 3 total,=B6+B9*0.4
Year 4 total,=B6+B9*0.4
4-year total,=SUM(B11:B14)
4-year average,=B15/4
Market median (L6 Seattle),=350000
Position vs median,=B16/B17-1
CSV
  i=$((i + 1))
done
# Untimed: the workbooks a coach would have.
soffice --headless --convert-to xlsx --outdir "$work/xlsx" "$work"/csv/*.csv > /dev/null 2>&1
# Warm the user profile once so the timed call measures conversion, not first-start set-up.
soffice --headless --convert-to pdf --outdir "$work/pdf" "$work/xlsx/offer-1.xlsx" > /dev/null 2>&1
rm -f "$work"/pdf/*.pdf
start=$(date +%s%N)
soffice --headless --convert-to pdf --outdir "$work/pdf" "$work"/xlsx/*.xlsx > /dev/null 2>&1
end=$(date +%s%N)
n=$(ls "$work"/pdf/*.pdf | wc -l)
ms=$(( (end - start) / 1000000 ))
echo "libreoffice: $n workbooks to PDF in one call: $ms ms, $((ms / n)) ms per offer"
