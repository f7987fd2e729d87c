#!/bin/bash
# How an article's imported keywords depend on the batch it came in with.
# usage: docs/eval/keyword-batches.sh KHOTIN DATA WORK   (KHOTIN: the launcher; DATA: folder of crawl pages; WORK: scratch folder)
set -eu
K=$1; DATA=$2; W=$3
rm -rf "$W"; mkdir -p "$W/in"
ls "$DATA" | sort > "$W/all.txt"
tail -n 50 "$W/all.txt" > "$W/late.txt"
head -n -50 "$W/all.txt" > "$W/early.txt"
imp() { "$K" import --quiet --date 2017-02-07 --into "$@" > /dev/null; }
mk() { rm -rf "$W/in/$1"; mkdir -p "$W/in/$1"; while read f; do ln -s "$DATA/$f" "$W/in/$1/$f"; done; }
# reference: the whole crawl as one import
imp "$W/whole" "$DATA"
# an archive of the early pages, then the late ones imported five at a time (a day's news into an archive)
mk early < "$W/early.txt"; imp "$W/daily5" "$W/in/early"
cp -r "$W/daily5" "$W/daily1"
split -l 5 -d "$W/late.txt" "$W/chunk."
for c in "$W"/chunk.*; do n=$(basename "$c"); mk "$n" < "$c"; imp "$W/daily5" "$W/in/$n"; done
# ... and one at a time
i=0; while read f; do i=$((i+1)); [ $i -le 20 ] || break; mk one$i <<< "$f"; imp "$W/daily1" "$W/in/one$i"; done < "$W/late.txt"
# a new archive: five late pages at a time into an empty folder
for c in "$W"/chunk.*; do n=$(basename "$c"); imp "$W/new-$n" "$W/in/$n"; done
python3 "$(dirname "$0")/keyword-batches.py" "$W"
