# LEFT_SHIFT, RIGHT_SHIFT, BIT_COUNT, GET_BIT, SET_BIT (SQL Server 2022).

query IIIIII
SELECT LEFT_SHIFT(5, 1), RIGHT_SHIFT(255, 4), LEFT_SHIFT(255, -4), RIGHT_SHIFT(255, -4), LEFT_SHIFT(1, 32), RIGHT_SHIFT(12345, 99)
----
10	15	15	4080	0	0

# Shifts are logical within the type's width: the sign bit moves like any other.
query IIII
SELECT LEFT_SHIFT(1, 31), RIGHT_SHIFT(-1, 1), LEFT_SHIFT(CAST(200 AS tinyint), 1), RIGHT_SHIFT(CAST(-1 AS bigint), 60)
----
-2147483648	2147483647	144	15

query IIIT
SELECT LEFT_SHIFT(CAST(-32768 AS smallint), 1), RIGHT_SHIFT(CAST(-32768 AS smallint), 15), BIT_COUNT(CAST(-1 AS smallint)), LEFT_SHIFT(0x0F01, 4)
----
0	1	16	0xF010

query IIIII
SELECT BIT_COUNT(0), BIT_COUNT(7), BIT_COUNT(-1), BIT_COUNT(CAST(-1 AS bigint)), BIT_COUNT(0xabcdef)
----
0	3	32	64	17

query IIIIII
SELECT GET_BIT(0xabcdef, 2), GET_BIT(0xabcdef, 4), GET_BIT(5, 0), GET_BIT(5, 1), GET_BIT(-1, 31), GET_BIT(CAST(NULL AS int), 1)
----
1	0	1	0	1	NULL

query TIIII
SELECT SET_BIT(0x00, 2), SET_BIT(0, 3), SET_BIT(15, 0, 0), SET_BIT(CAST(0 AS int), 31), SET_BIT(7, 1, CAST(0 AS bit))
----
0x04	8	14	-2147483648	5

describe
SELECT LEFT_SHIFT(CAST(1 AS smallint), 1) AS s, BIT_COUNT(1) AS c, GET_BIT(1, 0) AS g, SET_BIT(CAST(1 AS tinyint), 1) AS b
----
s	smallint	NULL
c	bigint	NULL
g	bit	NULL
b	tinyint	NULL

statement error 9838
SELECT GET_BIT(1, 32)
----
error 9838: Parameter 2 in function 'get_bit' is out of range 0 to 31.

statement error 9838
SELECT SET_BIT(CAST(1 AS tinyint), -1)
----
error 9838: Parameter 2 in function 'set_bit' is out of range 0 to 7.

statement error 9838
SELECT GET_BIT(0xabcd, 16)
----
error 9838: Parameter 2 in function 'get_bit' is out of range 0 to 15.

statement error 9839
SELECT SET_BIT(1, 1, 2)
----
error 9839: Parameter 3 in function 'set_bit' must be 0 or 1.

statement error 8116
SELECT GET_BIT(1.5, 1)
----
error 8116: Argument data type numeric is invalid for argument 1 of get_bit function.

statement error 8116
SELECT LEFT_SHIFT(1, 1.0)
----
error 8116: Argument data type numeric is invalid for argument 2 of left_shift function.

statement error 8116
SELECT BIT_COUNT(CAST('a' AS varchar(10)))
----
error 8116: Argument data type varchar is invalid for argument 1 of bit_count function.

statement error 8116
SELECT BIT_COUNT(CAST(0x01 AS varbinary(max)))
----
error 8116: Argument data type varbinary is invalid for argument 1 of bit_count function.

# The << and >> operators are LEFT_SHIFT and RIGHT_SHIFT, at the level of + - & ^ |, left to right.
query IIIIII
SELECT 5 << 1, 255 >> 4, 1 << 2 + 1, (1 << 2) + 1, 256 >> 2 >> 1, 3 | 1 << 2
----
10	15	5	5	32	12

query IT
SELECT CASE WHEN 1 << 4 > 15 THEN 1 ELSE 0 END, 0x0F01 << 4
----
1	0xF010

statement ok
DECLARE @v int = 12345; SELECT @v = @v << 5; IF @v <> 395040 RAISERROR('shift', 16, 1)
