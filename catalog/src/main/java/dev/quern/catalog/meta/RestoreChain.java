package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a database left RESTORING (RESTORE … WITH NORECOVERY) stands in its restore sequence: the
 * next LSN a log backup must bring ({@code redoLsn}), the full backup it was restored from (a
 * differential must build on that one), the point in time it has reached, and, for each table of
 * the backed-up database, the table it was restored as (log records name the source's ids).
 *
 * @param sourceDatabaseId the backed-up database's id, whose log records apply here
 * @param fullCheckpointLsn the restored full backup's checkpoint LSN (a differential's base)
 * @param redoLsn the LastLSN of the last backup restored: the next log backup must span it
 * @param pointMillis the time the database has been restored to
 * @param stopped a STOPAT ended inside a log backup: no later backup may be restored
 * @param tables source table id → restored table id and the source's {@link LogRecord#shape}
 */
public record RestoreChain(
    int sourceDatabaseId,
    String sourceName,
    long fullCheckpointLsn,
    boolean differentialRestored,
    long redoLsn,
    long pointMillis,
    boolean stopped,
    Map<Integer, long[]> tables) {
  private static final byte FORMAT = 1;

  public RestoreChain advanced(long lsn, long millis, boolean stoppedInside, Map<Integer, long[]> restoredTables) {
    return new RestoreChain(sourceDatabaseId, sourceName, fullCheckpointLsn, differentialRestored, lsn, millis,
        stoppedInside, restoredTables);
  }

  public RestoreChain differential(long lsn, long millis, Map<Integer, long[]> restoredTables) {
    return new RestoreChain(sourceDatabaseId, sourceName, fullCheckpointLsn, true, lsn, millis, false,
        restoredTables);
  }

  byte[] encode() {
    byte[] name = sourceName.getBytes(StandardCharsets.UTF_8);
    ByteSink out = new ByteSink(64 + name.length + tables.size() * 16).put(FORMAT).putInt(sourceDatabaseId)
        .putInt(name.length).put(name).putLong(fullCheckpointLsn).put(differentialRestored ? 1 : 0)
        .putLong(redoLsn).putLong(pointMillis).put(stopped ? 1 : 0).putInt(tables.size());
    tables.forEach((source, t) -> out.putInt(source).putLong(t[0]).putLong(t[1]));
    return out.toBytes();
  }

  static RestoreChain decode(byte[] b) {
    ByteSource in = new ByteSource(b);
    in.get();
    int source = in.getInt();
    String name = new String(in.get(in.getInt()), StandardCharsets.UTF_8);
    long full = in.getLong();
    boolean diff = in.get() == 1;
    long redo = in.getLong();
    long point = in.getLong();
    boolean stopped = in.get() == 1;
    int n = in.getInt();
    Map<Integer, long[]> tables = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      tables.put(in.getInt(), new long[] {in.getLong(), in.getLong()});
    }
    return new RestoreChain(source, name, full, diff, redo, point, stopped, tables);
  }
}
