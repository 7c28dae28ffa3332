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

test('the connection is usable after a failed load', async () => {
  assert.deepEqual(await rows(connection, 'SELECT 7'), [[7]]);
});
