package dev.quern.python;

import dev.quern.ext.spi.ColumnBatch;
import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.ExternalParameter;
import dev.quern.ext.spi.ExternalScriptErrors;
import dev.quern.ext.spi.ExternalScriptException;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.spi.SqlTypeText;
import dev.quern.python.arrow.ArrowTypes;
import dev.quern.python.arrow.BatchDecoder;
import dev.quern.python.arrow.BatchEncoder;
import dev.quern.python.arrow.ChunkIo;
import dev.quern.python.arrow.UnsupportedTypeException;
import dev.quern.python.control.ControlChannel;
import dev.quern.python.control.Message;
import dev.quern.python.launch.PythonSatellite;
import dev.quern.python.library.LibraryInstaller;
import dev.quern.python.shm.RegionFullException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The messages of one call with one satellite (the sequence in {@code dev.quern.python.control}),
 * as steps {@link PythonCall} composes: start, input chunks, RUN, outputs, FINISH.
 */
final class SatelliteConversation {
  private static final int DONE = new Message.Done(false).type();
  private final PythonSatellite satellite;
  private final ControlChannel ch;
  private final ExternalScriptRequest request;
  private final OutputText texts = new OutputText();
  private final String directory;
  private boolean ackPending;
  private boolean finishSent;
  private boolean reusable;
  private List<String> imported = List.of();

  /** {@code task} 0.. for the satellites of a parallel call; each gets its own directory. */
  SatelliteConversation(PythonSatellite satellite, ExternalScriptRequest request, int task) {
    this.satellite = satellite;
    this.ch = satellite.channel();
    this.request = request;
    this.directory = request.requestId() + (task == 0 ? "" : "-" + task);
  }

  PythonSatellite satellite() {
    return satellite;
  }

  OutputText texts() {
    return texts;
  }

  /** Whether the satellite said at the end of the call that it can serve another (DONE). */
  boolean reusable() {
    return reusable;
  }

  /** The environment's modules the script imported, as the satellite reported them (DONE). */
  List<String> imported() {
    return imported;
  }

  /**
   * EXECUTE, then the @params values. With an input query EXECUTE leaves at once: the satellite
   * renames its directory and compiles the script while the query runs here. Without one it is
   * held back to travel with RUN and FINISH (one wake-up of the satellite).
   */
  void start(BufferAllocator allocator, long memoryLimit, int nice, LibraryInstaller.Installed libraries) throws IOException, UnsupportedTypeException {
    satellite.beginCall(directory);
    List<Message.Param> params = request.parameters().stream().map(p -> new Message.Param(p.name(), SqlTypeText.format(p.type()), p.output())).toList();
    Message.Execute execute = new Message.Execute(directory, request.language(), request.script(), request.inputDataName(), request.outputDataName(), request.partitionBy(), request.orderBy(), params, memoryLimit, nice, libraries.user(), libraries.shared());
    if (request.input() != null) {
      ch.send(execute);
    } else {
      ch.queue(execute);
    }
    if (request.parameters().isEmpty()) {
      return;
    }
    List<ExternalColumn> cols = request.parameters().stream().map(p -> new ExternalColumn(p.name(), p.type())).toList();
    Object[][] row = {request.parameters().stream().map(ExternalParameter::value).toArray()};
    try (VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(cols), allocator)) {
      writeRows(root, new BatchEncoder(cols), row, 1, Message.Data.PARAMS);
    }
  }

  /**
   * Writes {@code rows[0..n)} as one or more chunks: starts with all of them and halves on a full
   * region, so any batch size works with any segment size. n = 0 sends the schema alone.
   *
   * <p>The ACK of a chunk is awaited only before the region is written again (or in {@link
   * #collectRun}): the last chunk, RUN and FINISH leave in one burst, and the next batch is
   * encoded while the satellite still reads the previous one.
   */
  void writeRows(VectorSchemaRoot root, BatchEncoder encoder, Object[][] rows, int n, int kind) throws IOException {
    write(root, (from, to) -> encoder.encode(root, rows, from, to), n, kind);
  }

  /** {@link #writeRows} of the rows of a column batch. */
  void writeColumns(VectorSchemaRoot root, BatchEncoder encoder, ColumnBatch batch, int kind) throws IOException {
    write(root, (from, to) -> encoder.encode(root, batch, from, to), batch.rowCount(), kind);
  }

  /** Fills the root with a range of the rows being written. */
  @FunctionalInterface
  private interface RangeEncoder {
    void encode(int from, int to);
  }

  private void write(VectorSchemaRoot root, RangeEncoder encoder, int n, int kind) throws IOException {
    MemorySegment region = satellite.segment().inputRegion();
    int from = 0;
    int step = Math.max(1, n);
    do {
      int to = Math.min(n, from + step);
      encoder.encode(from, to);
      awaitPendingAck();
      long length;
      try {
        length = ChunkIo.write(root, region);
      } catch (RegionFullException e) {
        if (to - from <= 1) {
          throw ExternalScriptErrors.scriptError(PythonCall.LANGUAGE, request.requestId(), "ValueError: an input row is larger than the shared-memory region of " + region.byteSize() + " bytes");
        }
        step = Math.max(1, (to - from) / 2);
        continue;
      }
      ch.send(new Message.Data(kind, 0, length));
      ackPending = true;
      from = to;
    } while (from < n);
  }

  private void awaitPendingAck() throws IOException {
    if (!ackPending) {
      return;
    }
    Message m = ch.receive();
    if (m instanceof Message.Error e) {
      throw failure(e);
    }
    if (!(m instanceof Message.Ack)) {
      throw new IOException("expected ACK, got " + m);
    }
    ackPending = false;
  }

  /**
   * RUN; with {@code last} (no input or run follows) FINISH goes with it, saving the round trip
   * that waiting for RUN_DONE would cost (protocol version 2 lets FINISH overtake the output ACKs).
   */
  void sendRun(boolean last) throws IOException {
    if (last) {
      ch.send(new Message.Run(), new Message.Finish());
      finishSent = true;
    } else {
      ch.send(new Message.Run());
    }
  }

  /** Output chunks into {@code outputs} until RUN_DONE. */
  void collectRun(BufferAllocator allocator, OutputReceiver outputs) throws IOException {
    awaitPendingAck();
    while (true) {
      Message m = ch.receive();
      switch (m) {
        case Message.Data d -> receiveOutput(allocator, d, outputs);
        case Message.RunDone r -> {
          return;
        }
        case Message.Error e -> throw failure(e);
        default -> throw new IOException("unexpected " + m + " while the script runs");
      }
    }
  }

  private void receiveOutput(BufferAllocator allocator, Message.Data d, OutputReceiver outputs) throws IOException {
    String[] problem = new String[1];
    ChunkIo.read(satellite.segment().chunk(d.offset(), d.length()), allocator, root -> {
      ack(); // the batch is copied out: the satellite may write the next one
      problem[0] = outputs.accept(root);
    });
    if (problem[0] != null) {
      throw ExternalScriptErrors.scriptError(PythonCall.LANGUAGE, request.requestId(), "ValueError: " + problem[0]);
    }
  }

  /** FINISH, then output parameters (into {@code outParams}), texts and DONE. */
  void finish(BufferAllocator allocator, Map<String, Object> outParams) throws IOException {
    if (!finishSent) {
      awaitPendingAck();
      ch.send(new Message.Finish());
      finishSent = true;
    }
    while (true) {
      Message m = ch.receive();
      switch (m) {
        case Message.Data d ->
            ChunkIo.read(satellite.segment().chunk(d.offset(), d.length()), allocator, root -> {
              ack();
              readParams(root, outParams);
            });
        case Message.OutputText t -> texts.add(t);
        case Message.Error e -> throw failure(e);
        case Message.Done done -> {
          reusable = done.reusable();
          imported = done.imported();
          return;
        }
        default -> throw new IOException("unexpected " + m + " at the end of the call");
      }
    }
  }

  /**
   * ACKs the output chunk just copied out, unless the satellite's DONE is already here: then it
   * never writes the region again, and the ACK would only wake it (protocol version 3).
   */
  private void ack() throws IOException {
    if (!ch.holds(DONE)) {
      ch.send(new Message.Ack());
    }
  }

  private static void readParams(VectorSchemaRoot root, Map<String, Object> out) {
    List<ExternalColumn> cols = BatchDecoder.columns(root);
    Object[][] rows = BatchDecoder.rows(root, cols);
    for (int c = 0; c < cols.size(); c++) {
      out.put(cols.get(c).name(), rows.length == 0 ? null : rows[0][c]);
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
            ? ExternalScriptErrors.scriptError(PythonCall.LANGUAGE, request.requestId(), e.detail())
            : ExternalScriptErrors.runtimeLost(PythonCall.LANGUAGE, request.requestId(), e.detail());
    return ex.withOutput(texts.stdout(), texts.stderr());
  }
}
