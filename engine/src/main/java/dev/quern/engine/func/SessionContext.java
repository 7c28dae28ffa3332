package dev.quern.engine.func;

import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.error.SqlErrors;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The key/value pairs sp_set_session_context stores for a session and SESSION_CONTEXT reads
 * ("sp_set_session_context (Transact-SQL)"). Keys compare as the default collation does: case
 * ignored, trailing spaces ignored. A key set read-only keeps its value until the session ends or
 * the connection is reset; a NULL value keeps the key, reading back as NULL.
 */
public final class SessionContext {
  /** SQL Server's key limit: 128 characters (256 bytes of nvarchar). */
  static final int MAX_KEY_CHARS = 128;

  /** The whole store's limit, keys and values counted as nvarchar bytes (an approximation of SQL Server's 1 MB). */
  static final int MAX_TOTAL_BYTES = 1 << 20;

  private record Entry(String key, SqlVariant value, boolean readOnly, int bytes) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private int totalBytes;

  /** The value of {@code key}, or null when it is not set (or set to NULL). */
  public SqlVariant get(String key) {
    Entry e = entries.get(identity(key));
    return e == null ? null : e.value();
  }

  /**
   * Sets {@code key}; 15664 for a read-only key, 15666 for a key over 256 bytes, 15665 past the
   * store's size limit. {@code valueBytes} is the value's size as stored.
   */
  public void set(String key, SqlVariant value, int valueBytes, boolean readOnly) {
    if (key.length() > MAX_KEY_CHARS) {
      throw SqlErrors.SESSION_CONTEXT_KEY_TOO_LONG.raise(key);
    }
    String id = identity(key);
    Entry old = entries.get(id);
    if (old != null && old.readOnly()) {
      throw SqlErrors.SESSION_CONTEXT_READ_ONLY.raise(old.key());
    }
    int bytes = key.length() * 2 + valueBytes;
    int total = totalBytes - (old == null ? 0 : old.bytes()) + bytes;
    if (total > MAX_TOTAL_BYTES) {
      throw SqlErrors.SESSION_CONTEXT_FULL.raise(key);
    }
    entries.put(id, new Entry(old == null ? key : old.key(), value, readOnly, bytes));
    totalBytes = total;
  }

  /** Forgets every key, read-only ones too (the session ended or its connection was reset). */
  public void clear() {
    entries.clear();
    totalBytes = 0;
  }

  private static String identity(String key) {
    return key.stripTrailing().toLowerCase(Locale.ROOT);
  }
}
