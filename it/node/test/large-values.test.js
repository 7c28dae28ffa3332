'use strict';
// Large (max) values: several MB of nvarchar(max) and varbinary(max) sent as PLP parameters and read
// back as PLP chunks.

const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { TYPES } = require('tedious');
const { connect, close, batch, query, rows } = require('../quern');

let connection;
test.before(async () => {
  connection = await connect();
  await batch(connection, "IF OBJECT_ID('dbo.node_large') IS NOT NULL DROP TABLE dbo.node_large; CREATE TABLE dbo.node_large (id int PRIMARY KEY, t nvarchar(max), b varbinary(max), a varchar(max))");
});
test.after(() => close(connection));

const text = (chars) => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzżółć€😀 ';
  let out = '';
  while (out.length < chars) out += alphabet;
  return out.slice(0, chars);
};

test('a 3 MB nvarchar(max) and a 5 MB varbinary(max) round-trip', async () => {
  const t = text(1_500_000);
  const b = crypto.randomBytes(5 * 1024 * 1024);
  await query(connection, 'INSERT INTO dbo.node_large (id, t, b) VALUES (1, @t, @b)', (r) => {
    r.addParameter('t', TYPES.NVarChar, t, { length: Infinity });
    r.addParameter('b', TYPES.VarBinary, b, { length: Infinity });
  });
  const [[backT, backB, lenT, lenB]] = await rows(connection, 'SELECT t, b, LEN(t), DATALENGTH(b) FROM dbo.node_large WHERE id = 1');
  assert.equal(backT.length, t.length);
  assert.ok(backT === t, 'the nvarchar(max) value came back unchanged');
  assert.ok(backB.equals(b), 'the varbinary(max) value came back unchanged');
  assert.equal(lenB, String(b.length));
  // LEN of a (max) value is bigint; under a non-SC collation it counts UTF-16 code units, as JS does.
  assert.equal(lenT, String(t.length));
});

test('a large varchar(max) built on the server streams out', async () => {
  const [[a]] = await rows(connection, "SELECT REPLICATE(CAST('0123456789' AS varchar(max)), 400000)");
  assert.equal(a.length, 4_000_000);
  assert.equal(a.slice(0, 12), '012345678901');
});

test('a large output parameter', async () => {
  const out = await query(connection, "SET @o = REPLICATE(CAST(N'ab' AS nvarchar(max)), 600000)", (r) =>
    r.addOutputParameter('o', TYPES.NVarChar, null, { length: Infinity }),
  );
  assert.equal(out.outputs.o.value.length, 1_200_000);
});

test('an empty (max) value is empty, not NULL', async () => {
  const [[t, b]] = await rows(connection, "SELECT CAST(N'' AS nvarchar(max)), CAST(0x AS varbinary(max))");
  assert.equal(t, '');
  assert.deepEqual(b, Buffer.alloc(0));
});

test('the textsize option (SET TEXTSIZE) cuts (max) and text values a SELECT returns', async () => {
  const { connect: open } = require('../quern');
  const limited = await open({ textsize: 10 });
  try {
    const [[m, v, b, t, short]] = await rows(
      limited,
      "SELECT REPLICATE(CAST(N'ab' AS nvarchar(max)), 10), REPLICATE(CAST('x' AS varchar(max)), 50), " +
        "CAST(REPLICATE(CAST('y' AS varchar(max)), 50) AS varbinary(max)), CAST(REPLICATE('z', 50) AS text), CAST(N'0123456789abc' AS nvarchar(20))",
    );
    assert.deepEqual([m, v, b.length, t, short], ['ababa', 'x'.repeat(10), 10, 'z'.repeat(10), '0123456789abc']);
    await batch(limited, 'SET TEXTSIZE 2147483647');
    const [[whole]] = await rows(limited, "SELECT REPLICATE(CAST(N'ab' AS nvarchar(max)), 10)");
    assert.equal(whole.length, 20);
  } finally {
    await close(limited);
  }
});
