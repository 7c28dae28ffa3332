'use strict';
// Connecting as tedious users do: TLS inside the TDS PRELOGIN (tedious's default, encrypt: true),
// no TLS (encrypt: false), SQL authentication, a failed login, the initial SET batch tedious sends.

const test = require('node:test');
const assert = require('node:assert/strict');
const { connect, close, rows, withConnection } = require('../quern');

test('encrypt: true with trustServerCertificate logs in over TLS', async () => {
  const connection = await connect({ encrypt: true, trustServerCertificate: true });
  try {
    const [[encrypted, login]] = await rows(
      connection,
      'SELECT encrypt_option, SUSER_SNAME() FROM sys.dm_exec_connections WHERE session_id = @@SPID',
    );
    assert.equal(encrypted, 'TRUE');
    assert.equal(login, 'sa');
  } finally {
    await close(connection);
  }
});

test('encrypt: false logs in without TLS', async () => {
  const connection = await connect({ encrypt: false });
  try {
    const [[encrypted]] = await rows(
      connection,
      'SELECT encrypt_option FROM sys.dm_exec_connections WHERE session_id = @@SPID',
    );
    assert.equal(encrypted, 'FALSE');
  } finally {
    await close(connection);
  }
});

test('encrypt: true without trusting the self-signed certificate is refused by tedious', async () => {
  await assert.rejects(connect({ encrypt: true, trustServerCertificate: false }), (err) => {
    assert.equal(err.code, 'ESOCKET');
    return true;
  });
});

// QUERN_IT_CA: the PEM of the certificate TediousClientIT starts the server with (localhost, 127.0.0.1).
const CA = process.env.QUERN_IT_CA;
const noCa = !CA && 'QUERN_IT_CA (the server certificate to verify) is not set';

test('encrypt: true verifies the server certificate against a given CA', { skip: noCa }, async () => {
  const fs = require('node:fs');
  const connection = await connect({ encrypt: true, trustServerCertificate: false, cryptoCredentialsDetails: { ca: fs.readFileSync(CA) } });
  try {
    const [[encrypted]] = await rows(connection, 'SELECT encrypt_option FROM sys.dm_exec_connections WHERE session_id = @@SPID');
    assert.equal(encrypted, 'TRUE');
  } finally {
    await close(connection);
  }
});

test("encrypt: 'strict' (TDS 8.0: TLS before PRELOGIN) logs in", { skip: noCa }, async () => {
  const fs = require('node:fs');
  const connection = await connect({ encrypt: 'strict', cryptoCredentialsDetails: { ca: fs.readFileSync(CA) } });
  try {
    const [[encrypted]] = await rows(connection, 'SELECT encrypt_option FROM sys.dm_exec_connections WHERE session_id = @@SPID');
    assert.equal(encrypted, 'TRUE');
  } finally {
    await close(connection);
  }
});

test('a wrong password fails with 18456 and SQL Server text', async () => {
  await assert.rejects(connect({}, 'not-the-password'), (err) => {
    assert.equal(err.code, 'ELOGIN');
    assert.equal(err.message, "Login failed for user 'sa'.");
    return true;
  });
});

test('an unknown login fails with 18456 too', async () => {
  await assert.rejects(connect({}, 'whatever', 'nobody_here'), (err) => {
    assert.equal(err.code, 'ELOGIN');
    assert.equal(err.message, "Login failed for user 'nobody_here'.");
    return true;
  });
});

test('the login ERROR token carries number 18456, class 14', async () => {
  const { Connection } = require('tedious');
  const { config } = require('../quern');
  const seen = [];
  await new Promise((resolve) => {
    const connection = new Connection(config({}, 'bad-password'));
    connection.on('errorMessage', (m) => seen.push(m));
    connection.connect(() => resolve());
  });
  assert.equal(seen.length, 1);
  assert.equal(seen[0].number, 18456);
  assert.equal(seen[0].class, 14);
  assert.equal(seen[0].state, 1);
  assert.equal(seen[0].message, "Login failed for user 'sa'.");
});

test('the database option is honoured and reported', async () => {
  await withConnection(async (connection) => {
    const [[db]] = await rows(connection, 'SELECT DB_NAME()');
    assert.equal(db, 'master');
  }, { database: 'master' });
});

test('the session has the SET options of tedious initial batch', async () => {
  await withConnection(async (connection) => {
    const [[ansiNulls, quoted, xactAbort, textsize, datefirst, language]] = await rows(
      connection,
      "SELECT SESSIONPROPERTY('ANSI_NULLS'), SESSIONPROPERTY('QUOTED_IDENTIFIER'), " +
        'CASE WHEN (@@OPTIONS & 16384) = 0 THEN 0 ELSE 1 END, @@TEXTSIZE, @@DATEFIRST, @@LANGUAGE',
    );
    assert.deepEqual([ansiNulls, quoted, xactAbort, textsize, datefirst, language], [1, 1, 0, 2147483647, 7, 'us_english']);
  });
});

test('a packet size other than the default is negotiated', async () => {
  await withConnection(async (connection) => {
    const [[size]] = await rows(connection, 'SELECT net_packet_size FROM sys.dm_exec_connections WHERE session_id = @@SPID');
    assert.equal(size, 8192);
    const [[long]] = await rows(connection, "SELECT REPLICATE(CAST('x' AS varchar(max)), 100000)");
    assert.equal(long.length, 100000);
  }, { packetSize: 8192 });
});

test('login to a database that does not exist fails with 4060 then 18456', async () => {
  const { Connection } = require('tedious');
  const { config } = require('../quern');
  const seen = [];
  const err = await new Promise((resolve) => {
    const connection = new Connection(config({ database: 'node_no_such_db' }));
    connection.on('errorMessage', (m) => seen.push([m.number, m.class, m.message]));
    connection.connect(resolve);
  });
  assert.deepEqual(seen, [
    [4060, 11, 'Cannot open database "node_no_such_db" requested by the login. The login failed.'],
    [18456, 14, "Login failed for user 'sa'."],
  ]);
  assert.equal(err.code, 'ELOGIN');
  assert.equal(err.message, "Login failed for user 'sa'.");
});

test('login to a user database makes it current', async () => {
  await withConnection(async (c) => {
    await rows(c, "IF DB_ID('node_login_db') IS NULL EXEC('CREATE DATABASE node_login_db'); SELECT 1");
  });
  await withConnection(async (connection) => {
    assert.deepEqual(await rows(connection, 'SELECT DB_NAME()'), [['node_login_db']]);
  }, { database: 'node_login_db' });
});

test('connection.reset() (RESETCONNECTION) restores the session as it was after login', async () => {
  await withConnection(async (connection) => {
    const { batch } = require('../quern');
    await batch(connection, 'CREATE TABLE #kept_until_reset (a int); SET ANSI_NULLS OFF; SET LANGUAGE Deutsch;');
    let resetSeen = false;
    connection.once('resetConnection', () => (resetSeen = true));
    await new Promise((resolve, reject) => connection.reset((err) => (err ? reject(err) : resolve())));
    assert.equal(resetSeen, true);
    const [[temp, ansiNulls, language]] = await rows(
      connection,
      "SELECT OBJECT_ID('tempdb..#kept_until_reset'), SESSIONPROPERTY('ANSI_NULLS'), @@LANGUAGE",
    );
    assert.deepEqual([temp, ansiNulls, language], [null, 1, 'us_english']);
  });
});

test('rowCollectionOnRequestCompletion and useColumnNames give rows keyed by name', async () => {
  await withConnection(async (connection) => {
    const { Request } = require('tedious');
    const collected = await new Promise((resolve, reject) => {
      connection.execSql(new Request("SELECT 1 AS one, N'two' AS two", (err, count, rows) => (err ? reject(err) : resolve([count, rows]))));
    });
    assert.equal(collected[0], 1);
    assert.equal(collected[1][0].one.value, 1);
    assert.equal(collected[1][0].two.value, 'two');
  }, { rowCollectionOnRequestCompletion: true, useColumnNames: true });
});

test('useUTC: false reads datetime as local time', async () => {
  await withConnection(async (connection) => {
    const [[at]] = await rows(connection, "SELECT CAST('2024-03-01 08:30:00' AS datetime)");
    assert.equal(at.getTime(), new Date(2024, 2, 1, 8, 30).getTime());
  }, { useUTC: false });
});
