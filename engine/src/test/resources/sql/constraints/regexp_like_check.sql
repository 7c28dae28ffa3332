# A CHECK constraint using REGEXP_LIKE keeps working when its stored definition is read back
# (this folder is also run with the store restarted between statements).

statement ok
CREATE TABLE rx_codes (code varchar(10) CONSTRAINT ck_rx_code CHECK (REGEXP_LIKE(code, '^[A-Z]{2}-\d{3}$')))

statement ok
INSERT INTO rx_codes VALUES ('AB-123'), (NULL)

statement error 547
INSERT INTO rx_codes VALUES ('ab-123')

query T
SELECT definition FROM sys.check_constraints WHERE name = 'ck_rx_code'
----
(regexp_like([code],'^[A-Z]{2}-\d{3}$'))

statement error 547
UPDATE rx_codes SET code = 'AB-12' WHERE code = 'AB-123'

query I
SELECT COUNT(*) FROM rx_codes
----
2
