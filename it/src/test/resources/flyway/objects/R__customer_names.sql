-- Repeatable: re-applied whenever its checksum changes.
CREATE OR ALTER VIEW customer_names AS SELECT name FROM customer;
