# BULK INSERT's BATCHSIZE, FORMATFILE and ERRORFILE, over the data files in src/test/resources/bulk/
# (paths are the server's, relative to its working directory: the engine module when testing).
# More cases, with files written per test: BulkInsertBatchTest, BulkFormatFileTest, BulkErrorFileTest.
# no-restart: a temporary table carries the error file's name from block to block.
# BATCHSIZE = 2 outside a transaction: rows 1-2 commit as their own batch; the key violation at
# row 3 undoes its batch only.
statement ok
CREATE TABLE batched (id int CONSTRAINT pk_batched PRIMARY KEY, name varchar(20))
INSERT batched VALUES (3, 'was here')

statement error 2627
BULK INSERT batched FROM 'src/test/resources/bulk/batch.txt' WITH (FIELDTERMINATOR = '|', BATCHSIZE = 2)
----
error 2627: Violation of PRIMARY KEY constraint 'pk_batched'. Cannot insert duplicate key in object 'dbo.batched'. The duplicate key value is (3).

query IT
SELECT id, name FROM batched ORDER BY id
----
1	a
2	b
3	was here

# Inside a user transaction the batches do not commit: the failure undoes the whole load.
statement error 2627
DELETE batched WHERE id <> 3
BEGIN TRAN
BULK INSERT batched FROM 'src/test/resources/bulk/batch.txt' WITH (FIELDTERMINATOR = '|', BATCHSIZE = 2)
----
error 2627: Violation of PRIMARY KEY constraint 'pk_batched'. Cannot insert duplicate key in object 'dbo.batched'. The duplicate key value is (3).

query II
SELECT @@TRANCOUNT, COUNT(*) FROM batched
COMMIT
----
1	1

# A load that succeeds: @@ROWCOUNT is the rows of all batches.
query I
DELETE batched
BULK INSERT batched FROM 'src/test/resources/bulk/batch.txt' WITH (FIELDTERMINATOR = '|', BATCHSIZE = 2, TABLOCK)
SELECT @@ROWCOUNT
----
5

# A non-XML format file: the first field loads column 2, the second is skipped (server column 0).
query IT
CREATE TABLE named (id int, name varchar(20))
BULK INSERT named FROM 'src/test/resources/bulk/names.txt' WITH (FORMATFILE = 'src/test/resources/bulk/names.fmt')
SELECT id, name FROM named ORDER BY id
----
1	n1
2	n2

# An XML format file: the n-th COLUMN of ROW loads the table's n-th column from field SOURCE.
query IT
DELETE named
BULK INSERT named FROM 'src/test/resources/bulk/names.txt' WITH (FORMATFILE = 'src/test/resources/bulk/names.xml')
SELECT id, name FROM named ORDER BY id
----
1	n1
2	n2

statement error 4860
BULK INSERT named FROM 'src/test/resources/bulk/names.txt' WITH (FORMATFILE = 'src/test/resources/bulk/missing.fmt')
----
error 4860: Cannot bulk load. The file "src/test/resources/bulk/missing.fmt" does not exist or you don't have file access rights.

statement error 4820
BULK INSERT named FROM 'src/test/resources/bulk/names.txt' WITH (FORMATFILE = 'src/test/resources/bulk/bad_version.fmt')
----
error 4820: Cannot bulk load. Unknown version of format file "src/test/resources/bulk/bad_version.fmt".

statement error 4824
BULK INSERT named FROM 'src/test/resources/bulk/names.txt' WITH (FORMATFILE = 'src/test/resources/bulk/bad_type.fmt')
----
error 4824: Cannot bulk load. Invalid data type for column number 1 in the format file "src/test/resources/bulk/bad_type.fmt".

statement error 4862
BULK INSERT named FROM 'src/test/resources/bulk/names.txt' WITH (FORMATFILE = 'src/test/resources/bulk/short.fmt')
----
error 4862: Cannot bulk load because the file "src/test/resources/bulk/short.fmt" is incomplete or could not be read. Operating system error code (null).

statement error 4873
BULK INSERT named FROM 'src/test/resources/bulk/names.txt' WITH (FORMATFILE = 'src/test/resources/bulk/unknown_source.xml')
----
error 4873: Line 7 in format file "src/test/resources/bulk/unknown_source.xml": referencing non-existing element id "9".

# Native host types are not read (character data files only).
statement error 40517
BULK INSERT named FROM 'src/test/resources/bulk/names.txt' WITH (FORMATFILE = 'src/test/resources/bulk/native.fmt')
----
error 40517: Keyword or statement option 'FORMATFILE with host data type SQLINT' is not supported in this version of SQL Server.

# ERRORFILE: an error file that exists is refused before anything loads.
statement error 4861
BULK INSERT named FROM 'src/test/resources/bulk/bad_rows.txt' WITH (ERRORFILE = 'src/test/resources/bulk/exists.err')
----
error 4861: Cannot bulk load because the file "src/test/resources/bulk/exists.err" could not be opened. Operating system error code 80(The file exists.).
error 4861: Cannot bulk load because the file "src/test/resources/bulk/exists.err.Error.Txt" could not be opened. Operating system error code 5(Access is denied.).

# A fresh error file (named per run: it must not exist) gets the rejected row as it stands in the
# data file, and its control file says where it was.
statement error 4864
CREATE TABLE #e (path nvarchar(200))
INSERT #e SELECT CONCAT('target/bulk-golden-', NEWID(), '.err')
DELETE named
DECLARE @e nvarchar(200) = (SELECT path FROM #e)
EXEC (N'BULK INSERT named FROM ''src/test/resources/bulk/bad_rows.txt'' WITH (ERRORFILE = ''' + @e + N''')')
SELECT id, name FROM named ORDER BY id
----
error 4864: Bulk load data conversion error (type mismatch or invalid character for the specified codepage) for row 2, column 1 (id).
1	ok
3	good

query TT
DECLARE @e nvarchar(200) = (SELECT path FROM #e)
DECLARE @rows TABLE (f nvarchar(10), content varchar(max))
INSERT @rows EXEC (N'SELECT ''error'', BulkColumn FROM OPENROWSET(BULK ''' + @e + N''', SINGLE_CLOB) AS f')
INSERT @rows EXEC (N'SELECT ''control'', BulkColumn FROM OPENROWSET(BULK ''' + @e + N'.Error.Txt'', SINGLE_CLOB) AS f')
SELECT f, REPLACE(REPLACE(REPLACE(content, CHAR(9), '<TAB>'), CHAR(13), '<CR>'), CHAR(10), '<LF>') FROM @rows ORDER BY f DESC
----
error	x<TAB>bad<LF>
control	Row 2 File Offset 5 ErrorFile Offset 0 - HRESULT 0x80020005<CR><LF>

# OPENROWSET(BULK …, FORMATFILE = …): the data file as a rowset of the format file's columns, typed
# by the XML format file's COLUMN types, or as varchar of the field's length for a non-XML one.
describe
SELECT * FROM OPENROWSET(BULK 'src/test/resources/bulk/names.txt', FORMATFILE = 'src/test/resources/bulk/names.fmt') AS f
----
id	varchar(20)	NULL
name	varchar(10)	NULL

describe
SELECT * FROM OPENROWSET(BULK 'src/test/resources/bulk/names.txt', FORMATFILE = 'src/test/resources/bulk/names.xml') AS f
----
id	int	NULL
name	varchar(max)	NULL

query IT
SELECT id * 10, UPPER(name) FROM OPENROWSET(BULK 'src/test/resources/bulk/names.txt', FORMATFILE = 'src/test/resources/bulk/names.xml', LASTROW = 1) AS f
----
10	N1

statement error 40517
SELECT * FROM OPENROWSET(BULK 'src/test/resources/bulk/names.txt', FORMATFILE = 'src/test/resources/bulk/names.xml', ERRORFILE = 'target/x.err') AS f
----
error 40517: Keyword or statement option 'ERRORFILE' is not supported in this version of SQL Server.
