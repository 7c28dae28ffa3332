package dev.quern.engine.store;

import dev.quern.catalog.meta.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one statement read, per table, for SET STATISTICS IO: how many scans and seeks it opened
 * (each execution of an inner input counts, as SQL Server's scan count does) and its logical reads.
 * Quern stores rows in a key-value store, not in 8 KB pages: a logical read here is one key-value
 * read, a row or an index entry returned by a scan or seek, and a seek or scan that found nothing
 * counts one read (the probe it made). There are no physical, read-ahead or LOB reads to count
 * apart: those are 0. Present on the {@link StoreSession} only while the option is on, so reads
 * cost nothing otherwise.
 */
public final class IoStatistics {
  /** The counts of one table; the operators reading it increment them directly. */
  public static final class Counts {
    private final String table;
    private long scans;
    private long reads;
    private boolean empty = true;

    private Counts(String table) {
      this.table = table;
    }

    /** A scan or seek opened. */
    public void opened() {
      if (scans > 0 && empty) {
        reads++; // the scan before found nothing: its probe
      }
      scans++;
      empty = true;
    }

    /** A row or index entry read. */
    public void read() {
      reads++;
      empty = false;
    }

    /** {@code n} rows or index entries read (none: nothing counted). */
    public void read(long n) {
      if (n > 0) {
        reads += n;
        empty = false;
      }
    }

    /** The scan or seek ended; one that found nothing still read once. */
    public void closed() {
      if (empty) {
        reads++;
        empty = false;
      }
    }

    public String table() {
      return table;
    }

    public long scans() {
      return scans;
    }

    public long reads() {
      return reads;
    }
  }

  private final Map<String, Counts> tables = new LinkedHashMap<>();

  /** The counts of table {@code t} of database {@code databaseId}, created at its first read. */
  public Counts of(int databaseId, Table t) {
    return tables.computeIfAbsent(databaseId + "." + t.id(), k -> new Counts(TableVariables.displayName(t.name())));
  }

  /** Every table read, in the order the statement first read them. */
  public List<Counts> tables() {
    tables.values().forEach(Counts::closed);
    return new ArrayList<>(tables.values());
  }
}
