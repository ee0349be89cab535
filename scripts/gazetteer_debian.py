#!/usr/bin/env python3
"""Prints Arabic place names from two Debian packages as gazetteer TSV (name, type, source).

- CLDR subdivisions (unicode-cldr-core, /usr/share/unicode/cldr/common/subdivisions/ar.xml,
  Unicode licence): every name, plus the name without its administrative prefix
  (محافظة حلب -> حلب) because news writes the bare name.
- GeoNames Arabic names (libgeonames-common, /usr/share/locale/ar/LC_MESSAGES/geonames.mo,
  CC-BY-4.0): the part before the Arabic comma (ماتارو، برشلونة -> ماتارو).
"""
import gettext
import re
import sys
import xml.etree.ElementTree as ET

CLDR = "/usr/share/unicode/cldr/common/subdivisions/ar.xml"
GEONAMES = "/usr/share/locale/ar/LC_MESSAGES/geonames.mo"
PREFIXES = ("محافظة ", "مقاطعة ", "بلدية ", "ولاية ", "إمارة ", "امارة ", "منطقة ", "إقليم ",
            "اقليم ", "جزيرة ", "جزر ", "مدينة ")
ARABIC = re.compile("[\u0621-\u064A]")


def emit(name, source):
    name = " ".join(name.split())
    if len(name) >= 2 and ARABIC.search(name) and not re.search(r"[()\[\]/]", name):
        print(f"{name}\tLOC\t{source}")


def main():
    for el in ET.parse(CLDR).getroot().iter("subdivision"):
        code = el.get("type")
        name = (el.text or "").strip()
        emit(name, "cldr-subdivision-" + code)
        for p in PREFIXES:
            if name.startswith(p) and len(name) > len(p) + 2:
                emit(name[len(p):], "cldr-subdivision-" + code)
    with open(GEONAMES, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    for key, name in sorted(catalog.items()):
        if not key:
            continue
        name = name.split("،")[0].split(",")[0].strip()
        emit(name, "geonames-" + key)
        for p in PREFIXES:
            if name.startswith(p) and len(name) > len(p) + 2:
                emit(name[len(p):], "geonames-" + key)


if __name__ == "__main__":
    sys.exit(main())
