# FORMATMESSAGE formats as RAISERROR does.

query TTT
SELECT FORMATMESSAGE('Order %d of %s: %5.2s|%-4d|%x', 42, N'Alice', 'abcdef', 7, 255), FORMATMESSAGE('missing %s and %d'), FORMATMESSAGE('%s!', CAST(NULL AS varchar(5)))
----
Order 42 of Alice:    ab|7   |ff	missing (null) and (null)	(null)!

query TT
SELECT FORMATMESSAGE('100%% sure'), FORMATMESSAGE(CAST(NULL AS nvarchar(10)), 1)
----
100% sure	NULL

describe
SELECT FORMATMESSAGE('x') AS m
----
m	nvarchar(2047)	NULL

# A number sys.messages lacks gives NULL (user-defined messages: errors/user_messages.sql).
query T
SELECT FORMATMESSAGE(60000, 1)
----
NULL

statement error 8116
SELECT FORMATMESSAGE(CAST(1 AS float))
----
error 8116: Argument data type float is invalid for argument 1 of formatmessage function.
