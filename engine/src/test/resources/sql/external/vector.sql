# A vector column in @input_data_1 reaches pandas as its JSON text (a str, the varchar(max) form
# SQL Server 2025 gives clients without vector support; SQL Server documents nothing for ML
# Services); json.loads turns it into a list of floats, and text coming back fills a vector
# column declared in WITH RESULT SETS.
statement ok
EXEC sp_configure 'external scripts enabled', 1
RECONFIGURE
----
! Configuration option 'external scripts enabled' changed from 0 to 1. Run the RECONFIGURE statement to install.

statement ok
CREATE TABLE dbo.embeddings (id int, v vector(3))
INSERT dbo.embeddings VALUES (1, '[1, 2, 3]'), (2, NULL)

query ITTR
EXEC sp_execute_external_script @language = N'Python', @script = N'
import json
df = InputDataSet
df["kind"] = df["v"].map(lambda x: type(x).__name__)
df["total"] = df["v"].map(lambda x: None if x is None else float(sum(json.loads(x))))
OutputDataSet = df', @input_data_1 = N'SELECT id, v FROM dbo.embeddings ORDER BY id'
WITH RESULT SETS ((id int, v nvarchar(max), kind nvarchar(20), total float))
----
1	[1.0000000e+000,2.0000000e+000,3.0000000e+000]	str	6
2	NULL	NoneType	NULL

query IT
EXEC sp_execute_external_script @language = N'Python', @script = N'
import pandas as pd
OutputDataSet = pd.DataFrame({"id": [7], "v": ["[0.5, 1, 2]"]})'
WITH RESULT SETS ((id int, v vector(3)))
----
7	[5.0000000e-001,1.0000000e+000,2.0000000e+000]

query T
EXEC sp_execute_external_script @language = N'Python', @script = N'
import pandas as pd
OutputDataSet = pd.DataFrame({"t": [type(v).__name__ + " " + v]})', @params = N'@v vector(2)', @v = '[1,2]'
----
str [1.0000000e+000,2.0000000e+000]
