-- Two schemas, named through placeholders; partitioning lives at database level and in billing.
CREATE TABLE ${sales}.invoice (
  id INT IDENTITY PRIMARY KEY,
  total MONEY NOT NULL DEFAULT 0,
  CONSTRAINT ck_invoice_total CHECK (total >= 0)
);
GO
CREATE TABLE ${billing}.invoice_line (
  id INT PRIMARY KEY,
  invoice_id INT NOT NULL REFERENCES ${sales}.invoice (id),
  qty INT NOT NULL,
  price MONEY NOT NULL,
  line_total AS qty * price PERSISTED
);
GO
CREATE PARTITION FUNCTION pf_year (INT) AS RANGE RIGHT FOR VALUES (2020, 2025);
GO
CREATE PARTITION SCHEME ps_year AS PARTITION pf_year ALL TO ([PRIMARY]);
GO
CREATE TABLE ${billing}.event (id INT NOT NULL, yr INT NOT NULL, CONSTRAINT pk_event PRIMARY KEY (id, yr)) ON ps_year (yr);
GO
CREATE VIEW ${billing}.invoice_totals AS
  SELECT invoice_id, SUM(line_total) AS total FROM ${billing}.invoice_line GROUP BY invoice_id;
GO
INSERT INTO ${sales}.invoice (total) VALUES (12.50);
INSERT INTO ${billing}.invoice_line (id, invoice_id, qty, price) VALUES (1, 1, 5, 2.50);
