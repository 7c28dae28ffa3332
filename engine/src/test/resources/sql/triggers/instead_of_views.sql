# INSTEAD OF triggers on views make them updatable through the trigger: inserted and deleted have
# the view's columns, with the rows the statement would have written and removed.

statement ok
CREATE TABLE iov_person (id int PRIMARY KEY, name nvarchar(30) NOT NULL)

statement ok
CREATE TABLE iov_phone (person_id int, phone varchar(20))

statement ok
CREATE VIEW iov_contact AS SELECT p.id, p.name, f.phone FROM iov_person p LEFT JOIN iov_phone f ON f.person_id = p.id

# An AFTER trigger cannot sit on a view.
statement error 8197
CREATE TRIGGER iov_after ON iov_contact AFTER INSERT AS SELECT 1
----
error 8197: The object 'iov_contact' does not exist or is invalid for this operation.

statement ok
CREATE TRIGGER iov_ins ON iov_contact INSTEAD OF INSERT
AS
BEGIN
  SET NOCOUNT ON;
  INSERT iov_person (id, name) SELECT id, name FROM inserted;
  INSERT iov_phone (person_id, phone) SELECT id, phone FROM inserted WHERE phone IS NOT NULL;
END

query TIT
SELECT t.name, t.is_instead_of_trigger, o.type FROM sys.triggers t JOIN sys.objects o ON o.object_id = t.parent_id WHERE t.name = 'iov_ins'
----
iov_ins	1	V 

query I
INSERT iov_contact (id, name, phone) VALUES (1, N'Ann', '555-1'), (2, N'Bob', NULL); SELECT @@ROWCOUNT
----
2

statement ok
DECLARE @n nvarchar(30) = N'Cy'; INSERT INTO iov_contact (name, id) SELECT @n, 3

query ITT
SELECT id, name, phone FROM iov_contact ORDER BY id
----
1	Ann	555-1
2	Bob	NULL
3	Cy	NULL

# A column the view does not have is 207; too many values 110.
statement error 207
INSERT iov_contact (id, nope) VALUES (4, 1)
----
error 207: Invalid column name 'nope'.

statement error 110
INSERT iov_contact (id, name) VALUES (4, N'x', 'y')
----
error 110: There are fewer columns in the INSERT statement than values specified in the VALUES clause. The number of values in the VALUES clause must match the number of columns specified in the INSERT statement.

statement ok
CREATE TRIGGER iov_upd ON iov_contact INSTEAD OF UPDATE
AS
BEGIN
  SET NOCOUNT ON;
  IF UPDATE(name) UPDATE p SET name = i.name FROM iov_person p JOIN inserted i ON i.id = p.id;
  IF UPDATE(phone)
  BEGIN
    DELETE f FROM iov_phone f JOIN inserted i ON i.id = f.person_id;
    INSERT iov_phone (person_id, phone) SELECT id, phone FROM inserted WHERE phone IS NOT NULL;
    SELECT d.id, d.phone AS old_phone, i.phone AS new_phone FROM deleted d JOIN inserted i ON i.id = d.id ORDER BY d.id;
  END
END

query ITT
DECLARE @p varchar(20) = '555-9'; UPDATE iov_contact SET phone = @p WHERE id >= 2
----
2	NULL	555-9
3	NULL	555-9

query I
UPDATE c SET name = UPPER(c.name) FROM iov_contact AS c WHERE c.id = 1; SELECT @@ROWCOUNT
----
1

query ITT
SELECT id, name, phone FROM iov_contact ORDER BY id
----
1	ANN	555-1
2	Bob	555-9
3	Cy	555-9

statement ok
CREATE TRIGGER iov_del ON iov_contact INSTEAD OF DELETE
AS
BEGIN
  SET NOCOUNT ON;
  DELETE f FROM iov_phone f JOIN deleted d ON d.id = f.person_id;
  DELETE p FROM iov_person p JOIN deleted d ON d.id = p.id;
END

query I
DELETE FROM iov_contact WHERE phone = '555-9'; SELECT @@ROWCOUNT
----
2

query ITT
SELECT id, name, phone FROM iov_contact ORDER BY id
----
1	ANN	555-1

# In a procedure and a loop: each execution goes through the trigger.
statement ok
CREATE PROCEDURE iov_add @id int, @name nvarchar(30) AS INSERT iov_contact (id, name) VALUES (@id, @name)

statement ok
DECLARE @i int = 10; WHILE @i < 13 BEGIN EXEC iov_add @i, N'p'; SET @i += 1; END

query IT
SELECT id, name FROM iov_contact ORDER BY id
----
1	ANN
10	p
11	p
12	p

statement ok
DROP PROCEDURE iov_add

# DISABLE TRIGGER … ON view: the statement goes through the view to its base table again.
statement ok
DISABLE TRIGGER iov_ins ON iov_contact

statement ok
INSERT iov_contact (id, name) VALUES (20, N'z')

query T
SELECT name FROM iov_person WHERE id = 20
----
z

statement ok
ENABLE TRIGGER ALL ON iov_contact

# Without an INSTEAD OF trigger for the statement, a DELETE through the view over two tables is 4405.
statement ok
DROP TRIGGER iov_del

statement error 4405
DELETE FROM iov_contact
----
error 4405: View or function 'iov_contact' is not updatable because the modification affects multiple base tables.

statement error 2111
CREATE TRIGGER iov_ins2 ON iov_contact INSTEAD OF INSERT AS SELECT 1
----
error 2111: Cannot create trigger 'iov_ins2' on view 'iov_contact' because an INSTEAD OF INSERT trigger already exists on this object.

# Dropping the view drops its triggers.
statement ok
DROP VIEW iov_contact

query I
SELECT COUNT(*) FROM sys.triggers WHERE name LIKE 'iov[_]%'
----
0

statement ok
DROP TABLE iov_phone

statement ok
DROP TABLE iov_person
