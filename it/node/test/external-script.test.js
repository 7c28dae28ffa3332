'use strict';
// sp_execute_external_script through tedious: Python runs on the rows of @input_data_1 and its
// OutputDataSet comes back as a result set; parameters and an output parameter go through @params.
// Needs the server started with QUERN_PYTHON pointing at the project's venv (TediousClientIT's
// server inherits it from `make test`).

const test = require('node:test');
const assert = require('node:assert/strict');
const { TYPES } = require('tedious');
const { connect, close, batch, query } = require('../quern');

let connection;
test.before(async () => {
  connection = await connect();
  await batch(connection, "EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;");
  await batch(connection, `IF OBJECT_ID('dbo.node_scores') IS NOT NULL DROP TABLE dbo.node_scores;
    CREATE TABLE dbo.node_scores (id int PRIMARY KEY, name nvarchar(20), score float);
    INSERT INTO dbo.node_scores VALUES (1, N'ann', 3.5), (2, N'bob', 4.5), (3, N'cy', NULL);`);
});
test.after(() => close(connection));

test('@input_data_1 rows come back as a result set WITH RESULT SETS', async () => {
  const out = await query(
    connection,
    `EXEC sp_execute_external_script @language = N'Python',
       @script = N'OutputDataSet = InputDataSet.assign(doubled = InputDataSet.score * 2).sort_values("id")',
       @input_data_1 = N'SELECT id, name, score FROM dbo.node_scores'
     WITH RESULT SETS ((id int, name nvarchar(20), score float, doubled float))`,
  );
  assert.equal(out.resultSets.length, 1);
  const { columns, rows } = out.resultSets[0];
  assert.deepEqual(columns.map((c) => [c.colName, c.type.name]), [
    ['id', 'IntN'],
    ['name', 'NVarChar'],
    ['score', 'FloatN'],
    ['doubled', 'FloatN'],
  ]);
  assert.deepEqual(rows, [
    [1, 'ann', 3.5, 7],
    [2, 'bob', 4.5, 9],
    [3, 'cy', null, null],
  ]);
});

test('script parameters from tedious parameters, and an output parameter', async () => {
  const out = await query(
    connection,
    `EXEC sp_execute_external_script @language = N'Python',
       @script = N'OutputDataSet = InputDataSet[InputDataSet.score > threshold]
total = int(len(InputDataSet))',
       @input_data_1 = N'SELECT id, score FROM dbo.node_scores WHERE score IS NOT NULL',
       @params = N'@threshold float, @total int OUTPUT',
       @threshold = @threshold, @total = @total OUTPUT`,
    (r) => {
      r.addParameter('threshold', TYPES.Float, 4);
      r.addOutputParameter('total', TYPES.Int);
    },
  );
  assert.deepEqual(out.resultSets[0].rows, [[2, 4.5]]);
  assert.equal(out.outputs.total.value, 2);
});

test('a Python error is 39004 with the traceback in messages', async () => {
  await assert.rejects(
    query(connection, "EXEC sp_execute_external_script @language = N'Python', @script = N'raise ValueError(\"node says no\")'"),
    (err) => {
      const all = err.errors || [err];
      assert.ok(all.some((e) => e.number === 39004), all.map((e) => `${e.number} ${e.message}`).join('\n'));
      const text = [...err.result.errors, ...err.result.infos].map((m) => m.message).join('\n');
      assert.match(text, /ValueError: node says no/);
      return true;
    },
  );
});
