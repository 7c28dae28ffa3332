# CREATE/DROP INDEX over existing rows; the planner seeks them.
statement ok
CREATE TABLE people (id int NOT NULL, email varchar(40) NOT NULL, city varchar(20) NULL)
INSERT INTO people VALUES (1, 'a@x', 'Oslo'), (2, 'b@x', 'Rome'), (3, 'c@x', 'Oslo')

statement ok
CREATE UNIQUE NONCLUSTERED INDEX ix_people_email ON people (email) INCLUDE (city)

query I
SELECT id FROM people WHERE email = 'B@X'
----
2

statement error 2601
INSERT INTO people VALUES (4, 'a@x', NULL)
----
error 2601: Cannot insert duplicate key row in object 'dbo.people' with unique index 'ix_people_email'. The duplicate key value is (a@x).
! The statement has been terminated.

statement error 1505
CREATE UNIQUE INDEX ix_city ON people (city)
----
error 1505: The CREATE UNIQUE INDEX statement terminated because a duplicate key was found for the object name 'dbo.people' and the index name 'ix_city'. The duplicate key value is (Oslo).

statement ok
CREATE CLUSTERED INDEX cx_people ON people (id DESC)

query IT
SELECT id, city FROM people
----
3	Oslo
2	Rome
1	Oslo

statement error 1902
CREATE CLUSTERED INDEX cx2 ON people (email)
----
error 1902: Cannot create more than one clustered index on table 'dbo.people'. Drop the existing clustered index 'cx_people' before creating another.

statement error 1913
CREATE INDEX ix_people_email ON people (city)
----
error 1913: The operation failed because an index or statistics with name 'ix_people_email' already exists on table 'dbo.people'.

statement ok
DROP INDEX ix_people_email ON people
DROP INDEX people.cx_people
INSERT INTO people VALUES (4, 'a@x', NULL)

query I
SELECT COUNT(*) FROM sys.indexes
----
1

statement error 3701
DROP INDEX nope ON people
----
error 3701: Cannot drop the index 'people.nope', because it does not exist or you do not have permission.
