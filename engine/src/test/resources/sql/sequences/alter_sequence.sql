# ALTER SEQUENCE: RESTART [WITH n], INCREMENT BY, MINVALUE/MAXVALUE, [NO] CYCLE, CACHE; and
# sys.sequences. The restart point is durable: GoldenSqlRestartTest reruns this file restarting
# the engine before every block.
statement ok
CREATE SEQUENCE s AS int START WITH 10 INCREMENT BY 5

query TTTT
SELECT CAST(start_value AS int), CAST(increment AS int), CAST(current_value AS int), CAST(last_used_value AS int) FROM sys.sequences WHERE name = 's'
----
10	5	10	NULL

query I
SELECT NEXT VALUE FOR s
SELECT NEXT VALUE FOR s
----
10
15

query II
SELECT CAST(current_value AS int), CAST(last_used_value AS int) FROM sys.sequences WHERE name = 's'
----
15	15

statement ok
ALTER SEQUENCE s RESTART WITH 100

query II
SELECT CAST(start_value AS int), CAST(current_value AS int) FROM sys.sequences WHERE name = 's'
----
100	100

query I
SELECT NEXT VALUE FOR s
----
100

query I
SELECT NEXT VALUE FOR s
----
105

statement ok
ALTER SEQUENCE s INCREMENT BY -1 MINVALUE 50 MAXVALUE 200 CYCLE CACHE 10

query I
SELECT NEXT VALUE FOR s
SELECT NEXT VALUE FOR s
----
104
103

query TTTIII
SELECT CAST(increment AS int), CAST(minimum_value AS int), CAST(maximum_value AS int), is_cycling, is_cached, cache_size FROM sys.sequences WHERE name = 's'
----
-1	50	200	1	1	10

statement ok
ALTER SEQUENCE s RESTART

query I
SELECT NEXT VALUE FOR s
----
100

statement ok
ALTER SEQUENCE s RESTART WITH 51 NO CACHE

query I
SELECT NEXT VALUE FOR s
SELECT NEXT VALUE FOR s
SELECT NEXT VALUE FOR s
----
51
50
200

statement ok
ALTER SEQUENCE s NO CYCLE NO MINVALUE NO MAXVALUE

query TTI
SELECT CAST(minimum_value AS varchar(20)), CAST(maximum_value AS varchar(20)), is_cycling FROM sys.sequences WHERE name = 's'
----
-2147483648	2147483647	0

# Errors.
statement error 11715
ALTER SEQUENCE s
----
error 11715: No properties specified for ALTER SEQUENCE.

statement error 11710
ALTER SEQUENCE s START WITH 5
----
error 11710: Argument 'START WITH' cannot be used in an ALTER SEQUENCE statement.

statement error 11711
ALTER SEQUENCE s AS bigint
----
error 11711: Argument 'AS' cannot be used in an ALTER SEQUENCE statement.

statement error 11712
ALTER SEQUENCE s CYCLE NO CYCLE
----
error 11712: Argument 'CYCLE' can not be specified more than once.

statement error 11706
ALTER SEQUENCE s CACHE 0
----
error 11706: The cache size for sequence object 's' must be greater than 0.

statement error 11700
ALTER SEQUENCE s INCREMENT BY 0
----
error 11700: The increment for sequence object 's' cannot be zero.

statement error 11705
ALTER SEQUENCE s MINVALUE 10 MAXVALUE 5
----
error 11705: The minimum value for sequence object 's' must be less than its maximum value.

statement error 11703
ALTER SEQUENCE s RESTART WITH 500 MAXVALUE 300
----
error 11703: The start value for sequence object 's' must be between the minimum and maximum value of the sequence object.

statement error 11704
ALTER SEQUENCE s MINVALUE 1000
----
error 11704: The current value '200' for sequence object 's' must be between the minimum and maximum value of the sequence object.

statement error 11701
CREATE SEQUENCE tiny AS tinyint INCREMENT BY 300
----
error 11701: The absolute value of the increment for sequence object 'tiny' must be less than or equal to the difference between the minimum and maximum value of the sequence object.

statement error 15151
ALTER SEQUENCE nope RESTART
----
error 15151: Cannot alter the sequence 'nope', because it does not exist or you do not have permission.

statement error 11726
CREATE TABLE notseq (a int)
ALTER SEQUENCE notseq RESTART
----
error 11726: Object 'notseq' is not a sequence object.

# sp_sequence_get_range reserves consecutive values at once; NEXT VALUE FOR continues after them.
query TTIT
CREATE SEQUENCE r AS bigint START WITH 1 INCREMENT BY 2 MINVALUE 1 MAXVALUE 20 CYCLE
DECLARE @first sql_variant, @last sql_variant, @cycles int, @inc sql_variant
EXEC sp_sequence_get_range @sequence_name = N'r', @range_size = 4, @range_first_value = @first OUTPUT, @range_last_value = @last OUTPUT, @range_cycle_count = @cycles OUTPUT, @sequence_increment = @inc OUTPUT
SELECT CAST(@first AS varchar(10)), CAST(@last AS varchar(10)), @cycles, CAST(@inc AS varchar(10))
----
1	7	0	2

query TTI
DECLARE @first sql_variant, @last sql_variant, @cycles int
EXEC sp_sequence_get_range N'dbo.r', 10, @first OUTPUT, @last OUTPUT, @cycles OUTPUT
SELECT CAST(@first AS varchar(10)), CAST(@last AS varchar(10)), @cycles
----
9	7	1

query I
SELECT NEXT VALUE FOR r
----
9

statement error 11732
CREATE SEQUENCE nc AS int START WITH 1 MAXVALUE 5
DECLARE @first sql_variant
EXEC sp_sequence_get_range N'nc', 6, @first OUTPUT
----
error 11732: The requested range for sequence object 'nc' exceeds the maximum or minimum limit. Retry with a smaller range.

statement error 11733
DECLARE @first sql_variant
EXEC sp_sequence_get_range N'nc', 0, @first OUTPUT
----
error 11733: Parameter '@range_size' must be a positive integer.

statement error 11726
DECLARE @first sql_variant
EXEC sp_sequence_get_range N'nothing', 1, @first OUTPUT
----
error 11726: Object 'nothing' is not a sequence object.

# A RESTART rolled back restarts nothing; one committed in a transaction takes effect at commit.
statement ok
CREATE SEQUENCE t AS int START WITH 1

query I
SELECT NEXT VALUE FOR t
SELECT NEXT VALUE FOR t
BEGIN TRAN
ALTER SEQUENCE t RESTART WITH 70
ROLLBACK
SELECT NEXT VALUE FOR t
----
1
2
3

query II
BEGIN TRAN
ALTER SEQUENCE t RESTART WITH 70
COMMIT
SELECT NEXT VALUE FOR t, CAST(current_value AS int) FROM sys.sequences WHERE name = 't'
----
70	70
