# AT TIME ZONE over rows: the zone may be a column (or variable), evaluated per row, in the select
# list, WHERE, ORDER BY, GROUP BY, views, computed columns and CHECK constraints.
statement ok
CREATE TABLE offices (id int PRIMARY KEY, city nvarchar(40) NOT NULL, tz nvarchar(128) NULL)

statement ok
INSERT INTO offices VALUES (1, N'Seattle', N'Pacific Standard Time'), (2, N'Berlin', N'W. Europe Standard Time'),
  (3, N'Mumbai', N'India Standard Time'), (4, N'Sydney', N'AUS Eastern Standard Time'), (5, N'Nowhere', NULL)

statement ok
CREATE TABLE meetings (id int PRIMARY KEY, office_id int NOT NULL, starts_utc datetime2(0) NOT NULL)

statement ok
INSERT INTO meetings VALUES (10, 1, '2024-07-01 16:00'), (11, 2, '2024-07-01 16:00'), (12, 3, '2024-12-01 04:30'),
  (13, 4, '2024-12-01 04:30'), (14, 5, '2024-12-01 04:30')

# Each meeting in its office's time: a UTC time assigned 'UTC', then taken to the row's zone.
query ITT rowsort
SELECT m.id, o.city, m.starts_utc AT TIME ZONE 'UTC' AT TIME ZONE o.tz
FROM meetings m JOIN offices o ON o.id = m.office_id
----
10	Seattle	2024-07-01 09:00:00 -07:00
11	Berlin	2024-07-01 18:00:00 +02:00
12	Mumbai	2024-12-01 10:00:00 +05:30
13	Sydney	2024-12-01 15:30:00 +11:00
14	Nowhere	NULL

# In WHERE and ORDER BY: meetings that start before noon local time, latest local clock first.
query IT
SELECT m.id, CONVERT(varchar(30), m.starts_utc AT TIME ZONE 'UTC' AT TIME ZONE o.tz, 120)
FROM meetings m JOIN offices o ON o.id = m.office_id
WHERE DATEPART(hour, CAST(m.starts_utc AT TIME ZONE 'UTC' AT TIME ZONE o.tz AS datetime2)) < 12
ORDER BY CAST(m.starts_utc AT TIME ZONE 'UTC' AT TIME ZONE o.tz AS time) DESC
----
12	2024-12-01 10:00:00
10	2024-07-01 09:00:00

# GROUP BY the local date: the same instant falls on different days in different zones.
query TI
SELECT CAST(CAST('2024-12-31 23:30' AS datetime2(0)) AT TIME ZONE 'UTC' AT TIME ZONE tz AS date) AS local_day, COUNT(*)
FROM offices WHERE tz IS NOT NULL
GROUP BY CAST(CAST('2024-12-31 23:30' AS datetime2(0)) AT TIME ZONE 'UTC' AT TIME ZONE tz AS date)
ORDER BY local_day
----
2024-12-31	1
2025-01-01	3

# Over an aggregate, inside one, and in a window's ORDER BY.
query TTI
SELECT MAX(m.starts_utc) AT TIME ZONE 'UTC', MIN(CAST(m.starts_utc AT TIME ZONE 'UTC' AT TIME ZONE o.tz AS datetime2(0))),
  COUNT(DISTINCT DATEPART(tzoffset, m.starts_utc AT TIME ZONE 'UTC' AT TIME ZONE o.tz))
FROM meetings m JOIN offices o ON o.id = m.office_id
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
2024-12-01 04:30:00 +00:00	2024-07-01 09:00:00	4

query II
SELECT m.id, ROW_NUMBER() OVER (ORDER BY CAST(m.starts_utc AT TIME ZONE 'UTC' AT TIME ZONE o.tz AS datetime2), m.id)
FROM meetings m JOIN offices o ON o.id = m.office_id
ORDER BY m.id
----
10	2
11	3
12	4
13	5
14	1

# A variable zone name.
query T
DECLARE @zone nvarchar(128) = N'Tokyo Standard Time', @at datetimeoffset(0) = '2024-03-01T00:00:00+00:00'
SELECT @at AT TIME ZONE @zone
----
2024-03-01 09:00:00 +09:00

# An unknown name read from a row fails when that row is reached, after the rows before it.
statement ok
INSERT INTO offices VALUES (6, N'Atlantis', N'Atlantis Standard Time')

statement error 9820
SELECT CAST('2024-01-01' AS datetime2) AT TIME ZONE tz FROM offices
----
2024-01-01 00:00:00.0000000 -08:00
2024-01-01 00:00:00.0000000 +01:00
2024-01-01 00:00:00.0000000 +05:30
2024-01-01 00:00:00.0000000 +11:00
NULL
error 9820: The time zone parameter 'Atlantis Standard Time' provided to AT TIME ZONE clause is invalid.

statement ok
DELETE FROM offices WHERE id = 6

# A view keeps the expression and prints it back.
statement ok
CREATE VIEW local_meetings AS
SELECT m.id, m.starts_utc AT TIME ZONE 'UTC' AT TIME ZONE o.tz AS starts_local
FROM meetings m JOIN offices o ON o.id = m.office_id

query IT
SELECT id, starts_local FROM local_meetings WHERE id IN (11, 13) ORDER BY id
----
11	2024-07-01 18:00:00 +02:00
13	2024-12-01 15:30:00 +11:00

describe
SELECT starts_local FROM local_meetings
----
starts_local	datetimeoffset(0)	NULL

# A computed column may use it; PERSISTED refuses it (nondeterministic, 4936), and so does an
# index on the column (2729).
statement ok
CREATE TABLE events (id int PRIMARY KEY, at_local datetime2(0) NOT NULL, zone nvarchar(128) NOT NULL, at_offset AS at_local AT TIME ZONE zone)

statement ok
INSERT INTO events (id, at_local, zone) VALUES (1, '2024-03-31 02:30', N'Romance Standard Time'), (2, '2024-10-27 02:30', N'Romance Standard Time')

query IT
SELECT id, at_offset FROM events ORDER BY id
----
1	2024-03-31 03:30:00 +02:00
2	2024-10-27 02:30:00 +02:00

query TT
SELECT cc.name, cc.definition FROM sys.computed_columns cc WHERE cc.object_id = OBJECT_ID('events')
----
at_offset	([at_local] AT TIME ZONE [zone])

statement error 4936
CREATE TABLE events_p (id int PRIMARY KEY, at_local datetime2(0) NOT NULL, at_utc AS at_local AT TIME ZONE 'UTC' PERSISTED)
----
error 4936: Computed column 'at_utc' in table 'events_p' cannot be persisted because the column is non-deterministic.

statement error 4936
ALTER TABLE events ADD at_utc AS at_local AT TIME ZONE 'UTC' PERSISTED
----
error 4936: Computed column 'at_utc' in table 'events' cannot be persisted because the column is non-deterministic.

statement error 2729
CREATE INDEX ix_events_offset ON events (at_offset)
----
error 2729: Column 'at_offset' in table 'events' cannot be used in an index or statistics or as a partition key because it is non-deterministic.

# The columns it reads are the computed column's dependencies, the zone's too.
statement error 5074
ALTER TABLE events DROP COLUMN zone
----
error 5074: The column 'at_offset' is dependent on column 'zone'.
error 4922: ALTER TABLE DROP COLUMN zone failed because one or more objects access this column.

# A CHECK constraint may use it (nondeterministic functions are allowed there).
statement ok
CREATE TABLE shifts (id int PRIMARY KEY, starts datetimeoffset(0) NOT NULL,
  CONSTRAINT ck_office_hours CHECK (DATEPART(hour, CAST(starts AT TIME ZONE 'W. Europe Standard Time' AS datetime2)) BETWEEN 8 AND 17))

statement ok
INSERT INTO shifts VALUES (1, '2024-07-01T06:00:00+00:00')

statement error 547
INSERT INTO shifts VALUES (2, '2024-07-01T16:00:00+00:00')
----
error 547: The INSERT statement conflicted with the CHECK constraint "ck_office_hours". The conflict occurred in database "master", table "dbo.shifts".
! The statement has been terminated.
