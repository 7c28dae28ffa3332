# A json column in @input_data_1 reaches pandas as its text (a str, parsed with json.loads), as an
# nvarchar(max) column would; NULL is None.

statement ok
EXEC sp_configure 'external scripts enabled', 1
RECONFIGURE
----
! Configuration option 'external scripts enabled' changed from 0 to 1. Run the RECONFIGURE statement to install.

statement ok
CREATE TABLE ext_json (id int, doc json)

statement ok
INSERT ext_json VALUES (1, '{"a": [1, 2], "b": "x"}'), (2, NULL)

query ITTT
EXEC sp_execute_external_script @language = N'Python', @script = N'
import json
docs = InputDataSet["doc"]
OutputDataSet = pandas.DataFrame({"id": InputDataSet["id"], "kind": [type(d).__name__ for d in docs],
  "a1": [None if d is None else str(json.loads(d)["a"][1]) for d in docs], "raw": docs})',
  @input_data_1 = N'SELECT id, doc FROM ext_json ORDER BY id'
----
1	str	2	{"a":[1,2],"b":"x"}
2	NoneType	NULL	NULL

statement ok
DROP TABLE ext_json
