#!/usr/bin/env bash
# Runs `wirewatch process` over each public corpus in ../shared and fails when a score falls below the floors in
# scripts/floors.txt (a ratchet: floors are raised as the scores rise, never lowered).
# Usage: scripts/check-floors.sh PATH/TO/wirewatch
set -euo pipefail
bin=$(realpath "${1:?usage: check-floors.sh PATH/TO/wirewatch}")
here=$(cd "$(dirname "$0")" && pwd)
corpus="$here/../../shared/corpus"
eval_dir="$here/../../shared/eval"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
for set in $(awk '!/^#/ && NF {print $1}' "$here/floors.txt" | sort -u); do
  out="$tmp/$set-out"; state="$tmp/$set-state"; mkdir -p "$out" "$state"
  in="$corpus/$set/articles"
  if [ "$set" = html-extraction ]; then
    in="$tmp/html"; mkdir -p "$in"
    for f in "$corpus/html-extraction/html"/*.html.gz; do gunzip -c "$f" > "$in/$(basename "$f" .gz)"; done
  fi
  start=$(date +%s.%N)
  "$bin" process --output "$out" --state "$state" "$in" > "$tmp/$set.log" 2>&1 \
    || { echo "== $set: process failed"; tail -n 5 "$tmp/$set.log"; status=1; continue; }
  printf '== %s: %d files in %.2f s\n' "$set" "$(ls "$in" | wc -l)" "$(echo "$(date +%s.%N) - $start" | bc)"
  if [ "$set" = html-extraction ]; then
    floor=$(awk -v s="$set" '$1 == s && $2 == "f1" {print $3}' "$here/floors.txt")
    python3 "$eval_dir/score_html.py" "$corpus/html-extraction/ground-truth.json" "$out" --min-f1 "$floor" || status=1
  else
    args=()
    while read -r _ metric value; do args+=(--min "$metric=$value"); done < <(awk -v s="$set" '$1 == s' "$here/floors.txt")
    python3 "$eval_dir/score.py" "$corpus/$set/gold" "$out" "${args[@]}" || status=1
  fi
done
exit $status
