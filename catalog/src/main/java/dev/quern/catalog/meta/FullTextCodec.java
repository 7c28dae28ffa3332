package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of full-text catalogs and indexes: catalog records of kind 0x20, a catalog under
 * {@code 00 02 20 01 database:u32 catalog:u32}, a table's index under {@code 00 02 20 02 table:u32}.
 * Values start with a format byte.
 */
final class FullTextCodec {
  static final byte KIND = 0x20;
  private static final byte CATALOG = 1;
  private static final byte INDEX = 2;
  private static final int FORMAT = 1;

  private FullTextCodec() {}

  static byte[] key(FullTextCatalog c) {
    return new ByteSink(12).put(SystemKeys.SYSTEM).put(SystemKeys.CATALOG).put(KIND).put(CATALOG)
        .putInt(c.databaseId()).putInt(c.catalogId()).toBytes();
  }

  static byte[] indexKey(int tableId) {
    return new ByteSink(8).put(SystemKeys.SYSTEM).put(SystemKeys.CATALOG).put(KIND).put(INDEX).putInt(tableId)
        .toBytes();
  }

  static boolean isCatalog(byte[] key) {
    return key[3] == CATALOG;
  }

  static byte[] encode(FullTextCatalog c) {
    ByteSink out = new ByteSink(32).put(FORMAT).putInt(c.databaseId()).putInt(c.catalogId());
    out.put((c.isDefault() ? 1 : 0) | (c.accentSensitive() ? 2 : 0));
    byte[] name = c.name().getBytes(StandardCharsets.UTF_8);
    return out.putVarint(name.length).put(name).toBytes();
  }

  static FullTextCatalog decodeCatalog(byte[] b) {
    ByteSource in = source(b);
    int db = in.getInt();
    int id = in.getInt();
    int flags = in.get();
    String name = new String(in.get((int) in.getVarint()), StandardCharsets.UTF_8);
    return new FullTextCatalog(db, id, name, (flags & 1) != 0, (flags & 2) != 0);
  }

  static byte[] encode(FullTextIndex i) {
    ByteSink out = new ByteSink(64).put(FORMAT).putInt(i.tableId()).putInt(i.catalogId()).putInt(i.keyIndexId());
    out.put(i.changeTracking()).put((i.systemStoplist() ? 1 : 0) | (i.enabled() ? 2 : 0));
    out.putLong(i.dataId()).putLong(i.crawlEnd()).putVarint(i.columns().size());
    for (FullTextIndex.Column c : i.columns()) {
      out.putInt(c.columnId()).putInt(c.languageId());
    }
    return out.toBytes();
  }

  static FullTextIndex decodeIndex(byte[] b) {
    ByteSource in = source(b);
    int table = in.getInt();
    int catalog = in.getInt();
    int keyIndex = in.getInt();
    char tracking = (char) in.get();
    int flags = in.get();
    long dataId = in.getLong();
    long crawlEnd = in.getLong();
    int n = (int) in.getVarint();
    List<FullTextIndex.Column> columns = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      columns.add(new FullTextIndex.Column(in.getInt(), in.getInt()));
    }
    return new FullTextIndex(table, catalog, keyIndex, columns, tracking, (flags & 1) != 0, (flags & 2) != 0, dataId,
        crawlEnd);
  }

  private static ByteSource source(byte[] b) {
    ByteSource in = new ByteSource(b);
    int format = in.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown full-text record format " + format);
    }
    return in;
  }
}
