# Type mapping through Python both ways (python-bridge/README.md): each SQL type goes in as
# @input_data_1, comes back from OutputDataSet = InputDataSet, with and without NULLs.

statement ok
EXEC sp_configure 'external scripts enabled', 1
RECONFIGURE
----
! Configuration option 'external scripts enabled' changed from 0 to 1. Run the RECONFIGURE statement to install.

describe
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'
SELECT CAST(1 AS tinyint) AS ti, CAST(2 AS smallint) AS si, CAST(3 AS int) AS i, CAST(9007199254740993 AS bigint) AS bi,
  CAST(1 AS bit) AS b, CAST(12345678901234567890.0123456789 AS decimal(38,10)) AS d, CAST(1.5 AS real) AS r,
  CAST(2.25 AS float) AS f, CAST(''abc'' AS varchar(10)) AS vc, CAST(N''žlutý'' AS nvarchar(10)) AS nvc,
  CAST(0x0102 AS varbinary(10)) AS vb, CAST(''6F9619FF-8B86-D011-B42D-00C04FC964FF'' AS uniqueidentifier) AS u,
  CAST(''2024-02-29'' AS date) AS dt, CAST(''2024-02-29 13:14:15.123'' AS datetime2(3)) AS dt2'
----
	tinyint	NULL
	smallint	NULL
	int	NULL
	bigint	NULL
	bit	NULL
	decimal(38,10)	NULL
	real	NULL
	float	NULL
	nvarchar(max)	NULL
	nvarchar(max)	NULL
	varbinary(max)	NULL
	nvarchar(max)	NULL
	date	NULL
	datetime2(6)	NULL

query IIIIIRRRTTTTTT
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'
SELECT CAST(1 AS tinyint) AS ti, CAST(2 AS smallint) AS si, CAST(3 AS int) AS i, CAST(9007199254740993 AS bigint) AS bi,
  CAST(1 AS bit) AS b, CAST(12345678901234567890.0123456789 AS decimal(38,10)) AS d, CAST(1.5 AS real) AS r,
  CAST(2.25 AS float) AS f, CAST(''abc'' AS varchar(10)) AS vc, CAST(N''žlutý'' AS nvarchar(10)) AS nvc,
  CAST(0x0102 AS varbinary(10)) AS vb, CAST(''6F9619FF-8B86-D011-B42D-00C04FC964FF'' AS uniqueidentifier) AS u,
  CAST(''2024-02-29'' AS date) AS dt, CAST(''2024-02-29 13:14:15.123'' AS datetime2(3)) AS dt2'
----
1	2	3	9007199254740993	1	12345678901234567890.0123456789	1.5	2.25	abc	žlutý	0x0102	6F9619FF-8B86-D011-B42D-00C04FC964FF	2024-02-29	2024-02-29 13:14:15.123000

# NULL in every type keeps the column's type (no silent float/NaN).
query IIIIIRRRTTTTT
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'
SELECT CASE WHEN value = 1 THEN CAST(7 AS tinyint) END AS ti, CASE WHEN value = 1 THEN CAST(7 AS smallint) END AS si,
  CASE WHEN value = 1 THEN 7 END AS i, CASE WHEN value = 1 THEN CAST(7 AS bigint) END AS bi,
  CASE WHEN value = 1 THEN CAST(0 AS bit) END AS b, CASE WHEN value = 1 THEN CAST(7.5 AS decimal(38,10)) END AS d,
  CASE WHEN value = 1 THEN CAST(7 AS real) END AS r, CASE WHEN value = 1 THEN CAST(7 AS float) END AS f,
  CASE WHEN value = 1 THEN CAST(''x'' AS varchar(10)) END AS vc, CASE WHEN value = 1 THEN N''y'' END AS nvc,
  CASE WHEN value = 1 THEN 0xFF END AS vb, CASE WHEN value = 1 THEN CAST(''2000-01-01'' AS date) END AS dt,
  CASE WHEN value = 1 THEN CAST(''2000-01-01'' AS datetime2(3)) END AS dt2
FROM GENERATE_SERIES(1, 2)'
----
7	7	7	7	0	7.5000000000	7	7	x	y	0xFF	2000-01-01	2000-01-01 00:00:00.000000
NULL	NULL	NULL	NULL	NULL	NULL	NULL	NULL	NULL	NULL	NULL	NULL	NULL

describe
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'
SELECT CASE WHEN value = 1 THEN CAST(7 AS tinyint) END AS ti, CASE WHEN value = 1 THEN CAST(7 AS smallint) END AS si,
  CASE WHEN value = 1 THEN 7 END AS i, CASE WHEN value = 1 THEN CAST(7 AS bigint) END AS bi,
  CASE WHEN value = 1 THEN CAST(0 AS bit) END AS b, CASE WHEN value = 1 THEN CAST(7.5 AS decimal(38,10)) END AS d,
  CASE WHEN value = 1 THEN CAST(7 AS real) END AS r, CASE WHEN value = 1 THEN CAST(7 AS float) END AS f,
  CASE WHEN value = 1 THEN CAST(''x'' AS varchar(10)) END AS vc, CASE WHEN value = 1 THEN N''y'' END AS nvc,
  CASE WHEN value = 1 THEN 0xFF END AS vb, CASE WHEN value = 1 THEN CAST(''2000-01-01'' AS date) END AS dt,
  CASE WHEN value = 1 THEN CAST(''2000-01-01'' AS datetime2(3)) END AS dt2
FROM GENERATE_SERIES(1, 2)'
----
	tinyint	NULL
	smallint	NULL
	int	NULL
	bigint	NULL
	bit	NULL
	decimal(38,10)	NULL
	real	NULL
	float	NULL
	nvarchar(max)	NULL
	nvarchar(max)	NULL
	varbinary(max)	NULL
	date	NULL
	datetime2(6)	NULL

# Python sees the documented pandas types.
query T
EXEC sp_execute_external_script @language = N'Python',
  @script = N'OutputDataSet = pandas.DataFrame({"t": [",".join(str(t) for t in InputDataSet.dtypes)]})', @input_data_1 = N'
SELECT CAST(1 AS int) AS i, CAST(NULL AS int) AS n, CAST(1 AS bigint) AS bi, CAST(1 AS bit) AS b, CAST(1.5 AS float) AS f, N''s'' AS s'
----
int32,Int32,int64,bool,float64,object
