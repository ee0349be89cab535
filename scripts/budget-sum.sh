#!/usr/bin/env bash
# Sums the surefire times of the test classes issue 7's 5-minute budget names (property tests,
# the fuzz regression corpus, the concurrency test, the batch integrity tests) after a
# `mvn -B -o verify`. Run the build with fresh reports, or stale classes from an earlier
# `-Dtest=...` run are counted too:
#   rm -rf target/surefire-reports target/surefire-reports-fuzz && mvn -B -o verify
#   scripts/budget-sum.sh [target]
# A class's time is the larger of its suite time and the sum of its test cases (jqwik
# properties are not always in the suite time; Jazzer's start-up is only in the suite time).
set -euo pipefail
t="${1:-target}"
python3 - "$t" <<'PY'
import sys, glob, re, os
t = sys.argv[1]
rows = []
for f in sorted(glob.glob(t + "/surefire-reports/TEST-*.xml") + glob.glob(t + "/surefire-reports-fuzz/TEST-*.xml")):
    x = open(f, encoding="utf-8").read()
    m = re.search(r'<testsuite [^>]*name="([^"]+)" time="([0-9.,]+)"', x)
    if not m:
        continue
    cases = sum(float(c.replace(",", "")) for c in re.findall(r'<testcase [^>]*time="([0-9.,]+)"', x))
    name, secs = m.group(1), max(cases, float(m.group(2).replace(",", "")))
    short = name.rsplit(".", 1)[-1]
    src = glob.glob("src/test/java/" + name.replace(".", "/") + ".java")
    prop = bool(src) and "@Property" in open(src[0], encoding="utf-8").read()
    if prop or short.endswith("FuzzTest") or short == "HadathConcurrencyTest" or short.startswith("Batch"):
        rows.append((short, secs, "property" if prop else ""))
for r in rows:
    print(f"{r[0]:40s} {r[1]:8.1f} s {r[2]}")
print(f"{'total':40s} {sum(r[1] for r in rows):8.1f} s")
PY
