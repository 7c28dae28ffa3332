'use strict';
// Errors and messages as tedious reports them: the errorMessage / infoMessage events carry number,
// state, class, message, procName and lineNumber from the ERROR and INFO tokens; the request's
// callback gets the last error.

const test = require('node:test');
const assert = require('node:assert/strict');
const { connect, close, batch, query } = require('../quern');

let connection;
test.before(async () => {
  connection = await connect();
  await batch(connection, "IF OBJECT_ID('dbo.node_fail') IS NOT NULL DROP PROCEDURE dbo.node_fail;");
  await batch(connection, `CREATE PROCEDURE dbo.node_fail AS
BEGIN
  PRINT 'inside';
  RAISERROR('custom %d', 16, 3, 7);
END`);
});
test.after(() => close(connection));

const failure = (sql, run = batch) =>
  run(connection, sql).then(
    () => assert.fail(`${sql} succeeded`),
    (err) => err,
  );

test('208 invalid object name', async () => {
  const err = await failure('SELECT * FROM dbo.no_such_table');
  assert.equal(err.number, 208);
  assert.equal(err.state, 1);
  assert.equal(err.class, 16);
  assert.equal(err.message, "Invalid object name 'dbo.no_such_table'.");
  assert.equal(err.lineNumber, 1);
  assert.equal(err.procName, '');
});

test('156 syntax error through execSql', async () => {
  const err = await failure('SELECT FROM WHERE', query);
  assert.equal(err.number, 156);
  assert.equal(err.class, 15);
  assert.equal(err.message, "Incorrect syntax near the keyword 'FROM'.");
});

test('8134 divide by zero on the right line', async () => {
  const err = await failure('SELECT 1;\nSELECT 2;\nSELECT 1/0;');
  assert.equal(err.number, 8134);
  assert.equal(err.class, 16);
  assert.equal(err.state, 1);
  assert.equal(err.message, 'Divide by zero error encountered.');
  assert.equal(err.lineNumber, 3);
  // SQL Server describes the third SELECT's column before evaluating its row fails.
  assert.equal(err.result.resultSets.length, 3);
  assert.deepEqual(err.result.resultSets[2].rows, []);
});

test('2627 duplicate key', async () => {
  const err = await failure(
    'CREATE TABLE #dup (id int CONSTRAINT pk_node_dup PRIMARY KEY); INSERT INTO #dup VALUES (1); INSERT INTO #dup VALUES (1);',
  );
  assert.equal(err.number, 2627);
  assert.equal(err.class, 14);
  assert.match(err.message, /^Violation of PRIMARY KEY constraint 'pk_node_dup'\. Cannot insert duplicate key in object 'dbo\.#dup.*'\. The duplicate key value is \(1\)\.$/);
});

test('RAISERROR in a procedure: procName, lineNumber, state, class, and the PRINT before it', async () => {
  const err = await failure('EXEC dbo.node_fail');
  assert.equal(err.number, 50000);
  assert.equal(err.message, 'custom 7');
  assert.equal(err.state, 3);
  assert.equal(err.class, 16);
  assert.equal(err.procName, 'node_fail');
  assert.equal(err.lineNumber, 4);
  const [info] = err.result.infos;
  assert.equal(info.message, 'inside');
  assert.equal(info.number, 0);
  assert.equal(info.class, 0);
  assert.equal(info.procName, 'node_fail');
  assert.equal(info.lineNumber, 3);
});

test('THROW with a user number', async () => {
  const err = await failure("THROW 51000, 'thrown by node', 5;");
  assert.equal(err.number, 51000);
  assert.equal(err.state, 5);
  assert.equal(err.class, 16);
  assert.equal(err.message, 'thrown by node');
});

test('informational RAISERROR (severity 10) is an infoMessage and the request succeeds', async () => {
  const out = await batch(connection, "RAISERROR('just so you know', 10, 1); SELECT 1");
  assert.equal(out.errors.length, 0);
  assert.equal(out.infos.length, 1);
  assert.equal(out.infos[0].number, 50000);
  // SQL Server returns severity 10 as class 0 ("Database Engine Error Severities").
  assert.equal(out.infos[0].class, 0);
  assert.equal(out.infos[0].message, 'just so you know');
  assert.deepEqual(out.resultSets[0].rows, [[1]]);
});

test('several errors in one batch all reach errorMessage; the callback gets an AggregateError', async () => {
  const err = await failure("RAISERROR('first', 16, 1); RAISERROR('second', 16, 2);");
  assert.deepEqual(err.result.errors.map((e) => [e.message, e.state]), [['first', 1], ['second', 2]]);
  assert.ok(err instanceof AggregateError);
  assert.deepEqual(err.errors.map((e) => e.number), [50000, 50000]);
});

test('an error does not break the connection', async () => {
  await failure('SELECT * FROM nowhere_at_all');
  const out = await query(connection, 'SELECT 42');
  assert.deepEqual(out.resultSets[0].rows, [[42]]);
});

test('USE of a missing database is 911 and changes nothing', async () => {
  const err = await failure('USE no_such_db');
  assert.equal(err.number, 911);
  assert.equal(err.message, "Database 'no_such_db' does not exist. Make sure that the name is entered correctly.");
});

test('USE emits a databaseChange event and INFO 5701', async () => {
  const changes = [];
  const listener = (db) => changes.push(db);
  connection.on('databaseChange', listener);
  try {
    await batch(connection, 'CREATE DATABASE node_db_change');
    const out = await batch(connection, 'USE node_db_change');
    assert.deepEqual(changes, ['node_db_change']);
    assert.equal(out.infos[0].number, 5701);
    assert.equal(out.infos[0].message, "Changed database context to 'node_db_change'.");
    await batch(connection, 'USE master; DROP DATABASE node_db_change');
  } finally {
    connection.removeListener('databaseChange', listener);
  }
});
