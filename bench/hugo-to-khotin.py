#!/usr/bin/env python3
"""Turns the Hugo-layout corpus of /work/shared/bench/gen_corpus.py (content/<lang>/<yyyy>/<slug>.md with
translationKey and tags) into khotin's layout (content/<lang>/<yyyy>/<mm>/<slug>.md with translation_key and
keywords). The month comes from the front matter date, which gen_corpus writes in Vietnam's time.

Usage: hugo-to-khotin.py HUGO_SITE_DIR KHOTIN_SITE_DIR
"""
import os
import re
import sys

src, dst = sys.argv[1], sys.argv[2]
count = 0
for root, _, files in sorted(os.walk(os.path.join(src, "content"))):
    for name in sorted(files):
        if not name.endswith(".md"):
            continue
        path = os.path.join(root, name)
        text = open(path, encoding="utf-8").read()
        lang = os.path.relpath(path, os.path.join(src, "content")).split(os.sep)[0]
        date = re.search(r"^date: (\d{4})-(\d{2})-", text, re.M)
        text = re.sub(r"^translationKey:", "translation_key:", text, count=1, flags=re.M)
        text = re.sub(r"^tags:", "keywords:", text, count=1, flags=re.M)
        out = os.path.join(dst, "content", lang, date.group(1), date.group(2), name)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
        count += 1
print(f"converted {count} articles into {dst}/content")
