# A sequence's bounds written out as bigint's own limits, as Liquibase's generated changelogs
# state them: -9223372036854775808 is a valid MINVALUE although 9223372036854775808 alone is not.
statement ok
CREATE SEQUENCE full_range START WITH 100 INCREMENT BY 5 MINVALUE -9223372036854775808 MAXVALUE 9223372036854775807

query TTT
SELECT CAST(minimum_value AS varchar(30)), CAST(maximum_value AS varchar(30)), CAST(start_value AS varchar(30)) FROM sys.sequences WHERE name = 'full_range'
----
-9223372036854775808	9223372036854775807	100

query I
SELECT NEXT VALUE FOR full_range
----
100

statement ok
ALTER SEQUENCE full_range RESTART WITH -9223372036854775808

query I
SELECT NEXT VALUE FOR full_range
----
-9223372036854775808

statement ok
DROP SEQUENCE full_range
