package dev.quern.engine.fulltext;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.FullTextCatalog;
import dev.quern.catalog.meta.FullTextIndex;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.FullTextStatement;
import dev.quern.engine.ast.FullTextStatement.ColumnSpec;
import dev.quern.engine.error.FullTextErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE, ALTER and DROP FULLTEXT INDEX ("CREATE FULLTEXT INDEX (Transact-SQL)"). The key index must
 * be a unique, single-column, unfiltered, enabled index on a non-nullable column (7653); columns
 * must hold text (7670). An index with CHANGE_TRACKING AUTO is populated at once and kept current by
 * every change of a row; MANUAL and OFF indexes change only by START FULL (or UPDATE) POPULATION,
 * which repopulates in full (Quern tracks no pending changes to apply).
 */
public final class FullTextIndexDdl {
  private static final int DEFAULT_LANGUAGE = 1033;
  private static final int MAX_KEY_BYTES = 900;

  private final SessionState state;

  public FullTextIndexDdl(SessionState state) {
    this.state = state;
  }

  /** Whether {@code index}'s table is in database {@code databaseId} (catalog ids are per database). */
  static boolean inDatabase(Metadata m, FullTextIndex index, int databaseId) {
    return m.object(index.tableId()).flatMap(o -> m.schema(o.schemaId()))
        .map(s -> s.databaseId() == databaseId).orElse(false);
  }

  /** ALTER TABLE … DROP COLUMN or ALTER COLUMN of a full-text column or of the key's column: 7614. */
  public static void checkColumnUnused(SessionState state, ResolvedTable t, Column column) {
    FullTextIndex index = state.store().metadata(t.catalog()).fullText().index(t.table().id());
    if (index == null) {
      return;
    }
    boolean key = t.table().index(index.keyIndexId())
        .map(i -> i.keys().getFirst().columnId() == column.columnId()).orElse(false);
    if (index.indexes(column.columnId()) || key) {
      throw FullTextErrors.COLUMN_IN_INDEX.raise(column.name());
    }
  }

  /** DROP INDEX (state 2, the table as written) or a constraint drop (state 1) of the full-text key: 7613. */
  public static void checkIndexUnused(SessionState state, ResolvedTable t, Index index, String tableName,
      int errorState) {
    FullTextIndex text = state.store().metadata(t.catalog()).fullText().index(t.table().id());
    if (text != null && text.keyIndexId() == index.indexId()) {
      throw FullTextErrors.KEY_INDEX_DROPPED.raiseWithState(errorState, index.name(), tableName);
    }
  }

  public void create(FullTextStatement.CreateIndex c) {
    ResolvedTable t = table(c.table());
    Catalog catalog = t.catalog();
    Metadata m = state.store().metadata(catalog);
    Table table = t.table();
    if (m.fullText().index(table.id()) != null) {
      throw FullTextErrors.INDEX_EXISTS.raise(t.schemaQualified());
    }
    Index key = keyIndex(table, c.keyIndex());
    FullTextCatalog ftCatalog = c.catalog() != null
        ? m.fullText().catalog(t.database().id(), c.catalog())
            .orElseThrow(() -> FullTextErrors.CATALOG_MISSING.raise(c.catalog(), t.database().name()))
        : m.fullText().catalogs(t.database().id()).stream().filter(FullTextCatalog::isDefault).findFirst()
            .orElseThrow(() -> FullTextErrors.NO_DEFAULT_CATALOG.raise(t.database().name()));
    List<FullTextIndex.Column> columns = columns(table, c.columns(), List.of());
    boolean stoplist = stoplist(c.stoplist(), 1);
    if (c.noPopulation() && c.changeTracking() != 'O') {
      throw FullTextErrors.NO_POPULATION_TRACKED.raise();
    }
    FullTextIndex index = new FullTextIndex(table.id(), ftCatalog.catalogId(), key.indexId(), columns,
        c.changeTracking(), stoplist, true, catalog.newDataId(), 0);
    KvTxn txn = state.store().txn(catalog);
    catalog.fullText().save(txn, index);
    if (!c.noPopulation()) {
      new FullTextPopulation(state).full(catalog, index);
    }
    state.store().markDdl();
  }

  public void alter(FullTextStatement.AlterIndex a) {
    ResolvedTable t = table(a.table());
    Catalog catalog = t.catalog();
    Metadata m = state.store().metadata(catalog);
    FullTextIndex index = m.fullText().index(t.table().id());
    if (index == null) {
      throw FullTextErrors.NO_INDEX_ALTER.raise(t.schemaQualified());
    }
    KvTxn txn = state.store().txn(catalog);
    FullTextIndex changed = switch (a.action()) {
      case ENABLE -> {
        if (index.columns().isEmpty()) {
          throw FullTextErrors.NO_COLUMNS.raise(t.schemaQualified());
        }
        yield index.withEnabled(true);
      }
      case DISABLE -> index.withEnabled(false);
      case ADD -> index.withColumns(columns(t.table(), a.columns(), index.columns()));
      case DROP -> index.withColumns(withoutColumns(t.table(), index, a.columns()));
      case CHANGE_TRACKING -> index.withChangeTracking(a.option().charAt(0));
      case STOPLIST -> new FullTextIndex(index.tableId(), index.catalogId(), index.keyIndexId(), index.columns(),
          index.changeTracking(), stoplist(a.option(), 3), index.enabled(), index.dataId(), index.crawlEnd());
      case START_UPDATE -> {
        if (index.changeTracking() == 'O') {
          throw FullTextErrors.TRACKING_NOT_STARTED.raise(t.schemaQualified());
        }
        yield index;
      }
      default -> index;
    };
    boolean populate = switch (a.action()) {
      case ADD, DROP, STOPLIST -> {
        if (a.noPopulation() && changed.changeTracking() != 'O') {
          throw FullTextErrors.NO_POPULATION_TRACKED_ALTER.raise();
        }
        yield !a.noPopulation();
      }
      case START_FULL, START_INCREMENTAL, START_UPDATE -> true;
      case ENABLE, CHANGE_TRACKING -> changed.changeTracking() == 'A' && changed.enabled();
      default -> false;
    };
    catalog.fullText().save(txn, changed);
    if (populate && !changed.columns().isEmpty()) {
      new FullTextPopulation(state).full(catalog, changed);
    }
    state.store().markDdl();
  }

  public void drop(FullTextStatement.DropIndex d) {
    ResolvedTable t = table(d.table());
    Catalog catalog = t.catalog();
    FullTextIndex index = state.store().metadata(catalog).fullText().index(t.table().id());
    if (index == null) {
      throw FullTextErrors.NO_INDEX_DROP.raise(t.schemaQualified());
    }
    catalog.fullText().drop(state.store().txn(catalog), index);
    state.store().markDdl();
  }

  private ResolvedTable table(List<String> name) {
    return ObjectNames.table(state.store(), state.databaseName(), name)
        .orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(String.join(".", name)));
  }

  /** The KEY INDEX: present (7653 state 1), unique, one column, unfiltered, enabled (2), not nullable (3). */
  private static Index keyIndex(Table table, String name) {
    Index key = table.indexes().stream().filter(i -> i.name() != null && i.name().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> FullTextErrors.KEY_INDEX_MISSING.raise(name));
    if (!key.unique() || key.keys().size() != 1 || key.filter() != null || key.disabled()) {
      throw FullTextErrors.KEY_INDEX_UNSUITABLE.raise(name);
    }
    Column column = table.columnById(key.keys().getFirst().columnId());
    if (column.nullable()) {
      throw FullTextErrors.KEY_INDEX_NULLABLE.raise(name);
    }
    if (column.type().length() > MAX_KEY_BYTES || column.type().isMax()) {
      throw FullTextErrors.KEY_INDEX_UNSUITABLE.raise(name);
    }
    return key;
  }

  /** {@code existing} with {@code specs} added: text columns (7670), each once (7672). */
  private List<FullTextIndex.Column> columns(Table table, List<ColumnSpec> specs, List<FullTextIndex.Column> existing) {
    List<FullTextIndex.Column> out = new ArrayList<>(existing);
    Set<Integer> seen = new HashSet<>();
    existing.forEach(c -> seen.add(c.columnId()));
    for (ColumnSpec spec : specs) {
      Column column = table.column(spec.name())
          .orElseThrow(() -> SqlErrors.INVALID_COLUMN.raise(spec.name()));
      if (!seen.add(column.columnId())) {
        throw FullTextErrors.DUPLICATE_COLUMN.raise(column.name());
      }
      checkType(column, spec);
      out.add(new FullTextIndex.Column(column.columnId(), language(spec.language())));
    }
    return out;
  }

  private static void checkType(Column column, ColumnSpec spec) {
    TypeId id = column.type().id();
    boolean binary = id == TypeId.IMAGE || id == TypeId.VARBINARY && column.type().isMax();
    if (binary) {
      // Documents in binary columns need a filter (IFilter) for their format: Quern has none.
      throw spec.typeColumn() == null ? FullTextErrors.TYPE_COLUMN_REQUIRED.raise()
          : SqlErrors.OPTION_NOT_SUPPORTED.raise("TYPE COLUMN");
    }
    boolean text = switch (id) {
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML -> true;
      default -> false;
    };
    if (!text) {
      throw FullTextErrors.COLUMN_TYPE.raise(column.name());
    }
    if (spec.typeColumn() != null) {
      throw FullTextErrors.TYPE_COLUMN_NOT_ALLOWED.raise();
    }
  }

  private static List<FullTextIndex.Column> withoutColumns(Table table, FullTextIndex index, List<ColumnSpec> specs) {
    List<FullTextIndex.Column> out = new ArrayList<>(index.columns());
    for (ColumnSpec spec : specs) {
      Column column = table.column(spec.name()).orElseThrow(() -> SqlErrors.INVALID_COLUMN.raise(spec.name()));
      if (!out.removeIf(c -> c.columnId() == column.columnId())) {
        throw FullTextErrors.COLUMN_NOT_IN_INDEX.raise(column.name());
      }
    }
    return out;
  }

  /** STOPLIST: SYSTEM (the default) or OFF; a user stoplist is none Quern has (30023). */
  private static boolean stoplist(String name, int state) {
    if (name == null || name.equalsIgnoreCase("SYSTEM")) {
      return true;
    }
    if (name.equalsIgnoreCase("OFF")) {
      return false;
    }
    throw FullTextErrors.STOPLIST_MISSING.raiseWithState(state, name);
  }

  /** A LANGUAGE term as an LCID: numbers as given, the names of the languages full-text search knows. */
  static int language(Object language) {
    if (language == null) {
      return DEFAULT_LANGUAGE;
    }
    if (language instanceof Integer lcid) {
      return lcid;
    }
    String name = ((String) language).trim();
    if (name.matches("\\d+")) {
      return Integer.parseInt(name);
    }
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "english", "us_english" -> 1033;
      case "british english", "british" -> 2057;
      case "neutral" -> 0;
      case "french", "français" -> 1036;
      case "german", "deutsch" -> 1031;
      case "spanish", "español" -> 3082;
      case "italian", "italiano" -> 1040;
      case "dutch", "nederlands" -> 1043;
      case "portuguese", "português" -> 2070;
      case "swedish", "svenska" -> 1053;
      case "russian" -> 1049;
      case "japanese" -> 1041;
      case "simplified chinese" -> 2052;
      case "traditional chinese" -> 1028;
      default -> throw FullTextErrors.LANGUAGE_UNKNOWN.raise(name);
    };
  }
}
