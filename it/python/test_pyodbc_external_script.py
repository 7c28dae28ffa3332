"""sp_execute_external_script through pyodbc (FreeTDS ODBC): the documented iris tutorial.

The iris rows come from scikit-learn's bundled ``load_iris()`` (no download): a table is loaded
with them, a model is trained in a script and returned as a varbinary(max) OUTPUT parameter,
stored in a table, used to score the rows in a second call whose result is INSERT ... EXEC'd
into a table, and the predictions are read back.
"""

import pytest

pyodbc = pytest.importorskip("pyodbc")
datasets = pytest.importorskip("sklearn.datasets")

TRAIN = """
DECLARE @trained_model varbinary(max);
EXEC sp_execute_external_script @language = N'Python',
  @script = N'import pickle
from sklearn.naive_bayes import GaussianNB
features = iris_data[["sepal_length", "sepal_width", "petal_length", "petal_width"]]
trained_model = pickle.dumps(GaussianNB().fit(features, iris_data.species_id.values))',
  @input_data_1 = N'SELECT sepal_length, sepal_width, petal_length, petal_width, species_id FROM dbo.py_iris',
  @input_data_1_name = N'iris_data',
  @params = N'@trained_model varbinary(max) OUTPUT',
  @trained_model = @trained_model OUTPUT;
INSERT INTO dbo.py_iris_models (model_name, model) VALUES ('Naive Bayes', @trained_model);
"""

SCORE = """
DECLARE @nb_model varbinary(max);
SELECT @nb_model = model FROM dbo.py_iris_models WHERE model_name = 'Naive Bayes';
INSERT INTO dbo.py_iris_predictions (id, species_id, species_id_predicted)
EXEC sp_execute_external_script @language = N'Python',
  @script = N'import pickle
model = pickle.loads(nb_model)
features = iris_data[["sepal_length", "sepal_width", "petal_length", "petal_width"]]
OutputDataSet = pandas.DataFrame({"id": iris_data.id, "actual": iris_data.species_id, "pred": model.predict(features)})',
  @input_data_1 = N'SELECT id, sepal_length, sepal_width, petal_length, petal_width, species_id FROM dbo.py_iris',
  @input_data_1_name = N'iris_data',
  @params = N'@nb_model varbinary(max)', @nb_model = @nb_model;
"""


@pytest.fixture(scope="module")
def cnxn(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as c:
        c.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;")
        yield c


def test_external_scripts_are_enabled(cnxn):
    row = cnxn.execute("EXEC sp_configure 'external scripts enabled'").fetchone()
    assert (row.name, row.config_value, row.run_value) == ("external scripts enabled", 1, 1)


def test_iris_tutorial_train_store_score_insert_exec(cnxn):
    iris = datasets.load_iris()
    rows = [
        (i + 1, *map(float, features), int(target))
        for i, (features, target) in enumerate(zip(iris.data, iris.target))
    ]
    cnxn.execute(
        "CREATE TABLE dbo.py_iris (id int NOT NULL PRIMARY KEY, sepal_length float,"
        " sepal_width float, petal_length float, petal_width float, species_id int)"
    )
    cur = cnxn.cursor()
    cur.executemany("INSERT INTO dbo.py_iris VALUES (?, ?, ?, ?, ?, ?)", rows)
    assert cnxn.execute("SELECT COUNT(*) FROM dbo.py_iris").fetchval() == 150

    cnxn.execute("CREATE TABLE dbo.py_iris_models (model_name varchar(50) NOT NULL, model varbinary(max) NOT NULL)")
    cnxn.execute(TRAIN)
    size = cnxn.execute("SELECT DATALENGTH(model) FROM dbo.py_iris_models").fetchval()
    assert size > 100

    cnxn.execute("CREATE TABLE dbo.py_iris_predictions (id int NOT NULL, species_id int, species_id_predicted int)")
    cnxn.execute(SCORE)
    total, correct = cnxn.execute(
        "SELECT COUNT(*), SUM(CASE WHEN species_id_predicted = species_id THEN 1 ELSE 0 END)"
        " FROM dbo.py_iris_predictions"
    ).fetchone()
    assert total == 150
    assert correct >= 140  # Gaussian naive Bayes gets about 96 % of iris right


def test_results_with_result_sets_and_stdout(cnxn):
    cur = cnxn.execute(
        "EXEC sp_execute_external_script @language = N'Python',"
        " @script = N'print(\"scored\")\nOutputDataSet = InputDataSet',"
        " @input_data_1 = N'SELECT 1 AS a, N''x'' AS b'"
        " WITH RESULT SETS ((id int, label nvarchar(10)))"
    )
    assert [d[0] for d in cur.description] == ["id", "label"]
    assert [tuple(r) for r in cur.fetchall()] == [(1, "x")]
    messages = list(cur.messages)
    while cur.nextset():
        messages += cur.messages
    messages += cur.messages
    assert any("STDOUT message(s) from external script:" in m[1] for m in messages), messages


def test_script_error_is_39004_and_the_session_carries_on(cnxn):
    with pytest.raises(pyodbc.Error) as info:
        cnxn.execute("EXEC sp_execute_external_script @language = N'Python', @script = N'1/0'")
    assert "39004" in str(info.value)
    assert cnxn.execute(
        "EXEC sp_execute_external_script @language = N'Python',"
        " @script = N'OutputDataSet = pandas.DataFrame({\"a\": [5]})'"
    ).fetchval() == 5
