# LEN counts UTF-16 code units under non-SC collations (all of Quern's): a supplementary
# character (a surrogate pair, here U+1F600) is two characters, as SUBSTRING and CHARINDEX see it.

query IIIII
DECLARE @s nvarchar(10) = N'a' + NCHAR(0xD83D) + NCHAR(0xDE00) + N'b  ';
SELECT LEN(@s), DATALENGTH(@s), CHARINDEX(N'b', @s), LEN(CAST(@s AS nvarchar(max))), LEN(SUBSTRING(@s, 2, 2))
----
4	12	4	4	2

# UNICODE gives the first code unit: the high surrogate of a supplementary character; NCHAR above
# the BMP is NULL.
query III
DECLARE @s nvarchar(10) = NCHAR(0xD83D) + NCHAR(0xDE00)
SELECT UNICODE(@s), UNICODE(SUBSTRING(@s, 2, 1)), CASE WHEN NCHAR(128512) IS NULL THEN 1 ELSE 0 END
----
55357	56832	1
