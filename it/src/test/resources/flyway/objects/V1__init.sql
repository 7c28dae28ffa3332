-- The first version: tables with identity, defaults, a computed column, keys and checks, then data.
CREATE TABLE customer (
  id INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
  name NVARCHAR(100) NOT NULL,
  email VARCHAR(200) NULL CONSTRAINT uq_customer_email UNIQUE,
  created DATETIME2 NOT NULL CONSTRAINT df_customer_created DEFAULT SYSUTCDATETIME(),
  name_len AS LEN(name)
);
GO
CREATE TABLE orders (
  id INT IDENTITY PRIMARY KEY,
  customer_id INT NOT NULL CONSTRAINT fk_orders_customer REFERENCES customer(id),
  amount DECIMAL(10,2) NOT NULL CONSTRAINT ck_orders_amount CHECK (amount >= 0)
);
CREATE INDEX ix_orders_customer ON orders(customer_id);
GO
INSERT INTO customer(name, email) VALUES (N'Ada', 'ada@example.com'), (N'Bob', NULL);
INSERT INTO orders(customer_id, amount) VALUES (1, 10.50), (1, 3.25), (2, 7.00);
