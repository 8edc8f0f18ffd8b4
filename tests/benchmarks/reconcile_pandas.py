#!/usr/bin/env python3
"""The pandas baseline for reconcile_1m: the same rows from the same SQLite store, matched the way
an analyst would with pandas: a merge on the payout id found in the bank text, then a merge on
amount and currency within the date window. Reading is part of the time, as it is for Paydeck;
writing the result back is not (Paydeck's time includes persisting its matches)."""
import sqlite3
import sys
import time

import pandas as pd

path = sys.argv[1]
start = time.perf_counter()
con = sqlite3.connect(path)
payouts = pd.read_sql_query(
    "SELECT rowid AS pid, id, amount, upper(currency) AS currency, arrival_date FROM payouts"
    " WHERE status IN ('paid', 'in_transit')", con)
bank = pd.read_sql_query(
    "SELECT id AS bid, amount, currency, booking_date, end_to_end_id, remittance FROM bank_entries"
    " WHERE status = 'BOOK'", con)
con.close()
payouts["arrival"] = pd.to_datetime(payouts["arrival_date"], unit="s").dt.normalize()
bank["booked"] = pd.to_datetime(bank["booking_date"])

# 1. By reference: the payout id in the end-to-end id or the remittance text, amounts equal.
text = bank["end_to_end_id"].fillna("") + " " + bank["remittance"].fillna("")
bank["ref"] = text.str.extract(r"(po_[A-Za-z0-9]+)", expand=False)
by_ref = bank.dropna(subset=["ref"]).merge(payouts, left_on=["ref", "amount", "currency"],
                                           right_on=["id", "amount", "currency"])
by_ref = by_ref.drop_duplicates(subset=["pid"]).drop_duplicates(subset=["bid"])

# 2. By amount, currency and date window among what is left.
rest_bank = bank[~bank["bid"].isin(by_ref["bid"])]
rest_payouts = payouts[~payouts["pid"].isin(by_ref["pid"])]
candidates = rest_bank.merge(rest_payouts, on=["amount", "currency"])
days = (candidates["booked"] - candidates["arrival"]).dt.days
candidates = candidates[(days >= -1) & (days <= 5)]
candidates = candidates.assign(distance=days.abs()).sort_values(["distance", "bid"])
by_amount = candidates.drop_duplicates(subset=["pid"]).drop_duplicates(subset=["bid"])
elapsed = time.perf_counter() - start

print(f"pandas_1m_seconds: {elapsed:.2f}")
print(f"pandas_matched_by_reference: {len(by_ref)}")
print(f"pandas_matched_by_amount_date: {len(by_amount)}")
