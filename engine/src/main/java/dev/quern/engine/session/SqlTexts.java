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
 * batch (0x02000000, a 20-byte hash of the text, 20 zero bytes), so equal texts share a handle.
 * Handles are worked out only when a DMV shows one (never on a request's path) and remembered,
 * the most recent {@value #CAPACITY}, so sys.dm_exec_sql_text can turn them back into text
 * (a text that sets a password as {@link SecretTexts} shows it).
 */
public final class SqlTexts {
  private static final int CAPACITY = 4096;
  private static final int HANDLE_LENGTH = 44;
  private static final int PLAN_HANDLE_LENGTH = 64;

  private final Map<ByteBuffer, String> texts =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, String> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The handle of {@code text}, remembered for {@link #text}; null for a null text. */
  public byte[] handle(String text) {
    if (text == null) {
      return null;
    }
    byte[] handle = new byte[HANDLE_LENGTH];
    handle[0] = 0x02;
    System.arraycopy(sha1(text), 0, handle, 4, 20);
    synchronized (texts) {
      texts.put(ByteBuffer.wrap(handle.clone()), SecretTexts.shown(text));
    }
    return handle;
  }

  /**
   * A plan_handle for the plan {@code serial} compiled from {@code text}, shaped like SQL Server's
   * (0x06 for a batch or prepared statement, 0x05 for a module; the database id; a hash of the
   * text; the plan's serial; zeros to 64 bytes), remembered so sys.dm_exec_sql_text takes it too.
   */
  public byte[] planHandle(String text, boolean module, int databaseId, long serial) {
    byte[] handle = new byte[PLAN_HANDLE_LENGTH];
    handle[0] = (byte) (module ? 0x05 : 0x06);
    handle[2] = (byte) databaseId;
    handle[3] = (byte) (databaseId >>> 8);
    System.arraycopy(sha1(text), 0, handle, 4, 20);
    ByteBuffer.wrap(handle, 24, 8).putLong(serial);
    synchronized (texts) {
      texts.put(ByteBuffer.wrap(handle.clone()), SecretTexts.shown(text));
    }
    return handle;
  }

  /** The text a shown handle stands for, or null when it is unknown or forgotten. */
  public String text(byte[] handle) {
    if (handle == null) {
      return null;
    }
    synchronized (texts) {
      return texts.get(ByteBuffer.wrap(Arrays.copyOf(handle, handle.length)));
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
