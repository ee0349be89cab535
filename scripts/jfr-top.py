#!/usr/bin/env python3
"""Top methods of a JFR recording (standard library only; JDK 17's `jfr` has no hot-methods view).

    scripts/jfr-top.py target/jfr/<benchmark>/profile.jfr [package-filter]

Prints the methods most often on top of the stack (self time) and, for frames whose name contains
the filter (default io.github.hadath), how often they are anywhere on the stack (inclusive time).
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
want = sys.argv[2] if len(sys.argv) > 2 else "io.github.hadath"
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", recording],
                      check=True, capture_output=True, text=True).stdout
self_time, inclusive = collections.Counter(), collections.Counter()
samples = 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(.*?line: (\d+)", event, re.M)
    if not frames:
        continue
    samples += 1
    self_time[frames[0][0]] += 1
    for name in {f for f, _ in frames}:
        inclusive[name] += 1
print(f"{samples} samples")
print("self time:")
for name, n in self_time.most_common(15):
    print(f"  {100 * n / samples:5.1f}%  {name}")
print(f"inclusive, frames containing '{want}':")
for name, n in [(k, v) for k, v in inclusive.most_common() if want in k][:20]:
    print(f"  {100 * n / samples:5.1f}%  {name}")
