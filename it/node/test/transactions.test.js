'use strict';
// Transactions through tedious's beginTransaction / commitTransaction / rollbackTransaction /
// saveTransaction: TDS TRANSACTION_MANAGER requests (TM_BEGIN_XACT with an isolation level,
// TM_COMMIT_XACT, TM_ROLLBACK_XACT, TM_SAVE_XACT); the descriptor from ENVCHANGE 8 goes back in
// ALL_HEADERS of every later request.

const test = require('node:test');
const assert = require('node:assert/strict');
const { ISOLATION_LEVEL } = require('tedious');
const { connect, close, batch, query, rows, call } = require('../quern');

let connection;
let other;
test.before(async () => {
  connection = await connect();
  other = await connect();
  await batch(connection, "IF OBJECT_ID('dbo.node_tx') IS NOT NULL DROP TABLE dbo.node_tx; CREATE TABLE dbo.node_tx (id int PRIMARY KEY, v nvarchar(20))");
});
test.after(async () => {
  await close(connection);
  await close(other);
});
test.beforeEach(() => batch(connection, 'DELETE FROM dbo.node_tx'));

const trancount = async (c = connection) => (await rows(c, 'SELECT @@TRANCOUNT'))[0][0];
const ids = async () => (await rows(connection, 'SELECT id FROM dbo.node_tx ORDER BY id')).map((r) => r[0]);

test('beginTransaction then commitTransaction keeps the rows', async () => {
  await call(connection, 'beginTransaction', 'tx1');
  assert.equal(await trancount(), 1);
  await query(connection, "INSERT INTO dbo.node_tx VALUES (1, N'a')");
  await call(connection, 'commitTransaction');
  assert.equal(await trancount(), 0);
  assert.deepEqual(await ids(), [1]);
});

test('rollbackTransaction undoes the rows', async () => {
  await call(connection, 'beginTransaction');
  await query(connection, "INSERT INTO dbo.node_tx VALUES (2, N'b')");
  await call(connection, 'rollbackTransaction');
  assert.equal(await trancount(), 0);
  assert.deepEqual(await ids(), []);
});

test('saveTransaction and rollbackTransaction to the savepoint', async () => {
  await call(connection, 'beginTransaction', 'outer');
  await query(connection, "INSERT INTO dbo.node_tx VALUES (3, N'kept')");
  await call(connection, 'saveTransaction', 'sp1');
  await query(connection, "INSERT INTO dbo.node_tx VALUES (4, N'undone')");
  await call(connection, 'rollbackTransaction', 'sp1');
  assert.equal(await trancount(), 1);
  await call(connection, 'commitTransaction');
  assert.deepEqual(await ids(), [3]);
});

test('the named transaction is visible in sys.dm_tran_active_transactions', async () => {
  await call(connection, 'beginTransaction', 'node_named');
  const [[name]] = await rows(
    connection,
    'SELECT t.name FROM sys.dm_tran_active_transactions t JOIN sys.dm_tran_session_transactions s ' +
      'ON s.transaction_id = t.transaction_id WHERE s.session_id = @@SPID',
  );
  await call(connection, 'rollbackTransaction');
  assert.equal(name, 'node_named');
});

test('a transaction begun in T-SQL is committed through commitTransaction', async () => {
  await batch(connection, "BEGIN TRANSACTION; INSERT INTO dbo.node_tx VALUES (5, N'sql')");
  assert.equal(await trancount(), 1);
  await call(connection, 'commitTransaction');
  assert.equal(await trancount(), 0);
  assert.deepEqual(await ids(), [5]);
});

test('a transaction begun by TM request is committed in T-SQL', async () => {
  await call(connection, 'beginTransaction');
  await batch(connection, "INSERT INTO dbo.node_tx VALUES (6, N'tm'); COMMIT");
  assert.equal(await trancount(), 0);
  assert.deepEqual(await ids(), [6]);
});

test('tedious transaction() helper commits on success', async () => {
  await new Promise((resolve, reject) => {
    connection.transaction((err, done) => {
      if (err) return reject(err);
      connection.execSql(
        new (require('tedious').Request)("INSERT INTO dbo.node_tx VALUES (7, N'helper')", (e) => done(e, (e2) => (e2 ? reject(e2) : resolve()))),
      );
    });
  });
  assert.equal(await trancount(), 0);
  assert.deepEqual(await ids(), [7]);
});

const LEVELS = [
  ['READ_UNCOMMITTED', 1],
  ['READ_COMMITTED', 2],
  ['REPEATABLE_READ', 3],
  ['SERIALIZABLE', 4],
  ['SNAPSHOT', 5],
];
for (const [level, number] of LEVELS) {
  test(`beginTransaction with isolation level ${level}`, async () => {
    await call(connection, 'beginTransaction', '', ISOLATION_LEVEL[level]);
    const [[isolation]] = await rows(connection, 'SELECT transaction_isolation_level FROM sys.dm_exec_sessions WHERE session_id = @@SPID');
    await call(connection, 'rollbackTransaction');
    assert.equal(isolation, number);
  });
}

test('uncommitted rows are invisible to another connection under READ COMMITTED SNAPSHOT or locking', async () => {
  await call(connection, 'beginTransaction');
  await query(connection, "INSERT INTO dbo.node_tx VALUES (8, N'hidden')");
  const seen = await rows(other, 'SELECT COUNT(*) FROM dbo.node_tx WITH (READPAST)');
  await call(connection, 'rollbackTransaction');
  assert.deepEqual(seen, [[0]]);
});

// Unlike T-SQL COMMIT (3902) and ROLLBACK (3903), the TM requests with nothing open are answered
// with a plain DONE: drivers (MS ODBC) send a rollback whether or not a transaction is open.
test('commitTransaction and rollbackTransaction without a transaction do nothing', async () => {
  await call(connection, 'commitTransaction');
  await call(connection, 'rollbackTransaction');
  assert.equal(await trancount(), 0);
  await assert.rejects(batch(connection, 'COMMIT'), (err) => err.number === 3902);
});

test('an error under XACT_ABORT ON rolls the transaction back and tedious sees ENVCHANGE 10', async () => {
  let rolledBack = false;
  const listener = () => (rolledBack = true);
  connection.on('rollbackTransaction', listener);
  try {
    await call(connection, 'beginTransaction');
    await assert.rejects(batch(connection, "SET XACT_ABORT ON; INSERT INTO dbo.node_tx VALUES (9, N'x'); SELECT 1/0;"), (err) => err.number === 8134);
    assert.equal(await trancount(), 0);
    assert.equal(rolledBack, true);
    assert.deepEqual(await ids(), []);
  } finally {
    connection.removeListener('rollbackTransaction', listener);
    await batch(connection, 'SET XACT_ABORT OFF');
  }
});
