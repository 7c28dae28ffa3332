# sp_execute_external_script reading a table: the issue's example, and model storage in a table.

statement ok
EXEC sp_configure 'external scripts enabled', 1
RECONFIGURE
----
! Configuration option 'external scripts enabled' changed from 0 to 1. Run the RECONFIGURE statement to install.

statement ok
CREATE TABLE dbo.t (k int NOT NULL, v float NOT NULL)

statement ok
INSERT INTO dbo.t VALUES (1, 1.0), (1, 3.0), (2, 10.0), (2, 20.0), (2, 30.0)

query IR
EXEC sp_execute_external_script @language = N'Python',
     @script = N'OutputDataSet = InputDataSet.groupby("k").agg({"v": "mean"}).reset_index()',
     @input_data_1 = N'SELECT k, v FROM dbo.t'
WITH RESULT SETS ((k int, mean_v float))
----
1	2
2	20

# A missing table in the input query is the query's own error.
statement error 208
EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT * FROM dbo.missing'

# Train, keep the pickled model in a table, score with it in a second call.
statement ok
CREATE TABLE dbo.models (name nvarchar(50) NOT NULL, model varbinary(max) NOT NULL)

statement ok
DECLARE @m varbinary(max)
EXEC sp_execute_external_script @language = N'Python',
  @script = N'import pickle
slope = float((InputDataSet.v / InputDataSet.k).mean())
trained = pickle.dumps({"slope": slope})',
  @input_data_1 = N'SELECT k, v FROM dbo.t',
  @params = N'@trained varbinary(max) OUTPUT', @trained = @m OUTPUT
INSERT INTO dbo.models VALUES (N'slope', @m)

query I
SELECT COUNT(*) FROM dbo.models WHERE DATALENGTH(model) > 0
----
1

query R
DECLARE @m varbinary(max)
SELECT @m = model FROM dbo.models WHERE name = N'slope'
EXEC sp_execute_external_script @language = N'Python',
  @script = N'import pickle
m = pickle.loads(model)
OutputDataSet = pandas.DataFrame({"p": [round(m["slope"], 3)]})',
  @params = N'@model varbinary(max)', @model = @m
WITH RESULT SETS ((p float))
----
6.8
