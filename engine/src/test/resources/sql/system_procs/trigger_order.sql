# sp_settriggerorder: which AFTER trigger fires first or last; the others between, in creation order.
statement ok
CREATE TABLE to_t (id int NOT NULL)

statement ok
CREATE TABLE to_log (seq int IDENTITY, who varchar(10))

statement ok
CREATE TRIGGER to_a ON to_t AFTER INSERT, UPDATE AS INSERT INTO to_log (who) VALUES ('a')

statement ok
CREATE TRIGGER to_b ON to_t AFTER INSERT AS INSERT INTO to_log (who) VALUES ('b')

statement ok
CREATE TRIGGER to_c ON to_t AFTER INSERT AS INSERT INTO to_log (who) VALUES ('c')

statement ok
CREATE TABLE to_v_base (id int)

statement ok
CREATE VIEW to_v AS SELECT id FROM to_v_base

statement ok
CREATE TRIGGER to_instead ON to_v INSTEAD OF INSERT AS SELECT 1

statement ok
EXEC sp_settriggerorder @triggername = 'to_c', @order = 'First', @stmttype = 'INSERT'

statement ok
EXEC sp_settriggerorder 'dbo.to_a', 'last', 'insert'

statement ok
INSERT INTO to_t VALUES (1)

query T
SELECT who FROM to_log ORDER BY seq
----
c
b
a

query TTII
SELECT OBJECT_NAME(e.object_id), e.type_desc, CAST(e.is_first AS int), CAST(e.is_last AS int)
FROM sys.trigger_events e WHERE OBJECT_NAME(e.object_id) LIKE 'to[_][abc]' ORDER BY 1, 2
----
to_a	INSERT	0	1
to_a	UPDATE	0	0
to_b	INSERT	0	0
to_c	INSERT	1	0

query IIIIII
SELECT OBJECTPROPERTY(OBJECT_ID('to_c'), 'ExecIsFirstInsertTrigger'), OBJECTPROPERTY(OBJECT_ID('to_c'), 'ExecIsLastInsertTrigger'),
  OBJECTPROPERTY(OBJECT_ID('to_a'), 'ExecIsLastInsertTrigger'), OBJECTPROPERTY(OBJECT_ID('to_a'), 'ExecIsUpdateTrigger'),
  OBJECTPROPERTY(OBJECT_ID('to_a'), 'ExecIsTriggerDisabled'), OBJECTPROPERTY(OBJECT_ID('to_t'), 'ExecIsFirstInsertTrigger')
----
1	0	1	1	0	NULL

# Another trigger cannot take a place that is taken; None gives it back.
statement error 15130
EXEC sp_settriggerorder 'to_b', 'First', 'INSERT'
----
error 15130: There already exists a 'First' trigger for 'INSERT'.

statement ok
EXEC sp_settriggerorder 'to_c', 'None', 'INSERT'

statement ok
EXEC sp_settriggerorder 'to_b', 'First', 'INSERT'

statement ok
DELETE FROM to_log

statement ok
INSERT INTO to_t VALUES (2)

query T
SELECT who FROM to_log ORDER BY seq
----
b
c
a

# ALTER TRIGGER drops the trigger's place.
statement ok
ALTER TRIGGER to_a ON to_t AFTER INSERT, UPDATE AS INSERT INTO to_log (who) VALUES ('a2')

query I
SELECT OBJECTPROPERTY(OBJECT_ID('to_a'), 'ExecIsLastInsertTrigger')
----
0

statement error 15125
EXEC sp_settriggerorder 'to_b', 'Last', 'DELETE'
----
error 15125: Trigger 'to_b' is not a trigger for 'DELETE'.

statement error 15133
EXEC sp_settriggerorder 'to_instead', 'First', 'INSERT'
----
error 15133: INSTEAD OF trigger 'to_instead' cannot be associated with an order.

statement error 15009
EXEC sp_settriggerorder 'to_nothing', 'First', 'INSERT'
----
error 15009: The object 'to_nothing' does not exist in database 'master' or is invalid for this operation.

statement error 15600
EXEC sp_settriggerorder 'to_b', 'Middle', 'INSERT'
----
error 15600: An invalid parameter or option was specified for procedure 'sp_settriggerorder'.

statement error 201
EXEC sp_settriggerorder 'to_b', 'First'
----
error 201: Procedure or function 'sp_settriggerorder' expects parameter '@stmttype', which was not supplied.
