"""The requests sqlmlutils sends (microsoft/sqlmlutils, Python), through pyodbc (FreeTDS ODBC).

sqlmlutils is not on this machine's package index, so its two request shapes are rebuilt here as
its builders write them: ``execute_function_in_sql`` ships a function's source with its arguments
serialized by dill and reads the dill-serialized result back from a ``return_val`` column, and
``SQLPackageManager.install`` uploads a zipped wheel with CREATE EXTERNAL LIBRARY in a transaction,
runs an empty script, checks the package is in ``MRS_EXTLIB_*_PATH``, then commits.
"""

import io
import zipfile

import pytest

pyodbc = pytest.importorskip("pyodbc")
dill = pytest.importorskip("dill")

WITH_RESULTS = "with result sets((return_val varchar(MAX), _stdout_ varchar(MAX), _stderr_ varchar(MAX)))"

SPEES = """
EXEC sp_execute_external_script
@language = N'Python',
@script = ?,
@input_data_1 = ?

{with_results}
"""

# The wrapper sqlmlutils' SpeesBuilder puts around every script (stdout/stderr into columns).
WRAPPER = """
import sys
from io import StringIO
from pandas import DataFrame

_temp_out = StringIO()
_temp_err = StringIO()

sys.stdout = _temp_out
sys.stderr = _temp_err
OutputDataSet = DataFrame()

{script}

OutputDataSet["_stdout_"] = [_temp_out.getvalue()]
OutputDataSet["_stderr_"] = [_temp_err.getvalue()]
"""

# What SpeesBuilderFromFunction ships: the function's text, dill-serialized arguments, the call.
FUNCTION_CALL = """
{function_text}

import dill

args_dill = bytes.fromhex("{args}")
pos_args_dill = bytes.fromhex("{pos_args}")

args = dill.loads(args_dill)
pos_args = dill.loads(pos_args_dill)

func = {name}

return_val = func{call}

OutputDataSet["return_val"] = [dill.dumps(return_val).hex()]
"""

SUMMARIZE = '''def summarize(df, scale, label="total"):
    print("rows:", len(df))
    return {label: float(df["v"].sum()) * scale, "n": len(df)}
'''


@pytest.fixture(scope="module")
def cnxn(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as c:
        c.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;")
        yield c


def execute_function_in_sql(cnxn, function_text, name, input_query, *args, **kwargs):
    with_input = input_query != ""
    script = FUNCTION_CALL.format(
        function_text=function_text, args=dill.dumps(kwargs).hex(), pos_args=dill.dumps(args).hex(),
        name=name, call="(InputDataSet, *pos_args, **args)" if with_input else "(*pos_args, **args)")
    row = cnxn.execute(SPEES.format(with_results=WITH_RESULTS), WRAPPER.format(script=script), input_query).fetchone()
    return dill.loads(bytes.fromhex(row.return_val)), row._stdout_


def test_execute_function_in_sql_round_trips_arguments_and_result_through_dill(cnxn):
    result, stdout = execute_function_in_sql(
        cnxn, SUMMARIZE, "summarize", "SELECT v FROM (VALUES (1.5), (2.5), (4.0)) AS t(v)", 2, label="sum")
    assert result == {"sum": 16.0, "n": 3}
    assert stdout == "rows: 3\n"


def wheel_in_prezip(name: str, version: str) -> bytes:
    """A pure-Python wheel zipped again, as sqlmlutils uploads it (<name>PREZIP.zip)."""
    whl = io.BytesIO()
    with zipfile.ZipFile(whl, "w") as z:
        z.writestr(f"{name}/__init__.py", f"VERSION = {version!r}\n")
        z.writestr(f"{name}-{version}.dist-info/METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    prezip = io.BytesIO()
    with zipfile.ZipFile(prezip, "w") as z:
        z.writestr(f"{name}-{version}-py3-none-any.whl", whl.getvalue())
    return prezip.getvalue()


CREATE_LIBRARY = """
set NOCOUNT on
-- Drop the library if it exists
BEGIN TRY
DROP EXTERNAL LIBRARY [{name}] AUTHORIZATION dbo
END TRY
BEGIN CATCH
END CATCH

-- Create the library
CREATE EXTERNAL LIBRARY [{name}] AUTHORIZATION dbo
FROM (CONTENT = ?) WITH (LANGUAGE = 'Python');

-- Dummy SPEES
EXEC sp_execute_external_script
@language = N'Python',
@script = N''
"""

CHECK_LIBRARY = """
-- Check to make sure the package was installed
BEGIN TRY
    EXEC sp_execute_external_script
    @language = N'Python',
    @script = ?
    print('Package successfully installed.')
END TRY
BEGIN CATCH
    print('Package installation failed.');
    THROW;
END CATCH
"""

CHECK_SCRIPT = """
import os
path = os.environ.get("MRS_EXTLIB_SHARED_PATH", "")
files = os.listdir(path) if os.path.isdir(path) else []
assert any(f.lower() == "{name}" or f.lower().startswith("{name}-") for f in files), files
"""


def test_a_package_installed_the_sqlmlutils_way_is_importable_after_the_commit(odbc_string):
    name = "quernpkg"
    with pyodbc.connect(odbc_string(), autocommit=False) as c:
        c.execute(CREATE_LIBRARY.format(name=name), pyodbc.Binary(wheel_in_prezip(name, "1.2.3")))
        cur = c.execute(CHECK_LIBRARY, CHECK_SCRIPT.format(name=name))
        messages = [m[1] for m in cur.messages]  # pyodbc keeps each result's messages apart
        while cur.nextset():
            messages += [m[1] for m in cur.messages]
        assert any("Package successfully installed." in m for m in messages), messages
        c.commit()
    with pyodbc.connect(odbc_string(), autocommit=True) as c:
        script = "import quernpkg\nOutputDataSet = DataFrame({'v': [quernpkg.VERSION]})"
        row = c.execute(SPEES.format(with_results="with result sets((v varchar(20), _stdout_ varchar(MAX), _stderr_ varchar(MAX)))"),
                        WRAPPER.format(script=script), "").fetchone()
        assert row.v == "1.2.3"
        assert c.execute("SELECT scope_desc FROM sys.external_libraries WHERE name = ?", name).fetchone()[0] == "PUBLIC"
        c.execute(f"DROP EXTERNAL LIBRARY [{name}] AUTHORIZATION dbo")
