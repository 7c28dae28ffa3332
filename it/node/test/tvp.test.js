'use strict';
// Table-valued parameters: TYPES.TVP sends a TVP_TYPE (0xF3) parameter named after a user table
// type, with its columns' metadata and rows; sp_executesql declares it READONLY.

const test = require('node:test');
const assert = require('node:assert/strict');
const { TYPES } = require('tedious');
const { connect, close, batch, query, callProcedure } = require('../quern');

let connection;
test.before(async () => {
  connection = await connect();
  await batch(connection, `IF OBJECT_ID('dbo.node_tvp_sum') IS NOT NULL DROP PROCEDURE dbo.node_tvp_sum;
    IF TYPE_ID('dbo.node_lines') IS NOT NULL DROP TYPE dbo.node_lines;
    CREATE TYPE dbo.node_lines AS TABLE (line int NOT NULL PRIMARY KEY, item nvarchar(30) NULL, qty decimal(9,2) NULL, at date NULL);`);
  await batch(connection, `CREATE PROCEDURE dbo.node_tvp_sum @lines dbo.node_lines READONLY, @total decimal(18,2) OUTPUT
    AS BEGIN SELECT @total = SUM(qty) FROM @lines; SELECT COUNT(*) AS n FROM @lines; END`);
});
test.after(() => close(connection));

const table = (rows) => ({
  name: 'node_lines',
  schema: 'dbo',
  columns: [
    { name: 'line', type: TYPES.Int },
    { name: 'item', type: TYPES.NVarChar, length: 30 },
    { name: 'qty', type: TYPES.Decimal, precision: 9, scale: 2 },
    { name: 'at', type: TYPES.Date },
  ],
  rows,
});

test('a TVP reaches sp_executesql as a table', async () => {
  const out = await query(connection, 'SELECT line, item, qty, at FROM @lines ORDER BY line DESC', (r) =>
    r.addParameter('lines', TYPES.TVP, table([
      [1, 'apple', 1.25, new Date(Date.UTC(2024, 4, 1))],
      [2, null, null, null],
      [3, 'ćma', 10, new Date(Date.UTC(1999, 0, 1))],
    ])),
  );
  assert.deepEqual(out.resultSets[0].rows, [
    [3, 'ćma', 10, new Date(Date.UTC(1999, 0, 1))],
    [2, null, null, null],
    [1, 'apple', 1.25, new Date(Date.UTC(2024, 4, 1))],
  ]);
});

test('an empty TVP is an empty table', async () => {
  const out = await query(connection, 'SELECT COUNT(*) FROM @lines', (r) => r.addParameter('lines', TYPES.TVP, table([])));
  assert.deepEqual(out.resultSets[0].rows, [[0]]);
});

test('a TVP to a procedure through callProcedure, with an output parameter', async () => {
  const out = await callProcedure(connection, 'dbo.node_tvp_sum', (r) => {
    r.addParameter('lines', TYPES.TVP, table([[1, 'a', 2.5, null], [2, 'b', 4, null]]));
    r.addOutputParameter('total', TYPES.Decimal, null, { precision: 18, scale: 2 });
  });
  assert.deepEqual(out.resultSets[0].rows, [[2]]);
  assert.equal(out.outputs.total.value, 6.5);
});

test("a TVP whose rows break the type's key is 2627", async () => {
  await assert.rejects(
    query(connection, 'SELECT COUNT(*) FROM @lines', (r) => r.addParameter('lines', TYPES.TVP, table([[1, 'a', 1, null], [1, 'b', 2, null]]))),
    (err) => {
      assert.equal(err.number, 2627);
      return true;
    },
  );
});

test('a TVP of many column types', async () => {
  await batch(connection, `IF TYPE_ID('dbo.node_wide') IS NULL
    CREATE TYPE dbo.node_wide AS TABLE (b bigint, f bit, m money, r real, g uniqueidentifier, v varbinary(8), c varchar(10), t time(3), o datetimeoffset(3), d2 datetime2(3));`);
  const row = [
    '9007199254740993', true, 5.25, 0.5, '11111111-2222-3333-4444-555555555555', Buffer.from([7, 7]), 'plain',
    new Date(Date.UTC(1970, 0, 1, 1, 2, 3, 4)), new Date(Date.UTC(2024, 1, 2, 3, 4, 5, 6)), new Date(Date.UTC(2001, 2, 3, 4, 5, 6, 7)),
  ];
  const out = await query(connection, 'SELECT * FROM @w', (r) =>
    r.addParameter('w', TYPES.TVP, {
      name: 'node_wide',
      schema: 'dbo',
      columns: [
        { name: 'b', type: TYPES.BigInt },
        { name: 'f', type: TYPES.Bit },
        { name: 'm', type: TYPES.Money },
        { name: 'r', type: TYPES.Real },
        { name: 'g', type: TYPES.UniqueIdentifier },
        { name: 'v', type: TYPES.VarBinary, length: 8 },
        { name: 'c', type: TYPES.VarChar, length: 10 },
        { name: 't', type: TYPES.Time, scale: 3 },
        { name: 'o', type: TYPES.DateTimeOffset, scale: 3 },
        { name: 'd2', type: TYPES.DateTime2, scale: 3 },
      ],
      rows: [row, row.map(() => null)],
    }),
  );
  assert.deepEqual(out.resultSets[0].rows, [row, row.map(() => null)]);
});
