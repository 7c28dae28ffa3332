# The cursor errors, with SQL Server's numbers and texts.

statement ok
CREATE TABLE ce_t (id int PRIMARY KEY, v int)

statement ok
INSERT INTO ce_t VALUES (1, 10), (2, 20)

statement ok
DECLARE c CURSOR FOR SELECT id FROM ce_t

statement error 16915
DECLARE c CURSOR FOR SELECT v FROM ce_t
----
error 16915: A cursor with the name 'c' already exists.

statement error 16917
FETCH NEXT FROM c
----
error 16917: Cursor is not open.

statement error 16917
CLOSE c
----
error 16917: Cursor is not open.

query III
BEGIN TRY CLOSE c END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE() END CATCH;
BEGIN TRY FETCH c END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE() END CATCH
----
16917	16	1
16917	16	2

statement ok
OPEN c

statement error 16905
OPEN c
----
error 16905: The cursor is already open.

statement error 16911
FETCH PRIOR FROM c
----
error 16911: fetch: The fetch type prior cannot be used with forward only cursors.

statement error 16911
FETCH ABSOLUTE 1 FROM c
----
error 16911: fetch: The fetch type absolute cannot be used with forward only cursors.

statement error 16924
DECLARE @a int, @b int; FETCH NEXT FROM c INTO @a, @b
----
error 16924: Cursorfetch: The number of variables declared in the INTO list must match that of selected columns.

statement ok
DEALLOCATE c

statement error 16916
OPEN c
----
error 16916: A cursor with the name 'c' does not exist.

statement error 16916
DEALLOCATE nothere
----
error 16916: A cursor with the name 'nothere' does not exist.

statement error 16925
DECLARE d CURSOR SCROLL DYNAMIC FOR SELECT id FROM ce_t; OPEN d; FETCH ABSOLUTE 1 FROM d
----
error 16925: The fetch type Absolute cannot be used with dynamic cursors.

statement ok
DEALLOCATE d

statement error 16911
DECLARE f CURSOR FAST_FORWARD FOR SELECT id FROM ce_t; OPEN f; FETCH LAST FROM f
----
error 16911: fetch: The fetch type last cannot be used with forward only cursors.

statement ok
DEALLOCATE f

statement error 16957
DECLARE r CURSOR READ_ONLY FOR SELECT id FROM ce_t FOR UPDATE
----
error 16957: FOR UPDATE cannot be specified on a READ ONLY cursor.

statement error 16922
DECLARE @d date; DECLARE r CURSOR LOCAL FOR SELECT id FROM ce_t; OPEN r; FETCH r INTO @d
----
error 16922: Cursor Fetch: Implicit conversion from data type int to date is not allowed.

# OPEN compiles the query: a missing table is 208 there, not at DECLARE.
statement error 208
DECLARE m CURSOR LOCAL FOR SELECT * FROM ce_missing; OPEN m
----
error 208: Invalid object name 'ce_missing'.

statement error 137
DECLARE m CURSOR LOCAL FOR SELECT id FROM ce_t; OPEN m; FETCH m INTO @undeclared
----
error 137: Must declare the scalar variable "@undeclared".

statement error 16950
DECLARE @c CURSOR; OPEN @c
----
error 16950: The variable '@c' does not currently have a cursor allocated to it.

statement error 102
DECLARE c CURSOR FORWARD_ONLY SCROLL FOR SELECT 1
----
error 102: Incorrect syntax near 'SCROLL'.

statement error 1048
DECLARE c CURSOR SCROLL FAST_FORWARD FOR SELECT 1
----
error 1048: Conflicting cursor options SCROLL and FAST_FORWARD.

statement error 1049
DECLARE c INSENSITIVE CURSOR LOCAL FOR SELECT 1
----
error 1049: Mixing old and new syntax to specify cursor options is not allowed.

statement error 1058
DECLARE c CURSOR READ_ONLY FOR SELECT 1 FOR READ ONLY
----
error 1058: Cannot specify both READ_ONLY and FOR READ ONLY on a cursor declaration.
