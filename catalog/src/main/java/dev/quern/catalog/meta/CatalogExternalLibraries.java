package dev.quern.catalog.meta;

import dev.quern.catalog.codec.LobRef;
import dev.quern.catalog.codec.LobStore;
import dev.quern.catalog.kv.KvTxn;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes external libraries (CREATE / ALTER / DROP EXTERNAL LIBRARY) in the caller's transaction,
 * as any DDL: a library created in an open transaction is visible to that transaction's
 * sp_execute_external_script (sqlmlutils installs that way) and gone if it rolls back. Reads of
 * the records come from {@link Metadata#externalLibraries}; the bytes from {@link #content}.
 */
public final class CatalogExternalLibraries {
  private final Catalog catalog;

  CatalogExternalLibraries(Catalog catalog) {
    this.catalog = catalog;
  }

  /** One file to store: its platform and bytes. */
  public record Upload(int platform, byte[] bytes) {}

  /** Creates the library with {@code uploads} as its files; returns what was stored. */
  public ExternalLibrary create(
      KvTxn txn, int databaseId, String name, int principalId, String language, List<Upload> uploads) {
    long dataId = catalog.newDataId();
    ExternalLibrary l = new ExternalLibrary(databaseId, catalog.newObjectId(), name, principalId,
        language, dataId, store(txn, dataId, uploads));
    save(txn, l);
    return l;
  }

  /** Replaces the library's files by {@code uploads} (ALTER … SET (CONTENT = …)). */
  public ExternalLibrary replaceFiles(KvTxn txn, ExternalLibrary l, List<Upload> uploads) {
    LobStore lobs = lobs(txn, l.dataId());
    for (ExternalLibrary.File f : l.files()) {
      lobs.delete(f.content());
    }
    ExternalLibrary changed = l.withFiles(store(txn, l.dataId(), uploads));
    save(txn, changed);
    return changed;
  }

  /** Stores the record as it is (e.g. a new owner). */
  public void save(KvTxn txn, ExternalLibrary l) {
    txn.put(ExternalLibraryCodec.key(l.databaseId(), l.libraryId()), ExternalLibraryCodec.encode(l));
    catalog.stampWritten(txn);
  }

  /** Drops the record; the bytes go with the library's data id, reclaimed after commit. */
  public void drop(KvTxn txn, ExternalLibrary l) {
    txn.delete(ExternalLibraryCodec.key(l.databaseId(), l.libraryId()));
    catalog.discardData(txn, l.dataId());
    catalog.stampWritten(txn);
  }

  /** The bytes of one of the library's files, read in {@code txn}. */
  public byte[] content(KvTxn txn, ExternalLibrary l, ExternalLibrary.File f) {
    return lobs(txn, l.dataId()).read(f.content());
  }

  /** As {@link #content(KvTxn, ExternalLibrary, ExternalLibrary.File)} as last committed, in a transaction of its own. */
  public byte[] committedContent(ExternalLibrary l, ExternalLibrary.File f) {
    try (KvTxn read = catalog.store().begin()) {
      return content(read, l, f);
    }
  }

  private List<ExternalLibrary.File> store(KvTxn txn, long dataId, List<Upload> uploads) {
    LobStore lobs = lobs(txn, dataId);
    List<ExternalLibrary.File> files = new ArrayList<>(uploads.size());
    for (Upload u : uploads) {
      LobRef ref = lobs.write(u.bytes());
      files.add(new ExternalLibrary.File(u.platform(), ref, sha256(u.bytes())));
    }
    return files;
  }

  private LobStore lobs(KvTxn txn, long dataId) {
    return new LobStore(txn, SystemKeys.lob(dataId), () -> catalog.nextLobId(dataId));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
