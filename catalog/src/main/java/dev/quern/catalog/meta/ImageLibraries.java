package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.kv.KvTxn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A database's external libraries in a {@link DatabaseImage}: one entry per library (name, owner,
 * language, then each file's platform and bytes), written back through {@link
 * CatalogExternalLibraries#create}, which gives it a new id and data id.
 */
final class ImageLibraries {
  private ImageLibraries() {}

  static byte[] encode(Catalog catalog, KvTxn snapshot, ExternalLibrary l) {
    ByteSink out = new ByteSink(256);
    string(out, l.name());
    out.putInt(l.principalId());
    string(out, l.language());
    out.putVarint(l.files().size());
    for (ExternalLibrary.File f : l.files()) {
      byte[] bytes = catalog.externalLibraries().content(snapshot, l, f);
      out.putInt(f.platform()).putVarint(bytes.length).put(bytes);
    }
    return out.toBytes();
  }

  static void restore(Catalog catalog, KvTxn txn, int databaseId, byte[] entry) {
    ByteSource in = new ByteSource(entry);
    String name = string(in);
    int principalId = in.getInt();
    String language = string(in);
    int n = (int) in.getVarint();
    List<CatalogExternalLibraries.Upload> uploads = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int platform = in.getInt();
      uploads.add(new CatalogExternalLibraries.Upload(platform, in.get((int) in.getVarint())));
    }
    catalog.externalLibraries().create(txn, databaseId, name, principalId, language, uploads);
  }

  private static void string(ByteSink out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.putVarint(b.length).put(b);
  }

  private static String string(ByteSource in) {
    return new String(in.get((int) in.getVarint()), StandardCharsets.UTF_8);
  }
}
