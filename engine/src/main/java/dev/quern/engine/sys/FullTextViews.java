package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.character;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.catalog.fulltext.SystemStoplist;
import dev.quern.catalog.meta.FullTextCatalog;
import dev.quern.catalog.meta.FullTextIndex;
import dev.quern.catalog.meta.Metadata;
import dev.quern.engine.session.SessionState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The full-text catalog views of the current database: sys.fulltext_catalogs,
 * sys.fulltext_indexes (change_tracking_state M, A or O; crawl_type F: every population is full;
 * stoplist_id 0 for the system stoplist, NULL for OFF), sys.fulltext_index_columns,
 * sys.fulltext_stoplists (no user stoplists: empty) and sys.fulltext_system_stopwords (the English
 * system stoplist, SystemStoplist). Catalogs have no path; data_space_id is PRIMARY's 1.
 */
final class FullTextViews {
  private FullTextViews() {}

  private static Metadata metadata(SessionState s) {
    return s.store().metadata(s.store().storage().catalog(s.databaseId()));
  }

  static SystemView catalogs() {
    return new DerivedView("fulltext_catalogs", List.of(integer("fulltext_catalog_id", false),
        sysname("name", false), nvarchar("path", 260, true), bit("is_default", false),
        bit("is_accent_sensitivity_on", false), integer("data_space_id", true), integer("file_id", true),
        integer("principal_id", true), bit("is_importing", false)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (FullTextCatalog c : metadata(s).fullText().catalogs(s.databaseId())) {
            out.add(new Object[] {c.catalogId(), c.name(), null, c.isDefault(), c.accentSensitive(), 1, null, 1,
                false});
          }
          return out;
        });
  }

  static SystemView indexes() {
    return new DerivedView("fulltext_indexes", List.of(integer("object_id", false), integer("unique_index_id", false),
        integer("fulltext_catalog_id", true), bit("is_enabled", false), character("change_tracking_state", 1, true),
        nvarchar("change_tracking_state_desc", 60, true), bit("has_crawl_completed", false),
        character("crawl_type", 1, false), nvarchar("crawl_type_desc", 60, true), datetime("crawl_start_date", true),
        datetime("crawl_end_date", true), varbinary("incremental_timestamp", 8, true), integer("stoplist_id", true),
        integer("property_list_id", true), integer("data_space_id", false)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (FullTextIndex i : indexesOf(s)) {
            String tracking = String.valueOf(i.changeTracking());
            String desc = switch (i.changeTracking()) {
              case 'A' -> "AUTO";
              case 'M' -> "MANUAL";
              default -> "OFF";
            };
            LocalDateTime crawled = i.crawlEnd() == 0 ? null
                : LocalDateTime.ofInstant(Instant.ofEpochMilli(i.crawlEnd()), ZoneOffset.UTC);
            out.add(new Object[] {i.tableId(), i.keyIndexId(), i.catalogId(), i.enabled(), tracking, desc, true, "F",
                "FULL_CRAWL", crawled, crawled, null, i.systemStoplist() ? 0 : null, null, 1});
          }
          return out;
        });
  }

  static SystemView indexColumns() {
    return new DerivedView("fulltext_index_columns", List.of(integer("object_id", false), integer("column_id", false),
        integer("type_column_id", true), integer("language_id", false), integer("statistical_semantics", false)),
        s -> {
          List<Object[]> out = new ArrayList<>();
          for (FullTextIndex i : indexesOf(s)) {
            for (FullTextIndex.Column c : i.columns()) {
              out.add(new Object[] {i.tableId(), c.columnId(), null, c.languageId(), 0});
            }
          }
          return out;
        });
  }

  static SystemView stoplists() {
    return new DerivedView("fulltext_stoplists", List.of(integer("stoplist_id", false), sysname("name", false),
        datetime("create_date", false), datetime("modify_date", false), integer("principal_id", true)),
        s -> List.of());
  }

  static SystemView systemStopwords() {
    return new DerivedView("fulltext_system_stopwords", List.of(nvarchar("stopword", 64, true),
        integer("language_id", false)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (String w : SystemStoplist.WORDS) {
            out.add(new Object[] {w, SystemStoplist.LANGUAGE_ID});
          }
          return out;
        });
  }

  /** The full-text indexes of the current database's tables, by table id. */
  private static List<FullTextIndex> indexesOf(SessionState s) {
    Metadata m = metadata(s);
    return m.fullText().indexes().stream()
        .filter(i -> m.object(i.tableId()).flatMap(o -> m.schema(o.schemaId()))
            .map(sc -> sc.databaseId() == s.databaseId()).orElse(false))
        .sorted(java.util.Comparator.comparingInt(FullTextIndex::tableId)).toList();
  }
}
