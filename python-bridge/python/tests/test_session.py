import decimal

import pyarrow as pa

from quern_satellite import protocol as p, typemap
from conftest import batch_of


def test_passthrough_returns_input_rows_and_types(server):
    b = batch_of([("a", "int", [1, None]), ("s", "nvarchar(20)", ["x", None])])
    r = server.call("OutputDataSet = InputDataSet", chunks=[[b]])
    assert r["error"] is None
    t = r["table"]
    assert t.column(0).to_pylist() == [1, None]
    assert t.column(1).to_pylist() == ["x", None]
    assert [f.metadata[b"sql_type"] for f in t.schema] == [b"int", b"nvarchar(max)"]


def test_script_error_comes_back_with_user_traceback_only(server):
    r = server.call("x = 1\ny = undefined_name + x\n")
    kind, detail = r["error"]
    assert kind == p.ERROR_SCRIPT
    assert detail.startswith("Traceback (most recent call last):")
    assert 'sqlindb_0.py", line 2, in <module>' in detail
    assert "y = undefined_name + x" in detail
    assert detail.endswith("NameError: name 'undefined_name' is not defined")
    assert "quern_satellite" not in detail


def test_syntax_error_is_a_script_error(server):
    r = server.call("def f(:\n  pass")
    assert r["error"][0] == p.ERROR_SCRIPT
    assert "SyntaxError" in r["error"][1]


def test_stdout_and_stderr_are_captured(server):
    r = server.call("import sys\nprint('hello')\nprint('oops', file=sys.stderr)")
    assert r["stdout"] == "hello\n"
    assert r["stderr"] == "oops\n"


def test_large_stdout_is_capped_with_count_of_bytes_left_out(server):
    r = server.call("print('x' * (10 * 1024 * 1024))")
    assert len(r["stdout"]) == 1 << 16
    assert r["cut_stdout"] == 10 * 1024 * 1024 + 1 - (1 << 16)


def test_params_are_globals_and_output_params_come_back(server):
    params = [("@n", "int", False), ("@model", "varbinary(max)", True), ("@d", "decimal(10,2)", True)]
    values = batch_of([("@n", "int", [41]), ("@model", "varbinary(max)", [None]),
                       ("@d", "decimal(10,2)", [decimal.Decimal("1.00")])])
    r = server.call("import pickle\nmodel = pickle.dumps(n + 1)\nd = d * 3\n", params=params,
                    param_values=values)
    assert r["error"] is None
    out = r["out_params"]
    assert out.schema.names == ["@model", "@d"]
    import pickle
    assert pickle.loads(out.column(0)[0].as_py()) == 42
    assert out.column(1)[0].as_py() == decimal.Decimal("3.00")


def test_no_output_assignment_means_no_result_set(server):
    r = server.call("x = 1")
    assert r["run_done"] == [False]
    assert not r["outputs"]


def test_output_must_be_a_dataframe(server):
    r = server.call("OutputDataSet = 5")
    assert "must be a pandas DataFrame" in r["error"][1]


def test_streaming_chunks_share_globals_and_append_outputs(server):
    chunks = [[batch_of([("v", "int", [1, 2])])], [batch_of([("v", "int", [3])])]]
    script = ("try:\n    calls += 1\nexcept NameError:\n    calls = 1\n"
              "OutputDataSet = InputDataSet.assign(call=calls)")
    r = server.call(script, chunks=chunks)
    assert r["run_done"] == [True, True]
    assert r["table"].column("call").to_pylist() == [1, 1, 2]


def test_every_run_starts_from_its_own_empty_output(server):
    # The first run's preset OutputDataSet is made before the call; a script that changes it in
    # place must not hand that change to the next run.
    chunks = [[batch_of([("v", "int", [1])])], [batch_of([("v", "int", [2])])]]
    script = ("seen = list(OutputDataSet.columns)\n"
              "OutputDataSet['seen'] = [len(seen)] * len(InputDataSet)\n"
              "OutputDataSet['v'] = InputDataSet.v")
    r = server.call(script, chunks=chunks)
    assert r["table"].column("seen").to_pylist() == [0, 0]


def test_partitions_run_once_each_in_order(server):
    b = batch_of([("k", "int", [2, 1, 2, 1]), ("v", "int", [4, 3, 2, 1])])
    r = server.call("OutputDataSet = pandas.DataFrame({'k': [InputDataSet.k[0]], "
                    "'first': [InputDataSet.v[0]], 'n': [len(InputDataSet)]})",
                    chunks=[[b]], partition_by=["k"], order_by=["v"])
    t = r["table"].to_pydict()
    assert t == {"k": [2, 1], "first": [2, 1], "n": [2, 2]}


def test_custom_input_and_output_names(server):
    b = batch_of([("a", "bigint", [9007199254740993])])
    r = server.call("Out = In * 1", chunks=[[b]], input_name="In", output_name="Out")
    assert r["table"].column(0).to_pylist() == [9007199254740993]


def test_fresh_namespace_has_pandas_and_numpy_and_nothing_from_the_satellite(server):
    r = server.call("print(sorted(k for k in globals() if not k.startswith('__')))")
    assert r["stdout"].strip() == "['InputDataSet', 'OutputDataSet', 'numpy', 'pandas']"


def test_output_larger_than_the_region_streams_in_chunks(server):
    r = server.call("OutputDataSet = pandas.DataFrame({'s': ['y' * 100] * 50000})")
    assert r["error"] is None
    assert len(r["outputs"]) > 1
    assert r["table"].num_rows == 50000


def test_many_input_chunks_are_one_dataframe(server):
    bs = [batch_of([("v", "int", list(range(i * 10, i * 10 + 10)))]) for i in range(5)]
    r = server.call("OutputDataSet = pandas.DataFrame({'n': [len(InputDataSet)], "
                    "'s': [int(InputDataSet.v.sum())]})", chunks=[bs])
    assert r["table"].to_pydict() == {"n": [50], "s": [sum(range(50))]}


def test_pipelined_call_finish_before_output_acks(server):
    # Java sends the last input chunk, RUN and FINISH in one burst (protocol version 2).
    b = batch_of([("a", "int", [1, 2, 3])])
    params = [("@m", "int", True)]
    values = batch_of([("@m", "int", [None])])
    r = server.call("print('hi')\nm = len(InputDataSet)\nOutputDataSet = InputDataSet * 2",
                    chunks=[[b, b]], params=params, param_values=values, pipelined=True)
    assert r["error"] is None
    assert r["table"].column(0).to_pylist() == [2, 4, 6, 2, 4, 6]
    assert r["run_done"] == [True]
    assert r["out_params"].column(0)[0].as_py() == 6
    assert r["stdout"] == "hi\n"


def test_large_output_converted_slice_by_slice_equals_the_whole(server, monkeypatch):
    converted = []
    real = typemap.frame_to_batch
    monkeypatch.setattr(typemap, "frame_to_batch", lambda df: converted.append(len(df)) or real(df))
    n = 100_000  # more than one slice
    script = ("OutputDataSet = pandas.DataFrame({'i': numpy.arange(%d, dtype='int32'), "
              "'f': numpy.arange(%d) * 0.5, 's': ['r%%d' %% k if k %% 7 else None for k in range(%d)], "
              "'t': pandas.date_range('2024-01-01', periods=%d, freq='s').astype('datetime64[us]')})"
              % (n, n, n, n))
    r = server.call(script, chunks=[[]])
    assert r["error"] is None
    t = r["table"]
    assert len(r["outputs"]) > 1
    assert t.num_rows == n
    assert [f.metadata[b"sql_type"] for f in t.schema] == [b"int", b"float", b"nvarchar(max)",
                                                          b"datetime2(6)"]
    assert t.column("s").null_count == len(range(0, n, 7))
    assert t.column("s")[n - 1].as_py() == "r%d" % (n - 1)
    assert t.column("i").to_pylist() == list(range(n))
    assert len(converted) > 1 and sum(converted) == n


def test_object_column_typed_by_all_its_rows_even_when_large(server, monkeypatch):
    # Ints everywhere, one float at the end: the whole column is float, as when converted at once.
    script = "OutputDataSet = pandas.DataFrame({'x': [1] * 70000 + [2.5]}, dtype=object)"
    converted = []
    real = typemap.frame_to_batch
    monkeypatch.setattr(typemap, "frame_to_batch", lambda df: converted.append(len(df)) or real(df))
    r = server.call(script, chunks=[[]])
    assert r["error"] is None
    t = r["table"]
    assert {f.metadata[b"sql_type"] for f in t.schema} == {b"float"}
    assert t.num_rows == 70001 and t.column("x")[70000].as_py() == 2.5
    assert converted == [70001]
