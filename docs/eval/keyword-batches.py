"""Compares the keywords the last 50 pages of a crawl got in the imports keyword-batches.sh made."""
import collections
import glob
import re
import sys
import unicodedata

W = sys.argv[1]


def norm(k):
    return unicodedata.normalize('NFC', k).strip().lower()


def read(folder):
    """source_file -> keywords of the Vietnamese articles imported into folder."""
    out = {}
    for p in glob.glob(folder + '/**/*.md', recursive=True):
        front = open(p, encoding='utf-8').read().split('\n---\n', 1)[0]
        src = re.search(r'^source_file: (.*)$', front, re.M)
        if not src or not re.search(r'^lang: vi$', front, re.M):
            continue
        m = re.search(r'^keywords: \[(.*)\]$', front, re.M)
        out[src.group(1).strip().strip('"')] = [norm(x) for x in m.group(1).split(', ')] if m and m.group(1) else []
    return out


def f1(a, b):
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


whole = read(W + '/whole')
late = [l.strip() for l in open(W + '/late.txt')]


def report(name, got, archive=None):
    ids = [i for i in late if i in got and i in whole]
    if not ids:
        return
    line = f'{name:34s} articles {len(ids):3d}  keywords/article {sum(len(got[i]) for i in ids) / len(ids):4.2f}' \
           f'  agreement with the whole-crawl import (F1) {sum(f1(set(got[i]), set(whole[i])) for i in ids) / len(ids):.2f}'
    if archive is not None:
        uses = collections.Counter()
        for kws in archive.values():
            uses.update(set(kws))
        kept = [k for i in ids for k in set(got[i])]
        shared = sum(1 for k in kept if uses[k] >= 2)
        line += f'  keywords another article of the archive has {shared}/{len(kept)} = {shared / max(1, len(kept)):.2f}'
    print(line)


report('whole crawl, one import', whole, whole)
daily5 = read(W + '/daily5')
report('archive + late pages 5 at a time', daily5, daily5)
daily1 = read(W + '/daily1')
report('archive + late pages 1 at a time', daily1, daily1)
new = {}
for d in glob.glob(W + '/new-*'):
    new.update(read(d))
report('new archive, 5 pages at a time', new)
