'use strict';
// Helpers for the tedious client tests: connect to the server TediousClientIT started (QUERN_IT_PORT,
// QUERN_IT_PASSWORD) and run requests as promises that collect everything tedious reports.

const { Connection, Request } = require('tedious');

const PORT = Number(process.env.QUERN_IT_PORT);
const PASSWORD = process.env.QUERN_IT_PASSWORD || 'Quern-IT-Pa55word!';

if (!PORT) {
  throw new Error('QUERN_IT_PORT is not set: run through TediousClientIT, or start a server and set it');
}

/** The tedious configuration for sa; `options` are merged into tedious's connection options. */
function config(options = {}, password = PASSWORD, userName = 'sa') {
  return {
    server: '127.0.0.1',
    authentication: { type: 'default', options: { userName, password } },
    options: {
      port: PORT,
      encrypt: true,
      trustServerCertificate: true,
      connectTimeout: 30000,
      requestTimeout: 60000,
      ...options,
    },
  };
}

/**
 * Opens a connection; resolves with it once logged in. The connection records every INFO and ERROR
 * token it receives in `connection.infos` / `connection.errors` (the infoMessage / errorMessage events).
 */
function connect(options = {}, password = PASSWORD, userName = 'sa') {
  return new Promise((resolve, reject) => {
    const connection = new Connection(config(options, password, userName));
    connection.infos = [];
    connection.errors = [];
    connection.on('infoMessage', (m) => connection.infos.push(m));
    connection.on('errorMessage', (m) => connection.errors.push(m));
    connection.connect((err) => (err ? reject(err) : resolve(connection)));
  });
}

function close(connection) {
  return new Promise((resolve) => {
    if (connection.closed) {
      resolve();
      return;
    }
    connection.on('end', resolve);
    connection.close();
  });
}

/**
 * What one request produced: result sets ({columns, rows} with rows as arrays of values), the
 * row counts of the DONE tokens that carried one, output parameters by name, and the messages.
 */
function collector(connection, request) {
  const out = { resultSets: [], rowCounts: [], outputs: {}, infos: [], errors: [], returnStatus: undefined };
  const firstInfo = connection.infos.length;
  const firstError = connection.errors.length;
  request.on('columnMetadata', (columns) => out.resultSets.push({ columns, rows: [] }));
  request.on('row', (columns) => out.resultSets.at(-1).rows.push(columns.map((c) => c.value)));
  const count = (rowCount) => rowCount !== undefined && out.rowCounts.push(rowCount);
  request.on('done', count);
  request.on('doneInProc', count);
  request.on('returnValue', (name, value, metadata) => (out.outputs[name] = { value, metadata }));
  request.on('doneProc', (rowCount, more, returnStatus) => {
    if (returnStatus !== undefined) out.returnStatus = returnStatus;
  });
  out.finish = () => {
    out.infos = connection.infos.slice(firstInfo);
    out.errors = connection.errors.slice(firstError);
    return out;
  };
  return out;
}

/** Builds a Request for `sql`, lets `setup(request)` add parameters, runs it with `method`. */
function run(connection, sql, { method = 'execSql', setup = () => {}, request: build } = {}) {
  return new Promise((resolve, reject) => {
    let out;
    const request = (build || ((cb) => new Request(sql, cb)))((err) => {
      out.finish();
      if (err) {
        err.result = out;
        reject(err);
      } else {
        resolve(out);
      }
    });
    out = collector(connection, request);
    setup(request);
    connection[method](request);
  });
}

/** execSql (sp_executesql over RPC): what node-mssql's request.query() uses. */
const query = (connection, sql, setup) => run(connection, sql, { setup });
/** execSqlBatch: a plain SQL_BATCH message. */
const batch = (connection, sql) => run(connection, sql, { method: 'execSqlBatch' });
/** callProcedure: an RPC by procedure name. */
const callProcedure = (connection, name, setup) => run(connection, name, { method: 'callProcedure', setup });

/** The rows of the only result set of a query. */
async function rows(connection, sql, setup) {
  const out = await query(connection, sql, setup);
  if (out.resultSets.length !== 1) throw new Error(`expected one result set, got ${out.resultSets.length}`);
  return out.resultSets[0].rows;
}

/** Runs `fn` with a fresh connection and closes it afterwards. */
async function withConnection(fn, options) {
  const connection = await connect(options);
  try {
    return await fn(connection);
  } finally {
    await close(connection);
  }
}

/** Promisifies a tedious method taking a trailing (err, ...) callback. */
function call(connection, method, ...args) {
  return new Promise((resolve, reject) => {
    connection[method]((err, ...rest) => (err ? reject(err) : resolve(rest)), ...args);
  });
}

module.exports = { PORT, PASSWORD, config, connect, close, run, query, batch, callProcedure, rows, withConnection, call };
