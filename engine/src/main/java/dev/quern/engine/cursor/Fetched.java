package dev.quern.engine.cursor;

/**
 * What a fetch found: a row ({@code values} in the cursor's column order, @@FETCH_STATUS 0), no
 * row because the cursor moved off its rows (-1), or a keyset row deleted since OPEN (-2).
 */
public record Fetched(Object[] values, int status) {
  public static final Fetched END = new Fetched(null, -1);
  public static final Fetched MISSING = new Fetched(null, -2);

  public static Fetched row(Object[] values) {
    return new Fetched(values, 0);
  }
}
