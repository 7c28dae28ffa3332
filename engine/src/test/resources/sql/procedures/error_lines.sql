# Line numbers of errors raised in a stored procedure count from the first line of its
# definition, as SQL Server's do (ERROR_LINE, and the LineNumber of the TDS ERROR token).

statement ok
CREATE PROCEDURE dbo.pr_error_lines
AS
BEGIN
  PRINT 'line 4';
  SELECT 1 / 0;
END

query ITI
BEGIN TRY EXEC dbo.pr_error_lines END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_PROCEDURE(), ERROR_LINE() END CATCH
----
! line 4
8134	pr_error_lines	5

statement ok
CREATE PROCEDURE dbo.pr_error_lines_params @a int,
  @b int = 2
AS
  RAISERROR('raised on line four', 16, 1);

query ITI
BEGIN TRY EXEC dbo.pr_error_lines_params 1 END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_PROCEDURE(), ERROR_LINE() END CATCH
----
50000	pr_error_lines_params	4

statement ok
DROP PROCEDURE dbo.pr_error_lines

statement ok
DROP PROCEDURE dbo.pr_error_lines_params
