# A name is at most 128 characters ("Database Identifiers"): 103 for a longer one, in any form,
# a compile error of the whole batch. The message quotes the first 128 characters.
query I
DECLARE @s nvarchar(max) = N'SELECT 1 AS ' + REPLICATE(N'a', 128)
EXEC (@s)
----
1

statement error 103
DECLARE @s nvarchar(max) = N'SELECT 1 AS ' + REPLICATE(N'a', 129)
EXEC (@s)
----
error 103: The identifier that starts with 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' is too long. Maximum length is 128.

statement error 103
DECLARE @s nvarchar(max) = N'SELECT 1 AS [' + REPLICATE(N'b', 200) + N']'
EXEC (@s)
----
error 103: The identifier that starts with 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' is too long. Maximum length is 128.

statement error 103
DECLARE @s nvarchar(max) = N'SELECT 1 AS "' + REPLICATE(N'c', 130) + N'"'
EXEC (@s)
----
error 103: The identifier that starts with 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc' is too long. Maximum length is 128.

statement error 103
DECLARE @s nvarchar(max) = N'DECLARE @' + REPLICATE(N'v', 140) + N' int'
EXEC (@s)
----
error 103: The identifier that starts with '@vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' is too long. Maximum length is 128.

# Nothing of the batch runs.
statement error 103
DECLARE @s nvarchar(max) = N'PRINT ''ran''; SELECT 1 AS ' + REPLICATE(N'd', 129)
EXEC (@s)
----
error 103: The identifier that starts with 'dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd' is too long. Maximum length is 128.

# A string is not a name: a long one is fine.
query I
SELECT LEN(REPLICATE(CAST('x' AS varchar(max)), 1000000))
----
1000000
