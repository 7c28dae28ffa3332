-- Every kind of object Flyway's clean has to find and drop again, in GO-separated batches.
CREATE VIEW customer_totals AS
  SELECT c.id, c.name, SUM(o.amount) AS total FROM customer c JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.name;
GO
CREATE PROCEDURE add_order @customer_id INT, @amount DECIMAL(10,2) AS
BEGIN
  SET NOCOUNT ON;
  INSERT INTO orders(customer_id, amount) VALUES (@customer_id, @amount);
END
GO
CREATE FUNCTION dbo.order_count(@customer_id INT) RETURNS INT AS
BEGIN
  RETURN (SELECT COUNT(*) FROM orders WHERE customer_id = @customer_id);
END
GO
CREATE FUNCTION dbo.orders_of(@customer_id INT) RETURNS TABLE AS
  RETURN SELECT id, amount FROM orders WHERE customer_id = @customer_id;
GO
CREATE TABLE audit_log (id INT IDENTITY PRIMARY KEY, message NVARCHAR(200) NOT NULL);
GO
CREATE TRIGGER trg_orders_insert ON orders AFTER INSERT AS
BEGIN
  SET NOCOUNT ON;
  INSERT INTO audit_log(message) SELECT CONCAT(N'order ', id) FROM inserted;
END
GO
CREATE SEQUENCE invoice_seq AS BIGINT START WITH 1000 INCREMENT BY 1;
GO
CREATE SYNONYM clients FOR dbo.customer;
GO
CREATE TYPE dbo.phone_number FROM VARCHAR(20) NOT NULL;
GO
CREATE TYPE dbo.id_list AS TABLE (id INT PRIMARY KEY);
GO
CREATE TABLE contact (id INT PRIMARY KEY, phone dbo.phone_number);
GO
EXEC add_order 2, 1.00;
