package dev.quern.engine.func;

import dev.quern.catalog.meta.FullTextCatalog;
import dev.quern.catalog.meta.FullTextIndex;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The full-text properties of the metadata functions: OBJECTPROPERTY(EX)'s TableHasActiveFulltextIndex,
 * TableFulltextCatalogId, TableFulltextKeyColumn, TableFulltextChangeTrackingOn,
 * TableFulltextBackgroundUpdateIndexOn, TableFulltextPopulateStatus (0: idle, as every Quern
 * population ends with its statement) and the like, COLUMNPROPERTY's IsFulltextIndexed,
 * INDEXPROPERTY's IsFulltextKey, and FULLTEXTCATALOGPROPERTY.
 */
final class FullTextProperties {
  private static final Set<String> OBJECT_PROPERTIES = Set.of("TABLEHASACTIVEFULLTEXTINDEX",
      "TABLEFULLTEXTCATALOGID", "TABLEFULLTEXTKEYCOLUMN", "TABLEFULLTEXTCHANGETRACKINGON",
      "TABLEFULLTEXTBACKGROUNDUPDATEINDEXON", "TABLEFULLTEXTPOPULATESTATUS", "TABLEFULLTEXTMERGESTATUS",
      "TABLEFULLTEXTPENDINGCHANGES", "TABLEFULLTEXTFAILCOUNT", "TABLEFULLTEXTDOCSPROCESSED",
      "TABLEFULLTEXTITEMCOUNT", "TABLEFULLTEXTSEMANTICEXTRACTION", "TABLEFULLTEXTAUTOPOPULATE"); // not all SQL Server's

  private FullTextProperties() {}

  static boolean isObjectProperty(String property) {
    return OBJECT_PROPERTIES.contains(property);
  }

  static Integer object(FunctionContext ctx, SchemaObject x, String property) {
    if (!(x instanceof Table table)) {
      return null;
    }
    FullTextIndex i = ctx.fullTextIndex(table.id()).orElse(null);
    if (property.equals("TABLEHASACTIVEFULLTEXTINDEX")) {
      return i != null && i.enabled() ? 1 : 0;
    }
    if (i == null) {
      return 0;
    }
    return switch (property) {
      case "TABLEFULLTEXTCATALOGID" -> i.catalogId();
      case "TABLEFULLTEXTKEYCOLUMN" -> table.indexes().stream().filter(ix -> ix.indexId() == i.keyIndexId())
          .findFirst().map(ix -> ix.keys().getFirst().columnId()).orElse(0);
      case "TABLEFULLTEXTCHANGETRACKINGON" -> i.changeTracking() != 'O' ? 1 : 0;
      case "TABLEFULLTEXTBACKGROUNDUPDATEINDEXON", "TABLEFULLTEXTAUTOPOPULATE" -> i.changeTracking() == 'A' ? 1 : 0;
      default -> 0; // populate and merge status idle, nothing pending, failed or semantic
    };
  }

  static Integer column(FunctionContext ctx, Object tableId, String columnName) {
    return ctx.objectById(((Number) tableId).intValue()).filter(Table.class::isInstance).map(Table.class::cast)
        .flatMap(t -> t.column(columnName).map(c -> ctx.fullTextIndex(t.id())
            .map(i -> i.indexes(c.columnId()) ? 1 : 0).orElse(0)))
        .orElse(null);
  }

  static Integer key(FunctionContext ctx, Object tableId, String indexName) {
    return ctx.objectById(((Number) tableId).intValue()).filter(Table.class::isInstance).map(Table.class::cast)
        .flatMap(t -> t.index(indexName).map(Index::indexId).map(ix -> ctx.fullTextIndex(t.id())
            .map(i -> i.keyIndexId() == ix ? 1 : 0).orElse(0)))
        .orElse(null);
  }

  /**
   * FULLTEXTSERVICEPROPERTY(property): IsFulltextInstalled 1, LoadOSResources 0 (no OS word
   * breakers or filters are loaded), VerifySignature 1; NULL for the crawl settings Quern has none of.
   */
  static final class ServiceProperty extends BuiltinFunction {
    ServiceProperty() {
      super("FULLTEXTSERVICEPROPERTY", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0)) {
        return null;
      }
      return switch (a.string(0).strip().toUpperCase(Locale.ROOT)) {
        case "ISFULLTEXTINSTALLED", "VERIFYSIGNATURE" -> 1;
        case "LOADOSRESOURCES" -> 0;
        default -> null;
      };
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /**
   * FULLTEXTCATALOGPROPERTY(catalog, property): AccentSensitivity, ItemCount (the rows its indexes
   * hold), PopulateStatus 0 (idle), ImportStatus, MergeStatus, IndexSize, LogSize 0,
   * PopulateCompletionAge 0; NULL for an unknown catalog or property.
   */
  static final class CatalogProperty extends BuiltinFunction {
    CatalogProperty() {
      super("FULLTEXTCATALOGPROPERTY", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0) || a.isNull(1)) {
        return null;
      }
      String property = a.string(1).strip().toUpperCase(Locale.ROOT);
      return ctx.fullTextCatalog(a.string(0)).map(e -> {
        FullTextCatalog c = e.getKey();
        return switch (property) {
          case "ACCENTSENSITIVITY" -> c.accentSensitive() ? 1 : 0;
          case "ITEMCOUNT" -> (int) Math.min(Integer.MAX_VALUE, e.getValue());
          case "POPULATESTATUS", "IMPORTSTATUS", "MERGESTATUS", "INDEXSIZE", "LOGSIZE", "POPULATECOMPLETIONAGE" -> 0;
          default -> (Integer) null;
        };
      }).orElse(null);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }
}
