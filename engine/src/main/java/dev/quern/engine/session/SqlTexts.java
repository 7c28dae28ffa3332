package dev.quern.engine.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * sql_handles and the texts behind them. A handle is shaped like SQL Server's for an ad-hoc
 * batch (0x02000000, a 20-byte hash of the text, 20 zero bytes), so equal texts share a handle;
 * a module's (procedure, function, trigger) starts 0x03 and carries its database id, so the same
 * text in two databases has two. Handles are worked out only when a DMV shows one (never on a
 * request's path) and remembered, the most recent {@value #CAPACITY}, so sys.dm_exec_sql_text can
 * turn them back into their {@link Source} (a text that sets a password as {@link SecretTexts}
 * shows it; an encrypted module's text not at all).
 */
public final class SqlTexts {
  private static final int CAPACITY = 4096;
  private static final int HANDLE_LENGTH = 44;
  private static final int PLAN_HANDLE_LENGTH = 64;

  /**
   * What a handle stands for, as sys.dm_exec_sql_text shows it: the text (null for an encrypted
   * module's), and for a module its database and object ids (null for a batch).
   */
  public record Source(String text, Integer databaseId, Integer objectId, boolean encrypted) {
    /** A module's: procedure, function or trigger {@code objectId} of database {@code databaseId}. */
    public static Source module(String text, int databaseId, int objectId, boolean encrypted) {
      return new Source(encrypted ? null : SecretTexts.shown(text), databaseId, objectId, encrypted);
    }

    static Source batch(String text) {
      return new Source(text, null, null, false);
    }

    public boolean isModule() {
      return objectId != null;
    }
  }

  private final Map<ByteBuffer, Source> sources =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Source> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The handle of the batch {@code text}, remembered for {@link #source}; null for a null text. */
  public byte[] handle(String text) {
    return text == null ? null : handle(text, Source.batch(SecretTexts.shown(text)));
  }

  /** The handle of the module text {@code text} as {@code module} describes it. */
  public byte[] handle(String text, Source module) {
    byte[] handle = new byte[HANDLE_LENGTH];
    handle[0] = (byte) (module.isModule() ? 0x03 : 0x02);
    if (module.isModule()) {
      handle[2] = (byte) module.databaseId().intValue();
      handle[3] = (byte) (module.databaseId() >>> 8);
    }
    System.arraycopy(sha1(text), 0, handle, 4, 20);
    remember(handle, module);
    return handle;
  }

  /**
   * A plan_handle for the plan {@code serial} compiled from {@code text}, shaped like SQL Server's
   * (0x06 for a batch or prepared statement, 0x05 for a module; the database id; a hash of the
   * text; the plan's serial; zeros to 64 bytes), remembered so sys.dm_exec_sql_text takes it too.
   * {@code module} is null for a batch.
   */
  public byte[] planHandle(String text, Source module, int databaseId, long serial) {
    byte[] handle = new byte[PLAN_HANDLE_LENGTH];
    handle[0] = (byte) (module != null ? 0x05 : 0x06);
    handle[2] = (byte) databaseId;
    handle[3] = (byte) (databaseId >>> 8);
    System.arraycopy(sha1(text), 0, handle, 4, 20);
    ByteBuffer.wrap(handle, 24, 8).putLong(serial);
    remember(handle, module != null ? module : Source.batch(SecretTexts.shown(text)));
    return handle;
  }

  private void remember(byte[] handle, Source source) {
    synchronized (sources) {
      sources.put(ByteBuffer.wrap(handle.clone()), source);
    }
  }

  /** What a shown handle stands for, or null when it is unknown or forgotten. */
  public Source source(byte[] handle) {
    if (handle == null) {
      return null;
    }
    synchronized (sources) {
      return sources.get(ByteBuffer.wrap(Arrays.copyOf(handle, handle.length)));
    }
  }

  private static byte[] sha1(String text) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_16LE));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
    }
  }
}
