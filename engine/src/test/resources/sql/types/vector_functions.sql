# VECTOR_DISTANCE, VECTOR_NORM, VECTOR_NORMALIZE and VECTORPROPERTY with SQL Server 2025's results:
# distances and normalisation in float32, norms in float64; a NULL argument gives NULL.
query RRRRRR
DECLARE @a vector(3) = '[1, 2, 3]', @b vector(3) = '[4, 5, 6]', @z vector(3) = '[0, 0, 0]'
SELECT VECTOR_DISTANCE('cosine', @a, @b), VECTOR_DISTANCE('COSINE', @a, @a), VECTOR_DISTANCE('euclidean', @a, @b), VECTOR_DISTANCE(CAST('dot' AS char(10)), @a, @b), VECTOR_DISTANCE('cosine', @z, @a), VECTOR_DISTANCE('dot', @z, @a)
----
0.025368213653564453	0.00000005960464477539063	5.196152210235596	-32	1	0

query RRR
DECLARE @c vector(3) = '[1, -2, 3]'
SELECT VECTOR_NORM(@c, 'norm1'), VECTOR_NORM(@c, N'NORM2'), VECTOR_NORM(@c, 'norminf')
----
6	3.7416573867739413	3

query RR
DECLARE @big vector(2) = '[3e38, 3e38]', @neg vector(2) = '[-3e38, -3e38]'
SELECT VECTOR_DISTANCE('cosine', @big, @neg), VECTOR_NORM(@big, 'norm1')
----
0	600000001099551150000000000000000000000

query TTTT
DECLARE @c vector(3) = '[1, -2, 3]', @z vector(3) = '[0, 0, 0]', @big vector(3) = '[3e38, 3e38, 3e38]'
SELECT VECTOR_NORMALIZE(@c, 'norm2'), VECTOR_NORMALIZE(@z, 'norm2'), VECTOR_NORMALIZE(@big, 'norm2'), CAST(VECTOR_NORMALIZE(@big, 'norminf') AS varchar(100))
----
[2.6726124e-001,-5.3452247e-001,8.0178368e-001]	[0.0000000e+000,0.0000000e+000,0.0000000e+000]	[0.0000000e+000,0.0000000e+000,0.0000000e+000]	[1.0000000e+000,1.0000000e+000,1.0000000e+000]

query TTTTT
DECLARE @v vector(3) = '[1,2,3]'
SELECT VECTORPROPERTY(@v, 'Dimensions'), VECTORPROPERTY(@v, 'basetype'), VECTORPROPERTY(@v, 'bogus'), SQL_VARIANT_PROPERTY(VECTORPROPERTY(@v, 'Dimensions'), 'BaseType'), SQL_VARIANT_PROPERTY(VECTORPROPERTY(@v, 'BaseType'), 'MaxLength')
----
3	float32	NULL	smallint	256

query TTTTT
DECLARE @v vector(2) = '[1,2]', @n vector(2), @m varchar(10)
SELECT VECTOR_DISTANCE('cosine', @v, @n), VECTOR_NORM(@n, 'norm2'), VECTOR_NORM(@v, @m), VECTOR_NORMALIZE(@n, 'norm2'), VECTORPROPERTY(@n, 'Dimensions')
----
NULL	NULL	NULL	NULL	NULL

query T
CREATE TABLE dbo.vv (id int, v vector(2))
INSERT dbo.vv VALUES (1, '[1,3]'), (2, '[3,4]'), (3, NULL)
SELECT CAST(VECTOR_NORMALIZE(v, 'norm1') AS varchar(100)) FROM dbo.vv WHERE id = 1
----
[2.5000000e-001,7.5000000e-001]

query IR
SELECT TOP (2) id, VECTOR_DISTANCE('euclidean', v, CAST('[3,4]' AS vector(2))) AS d FROM dbo.vv WHERE v IS NOT NULL ORDER BY d
----
2	0
1	2.2360680103302

statement error 42201
DECLARE @v vector(2) = '[1,2]'
SELECT VECTOR_DISTANCE('bogus', @v, @v)

statement error 42201
DECLARE @v vector(2) = '[1,2]'
SELECT VECTOR_DISTANCE(' cosine', @v, @v)

statement error 42210
DECLARE @v vector(2) = '[1,2]'
SELECT VECTOR_NORM(@v, 'dot')

statement error 42204
DECLARE @v vector(2) = '[1,2]', @w vector(3) = '[1,2,3]'
SELECT VECTOR_DISTANCE('cosine', @v, @w)

statement error 8116
SELECT VECTOR_DISTANCE('cosine', '[1,2]', '[3,4]')

statement error 8116
DECLARE @v vector(2) = '[1,2]'
SELECT VECTOR_DISTANCE(1, @v, @v)

statement error 8116
SELECT VECTOR_NORM('[1,2]', 'norm2')

statement error 8115
DECLARE @big vector(2) = '[3e38,-3e38]'
SELECT VECTOR_DISTANCE('dot', @big, @big)

statement error 8115
DECLARE @v vector(2) = '[1,2]', @big vector(2) = '[3e38,-3e38]'
SELECT VECTOR_DISTANCE('euclidean', @big, @v)

statement error 174
DECLARE @v vector(2) = '[1,2]'
SELECT VECTOR_NORM(@v)

statement error 174
DECLARE @v vector(2) = '[1,2]'
SELECT VECTORPROPERTY(@v)

# A procedure's vector parameters, an output one among them.
statement ok
CREATE PROCEDURE dbo.NormalizeOne @v vector(2), @o vector(2) OUTPUT AS SET @o = VECTOR_NORMALIZE(@v, 'norm1')

query T
DECLARE @r vector(2)
EXEC dbo.NormalizeOne '[1,3]', @r OUTPUT
SELECT CAST(@r AS varchar(50))
----
[2.5000000e-001,7.5000000e-001]
