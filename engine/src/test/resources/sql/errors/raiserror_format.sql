# RAISERROR's printf subset, case by case as SQL Server 2025 formats them (published probes of a
# SQL Server emulator's test suite; see RaiserrorFormatter).

statement ok
RAISERROR('[%10d]', 10, 1, 42)
----
! [        42]

statement ok
RAISERROR('[%-10s]', 10, 1, 'hi')
----
! [hi        ]

statement ok
RAISERROR('[%05d]', 10, 1, -42)
----
! [-0042]

statement ok
RAISERROR('[%.3s]', 10, 1, 'hello')
----
! [hel]

statement ok
RAISERROR('u=%u', 10, 1, -1)
----
! u=4294967295

statement ok
RAISERROR('oct=%o', 10, 1, 8)
----
! oct=10

statement ok
RAISERROR('ld=%ld', 10, 1, 12345)
----
! ld=12345

statement ok
RAISERROR('val=%s', 10, 1, NULL)
----
! val=(null)

statement ok
RAISERROR('[%.3d]', 10, 1, -4)
----
! [-004]

statement ok
RAISERROR('[%08.3d]', 10, 1, 42)
----
! [     042]

statement ok
RAISERROR('[%.0d]', 10, 1, 0)
----
! []

statement ok
RAISERROR('[%.3x]', 10, 1, 10)
----
! [00a]

statement ok
RAISERROR('[%I64d]', 10, 1, 5.5)
----
! [5]

statement ok
RAISERROR('[%+5d]', 10, 1, 3)
----
! [   +3]

statement ok
RAISERROR('[%+d]', 10, 1, -3)
----
! [-3]

statement ok
RAISERROR('[% d]', 10, 1, 3)
----
! [ 3]

statement ok
RAISERROR('[%+u]', 10, 1, 3)
----
! [3]

statement ok
RAISERROR('[%#x]', 10, 1, 255)
----
! [0xff]

statement ok
RAISERROR('[%#X]', 10, 1, 255)
----
! [0XFF]

statement ok
RAISERROR('[%#x]', 10, 1, 0)
----
! [0]

statement ok
RAISERROR('[%#o]', 10, 1, 8)
----
! [010]

statement ok
RAISERROR('[%#08x]', 10, 1, 255)
----
! [0x0000ff]

statement ok
RAISERROR('[%#.4x]', 10, 1, 255)
----
! [0x00ff]

statement ok
RAISERROR('[%-+05d]', 10, 1, 3)
----
! [+3   ]

statement ok
RAISERROR('[% 05d]', 10, 1, 3)
----
! [ 0003]

statement ok
RAISERROR('[%Ld]', 10, 1, 5)
----
! [5]

statement ok
RAISERROR('[%ls]', 10, 1, 'a')
----
! [a]

statement ok
RAISERROR('[%x]', 10, 1, 0x0102030405)
----
! [2030405]

statement ok
RAISERROR('[%d]', 10, 1, 0x41)
----
! [65]

statement ok
RAISERROR('[%d]', 10, 1, -2147483648)
----
! [-2147483648]

statement ok
RAISERROR('[%*.*s]', 10, 1, 7, 3, 'abcdef')
----
! [    abc]

statement ok
RAISERROR('[%-*d]', 10, 1, 6, 42)
----
! [42    ]

statement ok
RAISERROR('[%0*d]', 10, 1, 6, 42)
----
! [000042]

statement ok
RAISERROR('[%*s]', 10, 1, -8, 'abc')
----
! [abc]

statement ok
RAISERROR('[%.*s]', 10, 1, -1, 'abc')
----
! [abc]

statement ok
RAISERROR('[%*.*d]', 10, 1, 8, 5, 42)
----
! [   00042]

statement ok
RAISERROR('%s and %s', 10, 1, 'only')
----
! only and (null)

statement ok
RAISERROR('plain', 10, 1, 'extra')
----
! plain

# h takes smallint and tinyint only.
statement ok
DECLARE @s smallint = -1, @t tinyint = 5; RAISERROR('%hu', 10, 1, @s); RAISERROR('%hd', 10, 1, @t)
----
! 65535
! 5

statement ok
DECLARE @b bigint = 5000000000; RAISERROR('big=%I64d', 10, 1, @b)
----
! big=5000000000

# An argument of the wrong kind for its conversion: 2786 (parameter 4 is the first argument).
statement error 2786
RAISERROR('n=%d', 16, 1, 'hello')
----
error 2786: The data type of substitution parameter 4 does not match the expected type of the format specification.

statement error 2786
RAISERROR('s=%s', 16, 1, 42)
----
error 2786: The data type of substitution parameter 4 does not match the expected type of the format specification.

statement error 2786
DECLARE @b bigint = 5000000000; RAISERROR('n=%d', 16, 1, @b)
----
error 2786: The data type of substitution parameter 4 does not match the expected type of the format specification.

statement error 2786
RAISERROR('%*s', 16, 1, 'x', 'abc')
----
error 2786: The data type of substitution parameter 4 does not match the expected type of the format specification.

statement error 2786
RAISERROR('%*s', 16, 1, NULL, 'abc')
----
error 2786: The data type of substitution parameter 4 does not match the expected type of the format specification.

statement error 2786
RAISERROR('%*s', 16, 1)
----
error 2786: The data type of substitution parameter 4 does not match the expected type of the format specification.

statement error 2786
RAISERROR('%I64d', 16, 1, 42)
----
error 2786: The data type of substitution parameter 4 does not match the expected type of the format specification.

statement error 2786
RAISERROR('%d', 16, 1, 4200000000)
----
error 2786: The data type of substitution parameter 4 does not match the expected type of the format specification.

statement error 2786
RAISERROR('%hd', 10, 1, 5)
----
error 2786: The data type of substitution parameter 4 does not match the expected type of the format specification.

# A malformed conversion: 2787 names the template from its percent sign on.
statement error 2787
RAISERROR('[%c|] tail', 16, 1, 42)
----
error 2787: Invalid format specification: '%c|] tail'.

statement error 2787
RAISERROR('[%**d]', 16, 1, 6, 42)
----
error 2787: Invalid format specification: '%**d]'.

statement error 2787
RAISERROR('[%.s]', 16, 1, 'abc')
----
error 2787: Invalid format specification: '%.s]'.

statement error 2787
RAISERROR('%p', 16, 1)
----
error 2787: Invalid format specification: '%p'.

statement error 2787
RAISERROR('end%', 16, 1)
----
error 2787: Invalid format specification: '%'.

statement error 2787
RAISERROR('|%--5d|', 10, 1, 3)
----
error 2787: Invalid format specification: '%--5d|'.

statement error 2787
RAISERROR('|%++d|', 10, 1, 3)
----
error 2787: Invalid format specification: '%++d|'.

statement error 2787
RAISERROR('|%  d|', 10, 1, 3)
----
error 2787: Invalid format specification: '%  d|'.

statement error 2787
RAISERROR('%hs', 10, 1, 'a')
----
error 2787: Invalid format specification: '%hs'.

statement error 2787
RAISERROR('Value is %5.2f%%', 16, 1, 3.14159)
----
error 2787: Invalid format specification: '%5.2f%%'.

# A type that can never be substituted is 2748 when the batch compiles; a decimal variable when read.
statement error 2748
DECLARE @v datetime = 1; PRINT 'not run'; RAISERROR('x', 16, 1, @v)
----
error 2748: Cannot specify datetime data type (parameter 4) as a substitution parameter.

statement error 2748
DECLARE @v bit = 1; RAISERROR('%d', 16, 1, 5, @v)
----
error 2748: Cannot specify bit data type (parameter 5) as a substitution parameter.

statement error 2748
DECLARE @v decimal(10, 0) = 5; RAISERROR('%d', 16, 1, @v)
----
error 2748: Cannot specify decimal(10,0) data type (parameter 4) as a substitution parameter.

statement error 50000
DECLARE @v numeric(5, 2) = 1; RAISERROR('x', 16, 1, @v)
----
error 50000: x

statement error 2747
RAISERROR('many', 16, 1, 'a','b','c','d','e','f','g','h','i','j','k','l','m','n','o','p','q','r','s','t','u')
----
error 2747: Too many substitution parameters for RAISERROR. Cannot exceed 20 substitution parameters.

statement error 50000
RAISERROR('plain', 16, 1, 'a','b','c','d','e','f','g','h','i','j','k','l','m','n','o','p','q','r','s','t')
----
error 50000: plain

# State: NULL is 0, negative 1, past 255 modulo 256.
query T
DECLARE @r varchar(100) = ''
DECLARE @n int
BEGIN TRY RAISERROR('x', 16, @n) END TRY BEGIN CATCH SET @r += CONCAT(ERROR_STATE(), ',') END CATCH
BEGIN TRY RAISERROR('x', 16, -5) END TRY BEGIN CATCH SET @r += CONCAT(ERROR_STATE(), ',') END CATCH
BEGIN TRY RAISERROR('x', 16, 256) END TRY BEGIN CATCH SET @r += CONCAT(ERROR_STATE(), ',') END CATCH
BEGIN TRY RAISERROR('x', 16, 1000) END TRY BEGIN CATCH SET @r += CONCAT(ERROR_STATE(), ',') END CATCH
BEGIN TRY RAISERROR('x', 16, 2147483647) END TRY BEGIN CATCH SET @r += CONCAT(ERROR_STATE(), ',') END CATCH
SELECT @r
----
0,1,0,232,255,

# A NULL message is one space.
query T
DECLARE @m nvarchar(50) = NULL
BEGIN TRY RAISERROR(@m, 16, 1) END TRY BEGIN CATCH SELECT '[' + ERROR_MESSAGE() + ']' END CATCH
----
[ ]

# Messages are cut to 2,047 characters, the last three "...".
query T
DECLARE @m varchar(max) = REPLICATE('b', 2100)
BEGIN TRY RAISERROR('%s', 16, 1, @m) END TRY BEGIN CATCH SELECT CONCAT(LEN(ERROR_MESSAGE()), '|', RIGHT(ERROR_MESSAGE(), 5)) END CATCH
----
2047|bb...

query T
DECLARE @m varchar(max) = REPLICATE('b', 2100)
BEGIN TRY RAISERROR('[%99999d]', 16, 1, 5) END TRY BEGIN CATCH SELECT CONCAT(LEN(ERROR_MESSAGE()), '|', RIGHT(ERROR_MESSAGE(), 5)) END CATCH
----
2047|  ...

query I
DECLARE @m nvarchar(max) = REPLICATE(N'x', 3000)
BEGIN TRY THROW 50001, @m, 1 END TRY BEGIN CATCH SELECT LEN(ERROR_MESSAGE()) END CATCH
----
2047

# FORMATMESSAGE formats alike but raises only 2748 (for a type never substituted).
query T
SELECT FORMATMESSAGE('[%5d|%-4s|%#x]', 42, 'ab', 255)
----
[   42|ab  |0xff]

statement error 2748
SELECT FORMATMESSAGE('%d', CAST(5 AS float))
----
error 2748: Cannot specify float data type (parameter 1) as a substitution parameter.
