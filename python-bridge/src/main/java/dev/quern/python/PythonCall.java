package dev.quern.python;

import dev.quern.ext.spi.ColumnBatch;
import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.ExternalParameter;
import dev.quern.ext.spi.ExternalScriptErrors;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.spi.ExternalScriptSink;
import dev.quern.ext.spi.RowSource;
import dev.quern.ext.stats.Phase;
import dev.quern.ext.stats.RequestRecord;
import dev.quern.python.arrow.ArrowTypes;
import dev.quern.python.arrow.BatchEncoder;
import dev.quern.python.arrow.UnsupportedTypeException;
import dev.quern.python.control.Message;
import dev.quern.python.launch.PythonSatellite;
import dev.quern.python.library.LibraryInstaller;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * One call over one satellite, or several for {@code @parallel = 1}. Input is pulled from the
 * {@link RowSource} a batch at a time and written into the input region chunk by chunk, each
 * acknowledged before the next, so Java holds at most one batch; outputs arrive the same way and
 * go straight to the sink.
 *
 * <p>Parallel: whole batches go round-robin to the satellites, or, with partition-by columns,
 * each row goes to the satellite its partition hashes to (a partition never spans two). Every
 * satellite gets at least the schema, so a task may see zero rows, as in SQL Server. Outputs are
 * appended satellite by satellite, stdout/stderr concatenated in the same order, and OUTPUT
 * parameters are the first satellite's. Task i > 0 works in {@code <request id>-i}. Streaming ({@code @r_rowsPerRead}) runs on one satellite.
 */
final class PythonCall {
  static final String LANGUAGE = "Python";

  private final List<SatelliteConversation> conversations;
  private final ExternalScriptRequest request;
  private final ExternalScriptSink sink;
  private final RequestRecord record;
  private final int batchRows;
  private final OutputReceiver outputs;

  PythonCall(List<PythonSatellite> satellites, ExternalScriptRequest request, ExternalScriptSink sink, RequestRecord record, int batchRows) {
    List<SatelliteConversation> list = new ArrayList<>();
    for (int i = 0; i < satellites.size(); i++) {
      list.add(new SatelliteConversation(satellites.get(i), request, i));
    }
    this.conversations = List.copyOf(list);
    this.request = request;
    this.sink = sink;
    this.record = record;
    this.batchRows = batchRows;
    this.outputs = new OutputReceiver(sink);
  }

  /** Runs the call; the allocator is the request's own, closed by the caller. */
  void run(BufferAllocator allocator, long memoryLimit, int nice, LibraryInstaller.Installed libraries) {
    boolean completed = false;
    try {
      for (SatelliteConversation c : conversations) {
        c.start(allocator, memoryLimit, nice, libraries);
      }
      RowSource input = request.input();
      if (input == null) {
        runAll(allocator, true);
      } else if (conversations.size() == 1) {
        sendInputAndRun(allocator, input, conversations.getFirst());
      } else {
        distributeInput(allocator, input);
        runAll(allocator, true);
      }
      finish(allocator);
      completed = true;
    } catch (UnsupportedTypeException e) {
      throw ExternalScriptErrors.scriptError(LANGUAGE, request.requestId(), "TypeError: " + e.getMessage() + " in the input data or parameters");
    } catch (IOException | IllegalStateException e) {
      throw ExternalScriptErrors.runtimeLost(LANGUAGE, request.requestId(), "The satellite process " + lostPid() + " ended unexpectedly (" + e.getMessage() + ").");
    } finally {
      for (SatelliteConversation c : conversations) {
        c.satellite().endCall(completed && c.reusable());
      }
    }
  }

  /** The environment's modules the scripts of this call imported (after {@link #run}). */
  Set<String> importedModules() {
    Set<String> out = new TreeSet<>();
    conversations.forEach(c -> out.addAll(c.imported()));
    return out;
  }

  private long lostPid() {
    return conversations.stream().map(SatelliteConversation::satellite).filter(s -> !s.isAlive()).findFirst().orElse(conversations.getFirst().satellite()).pid();
  }

  /** One satellite: the input, running the script once per {@code rowsPerRead} rows (or once). */
  private void sendInputAndRun(BufferAllocator allocator, RowSource input, SatelliteConversation c) throws IOException, UnsupportedTypeException {
    List<ExternalColumn> cols = input.columns();
    int perRun = request.rowsPerRead() > 0 ? request.rowsPerRead() : Integer.MAX_VALUE;
    ColumnBatch batch = new ColumnBatch(cols, Math.min(batchRows, perRun));
    BatchEncoder encoder = new BatchEncoder(cols);
    try (VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(cols), allocator)) {
      boolean more = true;
      boolean ranOnce = false;
      while (more) {
        long t = System.nanoTime();
        int sentThisRun = 0;
        while (sentThisRun < perRun) {
          batch.clear();
          int n = input.next(batch, Math.min(batch.capacity(), perRun - sentThisRun));
          if (n == 0) {
            more = false;
            break;
          }
          c.writeColumns(root, encoder, batch, Message.Data.INPUT);
          sentThisRun += n;
        }
        if (sentThisRun == 0 && ranOnce) {
          break;
        }
        if (sentThisRun == 0) {
          batch.clear();
          c.writeColumns(root, encoder, batch, Message.Data.INPUT); // the schema, for an empty frame
        }
        record.addRowsIn(sentThisRun);
        record.addPhase(Phase.INPUT, System.nanoTime() - t);
        runAll(allocator, !more);
        ranOnce = true;
      }
    }
  }

  /** Several satellites: spreads the input over them (see the class comment). */
  private void distributeInput(BufferAllocator allocator, RowSource input) throws IOException, UnsupportedTypeException {
    long t = System.nanoTime();
    List<ExternalColumn> cols = input.columns();
    int n = conversations.size();
    int[] keys = partitionColumns(cols);
    Object[][] batch = new Object[batchRows][];
    Object[][][] buckets = new Object[n][batchRows][];
    int[] counts = new int[n];
    boolean[] sent = new boolean[n];
    BatchEncoder encoder = new BatchEncoder(cols);
    long rows = 0;
    int next = 0;
    try (VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(cols), allocator)) {
      int k;
      while ((k = input.next(batch)) > 0) {
        rows += k;
        if (keys.length == 0) {
          int target = next++ % n;
          conversations.get(target).writeRows(root, encoder, batch, k, Message.Data.INPUT);
          sent[target] = true;
          continue;
        }
        Arrays.fill(counts, 0);
        for (int r = 0; r < k; r++) {
          int b = Math.floorMod(hash(batch[r], keys), n);
          buckets[b][counts[b]++] = batch[r];
        }
        for (int b = 0; b < n; b++) {
          if (counts[b] > 0) {
            conversations.get(b).writeRows(root, encoder, buckets[b], counts[b], Message.Data.INPUT);
            sent[b] = true;
          }
        }
      }
      for (int b = 0; b < n; b++) {
        if (!sent[b]) {
          conversations.get(b).writeRows(root, encoder, batch, 0, Message.Data.INPUT);
        }
      }
    }
    record.addRowsIn(rows);
    record.addPhase(Phase.INPUT, System.nanoTime() - t);
  }

  /** Indexes of the partition-by columns (names compare case-insensitively); unknown names are skipped. */
  private int[] partitionColumns(List<ExternalColumn> cols) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < cols.size(); i++) {
      byName.putIfAbsent(cols.get(i).name().toLowerCase(Locale.ROOT), i);
    }
    return request.partitionBy().stream().map(p -> byName.get(p.toLowerCase(Locale.ROOT))).filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
  }

  private static int hash(Object[] row, int[] keys) {
    int h = 1;
    for (int k : keys) {
      Object v = row[k];
      h = 31 * h + (v instanceof byte[] b ? Arrays.hashCode(b) : Objects.hashCode(v));
    }
    return h;
  }

  /** RUN on every satellite first (they work at once), then their outputs in order. */
  private void runAll(BufferAllocator allocator, boolean last) throws IOException {
    long t = System.nanoTime();
    for (SatelliteConversation c : conversations) {
      c.sendRun(last);
    }
    for (SatelliteConversation c : conversations) {
      c.collectRun(allocator, outputs);
    }
    record.addPhase(Phase.EXECUTE, System.nanoTime() - t);
  }

  private void finish(BufferAllocator allocator) throws IOException {
    long t = System.nanoTime();
    Map<String, Object> outParams = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    for (int i = 0; i < conversations.size(); i++) {
      SatelliteConversation c = conversations.get(i);
      c.finish(allocator, i == 0 ? outParams : new HashMap<>());
      out.append(c.texts().stdout());
      err.append(c.texts().stderr());
    }
    record.addPhase(Phase.FINISH, System.nanoTime() - t);
    record.addRowsOut(outputs.rows());
    if (request.parameters().stream().anyMatch(ExternalParameter::output)) {
      sink.onOutputParameters(outParams);
    }
    if (!out.isEmpty()) {
      sink.onStdout(out.toString());
    }
    if (!err.isEmpty()) {
      sink.onStderr(err.toString());
    }
  }

  static List<PythonSatellite> satellites(List<? extends dev.quern.ext.pool.Lease<PythonSatellite>> leases) {
    List<PythonSatellite> out = new ArrayList<>();
    leases.forEach(l -> out.add(l.satellite()));
    return out;
  }
}
