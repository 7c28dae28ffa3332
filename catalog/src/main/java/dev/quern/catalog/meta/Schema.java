package dev.quern.catalog.meta;

/** A schema of a database (sys.schemas). */
public record Schema(int id, int databaseId, String name) {}
