'use strict';
// Parameterised requests: execSql sends sp_executesql with a @params declaration built from each
// TYPES.* and the values in TDS RPC parameter form; callProcedure output parameters and return
// values; prepare / execute / unprepare (sp_prepare, sp_execute, sp_unprepare).

const test = require('node:test');
const assert = require('node:assert/strict');
const { TYPES, Request } = require('tedious');
const { connect, close, batch, query, callProcedure, run } = require('../quern');

// tedious type, options, value sent, SQL type name SQL_VARIANT_PROPERTY reports, value read back
const PARAMETERS = [
  ['Int', TYPES.Int, {}, -2147483648, 'int', -2147483648],
  ['BigInt', TYPES.BigInt, {}, '9007199254740993', 'bigint', '9007199254740993'],
  ['SmallInt', TYPES.SmallInt, {}, 32767, 'smallint', 32767],
  ['TinyInt', TYPES.TinyInt, {}, 200, 'tinyint', 200],
  ['Bit', TYPES.Bit, {}, true, 'bit', true],
  ['Decimal', TYPES.Decimal, { precision: 10, scale: 3 }, 1234567.891, 'decimal', 1234567.891],
  ['Numeric', TYPES.Numeric, { precision: 5, scale: 2 }, -99.5, 'numeric', -99.5],
  ['Money', TYPES.Money, {}, 1234.5678, 'money', 1234.5678],
  ['SmallMoney', TYPES.SmallMoney, {}, -12.25, 'smallmoney', -12.25],
  ['Float', TYPES.Float, {}, Math.PI, 'float', Math.PI],
  ['Real', TYPES.Real, {}, 0.25, 'real', 0.25],
  ['Date', TYPES.Date, {}, new Date(Date.UTC(1999, 11, 31)), 'date', new Date(Date.UTC(1999, 11, 31))],
  ['Time', TYPES.Time, { scale: 3 }, new Date(Date.UTC(1970, 0, 1, 23, 59, 58, 250)), 'time', new Date(Date.UTC(1970, 0, 1, 23, 59, 58, 250))],
  ['DateTime', TYPES.DateTime, {}, new Date(Date.UTC(2020, 5, 1, 8, 0, 0, 3)), 'datetime', new Date(Date.UTC(2020, 5, 1, 8, 0, 0, 3))],
  ['SmallDateTime', TYPES.SmallDateTime, {}, new Date(Date.UTC(2020, 5, 1, 8, 1)), 'smalldatetime', new Date(Date.UTC(2020, 5, 1, 8, 1))],
  ['DateTime2', TYPES.DateTime2, { scale: 7 }, new Date(Date.UTC(2038, 0, 19, 3, 14, 7, 999)), 'datetime2', new Date(Date.UTC(2038, 0, 19, 3, 14, 7, 999))],
  ['DateTimeOffset', TYPES.DateTimeOffset, { scale: 7 }, new Date(Date.UTC(2024, 0, 15, 10, 34, 56, 123)), 'datetimeoffset', new Date(Date.UTC(2024, 0, 15, 10, 34, 56, 123))],
  ['Char', TYPES.Char, { length: 4 }, 'ab', 'char', 'ab  '],
  ['VarChar', TYPES.VarChar, {}, 'café', 'varchar', 'café'],
  ['NChar', TYPES.NChar, { length: 2 }, 'ж', 'nchar', 'ж '],
  ['NVarChar', TYPES.NVarChar, {}, 'снег ❄', 'nvarchar', 'снег ❄'],
  // tedious writes a Binary's declared length but only the value's bytes: the value must be that long.
  ['Binary', TYPES.Binary, { length: 3 }, Buffer.from([1, 2, 3]), 'binary', Buffer.from([1, 2, 3])],
  ['VarBinary', TYPES.VarBinary, {}, Buffer.from([0, 255, 16]), 'varbinary', Buffer.from([0, 255, 16])],
  ['UniqueIdentifier', TYPES.UniqueIdentifier, {}, '0E984725-C51C-4BF4-9960-E1C80E27ABA0', 'uniqueidentifier', '0E984725-C51C-4BF4-9960-E1C80E27ABA0'],
];

const NULLABLE_FORM = {
  Int: 'IntN', BigInt: 'IntN', SmallInt: 'IntN', TinyInt: 'IntN', Bit: 'BitN', Decimal: 'DecimalN', Numeric: 'NumericN',
  Money: 'MoneyN', SmallMoney: 'MoneyN', Float: 'FloatN', Real: 'FloatN', DateTime: 'DateTimeN', SmallDateTime: 'DateTimeN',
};

let connection;
test.before(async () => {
  connection = await connect();
  await batch(connection, `IF OBJECT_ID('dbo.node_add') IS NOT NULL DROP PROCEDURE dbo.node_add;`);
  await batch(connection, `CREATE PROCEDURE dbo.node_add @a int, @b int, @sum int OUTPUT, @label nvarchar(20) = N'none' OUTPUT
    AS BEGIN
      SET @sum = @a + @b;
      SET @label = @label + N'!';
      SELECT @a AS a, @b AS b;
      RETURN 42;
    END`);
});
test.after(() => close(connection));

for (const [label, type, options, value, sqlName, back] of PARAMETERS) {
  test(`TYPES.${label} parameter round-trips through sp_executesql`, async () => {
    const out = await query(connection, "SELECT @v AS v, CAST(SQL_VARIANT_PROPERTY(@v, 'BaseType') AS sysname) AS t", (r) =>
      r.addParameter('v', type, value, options),
    );
    const [[v, t]] = out.resultSets[0].rows;
    assert.deepEqual(v, back);
    assert.equal(t, sqlName);
  });
  test(`TYPES.${label} NULL parameter is NULL`, async () => {
    const out = await query(connection, 'SELECT CASE WHEN @v IS NULL THEN 1 ELSE 0 END, @v', (r) => r.addParameter('v', type, null, options));
    assert.deepEqual(out.resultSets[0].rows, [[1, null]]);
  });
}

for (const [label, type, options, value, , back] of PARAMETERS) {
  test(`TYPES.${label} output parameter comes back in RETURNVALUE`, async () => {
    const out = await query(connection, 'SET @o = @v', (r) => {
      r.addParameter('v', type, value, options);
      r.addOutputParameter('o', type, null, options);
    });
    assert.deepEqual(out.outputs.o.value, back);
    // Output parameters travel in the nullable forms (IntN, MoneyN, FloatN...), as SQL Server sends them.
    assert.equal(out.outputs.o.metadata.type.name, NULLABLE_FORM[label] || label);
  });
}

test('(max) output parameters and a NULL output', async () => {
  const out = await query(connection, "SET @t = REPLICATE(CAST(N'é' AS nvarchar(max)), 5000); SET @b = CAST(REPLICATE(CAST('z' AS varchar(max)), 9000) AS varbinary(max)); SET @n = NULL", (r) => {
    r.addOutputParameter('t', TYPES.NVarChar, null, { length: Infinity });
    r.addOutputParameter('b', TYPES.VarBinary, null, { length: Infinity });
    r.addOutputParameter('n', TYPES.Int, 5);
  });
  assert.equal(out.outputs.t.value, 'é'.repeat(5000));
  assert.equal(out.outputs.b.value.length, 9000);
  assert.equal(out.outputs.n.value, null);
});

test('a parameter in a WHERE clause and in DML', async () => {
  await batch(connection, 'CREATE TABLE #p (id int PRIMARY KEY, name nvarchar(50))');
  const inserted = await query(connection, 'INSERT INTO #p VALUES (@id, @name), (@id + 1, @name)', (r) => {
    r.addParameter('id', TYPES.Int, 7);
    r.addParameter('name', TYPES.NVarChar, 'seven');
  });
  assert.deepEqual(inserted.rowCounts, [2]);
  const out = await query(connection, 'SELECT id FROM #p WHERE name = @n ORDER BY id', (r) => r.addParameter('n', TYPES.NVarChar, 'seven'));
  assert.deepEqual(out.resultSets[0].rows, [[7], [8]]);
});

test('output parameters of sp_executesql', async () => {
  const out = await query(connection, "SET @doubled = @v * 2; SET @text = CONCAT(N'x', @v)", (r) => {
    r.addParameter('v', TYPES.Int, 21);
    r.addOutputParameter('doubled', TYPES.Int);
    r.addOutputParameter('text', TYPES.NVarChar, null, { length: 10 });
  });
  assert.equal(out.outputs.doubled.value, 42);
  assert.equal(out.outputs.text.value, 'x21');
});

test('callProcedure returns output parameters, the return value and its result set', async () => {
  const out = await callProcedure(connection, 'dbo.node_add', (r) => {
    r.addParameter('a', TYPES.Int, 2);
    r.addParameter('b', TYPES.Int, 3);
    r.addOutputParameter('sum', TYPES.Int);
    r.addOutputParameter('label', TYPES.NVarChar, 'tag', { length: 20 });
  });
  assert.deepEqual(out.resultSets[0].rows, [[2, 3]]);
  assert.equal(out.outputs.sum.value, 5);
  assert.equal(out.outputs.label.value, 'tag!');
  assert.equal(out.returnStatus, 42);
});

test('callProcedure with a default parameter left out', async () => {
  const out = await callProcedure(connection, 'dbo.node_add', (r) => {
    r.addParameter('a', TYPES.Int, 1);
    r.addParameter('b', TYPES.Int, 1);
    r.addOutputParameter('sum', TYPES.Int);
  });
  assert.equal(out.outputs.sum.value, 2);
  assert.equal(out.returnStatus, 42);
});

test('callProcedure of a missing procedure is error 2812', async () => {
  await assert.rejects(callProcedure(connection, 'dbo.no_such_proc'), (err) => {
    assert.equal(err.number, 2812);
    assert.equal(err.message, "Could not find stored procedure 'dbo.no_such_proc'.");
    return true;
  });
});

test('callProcedure of a system procedure', async () => {
  const out = await callProcedure(connection, 'sp_executesql', (r) => {
    r.addParameter('statement', TYPES.NVarChar, 'SELECT @x + 1 AS y');
    r.addParameter('params', TYPES.NVarChar, '@x int');
    r.addParameter('x', TYPES.Int, 41);
  });
  assert.deepEqual(out.resultSets[0].rows, [[42]]);
});

test('prepare, execute twice, unprepare', async () => {
  await batch(connection, "CREATE TABLE #prep (k int, v nvarchar(10)); INSERT INTO #prep VALUES (1, N'one'), (2, N'two'), (3, N'three')");
  const results = [];
  const request = new Request('SELECT v FROM #prep WHERE k >= @k ORDER BY k', () => {});
  request.addParameter('k', TYPES.Int);
  let rowsOfExecution = [];
  request.on('row', (columns) => rowsOfExecution.push(columns[0].value));
  await new Promise((resolve, reject) => {
    request.once('prepared', resolve);
    request.once('error', reject);
    connection.prepare(request);
  });
  assert.equal(typeof request.handle, 'number');
  for (const k of [2, 3]) {
    rowsOfExecution = [];
    await new Promise((resolve, reject) => {
      request.callback = (err) => (err ? reject(err) : resolve());
      connection.execute(request, { k });
    });
    results.push(rowsOfExecution);
  }
  assert.deepEqual(results, [['two', 'three'], ['three']]);
  await new Promise((resolve, reject) => {
    request.callback = (err) => (err ? reject(err) : resolve());
    connection.unprepare(request);
  });
  const handle = request.handle;
  await assert.rejects(
    new Promise((resolve, reject) => {
      request.callback = (err) => (err ? reject(err) : resolve());
      connection.execute(request, { k: 1 });
    }),
    (err) => err.number === 8179 && err.message === `Could not find prepared statement with handle ${handle}.`,
  );
});

test('executing an unprepared handle is error 8179', async () => {
  const request = new Request('SELECT 1', () => {});
  request.handle = 987654;
  await assert.rejects(
    new Promise((resolve, reject) => {
      request.callback = (err) => (err ? reject(err) : resolve());
      connection.execute(request, {});
    }),
    (err) => {
      assert.equal(err.number, 8179);
      assert.equal(err.message, 'Could not find prepared statement with handle 987654.');
      return true;
    },
  );
});

test('a TYPES.Binary value shorter than its length (tedious sends it malformed) is 8016, and the session carries on', async () => {
  await assert.rejects(
    query(connection, 'SELECT @v', (r) => r.addParameter('v', TYPES.Binary, Buffer.from([1]), { length: 3 })),
    (err) => {
      assert.equal(err.number, 8016);
      assert.match(err.message, /^The incoming tabular data stream \(TDS\) remote procedure call \(RPC\) protocol stream is incorrect\. Parameter 3 \("@v"\): Data type 0xAD has an invalid data length or metadata length\.$/);
      return true;
    },
  );
  assert.deepEqual((await query(connection, 'SELECT 1')).resultSets[0].rows, [[1]]);
});

test('validation of a parameter value happens in tedious before sending', async () => {
  await assert.rejects(
    run(connection, 'SELECT @v', { setup: (r) => r.addParameter('v', TYPES.TinyInt, 300) }),
    /Value must be between 0 and 255/,
  );
});
