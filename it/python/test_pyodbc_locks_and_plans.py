"""pyodbc (FreeTDS ODBC): application locks between two connections, and SSMS's estimated plan
sequence (SET SHOWPLAN_XML ON as its own batch, the statement, OFF) running nothing."""

import pytest

pyodbc = pytest.importorskip("pyodbc")


def _get_applock(cnxn, resource, mode, timeout_ms):
    return cnxn.execute(
        "SET NOCOUNT ON; DECLARE @r int; "
        "EXEC @r = sp_getapplock @Resource = ?, @LockMode = ?, @LockOwner = 'Session', @LockTimeout = ?; "
        "SELECT @r",
        resource, mode, timeout_ms,
    ).fetchval()


def test_a_session_applock_keeps_another_connection_out(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as a, pyodbc.connect(odbc_string(), autocommit=True) as b:
        assert _get_applock(a, "py-job", "Exclusive", 0) == 0
        assert _get_applock(b, "py-job", "Shared", 0) == -1
        mode = b.execute("SELECT request_mode FROM sys.dm_tran_locks WHERE resource_type = 'APPLICATION'").fetchval()
        assert mode == "X"
        a.execute("EXEC sp_releaseapplock @Resource = 'py-job', @LockOwner = 'Session'")
        assert _get_applock(b, "py-job", "Shared", 0) == 0
        assert b.execute("SELECT APPLOCK_MODE('public', 'py-job', 'Session')").fetchval() == "Shared"


def test_showplan_xml_shows_a_delete_without_running_it(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as cnxn:
        cnxn.execute("CREATE TABLE #kept (id int PRIMARY KEY); INSERT #kept VALUES (1), (2)")
        cnxn.execute("SET SHOWPLAN_XML ON")
        cur = cnxn.execute("DELETE FROM #kept WHERE id = 1")
        assert cur.description[0][0] == "Microsoft SQL Server 2005 XML Showplan"
        rows = cur.fetchall()
        cur.close()
        assert len(rows) == 1
        plan = rows[0][0]
        assert "http://schemas.microsoft.com/sqlserver/2004/07/showplan" in plan
        assert 'StatementType="DELETE"' in plan
        cnxn.execute("SET SHOWPLAN_XML OFF")
        assert cnxn.execute("SELECT COUNT(*) FROM #kept").fetchval() == 2
