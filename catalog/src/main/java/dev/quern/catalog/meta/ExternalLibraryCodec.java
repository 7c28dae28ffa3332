package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.codec.LobRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Key and stored form of an external library in the catalog range: the key is the database id
 * then the library id; the value a format byte, the library's fields and, per file, its platform,
 * LOB reference and content hash (the bytes themselves are LOB chunks, never in the catalog).
 */
final class ExternalLibraryCodec {
  static final byte KIND = 0x10;
  private static final int FORMAT = 1;

  private ExternalLibraryCodec() {}

  static byte[] key(int databaseId, int libraryId) {
    return new ByteSink(11).put(SystemKeys.SYSTEM).put(SystemKeys.CATALOG).put(KIND)
        .putInt(databaseId).putInt(libraryId).toBytes();
  }

  static byte[] encode(ExternalLibrary l) {
    ByteSink out = new ByteSink(64).put(FORMAT).putInt(l.databaseId()).putInt(l.libraryId());
    text(out, l.name());
    out.putInt(l.principalId());
    text(out, l.language());
    out.putLong(l.dataId()).putVarint(l.files().size());
    for (ExternalLibrary.File f : l.files()) {
      out.put(f.platform()).putLong(f.content().lobId()).putLong(f.content().length());
      text(out, f.sha256());
    }
    return out.toBytes();
  }

  static ExternalLibrary decode(byte[] b) {
    ByteSource r = new ByteSource(b);
    int format = r.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown external library format " + format);
    }
    int databaseId = r.getInt();
    int libraryId = r.getInt();
    String name = text(r);
    int principalId = r.getInt();
    String language = text(r);
    long dataId = r.getLong();
    int n = (int) r.getVarint();
    List<ExternalLibrary.File> files = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int platform = r.get();
      LobRef content = new LobRef(r.getLong(), r.getLong());
      files.add(new ExternalLibrary.File(platform, content, text(r)));
    }
    return new ExternalLibrary(databaseId, libraryId, name, principalId, language, dataId, files);
  }

  private static void text(ByteSink out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.putVarint(b.length).put(b);
  }

  private static String text(ByteSource r) {
    return new String(r.get((int) r.getVarint()), StandardCharsets.UTF_8);
  }
}
