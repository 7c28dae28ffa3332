package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * SQL Server Agent's tables in msdb (sysjobs, sysjobsteps, sysschedules, sysjobschedules,
 * sysjobservers, sysjobhistory, sysjobactivity, sysoperators, sysalerts, sysnotifications): one
 * record per row under {@code 00 0C table key}, its values in the documented column order. Kept outside the catalog range like the
 * backup history: the history grows with every run and none of it is metadata, so the reload
 * after each DDL must not read it. Definitions are written in the caller's transaction (a rolled
 * back sp_add_job leaves nothing); the agent writes history in transactions of its own.
 *
 * <p>Values are null, Integer, Long, String, UUID, Boolean, LocalDateTime or byte[], each with a
 * one-byte tag, so a column added later is read as null from older records.
 */
public final class CatalogAgent {
  private static final byte AGENT = 0x0C;
  private static final long SCHEDULE_IDS = 5;
  private static final long INSTANCE_IDS = 6;
  private static final long SESSION_IDS = 7;
  private static final long OPERATOR_IDS = 8;
  private static final long ALERT_IDS = 9;
  private static final long CATEGORY_IDS = 31;

  private final Catalog catalog;

  CatalogAgent(Catalog catalog) {
    this.catalog = catalog;
  }

  /** A fresh schedule_id (sysschedules' identity). */
  public int newScheduleId() {
    return Math.toIntExact(catalog.counters().next(SystemKeys.counter((byte) 'g', SCHEDULE_IDS), 1, 10));
  }

  /** A fresh instance_id (sysjobhistory's identity). */
  public int newInstanceId() {
    return Math.toIntExact(catalog.counters().next(SystemKeys.counter((byte) 'g', INSTANCE_IDS), 1, 10));
  }

  /** A fresh agent session id (sysjobactivity.session_id: one per start of the agent). */
  public int newSessionId() {
    return Math.toIntExact(catalog.counters().next(SystemKeys.counter((byte) 'g', SESSION_IDS), 1, 1));
  }

  /** A fresh operator id (sysoperators.id). */
  public int newOperatorId() {
    return Math.toIntExact(catalog.counters().next(SystemKeys.counter((byte) 'g', OPERATOR_IDS), 1, 1));
  }

  /** A fresh alert id (sysalerts.id). */
  public int newAlertId() {
    return Math.toIntExact(catalog.counters().next(SystemKeys.counter((byte) 'g', ALERT_IDS), 1, 1));
  }

  /**
   * A fresh category id (syscategories' identity): from 100 up, as msdb's permanent categories
   * hold 0–99.
   */
  public int newCategoryId() {
    return Math.toIntExact(catalog.counters().next(SystemKeys.counter((byte) 'g', CATEGORY_IDS), 100, 1));
  }

  /** Writes (adds or replaces) the row of {@code table} under {@code key}. */
  public void put(KvTxn txn, int table, byte[] key, Object[] row) {
    txn.put(key(table, key), encode(row));
  }

  public void delete(KvTxn txn, int table, byte[] key) {
    txn.delete(key(table, key));
  }

  /** Every row of {@code table} whose key starts with {@code keyPrefix}, in key order, as {@code txn} sees them. */
  public List<Object[]> rows(KvTxn txn, int table, byte[] keyPrefix) {
    byte[] from = key(table, keyPrefix);
    List<Object[]> out = new ArrayList<>();
    try (KvIterator it = txn.scan(from, SystemKeys.end(from), false)) {
      while (it.next()) {
        out.add(decode(it.value()));
      }
    }
    return out;
  }

  /** A key part: a job id's 16 bytes, then ints, in memcomparable (big-endian, sign-flipped) order. */
  public static byte[] key(UUID id, int... ints) {
    ByteSink out = new ByteSink(16 + 4 * ints.length);
    if (id != null) {
      out.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }
    for (int i : ints) {
      out.putInt(i ^ Integer.MIN_VALUE);
    }
    return out.toBytes();
  }

  private static byte[] key(int table, byte[] key) {
    return new ByteSink(3 + key.length).put(SystemKeys.SYSTEM).put(AGENT).put(table).put(key).toBytes();
  }

  static byte[] encode(Object[] row) {
    ByteSink out = new ByteSink(128).putVarint(row.length);
    for (Object v : row) {
      switch (v) {
        case null -> out.put(0);
        case Integer i -> out.put(1).putInt(i);
        case Long l -> out.put(2).putLong(l);
        case String s -> bytes(out.put(3), s.getBytes(StandardCharsets.UTF_8));
        case UUID u -> out.put(4).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
        case Boolean b -> out.put(5).put(b ? 1 : 0);
        case LocalDateTime t -> out.put(6).putLong(t.toEpochSecond(ZoneOffset.UTC)).putInt(t.getNano());
        case byte[] b -> bytes(out.put(7), b);
        default -> throw new IllegalArgumentException("not an agent value: " + v.getClass());
      }
    }
    return out.toBytes();
  }

  static Object[] decode(byte[] bytes) {
    ByteSource in = new ByteSource(bytes);
    Object[] row = new Object[(int) in.getVarint()];
    for (int i = 0; i < row.length; i++) {
      row[i] = switch (in.get()) {
        case 0 -> null;
        case 1 -> in.getInt();
        case 2 -> in.getLong();
        case 3 -> new String(in.get((int) in.getVarint()), StandardCharsets.UTF_8);
        case 4 -> new UUID(in.getLong(), in.getLong());
        case 5 -> in.get() == 1;
        case 6 -> LocalDateTime.ofEpochSecond(in.getLong(), in.getInt(), ZoneOffset.UTC);
        case 7 -> in.get((int) in.getVarint());
        default -> throw new IllegalStateException("corrupt agent record");
      };
    }
    return row;
  }

  private static void bytes(ByteSink out, byte[] b) {
    out.putVarint(b.length).put(b);
  }
}
