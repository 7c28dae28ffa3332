"""pyodbc (FreeTDS) and user-defined messages: sp_addmessage stores one, RAISERROR raises it by
number with its formatted text, FORMATMESSAGE and sys.messages read it back."""

import pytest

pyodbc = pytest.importorskip("pyodbc")


def test_user_defined_message_raised_by_number(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as cnxn:
        cursor = cnxn.cursor()
        cursor.execute(
            "EXEC sp_addmessage 50901, 16, N'Order %d for customer %s is invalid.', @replace = 'replace'"
        )
        with pytest.raises(pyodbc.Error) as failure:
            cursor.execute("RAISERROR(50901, -1, 1, 42, N'ACME')")
        assert "50901" in str(failure.value)
        assert "Order 42 for customer ACME is invalid." in str(failure.value)

        cursor.execute("SELECT FORMATMESSAGE(50901, 7, N'Globex')")
        assert cursor.fetchone()[0] == "Order 7 for customer Globex is invalid."
        cursor.execute(
            "SELECT severity, CAST(is_event_logged AS int), text FROM sys.messages "
            "WHERE message_id = 50901 AND language_id = 1033"
        )
        assert tuple(cursor.fetchone()) == (16, 0, "Order %d for customer %s is invalid.")
        cursor.execute("EXEC sp_dropmessage 50901")
