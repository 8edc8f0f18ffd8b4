#!/usr/bin/env python3
"""The pandas baseline for fraud_1m: the velocity features of every charge of the same SQLite
store — per card, e-mail, IP, customer and card BIN, charges, declines and small charges over sliding
windows of 10 minutes, 1 hour, 24 hours and 7 days — the way an analyst computes them with
pandas (groupby + time-based rolling). Prints `name: value` lines."""
import sqlite3
import sys
import time

import numpy as np
import pandas as pd

path = sys.argv[1]
start = time.perf_counter()
with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
    df = pd.read_sql(
        "SELECT created, card_fingerprint AS card, email, customer, card_iin AS bin, "
        "json_extract(metadata, '$.ip') AS ip, status = 'failed' AS declined, "
        "amount <= 200 AS small FROM charges ORDER BY created",
        db,
    )
df["t"] = pd.to_datetime(df["created"], unit="s")
df["one"] = 1
features = 0
for key in ("card", "email", "ip", "customer", "bin"):
    part = df.loc[df[key].notna(), ["t", key, "one", "declined", "small"]]
    grouped = part.groupby(key)
    for window in ("10min", "1h", "24h", "7d"):
        rolled = grouped.rolling(window, on="t")[["one", "declined", "small"]].sum()
        features += rolled.size
elapsed = time.perf_counter() - start

# The same counts as a pandas expert writes them at this scale: per entity, rows sorted by
# (entity, time); a window's first row found by binary search, sums by cumulative differences.
start = time.perf_counter()
vectorized = 0
for key in ("card", "email", "ip", "customer", "bin"):
    part = df.loc[df[key].notna(), ["created", key, "one", "declined", "small"]]
    part = part.assign(g=part[key].astype("category").cat.codes.astype(np.int64))
    part = part.sort_values(["g", "created"], kind="stable")
    combined = part["g"].to_numpy() * (1 << 34) + part["created"].to_numpy()
    sums = np.cumsum(part[["one", "declined", "small"]].to_numpy(dtype=np.int64), axis=0)
    sums = np.vstack([np.zeros((1, 3), dtype=np.int64), sums])
    for seconds in (600, 3600, 86400, 604800):
        first = np.searchsorted(combined, combined - seconds, side="right")
        counts = sums[np.arange(1, len(combined) + 1)] - sums[first]
        vectorized += counts.size
vectorized_elapsed = time.perf_counter() - start

print(f"pandas_charges: {len(df)}")
print(f"pandas_features: {features}")
print(f"pandas_rescore_1m_seconds: {elapsed:.2f}")
print(f"pandas_vectorized_rescore_1m_seconds: {vectorized_elapsed:.2f}")
