# MERGE's errors: the terminator, a target row matched twice, the clause rules, names, column lists.
statement ok
CREATE TABLE inv (id int PRIMARY KEY, qty int NOT NULL, total AS qty * 2, seq int IDENTITY(1, 1))
CREATE TABLE src (id int, qty int)
INSERT INTO inv (id, qty) VALUES (1, 10), (2, 20)
INSERT INTO src VALUES (1, 11), (1, 12), (3, 30)

# MERGE must end with a semicolon.
statement error 10713
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN DELETE
----
error 10713: A MERGE statement must be terminated by a semi-colon (;).

statement error 10713
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN DELETE OUTPUT deleted.id
SELECT 1
----
error 10713: A MERGE statement must be terminated by a semi-colon (;).

# A target row that two source rows would update (or delete) fails, and changes nothing.
statement error 8672
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN UPDATE SET qty = src.qty;
----
error 8672: The MERGE statement attempted to UPDATE or DELETE the same row more than once. This happens when a target row matches more than one source row. A MERGE statement cannot UPDATE/DELETE the same row of the target table multiple times. Refine the ON clause to ensure a target row matches at most one source row, or use the GROUP BY clause to group the source rows.
! The statement has been terminated.

statement error 8672
MERGE inv USING src ON inv.id = src.id
WHEN MATCHED AND src.qty > 100 THEN UPDATE SET qty = 0
WHEN MATCHED THEN DELETE
WHEN NOT MATCHED THEN INSERT (id, qty) VALUES (src.id, src.qty);
----
error 8672: The MERGE statement attempted to UPDATE or DELETE the same row more than once. This happens when a target row matches more than one source row. A MERGE statement cannot UPDATE/DELETE the same row of the target table multiple times. Refine the ON clause to ensure a target row matches at most one source row, or use the GROUP BY clause to group the source rows.
! The statement has been terminated.

query III
SELECT id, qty, total FROM inv ORDER BY id
----
1	10	20
2	20	40

# Duplicate source rows are no error when no clause acts on the target row twice.
query I
MERGE inv USING src ON inv.id = src.id WHEN MATCHED AND src.qty = 12 THEN UPDATE SET qty = src.qty;
SELECT qty FROM inv WHERE id = 1
----
12

# The clause rules: one WHEN NOT MATCHED BY TARGET, and it inserts; WHEN MATCHED does not insert;
# two WHEN MATCHED (or BY SOURCE) clauses need AND on the first, and one updates while the other deletes.
statement error 156
MERGE inv USING src ON inv.id = src.id
WHEN NOT MATCHED THEN INSERT (id, qty) VALUES (src.id, 1)
WHEN NOT MATCHED BY TARGET AND src.qty > 1 THEN INSERT (id, qty) VALUES (src.id, 2);
----
error 156: Incorrect syntax near the keyword 'WHEN'.

statement error 156
MERGE inv USING src ON inv.id = src.id WHEN NOT MATCHED THEN UPDATE SET qty = 1;
----
error 156: Incorrect syntax near the keyword 'UPDATE'.

statement error 156
MERGE inv USING src ON inv.id = src.id WHEN NOT MATCHED BY TARGET THEN DELETE;
----
error 156: Incorrect syntax near the keyword 'DELETE'.

statement error 156
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN INSERT (id, qty) VALUES (1, 1);
----
error 156: Incorrect syntax near the keyword 'INSERT'.

statement error 156
MERGE inv USING src ON inv.id = src.id WHEN NOT MATCHED BY SOURCE THEN INSERT (id, qty) VALUES (1, 1);
----
error 156: Incorrect syntax near the keyword 'INSERT'.

statement error 156
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN DELETE WHEN MATCHED AND src.qty = 1 THEN UPDATE SET qty = 1;
----
error 156: Incorrect syntax near the keyword 'WHEN'.

statement error 156
MERGE inv USING src ON inv.id = src.id
WHEN MATCHED AND src.qty = 1 THEN UPDATE SET qty = 1
WHEN MATCHED THEN UPDATE SET qty = 2;
----
error 156: Incorrect syntax near the keyword 'WHEN'.

statement error 156
MERGE inv USING src ON inv.id = src.id
WHEN NOT MATCHED BY SOURCE AND inv.qty = 1 THEN DELETE
WHEN NOT MATCHED BY SOURCE AND inv.qty = 2 THEN UPDATE SET qty = 2
WHEN NOT MATCHED BY SOURCE THEN DELETE;
----
error 156: Incorrect syntax near the keyword 'WHEN'.

# At least one WHEN clause; ON is required.
statement error 102
MERGE inv USING src ON inv.id = src.id;
----
error 102: Incorrect syntax near ';'.

statement error 156
MERGE inv USING src WHEN MATCHED THEN DELETE;
----
error 156: Incorrect syntax near the keyword 'WHEN'.

statement error 102
MERGE inv USING src ON inv.id = src.id WHEN NOT MATCHED BY NOBODY THEN DELETE;
----
error 102: Incorrect syntax near 'NOBODY'.

# Names: the target and source must exist; WHEN NOT MATCHED BY TARGET sees only the source and
# WHEN NOT MATCHED BY SOURCE only the target; a name in both is ambiguous.
statement error 208
MERGE nope USING src ON nope.id = src.id WHEN MATCHED THEN DELETE;
----
error 208: Invalid object name 'nope'.

statement error 208
MERGE inv USING nope ON inv.id = nope.id WHEN MATCHED THEN DELETE;
----
error 208: Invalid object name 'nope'.

statement error 4104
MERGE inv USING src ON inv.id = src.id WHEN NOT MATCHED THEN INSERT (id, qty) VALUES (src.id, inv.qty);
----
error 4104: The multi-part identifier "inv.qty" could not be bound.

statement error 4104
MERGE inv USING src ON inv.id = src.id WHEN NOT MATCHED BY SOURCE AND src.qty = 1 THEN DELETE;
----
error 4104: The multi-part identifier "src.qty" could not be bound.

statement error 209
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN UPDATE SET qty = qty;
----
error 209: Ambiguous column name 'qty'.

statement error 4104
MERGE inv AS t USING src AS s ON inv.id = s.id WHEN MATCHED THEN DELETE;
----
error 4104: The multi-part identifier "inv.id" could not be bound.

statement error 207
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN UPDATE SET nope = 1;
----
error 207: Invalid column name 'nope'.

statement error 207
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN UPDATE SET qty = $action;
----
error 207: Invalid column name '$action'.

# SET assigns the target's columns, named alone or by the target's alias or name.
statement error 4104
MERGE inv AS t USING src AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET s.qty = 1;
----
error 4104: The multi-part identifier "s.qty" could not be bound.

statement error 4104
MERGE inv AS t USING src AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET inv.qty = 1;
----
error 4104: The multi-part identifier "inv.qty" could not be bound.

query I
MERGE dbo.inv USING (VALUES (2, 21)) AS s (id, qty) ON inv.id = s.id WHEN MATCHED THEN UPDATE SET dbo.inv.qty = s.qty;
SELECT qty FROM inv WHERE id = 2
----
21

query I
MERGE dbo.inv USING (VALUES (2, 20)) AS s (id, qty) ON inv.id = s.id WHEN MATCHED THEN UPDATE SET inv.qty = s.qty;
SELECT qty FROM inv WHERE id = 2
----
20

# The columns SET and INSERT name follow UPDATE's and INSERT's rules.
statement error 271
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN UPDATE SET total = 1;
----
error 271: The column "total" cannot be modified because it is either a computed column or is the result of a UNION operator.

statement error 8102
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN UPDATE SET seq = 1;
----
error 8102: Cannot update identity column 'seq'.

statement error 264
MERGE inv USING src ON inv.id = src.id WHEN MATCHED THEN UPDATE SET qty = 1, qty = 2;
----
error 264: The column name 'qty' is specified more than once in the SET clause or column list of an INSERT. A column cannot be assigned more than one value in the same clause. Modify the clause to make sure that a column is updated only once. If this statement updates or inserts columns into a view, column aliasing can conceal the duplication in your code.

statement error 544
MERGE inv USING src ON inv.id = src.id WHEN NOT MATCHED THEN INSERT (id, qty, seq) VALUES (src.id, 1, 5);
----
error 544: Cannot insert explicit value for identity column in table 'dbo.inv' when IDENTITY_INSERT is set to OFF.

statement error 213
MERGE inv USING src ON inv.id = src.id WHEN NOT MATCHED THEN INSERT VALUES (src.id);
----
error 213: Column name or number of supplied values does not match table definition.

statement error 109
MERGE inv USING src ON inv.id = src.id WHEN NOT MATCHED THEN INSERT (id, qty) VALUES (src.id);
----
error 109: There are more columns in the INSERT statement than values specified in the VALUES clause. The number of values in the VALUES clause must match the number of columns specified in the INSERT statement.

statement error 110
MERGE inv USING src ON inv.id = src.id WHEN NOT MATCHED THEN INSERT (id) VALUES (src.id, 1);
----
error 110: There are fewer columns in the INSERT statement than values specified in the VALUES clause. The number of values in the VALUES clause must match the number of columns specified in the INSERT statement.

# A negative TOP.
statement error 1014
MERGE TOP (-1) inv USING src ON inv.id = src.id WHEN MATCHED THEN DELETE;
----
error 1014: A TOP or FETCH clause contains an invalid value.

query II
SELECT id, qty FROM inv ORDER BY id
----
1	12
2	20
