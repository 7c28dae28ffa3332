# sp_execute_external_script with real Python (ml-services.md §1). Needs the venv Quern's
# Python runtime finds (QUERN_PYTHON or .venv/bin/python above the working directory).

statement ok
EXEC sp_configure 'external scripts enabled', 1
RECONFIGURE
----
! Configuration option 'external scripts enabled' changed from 0 to 1. Run the RECONFIGURE statement to install.

# Columns come back unnamed when no WITH RESULT SETS is given.
describe
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT CAST(1 AS int) AS a, N''x'' AS b'
----
	int	NULL
	nvarchar(max)	NULL

query IT
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT value AS a, N''row '' + CAST(value AS nvarchar(10)) AS b FROM GENERATE_SERIES(1, 3)'
----
1	row 1
2	row 2
3	row 3

# An input larger than the query-to-runtime chunks (1 024 rows) and the runtime's batches
# (32 768 rows) arrives whole and in order.
query IIII
EXEC sp_execute_external_script @language = N'Python',
  @script = N'v = InputDataSet.v
OutputDataSet = pandas.DataFrame({"n": [len(v)], "first": [int(v.iloc[0])], "last": [int(v.iloc[-1])], "ordered": [int(v.is_monotonic_increasing)]})',
  @input_data_1 = N'SELECT value AS v FROM GENERATE_SERIES(1, 70001)'
----
70001	1	70001	1

# Streaming runs over @r_rowsPerRead rows at a time across those chunk boundaries.
query II
EXEC sp_execute_external_script @language = N'Python',
  @script = N'OutputDataSet = pandas.DataFrame({"n": [len(InputDataSet)], "first": [int(InputDataSet.v.iloc[0])]})',
  @input_data_1 = N'SELECT value AS v FROM GENERATE_SERIES(1, 5000)',
  @params = N'@r_rowsPerRead int', @r_rowsPerRead = 1500
----
1500	1
1500	1501
1500	3001
500	4501

# Positional parameters follow the documented order.
query I
EXEC sp_execute_external_script N'Python', N'OutputDataSet = InputDataSet * 2', N'SELECT 21 AS a'
----
42

describe
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 1 AS a, N''x'' AS b'
WITH RESULT SETS ((id bigint NOT NULL, label nvarchar(20)))
----
id	bigint	NOT NULL
label	nvarchar(20)	NULL

# Custom input and output names; the names are case-sensitive Python globals.
query R
EXEC sp_execute_external_script @language = N'Python',
  @script = N'result = pandas.DataFrame({"m": [rows.v.mean()]})',
  @input_data_1 = N'SELECT CAST(value AS float) AS v FROM GENERATE_SERIES(1, 4)',
  @input_data_1_name = N'rows', @output_data_1_name = N'result'
WITH RESULT SETS ((mean_v float))
----
2.5

# A script that never assigns the output sends no result set ...
statement ok
EXEC sp_execute_external_script @language = N'Python', @script = N'x = 1'

# ... which WITH RESULT SETS reports as 11536.
statement error 11536
EXEC sp_execute_external_script @language = N'Python', @script = N'x = 1' WITH RESULT SETS ((a int))
----
error 11536: EXECUTE statement failed because its WITH RESULT SETS clause specified 1 result set(s), but the statement only sent 0 result set(s) at run time.

statement error 11535
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 1 AS a' WITH RESULT SETS NONE
----
error 11535: EXECUTE statement failed because its WITH RESULT SETS clause specified 0 result set(s), and the statement tried to send more result sets than this.

statement error 11537
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 1 AS a' WITH RESULT SETS ((a int, b int))
----
error 11537: EXECUTE statement failed because its WITH RESULT SETS clause specified 2 column(s) for result set number 1, but the statement sent 1 column(s) at run time.

statement error 11538
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = pandas.DataFrame({"b": [b"\x01"]})' WITH RESULT SETS ((d date))
----
error 11538: EXECUTE statement failed because its WITH RESULT SETS clause specified type 'date' for column #1 in result set #1, and the corresponding type sent at run time was 'varbinary(max)'; there is no conversion between the two types.

# A value that does not fit the declared type is a conversion error.
statement error 245
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = pandas.DataFrame({"s": ["abc"]})' WITH RESULT SETS ((n int))

statement ok
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 1 AS a' WITH RESULT SETS UNDEFINED

# STDOUT and STDERR come back as messages under SQL Server's headers.
statement ok
EXEC sp_execute_external_script @language = N'Python', @script = N'import sys
print(0.5, 2)
print("warn", file=sys.stderr)'
----
! STDERR message(s) from external script: 
! warn
! STDOUT message(s) from external script: 
! 0.5 2

# @params: values become globals named without the @; OUTPUT values come back.
statement ok
DECLARE @doubled int, @greeting nvarchar(50)
EXEC sp_execute_external_script @language = N'Python',
  @script = N'doubled = n * 2
greeting = "hello " + who',
  @params = N'@n int, @who nvarchar(20), @doubled int OUTPUT, @greeting nvarchar(50) OUTPUT',
  @n = 21, @who = N'world', @doubled = @doubled OUTPUT, @greeting = @greeting OUTPUT
PRINT CONCAT(@doubled, ' ', @greeting)
----
! 42 hello world

# The pickled-model pattern: varbinary(max) out, then in again.
statement ok
DECLARE @model varbinary(max)
EXEC sp_execute_external_script @language = N'Python',
  @script = N'import pickle
model = pickle.dumps({"slope": 3})',
  @params = N'@model varbinary(max) OUTPUT', @model = @model OUTPUT
EXEC sp_execute_external_script @language = N'Python',
  @script = N'import pickle
m = pickle.loads(model)
OutputDataSet = pandas.DataFrame({"y": InputDataSet.x * m["slope"]})',
  @input_data_1 = N'SELECT 2 AS x',
  @params = N'@model varbinary(max)', @model = @model
WITH RESULT SETS ((y int))
PRINT DATALENGTH(@model)
----
6
! 25

# Partitions: the script runs once per partition, rows ordered inside each.
query III rowsort
EXEC sp_execute_external_script @language = N'Python',
  @script = N'OutputDataSet = pandas.DataFrame({"k": [int(InputDataSet.k.iloc[0])], "n": [len(InputDataSet)], "first": [int(InputDataSet.v.iloc[0])]})',
  @input_data_1 = N'SELECT value % 3 AS k, value AS v FROM GENERATE_SERIES(1, 10)',
  @input_data_1_partition_by_columns = N'k',
  @input_data_1_order_by_columns = N'v'
WITH RESULT SETS ((k int, n int, first int))
----
0	3	3
1	4	1
2	3	2

# Streaming: once per chunk in the same session; outputs appended, stdout concatenated.
query I
EXEC sp_execute_external_script @language = N'Python',
  @script = N'print("Hello World")
OutputDataSet = pandas.DataFrame({"n": [len(InputDataSet)]})',
  @input_data_1 = N'SELECT value FROM GENERATE_SERIES(1, 10)',
  @params = N'@r_rowsPerRead int', @r_rowsPerRead = 5
WITH RESULT SETS ((n int))
----
5
5
! STDOUT message(s) from external script: 
! Hello World
! Hello World

# @parallel is a hint: every row is still seen exactly once.
query I rowsort
EXEC sp_execute_external_script @language = N'Python',
  @script = N'OutputDataSet = InputDataSet',
  @input_data_1 = N'SELECT value FROM GENERATE_SERIES(1, 5)',
  @parallel = 1
WITH RESULT SETS ((v int))
----
1
2
3
4
5

# NULLs keep their types: a nullable int stays an int, not a float.
query IT
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet',
  @input_data_1 = N'SELECT CAST(NULL AS int) AS a, CAST(NULL AS nvarchar(5)) AS b UNION ALL SELECT 7, N''z'''
----
NULL	NULL
7	z

# A script error: 39004, then 39019 with the traceback (texts carry the request id).
statement error 39004
EXEC sp_execute_external_script @language = N'Python', @script = N'print("before")
raise ValueError("boom")'

# The session and the pool carry on after a failure.
query I
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = pandas.DataFrame({"a": [1]})'
----
1

statement error 39004
EXEC sp_execute_external_script @language = N'Python', @script = N'def broken(:'

# A language no runtime serves cannot be launched.
statement error 39021
EXEC sp_execute_external_script @language = N'Cobol', @script = N'x'

statement error 201
EXEC sp_execute_external_script @language = N'Python'
----
error 201: Procedure or function 'sp_execute_external_script' expects parameter '@script', which was not supplied.

statement error 201
EXEC sp_execute_external_script @language = N'Python', @script = N'pass', @params = N'@n int'
----
error 201: Procedure or function 'sp_execute_external_script' expects parameter '@n', which was not supplied.

statement error 8145
EXEC sp_execute_external_script @language = N'Python', @script = N'pass', @params = N'@n int', @n = 1, @m = 2
----
error 8145: @m is not a parameter for procedure sp_execute_external_script.

# The input must be one SELECT.
statement error 39019
EXEC sp_execute_external_script @language = N'Python', @script = N'pass', @input_data_1 = N'PRINT 1'

# Errors in the input query are the query's own.
statement error 8134
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 1 / (value - 2) AS x FROM GENERATE_SERIES(1, 3)'

query I
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 5 AS a'
----
5

# The DMVs: nothing running now; counters count every call.
query I
SELECT COUNT(*) FROM sys.dm_external_script_requests
----
0

query TI
SELECT language, CASE WHEN counter_value > 0 THEN 1 ELSE 0 END FROM sys.dm_external_script_execution_stats WHERE counter_name = N'script_executions'
----
Python	1

# A script failing on the first chunk leaves most of a large input unread: the input query stops.
statement error 39004
EXEC sp_execute_external_script @language = N'Python', @script = N'raise ValueError("first chunk")',
  @input_data_1 = N'SELECT value FROM GENERATE_SERIES(1, 200000)',
  @params = N'@r_rowsPerRead int', @r_rowsPerRead = 10

query I
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = pandas.DataFrame({"n": [len(InputDataSet)]})',
  @input_data_1 = N'SELECT value FROM GENERATE_SERIES(1, 200000)'
----
200000
