# API server cursors, as drivers call them (here through EXEC): sp_cursoropen answers with the
# cursor's columns and a trailing ROWSTAT column, then the handle and row count; sp_cursorfetch
# returns blocks of rows; sp_cursor changes a row of the last block; sp_cursorclose ends it.

statement ok
CREATE TABLE ac_t (id int PRIMARY KEY, name nvarchar(10))

statement ok
INSERT INTO ac_t VALUES (1, N'a'), (2, N'b'), (3, N'c'), (4, N'd'), (5, N'e')

# A static cursor (scrollopt 8, ccopt 1 read-only): 5 rows; blocks of 2 forwards, backwards, by position.
query ITI
DECLARE @c int, @so int = 8, @cc int = 1, @rows int;
EXEC sp_cursoropen @c OUTPUT, N'SELECT id, name FROM ac_t', @so OUTPUT, @cc OUTPUT, @rows OUTPUT;
SELECT @so, @cc, @rows;
EXEC sp_cursorfetch @c, 2, 0, 2;
EXEC sp_cursorfetch @c, 2, 0, 2;
EXEC sp_cursorfetch @c, 4, 0, 1;
EXEC sp_cursorfetch @c, 16, 5, 2;
EXEC sp_cursorfetch @c, 8, 0, 2;
EXEC sp_cursorfetch @c, 32, -3, 1;
EXEC sp_cursorclose @c
----
8	1	5
1	a	1
2	b	1
3	c	1
4	d	1
2	b	1
5	e	1
4	d	1
5	e	1
1	a	1

# FETCH_INFO (0x100) gives where the buffer starts and the row count.
query II
DECLARE @c int, @rows int, @at int, @n int;
EXEC sp_cursoropen @c OUTPUT, N'SELECT id FROM ac_t WHERE id > @min', 4104, 1, @rows OUTPUT, N'@min int', 2;
EXEC sp_cursorfetch @c, 2, 0, 2;
EXEC sp_cursorfetch @c, 256, @at OUTPUT, @n OUTPUT;
EXEC sp_cursorclose @c;
SELECT @at, @n
----
3	1
4	1
1	3

# A keyset cursor sees a row deleted since OPEN as ROWSTAT 2 with NULL values.
query ITI
DECLARE @c int, @rows int;
EXEC sp_cursoropen @c OUTPUT, N'SELECT id, name FROM ac_t', 1, 4, @rows OUTPUT;
DELETE FROM ac_t WHERE id = 2;
EXEC sp_cursorfetch @c, 1, 0, 3;
EXEC sp_cursorclose @c;
INSERT INTO ac_t VALUES (2, N'b')
----
1	a	1
NULL	NULL	2
3	c	1

# sp_cursor: UPDATE (1) and DELETE (2) of a row of the buffer, values by column name.
query IT
DECLARE @c int, @rows int;
EXEC sp_cursoropen @c OUTPUT, N'SELECT id, name FROM ac_t', 1, 4, @rows OUTPUT;
EXEC sp_cursorfetch @c, 2, 0, 3;
EXEC sp_cursor @c, 33, 2, N'', @name = N'B!';
EXEC sp_cursor @c, 34, 3, N'';
EXEC sp_cursorclose @c;
SELECT id, name FROM ac_t ORDER BY id
----
1	a	1
2	b	1
3	c	1
1	a
2	B!
4	d
5	e

# A forward-only read-only cursor (fast forward, 0x10) reads as it goes; @rowcount is -1.
query II
DECLARE @c int, @rows int, @n int = 0;
EXEC sp_cursoropen @c OUTPUT, N'SELECT id FROM ac_t', 16, 1, @rows OUTPUT;
EXEC sp_cursorfetch @c, 2, 0, 3;
EXEC sp_cursorfetch @c, 2, 0, 3;
EXEC sp_cursorfetch @c, 2, 0, 3;
EXEC sp_cursorclose @c;
SELECT @rows, 0
----
1	1
2	1
4	1
5	1
-1	0

# Prepared: sp_cursorprepexec, then sp_cursorexecute on the same handle, then sp_cursorunprepare.
query II
DECLARE @p int, @c int, @c2 int, @rows int;
EXEC sp_cursorprepexec @p OUTPUT, @c OUTPUT, N'@id int', N'SELECT id FROM ac_t WHERE id = @id', 8, 1, @rows OUTPUT, 4;
EXEC sp_cursorfetch @c, 2, 0, 5;
EXEC sp_cursorexecute @p, @c2 OUTPUT, 8, 1, @rows OUTPUT, 5;
EXEC sp_cursorfetch @c2, 2, 0, 5;
EXEC sp_cursorclose @c; EXEC sp_cursorclose @c2; EXEC sp_cursorunprepare @p
----
4	1
5	1

statement error 16909
EXEC sp_cursorfetch 12345, 2, 0, 1
----
error 16909: sp_cursorfetch: The cursor identifier value provided (3039) is not valid.

statement error 16929
DECLARE @c int, @rows int;
EXEC sp_cursoropen @c OUTPUT, N'SELECT id FROM ac_t', 8, 1, @rows OUTPUT;
EXEC sp_cursorfetch @c, 2, 0, 1;
EXEC sp_cursor @c, 34, 1, N''
----
1	1
error 16929: The cursor is READ ONLY.

# Anything but one SELECT runs without a cursor (16954), its results sent as they are; the handle is 0.
query II
DECLARE @c int = 7, @rows int;
EXEC sp_cursoropen @c OUTPUT, N'SELECT COUNT(*) FROM ac_t; SELECT 2', 8, 1, @rows OUTPUT;
SELECT @c, @rows
----
! Executing SQL directly; no cursor.
4
2
0	-1

# A batch with one SELECT among other statements (jTDS sends its SET options so): the SELECT gets
# the cursor, the others run.
query IT
DECLARE @c int, @rows int;
EXEC sp_cursoropen @c OUTPUT, N'SET TEXTSIZE 1000
SELECT id, name FROM ac_t WHERE id < 3
SET TEXTSIZE 2147483647', 8, 1, @rows OUTPUT;
EXEC sp_cursorfetch @c, 2, 0, 5;
EXEC sp_cursorclose @c;
SELECT @rows, @@TEXTSIZE
----
1	a	1
2	B!	1
2	2147483647

statement error 16966
DECLARE @c int, @rows int;
EXEC sp_cursoropen @c OUTPUT, N'SELECT id FROM ac_t', 8, 2, @rows OUTPUT
----
error 16966: sp_cursoropen: Specified concurrency control option 2 (SCROLL_LOCKS) is incompatible with static or fast forward only cursors. Only read-only is compatible with static or fast forward only cursors.

# A cursor whose DECLARE fails (208) or whose OPEN fails (8134) is not handed out: the statement's
# error is the answer (found by TdsFuzzIT: a NullPointerException before).
statement error 208
DECLARE @c int, @rows int;
EXEC sp_cursoropen @c OUTPUT, N'SELECT id FROM ac_no_such_table', 8, 1, @rows OUTPUT

statement error 8134
DECLARE @c int, @rows int;
EXEC sp_cursoropen @c OUTPUT, N'SELECT 1 / 0 AS x', 8, 1, @rows OUTPUT

# An option argument of another type is converted to int (a datetime here; a ClassCastException
# before).
query II
DECLARE @c int, @rows int, @so datetime = CAST(8 AS datetime), @fetch datetime = CAST(2 AS datetime);
EXEC sp_cursoropen @c OUTPUT, N'SELECT id FROM ac_t WHERE id = 1', @so, 1, @rows OUTPUT;
EXEC sp_cursorfetch @c, @fetch, 0, 1;
EXEC sp_cursorclose @c
----
1	1
