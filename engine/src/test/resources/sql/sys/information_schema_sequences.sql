# INFORMATION_SCHEMA.SEQUENCES: the sequences of the current database, values as sql_variant in the
# sequence's type (Hibernate's SQLServerDialect reads it before schema create/update/validate).
statement ok
CREATE SEQUENCE dbo.isq_book START WITH 1 INCREMENT BY 5
CREATE SEQUENCE dbo.isq_small AS smallint START WITH 10 INCREMENT BY -1 MINVALUE 0 MAXVALUE 100 CYCLE
CREATE SEQUENCE dbo.isq_dec AS decimal(9, 0) START WITH 7

query TTTTIIITTTTI rowsort
SELECT SEQUENCE_CATALOG, SEQUENCE_SCHEMA, SEQUENCE_NAME, DATA_TYPE, NUMERIC_PRECISION, NUMERIC_PRECISION_RADIX,
  NUMERIC_SCALE, CAST(START_VALUE AS varchar(30)), CAST(MINIMUM_VALUE AS varchar(30)), CAST(MAXIMUM_VALUE AS varchar(30)),
  CAST(INCREMENT AS varchar(30)), CAST(CYCLE_OPTION AS int)
FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME LIKE 'isq%'
----
master	dbo	isq_book	bigint	19	10	0	1	-9223372036854775808	9223372036854775807	5	0
master	dbo	isq_dec	decimal	9	10	0	7	-999999999	999999999	1	0
master	dbo	isq_small	smallint	5	10	0	10	0	100	-1	1

# A decimal sequence is bounded by its precision (decimal(9, 0): nine nines either way).
query TT
SELECT CAST(minimum_value AS varchar(20)), CAST(maximum_value AS varchar(20)) FROM sys.sequences WHERE name = 'isq_dec'
----
-999999999	999999999

query TT
SELECT CAST(SQL_VARIANT_PROPERTY(START_VALUE, 'BaseType') AS varchar(20)), CAST(SQL_VARIANT_PROPERTY(INCREMENT, 'BaseType') AS varchar(20))
FROM information_schema.sequences WHERE SEQUENCE_NAME = 'isq_small'
----
smallint	smallint

statement ok
DROP SEQUENCE dbo.isq_book, dbo.isq_small, dbo.isq_dec

query I
SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME LIKE 'isq%'
----
0
