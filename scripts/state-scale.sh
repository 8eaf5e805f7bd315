#!/usr/bin/env bash
# Scale figures for the output folder's state (SPEC section 15); not part of the test suite.
#
# 1. A folder whose state holds 100,000 offers (seeded straight into state.db with sqlite3):
#    adding one 10-offer file vs. the same file into an empty folder. Run with --verbose, the
#    pass prints how long the batch, summary.xlsx and delivery each took.
# 2. 3,000 vs 6,000 messages sent with --send to a local SMTP server: time per message.
#
# Needs: target/offer-analyzer.jar, sqlite3, python3. Usage: scripts/state-scale.sh [WORKDIR]
set -euo pipefail
JAR=${JAR:-target/offer-analyzer.jar}
W=${1:-/tmp/state-scale}
rm -rf "$W" && mkdir -p "$W"

header="offer_id,candidate,email,company,level,location,base_salary,sign_on_year1,rsu_value"
offers() { # PREFIX N [with-email]
  echo "$header"
  for i in $(seq 1 "$2"); do
    echo "$1-$i,Client $1 $i,${3:+client$i@example.com},Amazon,L6,Seattle,$((180000 + i)),50000,300000"
  done
}
offers TEN 10 > "$W/ten.csv"

echo "== 10 offers into an empty folder"
/usr/bin/time -f "%e s" java -jar "$JAR" run --verbose --input "$W/ten.csv" --output "$W/empty" | grep -E "Timing|Done"

echo "== 10 offers into a folder holding 100,000 offers"
java -jar "$JAR" run --input "$W/ten.csv" --output "$W/big" > /dev/null   # creates the schema
sqlite3 "$W/big/.offer-analyzer/state.db" <<'SQL'
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO offers SELECT 'S-' || i, 'Seed ' || i, 'seed ' || i, 'Amazon', 'L6', 'Seattle',
  '300000.00', '300000.00', '300000.00', '300000.00', '1200000.00', '300000.00', '50.0', 0,
  '1300000.00', '8.33', 'Recruiter', 'S-' || i || '.pdf', '2026-11-15T00:00:00Z' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO offer_versions SELECT 'S-' || i, 1, '2026-11-15', 'Seed ' || i, 'seed', '185000.00',
  '50000.00', '300000.00', '0', '1200000.00', NULL, NULL, NULL FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO messages (offer_id, recipient, fingerprint, state, attempts, message_id, eml_file)
  SELECT 'S-' || i, 's' || i || '@example.com', 'f' || i, 'SENT', 1, '<' || i || '@x>',
  'sent/S-' || i || '.eml' FROM n;
SQL
sed 's/^TEN-/TWO-/' "$W/ten.csv" | sed '1s/.*/'"$header"'/' > "$W/ten2.csv"
/usr/bin/time -f "%e s" java -jar "$JAR" run --verbose --input "$W/ten2.csv" --output "$W/big" | grep -E "Timing|Done"

echo "== --send: 3,000 and 6,000 messages to a local SMTP server"
python3 "$(dirname "$0")/smtp-sink.py" 2727 & SINK=$!
trap 'kill $SINK' EXIT
sleep 1
printf 'mail.from=coach@example.com\nsmtp.host=127.0.0.1\nsmtp.port=2727\nsmtp.security=none\n' > "$W/mail.properties"
for n in 3000 6000; do
  offers M$n $n email > "$W/m$n.csv"
  java -jar "$JAR" run --input "$W/m$n.csv" --output "$W/mail$n" --config "$W/mail.properties" > /dev/null
  start=$(date +%s.%N)
  java -jar "$JAR" run --verbose --input "$W/m$n.csv" --output "$W/mail$n" --config "$W/mail.properties" \
    --retry-failed --send | grep -E "Timing|Email:"
  end=$(date +%s.%N)
  echo "$n messages: $(echo "($end - $start)" | bc) s for the whole second run"
done
