package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which of a table's indexes (the heap or clustered index is the table itself) are partitioned,
 * each by a partition scheme on one column ({@code ON ps(column)}). Partitions are logical in
 * Quern: rows stay in their index's one key range and a row's partition is computed from its
 * column's value when a view or statement asks. An index not listed is on the PRIMARY filegroup.
 *
 * <p>Stored as a catalog record of its own (kind 0x14, keyed by the table id; none for a table
 * with no partitioned index): a format byte, then (index id, scheme id, column id) per index.
 */
public record TablePartitioning(int tableId, List<Placement> placements) {
  static final byte KIND = 0x14;
  private static final int FORMAT = 1;

  /** Index {@code indexId} partitioned by scheme {@code schemeId} on column {@code columnId}. */
  public record Placement(int indexId, int schemeId, int columnId) {}

  public TablePartitioning {
    placements = List.copyOf(placements);
  }

  /** Where index {@code indexId} is partitioned, if it is. */
  public Optional<Placement> of(int indexId) {
    return placements.stream().filter(p -> p.indexId() == indexId).findFirst();
  }

  /** This record with index {@code indexId}'s placement replaced by {@code placement} (null: none). */
  public TablePartitioning with(int indexId, Placement placement) {
    List<Placement> out = new ArrayList<>();
    placements.stream().filter(p -> p.indexId() != indexId).forEach(out::add);
    if (placement != null) {
      out.add(placement);
    }
    out.sort(java.util.Comparator.comparingInt(Placement::indexId));
    return new TablePartitioning(tableId, out);
  }

  static byte[] key(int tableId) {
    return SystemKeys.record(KIND, tableId);
  }

  static byte[] encode(TablePartitioning t) {
    ByteSink out = new ByteSink(16 + 12 * t.placements.size()).put(FORMAT).putInt(t.tableId)
        .putVarint(t.placements.size());
    for (Placement p : t.placements) {
      out.putInt(p.indexId()).putInt(p.schemeId()).putInt(p.columnId());
    }
    return out.toBytes();
  }

  static TablePartitioning decode(byte[] b) {
    ByteSource r = new ByteSource(b);
    int format = r.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown table partitioning format " + format);
    }
    int tableId = r.getInt();
    List<Placement> placements = new ArrayList<>();
    for (long n = r.getVarint(); n > 0; n--) {
      placements.add(new Placement(r.getInt(), r.getInt(), r.getInt()));
    }
    return new TablePartitioning(tableId, placements);
  }
}
