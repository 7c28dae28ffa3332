# User-defined messages: sp_addmessage stores them in master, RAISERROR and FORMATMESSAGE read them
# by number, sys.messages lists them after Quern's own.

statement ok
EXEC sp_addmessage 50001, 16, N'Order %d for customer %s is invalid.'

statement error 50001
RAISERROR(50001, 16, 1, 42, N'ACME')
----
error 50001: Order 42 for customer ACME is invalid.

query ITIIT
SELECT message_id, language_id, severity, is_event_logged, text FROM sys.messages WHERE message_id > 50000
----
50001	1033	16	0	Order %d for customer %s is invalid.

query T
SELECT FORMATMESSAGE(50001, 7, N'Globex')
----
Order 7 for customer Globex is invalid.

# Missing arguments print as (null), as RAISERROR prints them.
query T
SELECT FORMATMESSAGE(50001)
----
Order (null) for customer (null) is invalid.

# Named parameters, in any order; the severity given to RAISERROR overrides the stored one, -1 takes it.
statement ok
EXEC sp_addmessage @msgtext = N'Stock is low: %5.1s|%-4d|%x|%%', @severity = 10, @msgnum = 50002

statement ok
RAISERROR(50002, -1, 1, 'abc', 7, 255)
----
! Stock is low:     a|7   |ff|%

statement error 50002
RAISERROR(50002, 16, 3, 'abc', 7, 255)
----
error 50002: Stock is low:     a|7   |ff|%

# ERROR_NUMBER() and ERROR_MESSAGE() in CATCH see the user's number and text; so does @@ERROR.
query IITI
BEGIN TRY
  RAISERROR(50001, -1, 2, 1, N'x')
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_MESSAGE(), ERROR_STATE()
END CATCH
----
50001	16	Order 1 for customer x is invalid.	2

statement error 50001
RAISERROR(50001, -1, 1, 5, N'y')
SELECT @@ERROR
----
error 50001: Order 5 for customer y is invalid.
50001

# THROW with a FORMATMESSAGE text.
statement error 50001
DECLARE @m nvarchar(2047) = FORMATMESSAGE(50001, 9, N'Initech');
THROW 50001, @m, 1
----
error 50001: Order 9 for customer Initech is invalid.

# An unknown number stays 18054; numbers up to 13000 stay 2732.
statement error 18054
RAISERROR(50099, 16, 1)
----
error 18054: Error 50099, severity 16, state 1 was raised, but no message with that error number was found in sys.messages. If error is larger than 50000, make sure the user-defined message is added using sp_addmessage.

query TT
SELECT FORMATMESSAGE(50099), FORMATMESSAGE(208, N'x')
----
NULL	NULL

# Quern's own messages are in sys.messages (us_english) and can be raised and formatted by number.
query IIT
SELECT message_id, severity, text FROM sys.messages WHERE message_id = 15040
----
15040	16	User-defined error messages must have an ID greater than 50000.

query T
SELECT FORMATMESSAGE(15033, N'Klingon')
----
'Klingon' is not a valid official language name.

statement error 15040
RAISERROR(15040, -1, 1)
----
error 15040: User-defined error messages must have an ID greater than 50000.

query I
SELECT COUNT(*) FROM sys.messages m JOIN sys.messages n ON n.message_id = m.message_id AND n.language_id = m.language_id WHERE m.message_id IN (208, 50001)
----
2

describe
SELECT * FROM sys.messages
----
message_id	int	NOT NULL
language_id	smallint	NOT NULL
severity	tinyint	NULL
is_event_logged	bit	NULL
text	nvarchar(2048)	NULL

# In a transaction, RAISERROR and FORMATMESSAGE see the transaction's own messages.
query T
BEGIN TRAN
EXEC sp_addmessage 50008, 16, N'only in here: %s'
SELECT FORMATMESSAGE(50008, 'yes')
ROLLBACK
----
only in here: yes

query T
SELECT COALESCE(FORMATMESSAGE(50008, 'yes'), 'gone')
----
gone

# Validation, in SQL Server's order.
statement error 15043
EXEC sp_addmessage 50001, 16, N'again'
----
error 15043: You must specify 'REPLACE' to overwrite an existing message.

statement error 15043
EXEC sp_addmessage 50001, 16, N'again', @replace = 'overwrite'
----
error 15043: You must specify 'REPLACE' to overwrite an existing message.

statement error 15040
EXEC sp_addmessage 50000, 16, N'too low'
----
error 15040: User-defined error messages must have an ID greater than 50000.

statement error 15041
EXEC sp_addmessage 50003, 26, N'too severe'
----
error 15041: User-defined error messages must have a severity level between 1 and 25.

statement error 15041
EXEC sp_addmessage 50003, 0, N'not severe enough'
----
error 15041: User-defined error messages must have a severity level between 1 and 25.

statement error 15071
EXEC sp_addmessage 50003, 16
----
error 15071: Usage: sp_addmessage <msgnum>,<severity>,<msgtext> [,<language> [,FALSE | TRUE [,REPLACE]]]

statement error 15071
EXEC sp_addmessage NULL, 16, N'no number'
----
error 15071: Usage: sp_addmessage <msgnum>,<severity>,<msgtext> [,<language> [,FALSE | TRUE [,REPLACE]]]

statement error 8114
EXEC sp_addmessage 'fifty', 16, N'x'
----
error 8114: Error converting data type varchar to int.

statement error 15271
EXEC sp_addmessage 50003, 16, N'x', 'us_english', 'maybe'
----
error 15271: Invalid @with_log parameter value. Valid values are 'true' or 'false'.

statement error 15033
EXEC sp_addmessage 50003, 16, N'x', 'Klingon'
----
error 15033: 'Klingon' is not a valid official language name.

statement error 8145
EXEC sp_addmessage 50003, 16, N'x', @language = 'us_english'
----
error 8145: @language is not a parameter for procedure sp_addmessage.

statement error 8144
EXEC sp_addmessage 50003, 16, N'x', 'us_english', 'false', 'replace', 'extra'
----
error 8144: Procedure or function sp_addmessage has too many arguments specified.

# REPLACE overwrites text and severity; @with_log = 'true' marks the message event-logged.
statement ok
EXEC sp_addmessage 50001, 20, N'Order %d is invalid (%s).', 'us_english', 'true', 'REPLACE'

query IIT
SELECT severity, is_event_logged, text FROM sys.messages WHERE message_id = 50001
----
20	1	Order %d is invalid (%s).

# Severity 20 still needs WITH LOG.
statement error 2754
RAISERROR(50001, -1, 1, 3, N'z')
----
error 2754: Error severity levels greater than 18 can only be specified by members of the sysadmin role, using the WITH LOG option.

statement error 50001
RAISERROR(50001, 16, 1, 3, N'z')
----
error 50001: Order 3 is invalid (z).

# sp_altermessage sets WITH_LOG.
statement ok
EXEC sp_altermessage 50001, 'WITH_LOG', 'false'

query I
SELECT CAST(is_event_logged AS int) FROM sys.messages WHERE message_id = 50001
----
0

statement error 15176
EXEC sp_altermessage 50001, 'SEVERITY', 'true'
----
error 15176: The only valid @parameter value is 'WITH_LOG'.

statement error 15277
EXEC sp_altermessage 50001, 'WITH_LOG', 'yes'
----
error 15277: The only valid @parameter_value values are 'true' or 'false'.

statement error 15179
EXEC sp_altermessage 50077, 'WITH_LOG', 'true'
----
error 15179: The message number 50077 or specified language version does not exist.

statement error 290
EXEC sp_altermessage NULL, 'WITH_LOG', 'true'
----
error 290: Invalid EXECUTE statement using object "ErrorMessage", method "Lock".

# A text over nvarchar(255) is cut, as the parameter's type cuts it.
statement ok
EXEC sp_addmessage 50004, 16, @msgtext = N'aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffffffgggggggggghhhhhhhhhhiiiiiiiiiijjjjjjjjjjaaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffffffgggggggggghhhhhhhhhhiiiiiiiiiijjjjjjjjjjaaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeXXXXXXXXXX'

query IT
SELECT LEN(text), RIGHT(text, 6) FROM sys.messages WHERE message_id = 50004
----
255	eXXXXX

# Other languages: the us_english version first (15279), with its severity (15304).
statement error 15279
EXEC sp_addmessage 50005, 16, N'Falsche Bestellung %1!.', 'Deutsch'
----
error 15279: You must add the us_english version of this message before you can add the 'Deutsch' version.

statement ok
EXEC sp_addmessage 50005, 16, N'Wrong order %d.'

statement error 15304
EXEC sp_addmessage 50005, 14, N'Falsche Bestellung %d.', 'German'
----
error 15304: The severity level of the 'German' version of this message must be the same as the severity level (16) of the us_english version.

statement ok
EXEC sp_addmessage 50005, 16, N'Falsche Bestellung %d.', 'German', 'true'
----
! The @with_log parameter is ignored for messages that are not us_english version.

query IIIT
SELECT message_id, language_id, severity, text FROM sys.messages WHERE message_id = 50005 ORDER BY language_id
----
50005	1031	16	Falsche Bestellung %d.
50005	1033	16	Wrong order %d.

# RAISERROR and FORMATMESSAGE read the session language's version, else us_english.
statement ok
SET LANGUAGE Deutsch

query TT
SELECT FORMATMESSAGE(50005, 1), FORMATMESSAGE(50001, 2, N'w')
----
Falsche Bestellung 1.	Order 2 is invalid (w).

statement ok
SET LANGUAGE us_english

query T
SELECT FORMATMESSAGE(50005, 1)
----
Wrong order 1.

# Replacing the us_english version gives every version its severity.
statement ok
EXEC sp_addmessage 50005, 12, N'Wrong order %d!', @replace = 'replace'

query II
SELECT language_id, severity FROM sys.messages WHERE message_id = 50005 ORDER BY language_id
----
1031	12
1033	12

# sp_dropmessage: the us_english version goes last, 'all' drops every version.
statement error 15280
EXEC sp_dropmessage 50005
----
error 15280: All localized versions of this message must be dropped before the us_english version can be dropped.

statement ok
EXEC sp_dropmessage 50005, 'Deutsch'

statement ok
EXEC sp_dropmessage @msgnum = 50005

statement error 15179
EXEC sp_dropmessage 50005
----
error 15179: The message number 50005 or specified language version does not exist.

statement ok
EXEC sp_addmessage 50006, 16, N'six'
EXEC sp_addmessage 50006, 16, N'sechs', 'Deutsch'
EXEC sp_dropmessage 50006, 'ALL'

query I
SELECT COUNT(*) FROM sys.messages WHERE message_id IN (50005, 50006)
----
0

statement error 15178
EXEC sp_dropmessage 208
----
error 15178: Cannot drop a message with an ID less than 50,000.

statement error 15177
EXEC sp_dropmessage NULL
----
error 15177: Usage: sp_dropmessage <msg number> [,<language> | 'ALL']

statement error 15033
EXEC sp_dropmessage 50001, 'Klingon'
----
error 15033: 'Klingon' is not a valid official language name.

# The messages are written in the caller's transaction: a rollback undoes them.
statement ok
BEGIN TRAN
EXEC sp_addmessage 50007, 16, N'pending'
EXEC sp_dropmessage 50001
ROLLBACK

query I
SELECT message_id FROM sys.messages WHERE message_id > 50000 ORDER BY message_id
----
50001
50002
50004

# DBA scripts name the procedure in master, from any database.
statement ok
EXEC master.dbo.sp_addmessage 50009, 16, N'nine'
EXEC sys.sp_dropmessage 50009

# They are the server's: every database sees them.
statement ok
CREATE DATABASE msgdb

statement ok
USE msgdb

query T
SELECT text FROM sys.messages WHERE message_id = 50002
----
Stock is low: %5.1s|%-4d|%x|%%

query I
SELECT COUNT(*) FROM master.sys.messages WHERE message_id = 50002 AND language_id = 1033
----
1

statement ok
USE master

# Only sysadmin and serveradmin members manage messages (15247); severity above 18 and
# @with_log = 'true' need sysadmin.
statement ok
CREATE LOGIN msg_clerk WITH PASSWORD = 'Msg-Cl3rk-Passw0rd!'
CREATE LOGIN msg_admin WITH PASSWORD = 'Msg-Adm1n-Passw0rd!'
ALTER SERVER ROLE serveradmin ADD MEMBER msg_admin

statement ok
EXECUTE AS LOGIN = 'msg_clerk'

statement error 15247
EXEC sp_addmessage 50010, 16, N'clerk'
----
error 15247: User does not have permission to perform this action.

statement error 15247
EXEC sp_dropmessage 50001
----
error 15247: User does not have permission to perform this action.

statement error 15247
EXEC sp_altermessage 50001, 'WITH_LOG', 'true'
----
error 15247: User does not have permission to perform this action.

# Anyone may read the messages and raise them.
query I
SELECT COUNT(*) FROM sys.messages WHERE message_id = 50001
----
1

statement error 50001
RAISERROR(50001, 16, 1, 1, N'clerk')
----
error 50001: Order 1 is invalid (clerk).

statement ok
REVERT

statement ok
EXECUTE AS LOGIN = 'msg_admin'

statement ok
EXEC sp_addmessage 50010, 16, N'admin'

statement error 15247
EXEC sp_addmessage 50011, 19, N'too severe for serveradmin'
----
error 15247: User does not have permission to perform this action.

statement error 15247
EXEC sp_addmessage 50011, 16, N'logged', @with_log = 'TRUE'
----
error 15247: User does not have permission to perform this action.

statement ok
EXEC sp_dropmessage 50010

statement ok
REVERT
