# Metadata discovery without running the batch: sp_describe_first_result_set (what SSMS and
# ORMs ask of a query) and sp_describe_undeclared_parameters (what mssql-jdbc's
# getParameterMetaData() sends, with its ? markers rewritten as @P0, @P1 ...).
statement ok
CREATE TABLE ds_t (id int NOT NULL IDENTITY(1, 1) PRIMARY KEY, name nvarchar(40) NULL, code char(4) NOT NULL,
  price decimal(9, 2) NULL, born date NULL, stamp datetime2(3) NULL, ratio float NULL, blob varbinary(max) NULL,
  note varchar(20) NULL, amount money NULL, flag bit NOT NULL DEFAULT 0)

statement ok
CREATE TABLE ds_u (id int NOT NULL, t_id int NULL, qty smallint NOT NULL, label varchar(50) NULL)

statement ok
CREATE VIEW ds_v AS SELECT id AS vid, name AS vname FROM ds_t

describe
EXEC sp_describe_first_result_set N'SELECT 1'
----
is_hidden	bit	NOT NULL
column_ordinal	int	NOT NULL
name	nvarchar(128)	NULL
is_nullable	bit	NOT NULL
system_type_id	int	NOT NULL
system_type_name	nvarchar(256)	NULL
max_length	smallint	NOT NULL
precision	tinyint	NOT NULL
scale	tinyint	NOT NULL
collation_name	nvarchar(128)	NULL
user_type_id	int	NULL
user_type_database	nvarchar(128)	NULL
user_type_schema	nvarchar(128)	NULL
user_type_name	nvarchar(128)	NULL
assembly_qualified_type_name	nvarchar(4000)	NULL
xml_collection_id	int	NULL
xml_collection_database	nvarchar(128)	NULL
xml_collection_schema	nvarchar(128)	NULL
xml_collection_name	nvarchar(128)	NULL
is_xml_document	bit	NOT NULL
is_case_sensitive	bit	NOT NULL
is_fixed_length_clr_type	bit	NOT NULL
source_server	nvarchar(128)	NULL
source_database	nvarchar(128)	NULL
source_schema	nvarchar(128)	NULL
source_table	nvarchar(128)	NULL
source_column	nvarchar(128)	NULL
is_identity_column	bit	NULL
is_part_of_unique_key	bit	NULL
is_updateable	bit	NULL
is_computed_column	bit	NULL
is_sparse_column_set	bit	NULL
ordinal_in_order_by_list	smallint	NULL
order_by_list_length	smallint	NULL
order_by_is_descending	smallint	NULL
tds_type_id	int	NOT NULL
tds_length	int	NOT NULL
tds_collation_id	int	NULL
tds_collation_sort_id	tinyint	NULL

# Table columns: types with their facets, nullability, the identity column.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT id, name, code, price, born, stamp, ratio, blob, note, amount, flag FROM ds_t'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	id	0	int	4	10	0	1
2	name	1	nvarchar(40)	80	0	0	0
3	code	0	char(4)	4	0	0	0
4	price	1	decimal(9,2)	5	9	2	0
5	born	1	date	3	10	0	0
6	stamp	1	datetime2(3)	7	23	3	0
7	ratio	1	float	8	53	0	0
8	blob	1	varbinary(max)	-1	0	0	0
9	note	1	varchar(20)	20	0	0	0
10	amount	1	money	8	19	4	0
11	flag	0	bit	1	1	0	0

# The type facts drivers read: system type id, collation, the TDS type and length.
query IITIIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT id, name, code, price, stamp, blob FROM ds_t'
SELECT column_ordinal, system_type_id, collation_name, is_case_sensitive, tds_type_id, tds_length, tds_collation_id, tds_collation_sort_id FROM @d ORDER BY column_ordinal
----
1	56	NULL	0	38	4	NULL	NULL
2	231	SQL_Latin1_General_CP1_CI_AS	0	231	80	13632521	52
3	175	SQL_Latin1_General_CP1_CI_AS	0	175	4	13632521	52
4	106	NULL	0	106	5	NULL	NULL
5	42	NULL	0	42	7	NULL	NULL
6	165	NULL	0	165	-1	NULL	NULL

# Expressions, aliases and unnamed columns (NULL name); nothing runs, so the table stays empty.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT id + 1 AS next_id, UPPER(name), price * 2 AS twice, CAST(note AS nvarchar(10)) c, COUNT(*) AS n FROM ds_t GROUP BY id, name, price, note'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	next_id	0	int	4	10	0	0
2	NULL	1	nvarchar(40)	80	0	0	0
3	twice	1	decimal(20,2)	13	20	2	0
4	c	1	nvarchar(10)	20	0	0	0
5	n	1	int	4	10	0	0

# Joins: the outer side becomes nullable.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT t.id, u.qty, u.label FROM ds_t t LEFT JOIN ds_u u ON u.t_id = t.id'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	id	0	int	4	10	0	1
2	qty	1	smallint	2	5	0	0
3	label	1	varchar(50)	50	0	0	0

# A view's columns.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT * FROM ds_v'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	vid	0	int	4	10	0	1
2	vname	1	nvarchar(40)	80	0	0	0

# Declared parameters in @params.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT id, @limit AS lim FROM ds_t WHERE id > @limit', N'@limit bigint'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	id	0	int	4	10	0	1
2	lim	1	bigint	8	19	0	0

# An undeclared parameter where its type does not decide a column is deduced.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT name FROM ds_t WHERE id = @id'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	name	1	nvarchar(40)	80	0	0	0

# The first statement that returns rows; SET, DECLARE and DML before it return none.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SET NOCOUNT ON; DECLARE @x int = 1; UPDATE ds_u SET qty = 2 WHERE id = 0; SELECT qty, label FROM ds_u; SELECT 1 AS ignored'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	qty	0	smallint	2	5	0	0
2	label	1	varchar(50)	50	0	0	0

# Every control path: names that differ become NULL, lengths widen, nullability is the union.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'IF 1 = 1 SELECT note, qty FROM ds_t, ds_u ELSE SELECT label AS note, qty AS q2 FROM ds_u'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	note	1	varchar(50)	50	0	0	0
2	NULL	0	smallint	2	5	0	0

# A path that ends with RETURN or an error returns nothing; the other path's SELECT is first.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'IF @@TRANCOUNT > 5 RETURN; IF @@TRANCOUNT > 4 RAISERROR(''x'', 16, 1); SELECT flag FROM ds_t'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	flag	0	bit	1	1	0	0

# WITH RESULT SETS describes what EXEC returns.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'EXEC sp_who WITH RESULT SETS ((a int NOT NULL, b nvarchar(10)))'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	a	0	int	4	10	0	0
2	b	1	nvarchar(10)	20	0	0	0

statement ok
CREATE PROCEDURE ds_proc @id int AS
BEGIN
  SET NOCOUNT ON;
  IF @id < 0 RETURN;
  SELECT id, name FROM ds_t WHERE id = @id
END

statement ok
CREATE PROCEDURE ds_outer AS EXEC ds_proc 1

statement ok
CREATE PROCEDURE ds_self AS EXEC ds_self

statement ok
CREATE PROCEDURE ds_args @id int, @mode varchar(10) = 'a', @result decimal(12, 4) OUTPUT AS SET @result = @id

# A stored procedure called by EXEC is analysed in turn, through another one too.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'EXEC ds_outer'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	id	0	int	4	10	0	1
2	name	1	nvarchar(40)	80	0	0	0

# A RETURN in the procedure lets the caller go on: its SELECT is another candidate.
query ITITIIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'EXEC ds_proc 5; SELECT vid AS id, vname AS name FROM ds_v'
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, precision, scale, is_identity_column FROM @d ORDER BY column_ordinal
----
1	id	0	int	4	10	0	1
2	name	1	nvarchar(40)	80	0	0	0

# A procedure that calls itself.
statement error 11523
EXEC sp_describe_first_result_set N'EXEC ds_self'
----
error 11523: The metadata could not be determined because statement 'EXEC ds_self' causes indirect recursion.

# An unknown procedure.
statement error 2812
EXEC sp_describe_first_result_set N'EXEC ds_nothing'
----
error 2812: Could not find stored procedure 'ds_nothing'.
error 11529: The metadata could not be determined because every code path results in an error; see previous errors for some of these.

# FETCH without INTO returns a row of the cursor's shape: not analysed.
statement error 11527
EXEC sp_describe_first_result_set N'DECLARE ds_c CURSOR LOCAL FOR SELECT id FROM ds_u; OPEN ds_c; FETCH NEXT FROM ds_c'
----
error 11527: The metadata could not be determined because statement 'FETCH NEXT FROM ds_c' does not support metadata discovery.

# A system procedure is not analysed.
statement error 11527
EXEC sp_describe_first_result_set N'EXEC sp_who'
----
error 11527: The metadata could not be determined because statement 'EXEC sp_who' does not support metadata discovery.

# No statement returns rows: an empty result with the columns.
query I
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'DECLARE @a int; SET @a = 1; INSERT INTO ds_u VALUES (1, 1, 1, ''x'')'
SELECT COUNT(*) FROM @d
----
0

# Nothing ran: the INSERT above was only bound.
query I
SELECT COUNT(*) FROM ds_u
----
0

# Different column counts on two paths.
statement error 11509
EXEC sp_describe_first_result_set N'IF 1 = 1 SELECT id FROM ds_u ELSE SELECT id, qty FROM ds_u'
----
error 11509: The metadata could not be determined because the statement 'SELECT id FROM ds_u' is not compatible with the statement 'SELECT id, qty FROM ds_u'.

# Different types on two paths.
statement error 11509
EXEC sp_describe_first_result_set N'IF 1 = 1 SELECT id FROM ds_u ELSE SELECT qty FROM ds_u'
----
error 11509: The metadata could not be determined because the statement 'SELECT id FROM ds_u' is not compatible with the statement 'SELECT qty FROM ds_u'.

# Dynamic SQL.
statement error 11513
EXEC sp_describe_first_result_set N'EXEC (N''SELECT 1'')'
----
error 11513: The metadata could not be determined because statement 'EXEC (N'SELECT 1')' contains dynamic SQL. Consider using the WITH RESULT SETS clause to explicitly describe the result set.

# An undeclared parameter that decides a column's type.
statement error 11521
EXEC sp_describe_first_result_set N'SELECT @p AS v'
----
error 11521: The metadata could not be determined because statement 'SELECT @p AS v' uses an undeclared parameter in a context that affects its metadata.

# A compile error in the batch is reported, then 11529.
statement error 207
EXEC sp_describe_first_result_set N'SELECT nothing FROM ds_t'
----
error 207: Invalid column name 'nothing'.
error 11529: The metadata could not be determined because every code path results in an error; see previous errors for some of these.

# A missing table.
statement error 208
EXEC sp_describe_first_result_set N'SELECT * FROM ds_missing'
----
error 208: Invalid object name 'ds_missing'.
error 11529: The metadata could not be determined because every code path results in an error; see previous errors for some of these.

# A syntax error is reported, then 11501.
statement error 156
EXEC sp_describe_first_result_set N'SELECT FROM WHERE'
----
error 156: Incorrect syntax near the keyword 'FROM'.
error 11501: The batch could not be analyzed because of compile errors.

# The browse mode is 0, 1 or 2.
statement error 11552
EXEC sp_describe_first_result_set N'SELECT 1', NULL, 3
----
error 11552: The @browse_information_mode parameter expects a tinyint with values 0, 1 or 2.

# Without browse information: whether each column can be written or is computed, no sources.
query IITTTTTIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT id, name, id + 1 AS x FROM ds_t'
SELECT column_ordinal, is_hidden, name, source_database, source_schema, source_table, source_column, is_part_of_unique_key, is_updateable, is_computed_column FROM @d ORDER BY column_ordinal
----
1	0	id	NULL	NULL	NULL	NULL	NULL	0	0
2	0	name	NULL	NULL	NULL	NULL	NULL	1	0
3	0	x	NULL	NULL	NULL	NULL	NULL	0	0

# Browse mode 1: the sources, unique keys, and the primary key the result lacks as a hidden column.
query IITTTTTIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT name AS n, price FROM ds_t WHERE price > 1', NULL, 1
SELECT column_ordinal, is_hidden, name, source_database, source_schema, source_table, source_column, is_part_of_unique_key, is_updateable, is_computed_column FROM @d ORDER BY column_ordinal
----
1	0	n	master	dbo	ds_t	name	0	1	0
2	0	price	master	dbo	ds_t	price	0	1	0
3	1	id	master	dbo	ds_t	id	1	0	0

# ORDER BY: each column's place in the list and its direction; an expression counts in the length only.
query ITIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT code, name AS n, price FROM ds_t ORDER BY n DESC, 1, price * 2'
SELECT column_ordinal, name, ordinal_in_order_by_list, order_by_list_length, order_by_is_descending FROM @d ORDER BY column_ordinal
----
1	code	2	3	0
2	n	1	3	1
3	price	NULL	3	NULL

# ORDER BY and TOP keep the sources.
query IITTTTTIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT TOP (5) code, name FROM ds_t ORDER BY name DESC', NULL, 1
SELECT column_ordinal, is_hidden, name, source_database, source_schema, source_table, source_column, is_part_of_unique_key, is_updateable, is_computed_column FROM @d ORDER BY column_ordinal
----
1	0	code	master	dbo	ds_t	code	0	1	0
2	0	name	master	dbo	ds_t	name	0	1	0
3	1	id	master	dbo	ds_t	id	1	0	0

# Mode 2 through a view: its plan is not a one-table read here, so NULL (SQL Server names the view).
query IITTTTTIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT vname FROM ds_v', NULL, 2
SELECT column_ordinal, is_hidden, name, source_database, source_schema, source_table, source_column, is_part_of_unique_key, is_updateable, is_computed_column FROM @d ORDER BY column_ordinal
----
1	0	vname	NULL	NULL	NULL	NULL	NULL	NULL	NULL

# A join's sources cannot be determined here: NULL.
query IITTTTTIII
DECLARE @d TABLE(is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256) NULL,
  max_length smallint, precision tinyint, scale tinyint, collation_name sysname NULL, user_type_id int NULL, user_type_database sysname NULL,
  user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000) NULL, xml_collection_id int NULL,
  xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit,
  is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL,
  source_table sysname NULL, source_column sysname NULL, is_identity_column bit NULL, is_part_of_unique_key bit NULL, is_updateable bit NULL,
  is_computed_column bit NULL, is_sparse_column_set bit NULL, ordinal_in_order_by_list smallint NULL, order_by_list_length smallint NULL,
  order_by_is_descending smallint NULL, tds_type_id int, tds_length int, tds_collation_id int NULL, tds_collation_sort_id tinyint NULL)
INSERT @d EXEC sp_describe_first_result_set N'SELECT t.id, u.qty FROM ds_t t JOIN ds_u u ON u.t_id = t.id', NULL, 1
SELECT column_ordinal, is_hidden, name, source_database, source_schema, source_table, source_column, is_part_of_unique_key, is_updateable, is_computed_column FROM @d ORDER BY column_ordinal
----
1	0	id	NULL	NULL	NULL	NULL	NULL	NULL	NULL
2	0	qty	NULL	NULL	NULL	NULL	NULL	NULL	NULL

# @tsql must be given, and be Unicode.
statement error 201
EXEC sp_describe_first_result_set
----
error 201: Procedure or function 'sp_describe_first_result_set' expects parameter '@tsql', which was not supplied.

statement error 214
EXEC sp_describe_first_result_set 'SELECT 1'
----
error 214: Procedure expects parameter '@tsql' of type 'ntext/nchar/nvarchar'.

# sys.dm_exec_describe_first_result_set: the same rows as a table function; errors come back as a row.
query ITTII
SELECT column_ordinal, name, system_type_name, is_nullable, error_number
FROM sys.dm_exec_describe_first_result_set(N'SELECT id, name FROM ds_t WHERE id = @id', N'@id int', 0)
ORDER BY column_ordinal
----
1	id	int	0	NULL
2	name	nvarchar(40)	1	NULL

query IIIITIT rowsort
SELECT d.column_ordinal, d.error_number, d.error_severity, d.error_state, d.error_message, d.error_type, d.error_type_desc
FROM (VALUES (N'SELECT * FROM ds_missing'), (N'SELECT FROM WHERE'), (N'EXEC (N''SELECT 1'')'), (N'SELECT @p'),
  (N'IF 1 = 1 SELECT 1 AS a ELSE SELECT 1 AS a, 2 AS b'), (N'EXEC sp_who'), (N'EXEC ds_self')) AS b(tsql)
CROSS APPLY sys.dm_exec_describe_first_result_set(b.tsql, NULL, 0) AS d
----
NULL	11509	16	1	The metadata could not be determined because the statement 'SELECT 1 AS a' is not compatible with the statement 'SELECT 1 AS a, 2 AS b'.	3	CONFLICTING_RESULTS
NULL	11513	16	1	The metadata could not be determined because statement 'EXEC (N'SELECT 1')' contains dynamic SQL. Consider using the WITH RESULT SETS clause to explicitly describe the result set.	4	DYNAMIC_SQL
NULL	11521	16	1	The metadata could not be determined because statement 'SELECT @p' uses an undeclared parameter in a context that affects its metadata.	8	UNDECLARED_PARAMETER
NULL	11523	16	1	The metadata could not be determined because statement 'EXEC ds_self' causes indirect recursion.	9	RECURSION
NULL	11527	16	1	The metadata could not be determined because statement 'EXEC sp_who' does not support metadata discovery.	11	UNSUPPORTED_STATEMENT
NULL	156	15	1	Incorrect syntax near the keyword 'FROM'.	2	SYNTAX
NULL	208	16	1	Invalid object name 'ds_missing'.	1	MISC

query IITTI
SELECT column_ordinal, is_hidden, name, source_column, is_part_of_unique_key
FROM sys.dm_exec_describe_first_result_set(N'SELECT qty FROM ds_u', NULL, 1)
ORDER BY column_ordinal
----
1	0	qty	qty	0

statement error 174
SELECT * FROM sys.dm_exec_describe_first_result_set(N'SELECT 1', NULL)
----
error 174: The dm_exec_describe_first_result_set function requires 3 argument(s).

describe
SELECT * FROM sys.dm_exec_describe_first_result_set(N'SELECT 1', NULL, 0)
----
is_hidden	bit	NULL
column_ordinal	int	NULL
name	nvarchar(128)	NULL
is_nullable	bit	NULL
system_type_id	int	NULL
system_type_name	nvarchar(256)	NULL
max_length	smallint	NULL
precision	tinyint	NULL
scale	tinyint	NULL
collation_name	nvarchar(128)	NULL
user_type_id	int	NULL
user_type_database	nvarchar(128)	NULL
user_type_schema	nvarchar(128)	NULL
user_type_name	nvarchar(128)	NULL
assembly_qualified_type_name	nvarchar(4000)	NULL
xml_collection_id	int	NULL
xml_collection_database	nvarchar(128)	NULL
xml_collection_schema	nvarchar(128)	NULL
xml_collection_name	nvarchar(128)	NULL
is_xml_document	bit	NULL
is_case_sensitive	bit	NULL
is_fixed_length_clr_type	bit	NULL
source_server	nvarchar(128)	NULL
source_database	nvarchar(128)	NULL
source_schema	nvarchar(128)	NULL
source_table	nvarchar(128)	NULL
source_column	nvarchar(128)	NULL
is_identity_column	bit	NULL
is_part_of_unique_key	bit	NULL
is_updateable	bit	NULL
is_computed_column	bit	NULL
is_sparse_column_set	bit	NULL
ordinal_in_order_by_list	smallint	NULL
order_by_list_length	smallint	NULL
order_by_is_descending	smallint	NULL
error_number	int	NULL
error_severity	int	NULL
error_state	int	NULL
error_message	nvarchar(4096)	NULL
error_type	int	NULL
error_type_desc	nvarchar(60)	NULL

# A comparison with a column takes the column's type (what getParameterMetaData asks).
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'SELECT id, name FROM ds_t WHERE id = @P0'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@P0	56	int	4	10	0	1	0

# Several parameters, numbered in text order; = and <> give the column's exact type.
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'SELECT * FROM ds_t WHERE code = @P0 AND name <> @P1 AND price = @P2 AND stamp = @P3'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@P0	175	char(4)	4	0	0	1	0
2	@P1	231	nvarchar(40)	80	0	0	1	0
3	@P2	106	decimal(9,2)	5	9	2	1	0
4	@P3	42	datetime2(3)	7	23	3	1	0

# <, >, BETWEEN, LIKE and arithmetic deduce by the general rules: the widest of the family.
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'SELECT * FROM ds_t WHERE code > @a AND name LIKE @b AND price BETWEEN @c AND 10 AND stamp < @d AND id + @e > 0'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@a	167	varchar(8000)	8000	0	0	1	0
2	@b	231	nvarchar(4000)	8000	0	0	1	0
3	@c	108	numeric(38,19)	17	38	19	1	0
4	@d	42	datetime2(7)	8	27	7	1	0
5	@e	56	int	4	10	0	1	0

# INSERT VALUES and UPDATE SET take the target column's type.
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'INSERT INTO ds_t (name, code, price, born) VALUES (@P0, @P1, @P2, @P3)'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@P0	231	nvarchar(40)	80	0	0	1	0
2	@P1	175	char(4)	4	0	0	1	0
3	@P2	106	decimal(9,2)	5	9	2	1	0
4	@P3	40	date	3	10	0	1	0

# UPDATE SET and its WHERE.
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'UPDATE ds_u SET qty = @q, label = @l WHERE id = @id'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@q	52	smallint	2	5	0	1	0
2	@l	167	varchar(50)	50	0	0	1	0
3	@id	56	int	4	10	0	1	0

# IN lists, CAST and a DELETE.
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'DELETE FROM ds_u WHERE t_id IN (@a, @b) AND label = CAST(@c AS nvarchar(12))'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@a	56	int	4	10	0	1	0
2	@b	56	int	4	10	0	1	0
3	@c	231	nvarchar(12)	24	0	0	1	0

# TOP and OFFSET … FETCH take row counts (bigint).
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'SELECT TOP (@n) id FROM ds_t ORDER BY id; SELECT id FROM ds_u ORDER BY id OFFSET @skip ROWS FETCH NEXT @take ROWS ONLY; DELETE TOP (@d) FROM ds_u'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@n	127	bigint	8	19	0	1	0
2	@skip	127	bigint	8	19	0	1	0
3	@take	127	bigint	8	19	0	1	0
4	@d	127	bigint	8	19	0	1	0

# ISNULL, COALESCE and NULLIF: the type of the other argument, by the general rules.
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'SELECT * FROM ds_t WHERE id = ISNULL(@a, id) AND name = COALESCE(@b, name, N''x'') AND price > NULLIF(@c, 0)'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@a	56	int	4	10	0	1	0
2	@b	231	nvarchar(4000)	8000	0	0	1	0
3	@c	56	int	4	10	0	1	0

# An assignment target is an output parameter.
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'SELECT @total = qty FROM ds_u WHERE id = @key'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@total	52	smallint	2	5	0	0	1
2	@key	56	int	4	10	0	1	0

# SET of a local variable gives its type; SET of an undeclared one makes an output parameter.
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'DECLARE @x bigint; SET @x = @in; SET @out = @x + 1'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@in	127	bigint	8	19	0	1	0
2	@out	127	bigint	8	19	0	0	1

# An EXEC argument takes the procedure parameter's type, by position or by name; OUTPUT ones are output too.
query ITTIIT
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'EXEC ds_args @P0, @mode = @P1, @result = @P2 OUTPUT'
SELECT parameter_ordinal, name, suggested_system_type_name, suggested_is_input, suggested_is_output, formal_parameter_name FROM @d ORDER BY parameter_ordinal
----
1	@P0	int	1	0	@id
2	@P1	varchar(10)	1	0	@mode
3	@P2	decimal(12,4)	1	1	@result

# Parameters declared in @params are not described.
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'SELECT * FROM ds_t WHERE id = @id OR name = @name', N'@id int'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----
1	@name	231	nvarchar(40)	80	0	0	1	0

# No parameters: an empty result.
query ITITIIIII
DECLARE @d TABLE(parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256) NULL,
  suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int NULL,
  suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL,
  suggested_assembly_qualified_type_name nvarchar(4000) NULL, suggested_xml_collection_id int NULL,
  suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL,
  suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit,
  suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int)
INSERT @d EXEC sp_describe_undeclared_parameters N'SELECT id FROM ds_t'
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_is_input, suggested_is_output FROM @d ORDER BY parameter_ordinal
----

# A parameter used twice.
statement error 11508
EXEC sp_describe_undeclared_parameters N'SELECT * FROM ds_t WHERE id = @p OR ratio = @p'
----
error 11508: The undeclared parameter '@p' is used more than once in the batch being analyzed.

# Two untyped parameters in one expression.
statement error 11503
EXEC sp_describe_undeclared_parameters N'SELECT * FROM ds_t WHERE @a = @b'
----
error 11503: The parameter type cannot be deduced because a single expression contains two untyped parameters, '@a' and '@b'.

# No context to deduce from; the error ends the call, not the batch.
statement error 11502
EXEC sp_describe_undeclared_parameters N'SELECT @p'
PRINT 'after'
----
error 11502: The type for parameter '@p' cannot be deduced in this context.
! after

# A compile error in the batch.
statement error 208
EXEC sp_describe_undeclared_parameters N'SELECT * FROM ds_missing WHERE id = @p'
----
error 208: Invalid object name 'ds_missing'.
error 11501: The batch could not be analyzed because of compile errors.

# A local variable named like a declared parameter.
statement error 134
EXEC sp_describe_undeclared_parameters N'DECLARE @id int', N'@id int'
----
error 134: The variable name '@id' has already been declared. Variable names must be unique within a query batch or stored procedure.
error 11501: The batch could not be analyzed because of compile errors.

statement ok
DROP PROCEDURE ds_outer

statement ok
DROP PROCEDURE ds_proc

statement ok
DROP PROCEDURE ds_self

statement ok
DROP PROCEDURE ds_args

statement ok
DROP VIEW ds_v

statement ok
DROP TABLE ds_t

statement ok
DROP TABLE ds_u
