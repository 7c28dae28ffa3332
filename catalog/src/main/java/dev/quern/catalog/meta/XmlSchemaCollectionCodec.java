package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Key and stored form of an XML schema collection in the catalog range: the key is {@code 00 02
 * 24 database:u32 collection:u32}; the value a format byte, the collection's fields and its
 * schema documents as UTF-8 text.
 */
final class XmlSchemaCollectionCodec {
  static final byte KIND = 0x24;
  private static final int FORMAT = 1;

  private XmlSchemaCollectionCodec() {}

  static byte[] key(int databaseId, int collectionId) {
    return new ByteSink(11).put(SystemKeys.SYSTEM).put(SystemKeys.CATALOG).put(KIND)
        .putInt(databaseId).putInt(collectionId).toBytes();
  }

  static byte[] encode(XmlSchemaCollection c) {
    ByteSink out = new ByteSink(256).put(FORMAT).putInt(c.databaseId()).putInt(c.collectionId())
        .putInt(c.schemaId()).putInt(c.principalId());
    text(out, c.name());
    out.putLong(c.created().toEpochMilli()).putLong(c.modified().toEpochMilli()).putVarint(c.documents().size());
    for (String d : c.documents()) {
      text(out, d);
    }
    return out.toBytes();
  }

  static XmlSchemaCollection decode(byte[] b) {
    ByteSource r = new ByteSource(b);
    int format = r.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown xml schema collection format " + format);
    }
    int databaseId = r.getInt();
    int collectionId = r.getInt();
    int schemaId = r.getInt();
    int principalId = r.getInt();
    String name = text(r);
    Instant created = Instant.ofEpochMilli(r.getLong());
    Instant modified = Instant.ofEpochMilli(r.getLong());
    int n = (int) r.getVarint();
    List<String> documents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      documents.add(text(r));
    }
    return new XmlSchemaCollection(databaseId, collectionId, schemaId, name, principalId, documents, created,
        modified);
  }

  private static void text(ByteSink out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.putVarint(b.length).put(b);
  }

  private static String text(ByteSource r) {
    return new String(r.get((int) r.getVarint()), StandardCharsets.UTF_8);
  }
}
