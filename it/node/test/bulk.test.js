'use strict';
// execBulkLoad: tedious sends "insert bulk t (columns) with (options)" as a SQL batch, then a
// BULK_LOAD message of COLMETADATA + ROW tokens; the server answers with the row count.

const test = require('node:test');
const assert = require('node:assert/strict');
const { TYPES } = require('tedious');
const { connect, close, batch, rows } = require('../quern');

let connection;
test.before(async () => {
  connection = await connect();
  await batch(connection, `IF OBJECT_ID('dbo.node_bulk') IS NOT NULL DROP TABLE dbo.node_bulk;
    CREATE TABLE dbo.node_bulk (id int NOT NULL PRIMARY KEY, name nvarchar(50) NULL, price decimal(10,2) NULL,
      at datetime2(3) NULL, flag bit NULL, data varbinary(max) NULL, CONSTRAINT ck_node_bulk CHECK (price >= 0))`);
});
test.after(() => close(connection));
test.beforeEach(() => batch(connection, 'DELETE FROM dbo.node_bulk'));

function bulkLoad(table, options, columns, data) {
  return new Promise((resolve, reject) => {
    const bulk = connection.newBulkLoad(table, options, (err, rowCount) => (err ? reject(err) : resolve(rowCount)));
    for (const [name, type, opts] of columns) bulk.addColumn(name, type, { nullable: true, ...opts });
    connection.execBulkLoad(bulk, data);
  });
}

const COLUMNS = [
  ['id', TYPES.Int, { nullable: false }],
  ['name', TYPES.NVarChar, { length: 50 }],
  ['price', TYPES.Decimal, { precision: 10, scale: 2 }],
  ['at', TYPES.DateTime2, { scale: 3 }],
  ['flag', TYPES.Bit],
  ['data', TYPES.VarBinary, { length: Infinity }],
];

test('rows as arrays load, with NULLs and a (max) column', async () => {
  const data = [
    [1, 'one', 1.5, new Date(Date.UTC(2024, 0, 1, 10, 0, 0, 500)), true, Buffer.from('ab')],
    [2, null, null, null, null, null],
    [3, 'três', 0, new Date(Date.UTC(2000, 1, 29)), false, Buffer.alloc(20000, 7)],
  ];
  assert.equal(await bulkLoad('dbo.node_bulk', {}, COLUMNS, data), 3);
  // DATALENGTH of a (max) value is bigint, which tedious returns as a string.
  const got = await rows(connection, 'SELECT id, name, price, at, flag, DATALENGTH(data) FROM dbo.node_bulk ORDER BY id');
  assert.deepEqual(got, [
    [1, 'one', 1.5, new Date(Date.UTC(2024, 0, 1, 10, 0, 0, 500)), true, '2'],
    [2, null, null, null, null, null],
    [3, 'três', 0, new Date(Date.UTC(2000, 1, 29)), false, '20000'],
  ]);
});

test('rows as objects and many of them', async () => {
  const data = Array.from({ length: 5000 }, (_, i) => ({ id: i + 1, name: `n${i}`, price: i / 100, at: null, flag: i % 2 === 0, data: null }));
  assert.equal(await bulkLoad('dbo.node_bulk', { tableLock: true }, COLUMNS, data), 5000);
  assert.deepEqual(await rows(connection, 'SELECT COUNT(*), SUM(CAST(flag AS int)), MAX(name) FROM dbo.node_bulk'), [[5000, 2500, 'n999']]);
});

test('a duplicate key fails the load with 2627 and loads nothing', async () => {
  await assert.rejects(bulkLoad('dbo.node_bulk', {}, COLUMNS, [[1, 'a', 1, null, null, null], [1, 'b', 2, null, null, null]]), (err) => {
    assert.equal(err.number, 2627);
    assert.match(err.message, /^Violation of PRIMARY KEY constraint/);
    return true;
  });
  assert.deepEqual(await rows(connection, 'SELECT COUNT(*) FROM dbo.node_bulk'), [[0]]);
});

// A documented difference (README, bulk loads): Quern checks enabled CHECK constraints whether or
// not checkConstraints (CHECK_CONSTRAINTS) is set, so a load never leaves them untrusted. A
// table-level constraint's message names no column.
for (const checkConstraints of [false, true]) {
  test(`a CHECK violation is 547 with checkConstraints: ${checkConstraints}`, async () => {
    await assert.rejects(bulkLoad('dbo.node_bulk', { checkConstraints }, COLUMNS, [[1, 'neg', -1, null, null, null]]), (err) => {
      assert.equal(err.number, 547);
      assert.equal(
        err.message,
        'The INSERT statement conflicted with the CHECK constraint "ck_node_bulk". The conflict occurred in database "master", table "dbo.node_bulk".',
      );
      return true;
    });
  });
}

test('a NULL into a NOT NULL column is 515', async () => {
  const columns = [['id', TYPES.Int, { nullable: true }], ['name', TYPES.NVarChar, { length: 50 }]];
  await assert.rejects(bulkLoad('dbo.node_bulk', {}, columns, [[null, 'x']]), (err) => {
    assert.equal(err.number, 515);
    return true;
  });
});

test('a missing table is 208', async () => {
  await assert.rejects(bulkLoad('dbo.node_no_such_bulk', {}, COLUMNS, [[1, 'x', 1, null, null, null]]), (err) => {
    assert.equal(err.number, 208);
    assert.equal(err.message, "Invalid object name 'dbo.node_no_such_bulk'.");
    return true;
  });
});

test('a missing column is refused', async () => {
  const columns = [['id', TYPES.Int, { nullable: false }], ['nope', TYPES.Int]];
  await assert.rejects(bulkLoad('dbo.node_bulk', {}, columns, [[1, 2]]), (err) => {
    assert.equal(err.number, 207);
    assert.equal(err.message, "Invalid column name 'nope'.");
    return true;
  });
});

// Every type tedious can bulk load, in ROW tokens it encodes itself.
const ALL_TYPES = [
  ['c_int', 'int', TYPES.Int, {}, -5],
  ['c_bigint', 'bigint', TYPES.BigInt, {}, '9007199254740993'],
  ['c_smallint', 'smallint', TYPES.SmallInt, {}, -300],
  ['c_tinyint', 'tinyint', TYPES.TinyInt, {}, 250],
  ['c_bit', 'bit', TYPES.Bit, {}, true],
  ['c_decimal', 'decimal(12,3)', TYPES.Decimal, { precision: 12, scale: 3 }, 123456789.125],
  ['c_numeric', 'numeric(4,1)', TYPES.Numeric, { precision: 4, scale: 1 }, -99.5],
  // tedious truncates value * 10000 to an integer: 12.3456 would arrive as 12.3455 (as it does on SQL Server).
  ['c_money', 'money', TYPES.Money, {}, 12.5625],
  ['c_smallmoney', 'smallmoney', TYPES.SmallMoney, {}, -1.5],
  ['c_float', 'float', TYPES.Float, {}, 1e-300],
  ['c_real', 'real', TYPES.Real, {}, -0.125],
  ['c_date', 'date', TYPES.Date, {}, new Date(Date.UTC(1, 0, 1))],
  ['c_time', 'time(7)', TYPES.Time, { scale: 7 }, new Date(Date.UTC(1970, 0, 1, 23, 59, 59, 999))],
  ['c_datetime', 'datetime', TYPES.DateTime, {}, new Date(Date.UTC(1753, 0, 1, 0, 0, 0, 3))],
  ['c_smalldatetime', 'smalldatetime', TYPES.SmallDateTime, {}, new Date(Date.UTC(2079, 5, 6, 23, 59))],
  ['c_datetime2', 'datetime2(2)', TYPES.DateTime2, { scale: 2 }, new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 990))],
  ['c_dto', 'datetimeoffset(3)', TYPES.DateTimeOffset, { scale: 3 }, new Date(Date.UTC(2024, 6, 1, 22, 0, 0, 1))],
  ['c_char', 'char(3)', TYPES.Char, { length: 3 }, 'xyz'],
  ['c_varchar', 'varchar(10)', TYPES.VarChar, { length: 10 }, 'Größe'],
  ['c_varchar_max', 'varchar(max)', TYPES.VarChar, { length: Infinity }, 'v'.repeat(10000)],
  ['c_nchar', 'nchar(2)', TYPES.NChar, { length: 2 }, 'ŁŻ'],
  ['c_nvarchar', 'nvarchar(10)', TYPES.NVarChar, { length: 10 }, '東京'],
  ['c_nvarchar_max', 'nvarchar(max)', TYPES.NVarChar, { length: Infinity }, 'ж'.repeat(6000)],
  ['c_binary', 'binary(2)', TYPES.Binary, { length: 2 }, Buffer.from([9, 8])],
  ['c_varbinary', 'varbinary(5)', TYPES.VarBinary, { length: 5 }, Buffer.from([1, 2, 3])],
  ['c_guid', 'uniqueidentifier', TYPES.UniqueIdentifier, {}, 'D3F0E4B2-6C1A-4E55-9A0B-1234567890AB'],
];

test('every type bulk loads, and NULLs of every type', async () => {
  await batch(connection, `IF OBJECT_ID('dbo.node_bulk_types') IS NOT NULL DROP TABLE dbo.node_bulk_types;
    CREATE TABLE dbo.node_bulk_types (id int NOT NULL PRIMARY KEY, ${ALL_TYPES.map(([n, t]) => `${n} ${t} NULL`).join(', ')})`);
  const columns = [['id', TYPES.Int, { nullable: false }], ...ALL_TYPES.map(([n, , type, opts]) => [n, type, opts])];
  const data = [[1, ...ALL_TYPES.map((t) => t[4])], [2, ...ALL_TYPES.map(() => null)]];
  assert.equal(await bulkLoad('dbo.node_bulk_types', {}, columns, data), 2);
  const got = await rows(connection, 'SELECT * FROM dbo.node_bulk_types ORDER BY id');
  ALL_TYPES.forEach(([name, , , , value], i) => {
    assert.deepEqual(got[0][i + 1], value, name);
    assert.equal(got[1][i + 1], null, `${name} NULL`);
  });
});

test('the connection is usable after a failed load', async () => {
  assert.deepEqual(await rows(connection, 'SELECT 7'), [[7]]);
});
