'use strict';
// Cancelling: request.cancel() sends ATTENTION; tedious reads the cancelled request's response to
// its end and then exactly one more message holding DONE with DONE_ATTN. requestTimeout cancels
// the same way on a timer. The connection must stay usable after both.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Request } = require('tedious');
const { connect, close, query, rows } = require('../quern');

let connection;
test.before(async () => (connection = await connect()));
test.after(() => close(connection));

test('request.cancel() ends a long WAITFOR with ECANCEL', async () => {
  const started = Date.now();
  const err = await new Promise((resolve) => {
    const request = new Request("WAITFOR DELAY '00:01:00'", (e) => resolve(e));
    connection.execSqlBatch(request);
    setTimeout(() => request.cancel(), 300);
  });
  assert.equal(err.code, 'ECANCEL');
  assert.ok(Date.now() - started < 30000, 'the WAITFOR did not run to its end');
  assert.deepEqual(await rows(connection, 'SELECT 1'), [[1]]);
});

test('request.cancel() while rows stream ends the result', async () => {
  let seen = 0;
  const err = await new Promise((resolve) => {
    const request = new Request(
      'SELECT a.object_id FROM sys.all_columns a CROSS JOIN sys.all_columns b CROSS JOIN sys.all_columns c',
      (e) => resolve(e),
    );
    request.on('row', () => {
      seen += 1;
      if (seen === 10) request.cancel();
    });
    connection.execSql(request);
  });
  assert.equal(err.code, 'ECANCEL');
  assert.ok(seen >= 10);
  assert.deepEqual(await rows(connection, 'SELECT 2'), [[2]]);
});

test('requestTimeout cancels a WAITFOR with ETIMEOUT', async () => {
  const timed = await connect({ requestTimeout: 500 });
  try {
    await assert.rejects(query(timed, "WAITFOR DELAY '00:01:00'"), (err) => {
      assert.equal(err.code, 'ETIMEOUT');
      assert.equal(err.message, "Timeout: Request failed to complete in 500ms");
      return true;
    });
    assert.deepEqual(await rows(timed, 'SELECT 3'), [[3]]);
  } finally {
    await close(timed);
  }
});

test('a cancelled transaction-holding request leaves the transaction open, as SQL Server does', async () => {
  await query(connection, 'BEGIN TRANSACTION');
  await new Promise((resolve) => {
    const request = new Request("WAITFOR DELAY '00:01:00'", () => resolve());
    connection.execSqlBatch(request);
    setTimeout(() => request.cancel(), 200);
  });
  const [[count]] = await rows(connection, 'SELECT @@TRANCOUNT');
  await query(connection, 'ROLLBACK');
  assert.equal(count, 1);
});

test('request.pause() stops rows until resume(), and every row arrives', async () => {
  let seen = 0;
  let pausedAt = -1;
  let duringPause = 0;
  await new Promise((resolve, reject) => {
    const request = new Request(
      'SELECT TOP 20000 a.object_id FROM sys.all_columns a CROSS JOIN sys.all_columns b',
      (e) => (e ? reject(e) : resolve()),
    );
    request.on('row', () => {
      seen += 1;
      if (pausedAt >= 0) duringPause += 1;
      if (seen === 100) {
        request.pause();
        pausedAt = seen;
        setTimeout(() => {
          pausedAt = -1;
          request.resume();
        }, 300);
      }
    });
    connection.execSql(request);
  });
  assert.equal(seen, 20000);
  assert.equal(duringPause, 0);
});
