package dev.quern.catalog.meta;

/**
 * The table that holds an indexed view's rows ("Create indexed views"): a table of the view's
 * schema, named after the view with a prefix no one writes, whose clustered and nonclustered
 * indexes are the view's. It is stored, logged, backed up and restored as any table, but hidden:
 * {@link Metadata#objects(int)} leaves it out, so catalog views, DBCC and schema checks show the
 * view's indexes only through the view. The name (not the id) links it to its view, so a restore
 * that renumbers objects keeps the link.
 */
public final class IndexedViewRows {
  /** A prefix that a user's object name does not start with in practice (it must be bracketed). */
  public static final String PREFIX = "$indexed view$";

  private IndexedViewRows() {}

  /** The name of the table holding view {@code viewName}'s rows. */
  public static String tableName(String viewName) {
    return PREFIX + viewName;
  }

  /** Whether {@code name} is that of a table holding an indexed view's rows. */
  public static boolean holdsView(String name) {
    return name.startsWith(PREFIX);
  }

  /** The view whose rows table {@code name} holds ({@code name} itself for any other table). */
  public static String viewName(String name) {
    return holdsView(name) ? name.substring(PREFIX.length()) : name;
  }
}
