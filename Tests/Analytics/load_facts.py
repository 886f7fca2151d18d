# Loads facts.csv and facts.jsonl with the calls README.md and docs/facts.sql
# give, and prints `doc seq value value_max number period target` of every
# row per loader (after a `== loader` line), so that AnalyticsTests compares
# each with what HanQuant wrote. Run in a folder holding both files and docs/.
from decimal import Decimal
import duckdb
import pandas as pd
import polars as pl

FIELDS = ["doc", "seq", "value", "value_max", "number", "period", "target"]


def text(value):
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def show(name, rows):
    print("== " + name)
    for row in rows:
        print("\t".join(text(value) for value in row))


def duckdb_table(load):
    con = duckdb.connect()
    con.execute(open("docs/facts.sql").read())
    con.execute(load)
    return con


SELECT = "SELECT " + ", ".join(f'"{field}"' for field in FIELDS) + " FROM facts"
NORMALIZED = "rtrim(rtrim(TRY_CAST(value AS DECIMAL(38, 10))::VARCHAR, '0'), '.')"
csv = duckdb_table("COPY facts FROM 'facts.csv' (HEADER)")
show("duckdb csv", csv.execute(SELECT).fetchall())
show("duckdb jsonl", duckdb_table("COPY facts FROM 'facts.jsonl' (FORMAT json)").execute(SELECT).fetchall())
show("duckdb decimal", csv.execute(f"SELECT doc, seq, {NORMALIZED} FROM facts").fetchall())
show("duckdb rounded", csv.execute(f"SELECT doc, seq, value FROM facts WHERE {NORMALIZED} IS DISTINCT FROM value").fetchall())

frame = pd.read_csv("facts.csv", dtype=str, keep_default_na=False, na_values=[""], dtype_backend="pyarrow")
show("pandas csv", frame[FIELDS].itertuples(index=False))
show("pandas decimal", ((doc, seq, format(Decimal(value), "f")) for doc, seq, value in frame[["doc", "seq", "value"]].itertuples(index=False)))
lines = pd.read_json("facts.jsonl", lines=True, dtype=False, dtype_backend="pyarrow")
show("pandas jsonl", lines[FIELDS].itertuples(index=False))

show("polars csv", pl.read_csv("facts.csv", infer_schema=False).select(FIELDS).iter_rows())
show("polars jsonl", pl.read_ndjson("facts.jsonl", infer_schema_length=None).select(FIELDS).iter_rows())
