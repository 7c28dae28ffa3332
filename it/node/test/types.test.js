'use strict';
// Result-set metadata and values as tedious decodes them, for every SQL type Quern supports, and
// NULLs of each. Type names are tedious's names for the TDS type SQL Server puts in COLMETADATA:
// fixed-length types (Int, Bit, Money, DateTime...) for NOT NULL columns, the nullable variable forms
// (IntN, BitN, MoneyN, DateTimeN...) for nullable ones.

const test = require('node:test');
const assert = require('node:assert/strict');
const { connect, close, batch, query } = require('../quern');

// name, declared type, a literal, the value tedious returns, tedious type (nullable), dataLength
// (the TYPE_INFO length; none for date/time types, which carry a scale only), precision, scale
const TYPES = [
  ['c_int', 'int', '2147483647', 2147483647, 'IntN', 4],
  ['c_bigint', 'bigint', '-9223372036854775808', '-9223372036854775808', 'IntN', 8],
  ['c_smallint', 'smallint', '-32768', -32768, 'IntN', 2],
  ['c_tinyint', 'tinyint', '255', 255, 'IntN', 1],
  ['c_bit', 'bit', '1', true, 'BitN', 1],
  ['c_decimal', 'decimal(18,4)', '12345678901234.5678', 12345678901234.5678, 'DecimalN', 9, 18, 4],
  ['c_numeric', 'numeric(5,2)', '-123.45', -123.45, 'NumericN', 5, 5, 2],
  ['c_money', 'money', '922337203685477.5807', 922337203685477.6, 'MoneyN', 8],
  ['c_smallmoney', 'smallmoney', '-214748.3648', -214748.3648, 'MoneyN', 4],
  ['c_float', 'float', '1.5e300', 1.5e300, 'FloatN', 8],
  ['c_real', 'real', '0.5', 0.5, 'FloatN', 4],
  ['c_date', 'date', "'2024-02-29'", new Date(Date.UTC(2024, 1, 29)), 'Date', undefined],
  ['c_time', 'time(3)', "'13:14:15.123'", new Date(Date.UTC(1970, 0, 1, 13, 14, 15, 123)), 'Time', undefined, undefined, 3],
  ['c_datetime', 'datetime', "'2024-01-15 12:34:56.997'", new Date(Date.UTC(2024, 0, 15, 12, 34, 56, 997)), 'DateTimeN', 8],
  ['c_smalldatetime', 'smalldatetime', "'2024-01-15 12:35'", new Date(Date.UTC(2024, 0, 15, 12, 35)), 'DateTimeN', 4],
  ['c_datetime2', 'datetime2(7)', "'2024-01-15 12:34:56.1230000'", new Date(Date.UTC(2024, 0, 15, 12, 34, 56, 123)), 'DateTime2', undefined, undefined, 7],
  ['c_dto', 'datetimeoffset(7)', "'2024-01-15 12:34:56.1234567 +02:00'", new Date(Date.UTC(2024, 0, 15, 10, 34, 56, 123)), 'DateTimeOffset', undefined, undefined, 7],
  ['c_char', 'char(5)', "'ab'", 'ab   ', 'Char', 5],
  ['c_nchar', 'nchar(3)', "N'é'", 'é  ', 'NChar', 6],
  ['c_varchar', 'varchar(20)', "'hello'", 'hello', 'VarChar', 20],
  ['c_varchar_max', 'varchar(max)', "'big'", 'big', 'VarChar', 0xffff],
  ['c_nvarchar', 'nvarchar(10)', "N'żółw €'", 'żółw €', 'NVarChar', 20],
  ['c_nvarchar_max', 'nvarchar(max)', "N'ünïcode'", 'ünïcode', 'NVarChar', 0xffff],
  ['c_binary', 'binary(4)', '0x0102', Buffer.from([1, 2, 0, 0]), 'Binary', 4],
  ['c_varbinary', 'varbinary(8)', '0xCAFE', Buffer.from([0xca, 0xfe]), 'VarBinary', 8],
  ['c_varbinary_max', 'varbinary(max)', '0xBEEF', Buffer.from([0xbe, 0xef]), 'VarBinary', 0xffff],
  ['c_guid', 'uniqueidentifier', "'6F9619FF-8B86-D011-B42D-00C04FC964FF'", '6F9619FF-8B86-D011-B42D-00C04FC964FF', 'UniqueIdentifier', 16],
  ['c_xml', 'xml', "'<a b=\"1\">x</a>'", '<a b="1">x</a>', 'Xml', undefined],
];

let connection;
test.before(async () => {
  connection = await connect();
  const columns = TYPES.map(([name, type]) => `${name} ${type} NULL`).join(', ');
  await batch(connection, `IF OBJECT_ID('dbo.node_types') IS NOT NULL DROP TABLE dbo.node_types;
    CREATE TABLE dbo.node_types (id int NOT NULL PRIMARY KEY, ${columns});
    INSERT INTO dbo.node_types (id, ${TYPES.map((t) => t[0]).join(', ')}) VALUES (1, ${TYPES.map((t) => t[2]).join(', ')});
    INSERT INTO dbo.node_types (id) VALUES (2);`);
});
test.after(() => close(connection));

test('COLMETADATA of nullable columns names each type as SQL Server sends it', async () => {
  const out = await query(connection, 'SELECT * FROM dbo.node_types ORDER BY id');
  const columns = out.resultSets[0].columns;
  assert.equal(columns[0].colName, 'id');
  assert.equal(columns[0].type.name, 'Int');
  TYPES.forEach(([name, sqlType, , , typeName, dataLength, precision, scale], i) => {
    const column = columns[i + 1];
    assert.equal(column.colName, name);
    assert.equal(column.type.name, typeName, `${name} ${sqlType}`);
    if (dataLength !== undefined) assert.equal(column.dataLength, dataLength, `${name} dataLength`);
    if (precision !== undefined) assert.equal(column.precision, precision, `${name} precision`);
    if (scale !== undefined) assert.equal(column.scale, scale, `${name} scale`);
    assert.equal(column.flags & 0x01, 1, `${name} is nullable`);
  });
});

test('values come back as tedious decodes them', async () => {
  const out = await query(connection, 'SELECT * FROM dbo.node_types WHERE id = 1');
  const [row] = out.resultSets[0].rows;
  TYPES.forEach(([name, , , expected], i) => assert.deepEqual(row[i + 1], expected, name));
});

test('a NULL of every type is null', async () => {
  const out = await query(connection, 'SELECT * FROM dbo.node_types WHERE id = 2');
  const [row] = out.resultSets[0].rows;
  TYPES.forEach(([name], i) => assert.equal(row[i + 1], null, name));
});

test('NOT NULL expressions use the fixed-length TDS types', async () => {
  const out = await query(
    connection,
    'SELECT CAST(1 AS int) a, CAST(2 AS bigint) b, CAST(3 AS smallint) c, CAST(4 AS tinyint) d, ' +
      'CAST(1.5 AS float) e, CAST(2.5 AS real) f, CAST(3 AS money) g, CAST(4 AS smallmoney) h, ' +
      "CAST('2024-01-01' AS datetime) i, CAST('2024-01-01' AS smalldatetime) j",
  );
  const { columns, rows } = out.resultSets[0];
  assert.deepEqual(
    columns.map((c) => c.type.name),
    ['Int', 'BigInt', 'SmallInt', 'TinyInt', 'Float', 'Real', 'Money', 'SmallMoney', 'DateTime', 'SmallDateTime'],
  );
  assert.deepEqual(rows[0], [1, '2', 3, 4, 1.5, 2.5, 3, 4, new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 1))]);
});

test('varchar columns carry the server collation', async () => {
  const out = await query(connection, 'SELECT c_varchar FROM dbo.node_types WHERE id = 1');
  const { collation } = out.resultSets[0].columns[0];
  assert.equal(collation.codepage, 'CP1252');
});

test('a batch returns several result sets, one columnMetadata each', async () => {
  const out = await batch(connection, "SELECT 1 AS a; SELECT 'x' AS b, 'y' AS c; SELECT id FROM dbo.node_types ORDER BY id");
  assert.equal(out.resultSets.length, 3);
  assert.deepEqual(out.resultSets.map((r) => r.columns.map((c) => c.colName)), [['a'], ['b', 'c'], ['id']]);
  assert.deepEqual(out.resultSets.map((r) => r.rows), [[[1]], [['x', 'y']], [[1], [2]]]);
});

test('row counts of DML statements arrive in DONE tokens', async () => {
  const out = await batch(
    connection,
    'CREATE TABLE #counts (v int); INSERT INTO #counts VALUES (1), (2), (3); UPDATE #counts SET v = v + 1 WHERE v > 1; DELETE FROM #counts;',
  );
  assert.deepEqual(out.rowCounts, [3, 2, 3]);
});

test('an empty result set still has its columns', async () => {
  const out = await query(connection, 'SELECT id, c_int FROM dbo.node_types WHERE 1 = 0');
  assert.equal(out.resultSets.length, 1);
  assert.deepEqual(out.resultSets[0].columns.map((c) => c.colName), ['id', 'c_int']);
  assert.deepEqual(out.resultSets[0].rows, []);
});

test('sql_variant values come back with their base types decoded', async () => {
  const out = await query(
    connection,
    "SELECT CAST(1 AS sql_variant), CAST(N'x' AS sql_variant), CAST(1.5 AS sql_variant), " +
      "CAST(CAST('2024-01-01T10:00:00' AS datetime) AS sql_variant), CAST(NULL AS sql_variant)",
  );
  const { columns, rows } = out.resultSets[0];
  assert.deepEqual(columns.map((c) => c.type.name), ['Variant', 'Variant', 'Variant', 'Variant', 'Variant']);
  assert.deepEqual(rows[0], [1, 'x', 1.5, new Date(Date.UTC(2024, 0, 1, 10)), null]);
});

test('text, ntext and image columns use the legacy TDS types', async () => {
  const out = await batch(connection, "CREATE TABLE #legacy (t text, n ntext, i image); INSERT INTO #legacy VALUES ('abc', N'żółw', 0x0102), (NULL, NULL, NULL); SELECT t, n, i FROM #legacy");
  const { columns, rows } = out.resultSets[0];
  assert.deepEqual(columns.map((c) => c.type.name), ['Text', 'NText', 'Image']);
  assert.deepEqual(rows, [['abc', 'żółw', Buffer.from([1, 2])], [null, null, null]]);
});

test('FOR JSON comes in 2033-character rows of the column node-mssql joins', async () => {
  const out = await query(connection, 'SELECT TOP 300 c.object_id, c.name FROM sys.all_columns c ORDER BY c.object_id, c.column_id FOR JSON PATH');
  const { columns, rows } = out.resultSets[0];
  assert.deepEqual(columns.map((c) => [c.colName, c.type.name]), [['JSON_F52E2B61-18A1-11d1-B105-00805F49916B', 'NVarChar']]);
  assert.ok(rows.length > 1);
  rows.slice(0, -1).forEach((r) => assert.equal(r[0].length, 2033));
  assert.equal(JSON.parse(rows.map((r) => r[0]).join('')).length, 300);
});
