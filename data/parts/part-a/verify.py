#!/usr/bin/env python3
"""Checks posts.csv / comments.csv of part-a and prints counts (see corpuskit.verify_part for the checks)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import corpuskit as kit  # noqa: E402

sys.exit(0 if kit.verify_part(HERE, "part-a") else 1)
