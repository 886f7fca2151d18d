"""Runs hanquant on Apache Spark in local mode with 2 workers: the records
of RECORDS (JSON Lines, {"doc", "text"}) are piped through `hanquant
extract --input-format jsonl`, one process per partition, and the facts
are written as JSON Lines to OUT/jsonl (part-00000, part-00001 …) and as
Parquet to OUT/parquet, typed as docs/facts.sql types them (value as exact
text). Prints the counts, and the per-dimension totals read back from the
Parquet copy. Usage: spark_extract.py HANQUANT RECORDS OUT [FACTS_SQL]"""
import json
import re
import shlex
import sys

from pyspark.sql import SparkSession

hanquant, records, out = sys.argv[1:4]
facts_sql = sys.argv[4] if len(sys.argv) > 4 else "docs/facts.sql"

spark = (SparkSession.builder.master("local[2]").appName("hanquant")
         .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
         .getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

# One line per record; each partition's lines go to one hanquant process on
# its standard input, and its fact lines come back in the same order.
lines = spark.sparkContext.textFile(records, minPartitions=4)
command = [hanquant, "extract", "--quiet", "--input-format", "jsonl", "--jobs", "1", "-"]
facts = lines.pipe(shlex.join(command))
facts.saveAsTextFile(f"{out}/jsonl")

# The columns of docs/facts.sql as a Spark schema: TEXT stays text, so that
# no value becomes a binary float.
types = {"TEXT": "STRING", "INTEGER": "BIGINT", "BOOLEAN": "BOOLEAN"}
columns = re.findall(r'^\s+"?(\w+)"?\s+(TEXT|INTEGER|BOOLEAN)', open(facts_sql).read(), re.M)
schema = ", ".join(f"`{name}` {types[kind]}" for name, kind in columns)
table = spark.read.schema(schema).json(f"{out}/jsonl")
table.write.parquet(f"{out}/parquet")

parquet = spark.read.parquet(f"{out}/parquet")
print(f"records: {lines.count()}, partitions: {lines.getNumPartitions()}, facts: {parquet.count()}")
# Every value survives the Parquet copy exactly, as the JSON text gave it.
written = {(fact["doc"], fact["seq"]): fact["value"] for fact in map(json.loads, facts.collect())}
read = {(row.doc, row.seq): row.value for row in parquet.select("doc", "seq", "value").collect()}
assert read == written, "a value changed in the Parquet copy"
parquet.groupBy("dimension").count().orderBy("count", ascending=False).show(5)
spark.stop()
