package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlVariant;
import java.nio.charset.StandardCharsets;

/**
 * Key and stored form of an extended property in the catalog range, after the security kinds: the
 * key is the item (database, class, major, minor) and the name's collation key, so one name per
 * item; the value is a format byte, the item, the name as written, then the value as a one-slot
 * sql_variant row (the row codec keeps its base type and facets).
 */
final class ExtendedPropertyCodec {
  static final byte KIND = 0x09;
  private static final int FORMAT = 1;
  private static final RowLayout VALUE = RowLayout.of(SqlTypes.SQL_VARIANT);

  private ExtendedPropertyCodec() {}

  static byte[] key(ExtendedProperty p) {
    return new ByteSink(48).put(SystemKeys.SYSTEM).put(SystemKeys.CATALOG).put(KIND)
        .putInt(p.databaseId()).put(p.classId()).putInt(p.majorId()).putInt(p.minorId())
        .put(Names.sortKey(p.name())).toBytes();
  }

  static byte[] encode(ExtendedProperty p) {
    byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
    byte[] value = RowCodec.encode(VALUE, new Object[] {p.value()}, null);
    return new ByteSink(32 + name.length + value.length).put(FORMAT).putInt(p.databaseId())
        .put(p.classId()).putInt(p.majorId()).putInt(p.minorId())
        .putVarint(name.length).put(name).put(value).toBytes();
  }

  static ExtendedProperty decode(byte[] b) {
    ByteSource r = new ByteSource(b);
    int format = r.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown extended property format " + format);
    }
    int db = r.getInt();
    int cls = r.get();
    int major = r.getInt();
    int minor = r.getInt();
    String name = new String(r.get((int) r.getVarint()), StandardCharsets.UTF_8);
    byte[] row = r.get(b.length - r.position());
    SqlVariant value = (SqlVariant) RowCodec.decode(VALUE, row, null)[0];
    return new ExtendedProperty(db, cls, major, minor, name, value);
  }
}
