package dev.quern.engine.sys;

import dev.quern.catalog.meta.Schema;
import java.util.List;

/**
 * The schema ids users see. The catalog numbers schemas from its object ids (master's dbo is
 * 1000), but SQL Server gives every database's standard schemas fixed ids, dbo 1, guest 2,
 * INFORMATION_SCHEMA 3 and sys 4, and scripts rely on them ({@code WHERE schema_id = 1},
 * {@code sysobjects.uid} joined to {@code sysusers.uid}). Every view and function that shows or
 * takes a schema id translates here; the catalog keeps its own ids, so existing stores need no
 * migration. A user schema's id is the catalog's (from 1000 up), which no standard id can equal.
 */
public final class SchemaIds {
  private SchemaIds() {}

  /** The id {@code schema} shows as. */
  public static int visible(Schema schema) {
    return switch (schema.name()) {
      case "dbo" -> 1;
      case "guest" -> 2;
      case "INFORMATION_SCHEMA" -> 3;
      case "sys" -> 4;
      default -> dev.quern.catalog.meta.FixedRoleSchemas.ofName(schema.name())
          .filter(e -> e.getKey().equals(schema.name()))
          .map(java.util.Map.Entry::getValue)
          .orElse(schema.id());
    };
  }

  /** The id the schema of catalog id {@code internalId} among {@code schemas} shows as. */
  public static int visible(List<Schema> schemas, int internalId) {
    for (Schema s : schemas) {
      if (s.id() == internalId) {
        return visible(s);
      }
    }
    return internalId;
  }

  /** The schema among {@code schemas} (one database's) that shows as {@code visibleId}. */
  public static java.util.Optional<Schema> byVisibleId(List<Schema> schemas, int visibleId) {
    return schemas.stream().filter(s -> visible(s) == visibleId).findFirst();
  }
}
