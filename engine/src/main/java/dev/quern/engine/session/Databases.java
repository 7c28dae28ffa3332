package dev.quern.engine.session;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases the server knows, with SQL Server's ids for the system ones. Names compare
 * case-insensitively (the default collation). Until the catalog stores user databases (issue 3)
 * only the four system databases exist.
 */
public final class Databases {
  /** One database: its id and its name as created. */
  public record Database(int id, String name) {}

  private final List<Database> all =
      new java.util.concurrent.CopyOnWriteArrayList<>(List.of(
          new Database(1, "master"),
          new Database(2, "tempdb"),
          new Database(3, "model"),
          new Database(4, "msdb")));

  public Optional<Database> byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return all.stream().filter(d -> d.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
  }

  public Optional<Database> byId(int id) {
    return all.stream().filter(d -> d.id() == id).findFirst();
  }

  /** A database created (CREATE DATABASE committed, or found in the store at start). */
  public void add(Database db) {
    if (byId(db.id()).isEmpty()) {
      all.add(db);
    }
  }

  /** A database dropped (DROP DATABASE committed). */
  public void remove(int id) {
    all.removeIf(d -> d.id() == id);
  }

  public List<Database> all() {
    return all;
  }
}
