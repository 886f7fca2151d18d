-- The facts table, schema 1.4: one column per field of a fact, in output order
-- (docs/schema.md), with types that keep every value exact in DuckDB, SQLite
-- and PostgreSQL. Load `hanquant extract` output into it instead of letting a
-- reader guess the types: a guessing reader turns `value` into a binary float,
-- `period` into an integer when a file holds only years, and `number` into a
-- float.
--
-- `value`, `value_max` and `number` are TEXT: HanQuant writes up to 38
-- significant digits at any scale (`0.000000029` kg/m3, 43-digit values ending
-- in zeros), which no one DECIMAL(p, s) holds, and SQLite would store a DECIMAL
-- column as a binary float. Cast in the query, to PostgreSQL's NUMERIC (exact
-- at any size) or DuckDB's DECIMAL(38, 10), which holds every value with at
-- most 28 digits before the point and 10 after it (README, "Types that survive
-- every reader", shows how to find the rows it would round).
--
--   DuckDB:      .read docs/facts.sql
--                COPY facts FROM 'facts.csv' (HEADER);
--                COPY facts FROM 'facts.jsonl' (FORMAT json);
--   SQLite:      .read docs/facts.sql
--                .import --csv --skip 1 facts.csv facts
--   PostgreSQL:  \i docs/facts.sql
--                \copy facts FROM 'facts.csv' WITH (FORMAT csv, HEADER true)
--
-- In SQLite, a CSV null arrives as an empty string and `target` as the text
-- 'true' or 'false'; DuckDB and PostgreSQL read them as NULL and BOOLEAN.
CREATE TABLE facts (
    doc          TEXT    NOT NULL,
    seq          INTEGER NOT NULL,
    line         INTEGER NOT NULL,
    "start"      INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    number       TEXT    NOT NULL,
    scale        TEXT,
    unit         TEXT,
    value        TEXT    NOT NULL,
    value_max    TEXT,
    base_unit    TEXT    NOT NULL,
    dimension    TEXT    NOT NULL,
    approx       TEXT,
    change       TEXT,
    indicator    TEXT,
    period       TEXT,
    period_text  TEXT,
    target       BOOLEAN NOT NULL,
    section      TEXT,
    sentence     TEXT    NOT NULL,
    "of"         INTEGER,
    "table"      INTEGER,
    "row"        INTEGER,
    "column"     INTEGER,
    row_label    TEXT,
    column_label TEXT,
    format       TEXT    NOT NULL,
    page         INTEGER
);
