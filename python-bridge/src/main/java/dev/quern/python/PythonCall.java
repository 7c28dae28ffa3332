package dev.quern.python;

import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.ExternalParameter;
import dev.quern.ext.spi.ExternalScriptErrors;
import dev.quern.ext.spi.ExternalScriptException;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.spi.ExternalScriptSink;
import dev.quern.ext.spi.RowSource;
import dev.quern.ext.spi.SqlTypeText;
import dev.quern.ext.stats.Phase;
import dev.quern.ext.stats.RequestRecord;
import dev.quern.python.arrow.ArrowTypes;
import dev.quern.python.arrow.BatchDecoder;
import dev.quern.python.arrow.BatchEncoder;
import dev.quern.python.arrow.ChunkIo;
import dev.quern.python.arrow.UnsupportedTypeException;
import dev.quern.python.control.ControlChannel;
import dev.quern.python.control.Message;
import dev.quern.python.launch.PythonSatellite;
import dev.quern.python.shm.RegionFullException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * One call's conversation with its satellite (the sequence in {@code
 * dev.quern.python.control}). Input is pulled from the {@link RowSource} a batch at a time and
 * written into the input region chunk by chunk, each acknowledged before the next, so Java holds
 * at most one batch; outputs arrive the same way and go straight to the sink.
 */
final class PythonCall {
  static final String LANGUAGE = "Python";

  private final PythonSatellite satellite;
  private final ControlChannel ch;
  private final ExternalScriptRequest request;
  private final ExternalScriptSink sink;
  private final RequestRecord record;
  private final int batchRows;
  private final OutputReceiver outputs;
  private final OutputText texts = new OutputText();

  PythonCall(PythonSatellite satellite, ExternalScriptRequest request, ExternalScriptSink sink, RequestRecord record, int batchRows) {
    this.satellite = satellite;
    this.ch = satellite.channel();
    this.request = request;
    this.sink = sink;
    this.record = record;
    this.batchRows = batchRows;
    this.outputs = new OutputReceiver(sink);
  }

  /** Runs the call; the allocator is the request's own, closed by the caller. */
  void run(BufferAllocator allocator, long memoryLimit, int nice) {
    satellite.beginCall(request.requestId().toString());
    try {
      converse(allocator, memoryLimit, nice);
    } catch (UnsupportedTypeException e) {
      throw ExternalScriptErrors.scriptError(LANGUAGE, request.requestId(), "TypeError: " + e.getMessage() + " in the input data or parameters");
    } catch (IOException | IllegalStateException e) {
      throw ExternalScriptErrors.runtimeLost(LANGUAGE, request.requestId(), "The satellite process " + satellite.pid() + " ended unexpectedly (" + e.getMessage() + ").");
    } finally {
      satellite.dispose();
    }
  }

  private void converse(BufferAllocator allocator, long memoryLimit, int nice) throws IOException, UnsupportedTypeException {
    ch.send(execute(memoryLimit, nice));
    if (!request.parameters().isEmpty()) {
      sendParams(allocator);
    }
    RowSource input = request.input();
    if (input == null) {
      runScript(allocator);
    } else {
      sendInputAndRun(allocator, input);
    }
    long t1 = System.nanoTime();
    ch.send(new Message.Finish());
    finish(allocator);
    record.addPhase(Phase.FINISH, System.nanoTime() - t1);
    record.addRowsOut(outputs.rows());
  }

  private Message.Execute execute(long memoryLimit, int nice) {
    List<Message.Param> params = request.parameters().stream().map(p -> new Message.Param(p.name(), SqlTypeText.format(p.type()), p.output())).toList();
    return new Message.Execute(request.requestId().toString(), request.language(), request.script(), request.inputDataName(), request.outputDataName(), request.partitionBy(), request.orderBy(), params, memoryLimit, nice);
  }

  private void sendParams(BufferAllocator allocator) throws IOException, UnsupportedTypeException {
    List<ExternalColumn> cols = request.parameters().stream().map(p -> new ExternalColumn(p.name(), p.type())).toList();
    Object[][] row = {request.parameters().stream().map(ExternalParameter::value).toArray()};
    try (VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(cols), allocator)) {
      writeRows(root, new BatchEncoder(cols), row, 1, Message.Data.PARAMS);
    }
  }

  /** Sends the input, running the script once per {@code rowsPerRead} rows (or once at the end). */
  private void sendInputAndRun(BufferAllocator allocator, RowSource input) throws IOException, UnsupportedTypeException {
    List<ExternalColumn> cols = input.columns();
    int perRun = request.rowsPerRead() > 0 ? request.rowsPerRead() : Integer.MAX_VALUE;
    Object[][] batch = new Object[Math.min(batchRows, perRun)][];
    BatchEncoder encoder = new BatchEncoder(cols);
    try (VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(cols), allocator)) {
      boolean more = true;
      boolean ranOnce = false;
      while (more) {
        long t = System.nanoTime();
        int sentThisRun = 0;
        while (sentThisRun < perRun) {
          int want = Math.min(batch.length, perRun - sentThisRun);
          Object[][] buf = want == batch.length ? batch : new Object[want][];
          int n = input.next(buf);
          if (n == 0) {
            more = false;
            break;
          }
          writeRows(root, encoder, buf, n, Message.Data.INPUT);
          sentThisRun += n;
        }
        if (sentThisRun == 0 && ranOnce) {
          break;
        }
        if (sentThisRun == 0) {
          writeRows(root, encoder, batch, 0, Message.Data.INPUT); // the schema, for an empty frame
        }
        record.addRowsIn(sentThisRun);
        record.addPhase(Phase.INPUT, System.nanoTime() - t);
        runScript(allocator);
        ranOnce = true;
      }
    }
  }

  /**
   * Writes {@code rows[0..n)} as one or more chunks: starts with all of them and halves on a full
   * region, so any batch size works with any segment size.
   */
  private void writeRows(VectorSchemaRoot root, BatchEncoder encoder, Object[][] rows, int n, int kind) throws IOException {
    MemorySegment region = satellite.segment().inputRegion();
    int from = 0;
    int step = Math.max(1, n);
    do {
      int to = Math.min(n, from + step);
      encoder.encode(root, rows, from, to);
      long length;
      try {
        length = ChunkIo.write(root, region);
      } catch (RegionFullException e) {
        if (to - from <= 1) {
          throw ExternalScriptErrors.scriptError(LANGUAGE, request.requestId(), "ValueError: an input row is larger than the shared-memory region of " + region.byteSize() + " bytes");
        }
        step = Math.max(1, (to - from) / 2);
        continue;
      }
      ch.send(new Message.Data(kind, 0, length));
      awaitAck();
      from = to;
    } while (from < n);
  }

  private void awaitAck() throws IOException {
    Message m = ch.receive();
    if (m instanceof Message.Error e) {
      throw failure(e);
    }
    if (!(m instanceof Message.Ack)) {
      throw new IOException("expected ACK, got " + m);
    }
  }

  /** RUN, then output chunks until RUN_DONE. */
  private void runScript(BufferAllocator allocator) throws IOException {
    long t = System.nanoTime();
    ch.send(new Message.Run());
    while (true) {
      Message m = ch.receive();
      switch (m) {
        case Message.Data d -> receiveOutput(allocator, d);
        case Message.RunDone r -> {
          record.addPhase(Phase.EXECUTE, System.nanoTime() - t);
          return;
        }
        case Message.Error e -> throw failure(e);
        default -> throw new IOException("unexpected " + m + " while the script runs");
      }
    }
  }

  private void receiveOutput(BufferAllocator allocator, Message.Data d) throws IOException {
    String[] problem = new String[1];
    ChunkIo.read(satellite.segment().chunk(d.offset(), d.length()), allocator, root -> {
      ch.send(new Message.Ack()); // the batch is copied out: the satellite may write the next one
      problem[0] = outputs.accept(root);
    });
    if (problem[0] != null) {
      throw ExternalScriptErrors.scriptError(LANGUAGE, request.requestId(), "ValueError: " + problem[0]);
    }
  }

  /** After FINISH: output parameters, texts, DONE; delivers them to the sink. */
  private void finish(BufferAllocator allocator) throws IOException {
    Map<String, Object> outParams = new LinkedHashMap<>();
    while (true) {
      Message m = ch.receive();
      switch (m) {
        case Message.Data d -> {
          ChunkIo.read(satellite.segment().chunk(d.offset(), d.length()), allocator, root -> {
            ch.send(new Message.Ack());
            readParams(root, outParams);
          });
        }
        case Message.OutputText t -> texts.add(t);
        case Message.Error e -> throw failure(e);
        case Message.Done done -> {
          deliver(outParams);
          return;
        }
        default -> throw new IOException("unexpected " + m + " at the end of the call");
      }
    }
  }

  private static void readParams(VectorSchemaRoot root, Map<String, Object> out) {
    List<ExternalColumn> cols = BatchDecoder.columns(root);
    Object[][] rows = BatchDecoder.rows(root, cols);
    for (int c = 0; c < cols.size(); c++) {
      out.put(cols.get(c).name(), rows.length == 0 ? null : rows[0][c]);
    }
  }

  private void deliver(Map<String, Object> outParams) {
    if (request.parameters().stream().anyMatch(ExternalParameter::output)) {
      sink.onOutputParameters(outParams);
    }
    if (!texts.stdout().isEmpty()) {
      sink.onStdout(texts.stdout());
    }
    if (!texts.stderr().isEmpty()) {
      sink.onStderr(texts.stderr());
    }
  }

  /** Reads the texts that follow an ERROR up to DONE and builds the exception to throw. */
  private ExternalScriptException failure(Message.Error e) throws IOException {
    while (true) {
      Message m = ch.receive();
      if (m instanceof Message.OutputText t) {
        texts.add(t);
      } else if (m instanceof Message.Done) {
        break;
      }
    }
    ExternalScriptException ex =
        e.kind() == Message.Error.SCRIPT
            ? ExternalScriptErrors.scriptError(LANGUAGE, request.requestId(), e.detail())
            : ExternalScriptErrors.runtimeLost(LANGUAGE, request.requestId(), e.detail());
    return ex.withOutput(texts.stdout(), texts.stderr());
  }
}
