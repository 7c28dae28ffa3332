package dev.quern.engine.session;

import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.SupportedCollations;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases the server knows, with SQL Server's ids for the system ones, and each one's
 * default collation (kept here so that binding reads it without a catalog snapshot). Names compare
 * case-insensitively (the server's collation).
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

  /** Default collations other than the server's, by database id. */
  private final java.util.Map<Integer, Collation> collations = new java.util.concurrent.ConcurrentHashMap<>();

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

  /** A database created or found in the store, with its stored default collation name. */
  public void add(Database db, String collation) {
    add(db);
    setCollation(db.id(), collation);
  }

  /** The default collation of database {@code id}: the server's unless CREATE / ALTER DATABASE chose another. */
  public Collation collation(int id) {
    return collations.getOrDefault(id, SupportedCollations.DEFAULT);
  }

  /** Database {@code id}'s default collation is now {@code name} (ALTER DATABASE … COLLATE committed). */
  public void setCollation(int id, String name) {
    Collation c = SupportedCollations.ofStored(name);
    if (c.isDefault()) {
      collations.remove(id);
    } else {
      collations.put(id, c);
    }
  }

  /** A database dropped (DROP DATABASE committed). */
  public void remove(int id) {
    all.removeIf(d -> d.id() == id);
    collations.remove(id);
  }

  public List<Database> all() {
    return all;
  }
}
