# The REGEXP_* functions' errors: RE2's refusals of a pattern (19300, 19307–19309), flags
# (19302, 19303), arguments out of range (19301), argument types (8116) and counts (189).

# RE2 has no lookaround, backreferences, possessive quantifiers or atomic groups; SQL Server quotes RE2's words.
statement error 19300
SELECT REGEXP_COUNT('abc', 'a(?=b)')
----
error 19300: An invalid Pattern 'a(?=b)' was provided. Error 'invalid perl operator: (?=' occurred during evaluation of the Pattern.

statement error 19300
SELECT REGEXP_COUNT('abab', '(ab)\1')
----
error 19300: An invalid Pattern '(ab)\1' was provided. Error 'invalid escape sequence: \1' occurred during evaluation of the Pattern.

statement error 19300
SELECT REGEXP_COUNT('abc', '(?<x>b)')
----
error 19300: An invalid Pattern '(?<x>b)' was provided. Error 'invalid perl operator: (?<' occurred during evaluation of the Pattern.

statement error 19300
SELECT REGEXP_COUNT('aaa', 'a++')
----
error 19300: An invalid Pattern 'a++' was provided. Error 'bad repetition operator: ++' occurred during evaluation of the Pattern.

statement error 19300
SELECT REGEXP_COUNT('aaa', 'a{1001}')
----
error 19300: An invalid Pattern 'a{1001}' was provided. Error 'invalid repetition size: {1001}' occurred during evaluation of the Pattern.

statement error 19300
SELECT REGEXP_COUNT('aaa', 'a{2,1}')
----
error 19300: An invalid Pattern 'a{2,1}' was provided. Error 'invalid repetition size: {2,1}' occurred during evaluation of the Pattern.

statement error 19300
SELECT REGEXP_COUNT('aaa', '*a')
----
error 19300: An invalid Pattern '*a' was provided. Error 'no argument for repetition operator: *' occurred during evaluation of the Pattern.

statement error 19300
SELECT REGEXP_COUNT('aaa', '[z-a]')
----
error 19300: An invalid Pattern '[z-a]' was provided. Error 'invalid character class range: z-a' occurred during evaluation of the Pattern.

statement error 19300
SELECT REGEXP_COUNT('aaa', '\Z')
----
error 19300: An invalid Pattern '\Z' was provided. Error 'invalid escape sequence: \Z' occurred during evaluation of the Pattern.

# Nested counted repetition may multiply to at most 1000 (RE2's limit; the product is never built).
statement error 19300
SELECT REGEXP_COUNT('aaa', '((a{1000}){1000}){1000}')
----
error 19300: An invalid Pattern '((a{1000}){1000}){1000}' was provided. Error 'invalid repetition size: {1000}' occurred during evaluation of the Pattern.

query II
SELECT REGEXP_COUNT('aaaa', '((a{2}){2}){250}'), REGEXP_COUNT('aaaa', '(a{2}){2}')
----
0	1

statement error 19308
SELECT REGEXP_REPLACE('abc', '(', 'x')
----
error 19308: Missing ')' in the Pattern (.

statement error 19308
SELECT 1 WHERE REGEXP_LIKE('abc', '[a')
----
error 19308: Missing ']' in the Pattern [a.

statement error 19307
SELECT REGEXP_COUNT('abc', ')')
----
error 19307: Encountered an unexpected ')' in the Pattern ).

statement error 19309
SELECT REGEXP_COUNT('abc', 'a\')
----
error 19309: Invalid trailing backslash (\) provided at the end of the Pattern a\.

# A pattern is compiled only for a row whose arguments are not NULL.
query T
SELECT REGEXP_SUBSTR(NULL, '(')
----
NULL

# Flags: only c, i, s, m (upper case and padding too are refused, the whole string quoted); at most 30.
statement error 19303
SELECT REGEXP_COUNT('abc', 'a', 1, 'iI')
----
error 19303: Invalid flag provided. 'iI' are not valid flags. Only {c,i,s,m} flags are valid.

statement error 19303
SELECT REGEXP_COUNT('abc', 'a', 1, CAST('i' AS char(3)))
----
error 19303: Invalid flag provided. 'i  ' are not valid flags. Only {c,i,s,m} flags are valid.

statement error 19302
SELECT REGEXP_COUNT('abc', 'a', 1, REPLICATE('i', 31))
----
error 19302: Maximum of '30' flags can be provided. But you provided '31' flags.

query II
SELECT REGEXP_COUNT('ABC', 'a', 1, REPLICATE('i', 30)), REGEXP_COUNT('ABC', 'a', 1, '')
----
1	0

# Start, occurrence, return option and group below their least values.
statement error 19301
SELECT REGEXP_COUNT('abc', 'a', 0)
----
error 19301: 'START' value should be greater than or equal to 1 but '0' is provided in 'REGEXP_COUNT' function.

statement error 19301
SELECT REGEXP_REPLACE('abc', 'a', 'x', 1, -1)
----
error 19301: 'OCCURRENCE' value should be greater than or equal to 0 but '-1' is provided in 'REGEXP_REPLACE' function.

statement error 19301
SELECT REGEXP_SUBSTR('abc', 'a', 1, 0)
----
error 19301: 'OCCURRENCE' value should be greater than or equal to 1 but '0' is provided in 'REGEXP_SUBSTR' function.

statement error 19301
SELECT REGEXP_SUBSTR('abc', 'a', 1, 1, 'c', -1)
----
error 19301: 'GROUP' value should be greater than or equal to 0 but '-1' is provided in 'REGEXP_SUBSTR' function.

statement error 19301
SELECT REGEXP_INSTR('abc', 'a', 1, 1, 2)
----
error 19301: 'RETURN_OPTION' value should be greater than or equal to 0 but '2' is provided in 'REGEXP_INSTR' function.

statement error 19301
SELECT REGEXP_INSTR('abc', 'a', 1, 1, 0, 'c', -1)
----
error 19301: 'GROUP' value should be greater than or equal to 1 but '-1' is provided in 'REGEXP_INSTR' function.

statement error 19301
SELECT REGEXP_INSTR('abc', 'a', -5)
----
error 19301: 'START' value should be greater than or equal to 1 but '-5' is provided in 'REGEXP_INSTR' function.

# Argument types: the source and pattern are strings, the pattern not max, the flags char or varchar.
statement error 8116
SELECT REGEXP_COUNT(123, '1')
----
error 8116: Argument data type int is invalid for argument 1 of regexp_count function.

statement error 8116
SELECT REGEXP_COUNT('abc', CAST('a' AS varchar(max)))
----
error 8116: Argument data type varchar is invalid for argument 2 of regexp_count function.

statement error 8116
SELECT REGEXP_COUNT('abc', 'a', 1, N'i')
----
error 8116: Argument data type nvarchar is invalid for argument 4 of regexp_count function.

statement error 8116
SELECT REGEXP_SUBSTR('abc', 'a', 1.5)
----
error 8116: Argument data type numeric is invalid for argument 3 of regexp_substr function.

statement error 8116
SELECT REGEXP_REPLACE('abc', 'a', 1)
----
error 8116: Argument data type int is invalid for argument 3 of regexp_replace function.

statement error 189
SELECT REGEXP_REPLACE('a', 'a', 'b', 1, 0, 'i', 1)
----
error 189: The regexp_replace function requires 2 to 6 arguments.

statement error 189
SELECT REGEXP_INSTR('a')
----
error 189: The regexp_instr function requires 2 to 7 arguments.

# An invalid pattern from a column fails on the row that has it, after the rows before it.
statement ok
CREATE TABLE rx_patterns (id int, p varchar(20))

statement ok
INSERT INTO rx_patterns VALUES (1, 'a+'), (2, 'a(')

statement error 19308
SELECT id, REGEXP_COUNT('aaa', p) FROM rx_patterns ORDER BY id
