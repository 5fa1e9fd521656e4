#!/usr/bin/env python3
"""Held-out numbers of one scored source: AUC and spam recall where the held-out genuine false-positive rate is 1% and 5%.

Usage: heldout-metrics.py VERDICTS.csv LABELED.csv

VERDICTS.csv is `engage score` output (id, spam_probability, ...); LABELED.csv the corpus it scored (id, label). Recall
at a rate is measured above the genuine score that rate of genuine comments reaches, so it does not depend on the
threshold stored in the model. Prints "auc 0.9466 recall@1% 0.6719 recall@5% 0.9040".
"""
import bisect
import csv
import sys

def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        spam = {r["id"]: r["label"] == "spam" for r in csv.DictReader(f)}
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        scored = [(float(r["spam_probability"]), spam[r["id"]]) for r in csv.DictReader(f)]
    positives = [p for p, is_spam in scored if is_spam]
    negatives = sorted(p for p, is_spam in scored if not is_spam)
    if not positives or not negatives:
        print("heldout-metrics: the source needs spam and genuine comments", file=sys.stderr)
        return 1
    # AUC as the Mann-Whitney statistic, ties counted half.
    wins = sum(bisect.bisect_left(negatives, p) + 0.5 * (bisect.bisect_right(negatives, p) - bisect.bisect_left(negatives, p)) for p in positives)
    out = [f"auc {wins / (len(positives) * len(negatives)):.4f}"]
    for rate in (0.01, 0.05):
        k = int(rate * len(negatives))
        cut = negatives[len(negatives) - 1 - k] if k < len(negatives) else 0.0
        out.append(f"recall@{rate:.0%} {sum(1 for p in positives if p > cut) / len(positives):.4f}")
    print(" ".join(out))
    return 0

if __name__ == "__main__":
    sys.exit(main())
