package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Key and stored form of a statistics object in the catalog range ({@link SystemKeys#STATISTICS_KIND}):
 * the key is the table's object id and the stats id, so a table's statistics are one key range;
 * the value is a format byte, the definition, then (when built) the content, the histogram's
 * upper bounds as one row of the key type (the row codec knows every type).
 */
final class StatisticsCodec {
  private static final int FORMAT = 1;

  private StatisticsCodec() {}

  static byte[] key(int objectId, int statsId) {
    return new ByteSink(11).put(SystemKeys.SYSTEM).put(SystemKeys.CATALOG).put(SystemKeys.STATISTICS_KIND)
        .putInt(objectId).putInt(statsId).toBytes();
  }

  static byte[] encode(Statistics s) {
    ByteSink out = new ByteSink(256).put(FORMAT).putInt(s.objectId()).putInt(s.statsId());
    string(out, s.name());
    out.put((s.userCreated() ? 1 : 0) | (s.noRecompute() ? 2 : 0) | (s.filter() != null ? 4 : 0)
        | (s.content() != null ? 8 : 0));
    out.putVarint(s.columnIds().size());
    s.columnIds().forEach(out::putInt);
    if (s.filter() != null) {
      string(out, s.filter());
    }
    if (s.content() != null) {
      content(out, s.content());
    }
    return out.toBytes();
  }

  private static void content(ByteSink out, StatisticsContent c) {
    out.putLong(c.updated().getEpochSecond()).putInt(c.updated().getNano());
    out.putLong(c.rows()).putLong(c.rowsSampled()).putLong(c.unfilteredRows());
    out.putVarint(c.densities().size());
    for (int i = 0; i < c.densities().size(); i++) {
      out.putLong(Double.doubleToLongBits(c.densities().get(i)));
      out.putLong(Double.doubleToLongBits(c.averageLengths().get(i)));
    }
    string(out, c.keyType().id().name());
    out.putInt(c.keyType().length()).putInt(c.keyType().precision()).putInt(c.keyType().scale());
    out.putVarint(c.steps().size());
    Object[] keys = new Object[c.steps().size()];
    for (int i = 0; i < keys.length; i++) {
      var step = c.steps().get(i);
      keys[i] = step.highKey();
      out.putLong(Double.doubleToLongBits(step.rangeRows())).putLong(Double.doubleToLongBits(step.equalRows()))
          .putLong(step.distinctRangeRows()).putLong(Double.doubleToLongBits(step.averageRangeRows()));
    }
    if (keys.length > 0) {
      byte[] row = RowCodec.encode(layout(c.keyType(), keys.length), keys, null);
      out.putVarint(row.length).put(row);
    }
  }

  static Statistics decode(byte[] b) {
    ByteSource in = new ByteSource(b);
    int format = in.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown statistics format " + format);
    }
    int objectId = in.getInt();
    int statsId = in.getInt();
    String name = string(in);
    int flags = in.get();
    List<Integer> columns = new ArrayList<>();
    for (long n = in.getVarint(); n > 0; n--) {
      columns.add(in.getInt());
    }
    String filter = (flags & 4) != 0 ? string(in) : null;
    StatisticsContent content = (flags & 8) != 0 ? content(in) : null;
    return new Statistics(objectId, statsId, name, (flags & 1) != 0, columns, filter, (flags & 2) != 0, content);
  }

  private static StatisticsContent content(ByteSource in) {
    Instant updated = Instant.ofEpochSecond(in.getLong(), in.getInt());
    long rows = in.getLong();
    long sampled = in.getLong();
    long unfiltered = in.getLong();
    List<Double> densities = new ArrayList<>();
    List<Double> lengths = new ArrayList<>();
    for (long n = in.getVarint(); n > 0; n--) {
      densities.add(Double.longBitsToDouble(in.getLong()));
      lengths.add(Double.longBitsToDouble(in.getLong()));
    }
    SqlType keyType = new SqlType(TypeId.valueOf(string(in)), in.getInt(), in.getInt(), in.getInt());
    int n = (int) in.getVarint();
    double[][] numbers = new double[n][4];
    for (int i = 0; i < n; i++) {
      numbers[i][0] = Double.longBitsToDouble(in.getLong());
      numbers[i][1] = Double.longBitsToDouble(in.getLong());
      numbers[i][2] = in.getLong();
      numbers[i][3] = Double.longBitsToDouble(in.getLong());
    }
    Object[] keys = new Object[n];
    if (n > 0) {
      keys = RowCodec.decode(layout(keyType, n), in.get((int) in.getVarint()), null);
    }
    List<StatisticsContent.HistogramStep> steps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      steps.add(new StatisticsContent.HistogramStep(
          keys[i], numbers[i][0], numbers[i][1], (long) numbers[i][2], numbers[i][3]));
    }
    return new StatisticsContent(updated, rows, sampled, unfiltered, densities, lengths, keyType, steps);
  }

  private static RowLayout layout(SqlType type, int n) {
    SqlType[] types = new SqlType[n];
    Arrays.fill(types, type);
    return RowLayout.of(types);
  }

  private static void string(ByteSink out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.putVarint(b.length).put(b);
  }

  private static String string(ByteSource in) {
    return new String(in.get((int) in.getVarint()), StandardCharsets.UTF_8);
  }
}
