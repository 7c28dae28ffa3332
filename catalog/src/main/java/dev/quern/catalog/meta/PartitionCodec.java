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
 * Keys and stored form of partition functions (kind 0x12) and schemes (kind 0x13) in the catalog
 * range, each keyed by database id then its own id. A function's boundary values are stored as
 * one row of the row codec, a slot per boundary of the parameter type, so every type (NULL
 * included) round-trips as the table rows do.
 */
final class PartitionCodec {
  static final byte FUNCTION_KIND = 0x12;
  static final byte SCHEME_KIND = 0x13;
  private static final int FORMAT = 1;

  private PartitionCodec() {}

  static byte[] functionKey(int databaseId, int functionId) {
    return key(FUNCTION_KIND, databaseId, functionId);
  }

  static byte[] schemeKey(int databaseId, int dataSpaceId) {
    return key(SCHEME_KIND, databaseId, dataSpaceId);
  }

  private static byte[] key(byte kind, int databaseId, int id) {
    return new ByteSink(11).put(SystemKeys.SYSTEM).put(SystemKeys.CATALOG).put(kind)
        .putInt(databaseId).putInt(id).toBytes();
  }

  static byte[] encode(PartitionFunction f) {
    ByteSink out = new ByteSink(64).put(FORMAT).putInt(f.databaseId()).putInt(f.functionId());
    text(out, f.name());
    text(out, f.parameterType().id().name());
    out.putInt(f.parameterType().length()).putInt(f.parameterType().precision()).putInt(f.parameterType().scale());
    out.put(f.collation() == null ? 0 : 1);
    if (f.collation() != null) {
      text(out, f.collation());
    }
    out.put(f.rangeRight() ? 1 : 0).putLong(f.created().toEpochMilli()).putLong(f.modified().toEpochMilli());
    out.putVarint(f.boundaries().size());
    byte[] values = RowCodec.encode(layout(f.parameterType(), f.boundaries().size()), f.boundaries().toArray(), null);
    return out.putVarint(values.length).put(values).toBytes();
  }

  static PartitionFunction decodeFunction(byte[] b) {
    ByteSource r = start(b);
    int databaseId = r.getInt();
    int functionId = r.getInt();
    String name = text(r);
    SqlType type = new SqlType(TypeId.valueOf(text(r)), r.getInt(), r.getInt(), r.getInt());
    String collation = r.get() == 0 ? null : text(r);
    boolean right = r.get() != 0;
    Instant created = Instant.ofEpochMilli(r.getLong());
    Instant modified = Instant.ofEpochMilli(r.getLong());
    int count = (int) r.getVarint();
    byte[] values = r.get((int) r.getVarint());
    List<Object> boundaries = Arrays.asList(RowCodec.decode(layout(type, count), values, null));
    return new PartitionFunction(databaseId, functionId, name, type, collation, right, boundaries, created, modified);
  }

  static byte[] encode(PartitionScheme s) {
    ByteSink out = new ByteSink(64).put(FORMAT).putInt(s.databaseId()).putInt(s.dataSpaceId());
    text(out, s.name());
    out.putInt(s.functionId()).putVarint(s.filegroups().size());
    s.filegroups().forEach(g -> text(out, g));
    out.put(s.nextUsed() == null ? 0 : 1);
    if (s.nextUsed() != null) {
      text(out, s.nextUsed());
    }
    return out.toBytes();
  }

  static PartitionScheme decodeScheme(byte[] b) {
    ByteSource r = start(b);
    int databaseId = r.getInt();
    int dataSpaceId = r.getInt();
    String name = text(r);
    int functionId = r.getInt();
    List<String> filegroups = new ArrayList<>();
    for (long n = r.getVarint(); n > 0; n--) {
      filegroups.add(text(r));
    }
    String nextUsed = r.get() == 0 ? null : text(r);
    return new PartitionScheme(databaseId, dataSpaceId, name, functionId, filegroups, nextUsed);
  }

  private static RowLayout layout(SqlType type, int count) {
    SqlType[] types = new SqlType[count];
    Arrays.fill(types, type);
    return RowLayout.of(types);
  }

  private static ByteSource start(byte[] b) {
    ByteSource r = new ByteSource(b);
    int format = r.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown partition record format " + format);
    }
    return r;
  }

  private static void text(ByteSink out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.putVarint(b.length).put(b);
  }

  private static String text(ByteSource r) {
    return new String(r.get((int) r.getVarint()), StandardCharsets.UTF_8);
  }
}
