package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.FullTextIndex;
import dev.quern.catalog.meta.FullTextPostings;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_fts_index_keywords(db_id, object_id): each word of a table's full-text index per column,
 * in word order, with the number of rows holding it there. {@code keyword} is the word as UTF-16
 * big-endian bytes, as SQL Server shows its normalized keywords; no row for a table without a
 * full-text index. SQL Server's closing "END OF FILE" row is not returned.
 */
final class FullTextKeywordsFunction implements SystemFunction {
  private static final List<ResultColumn> COLUMNS = List.of(varbinary("keyword", 128, false),
      nvarchar("display_term", 4000, true), integer("column_id", false), integer("document_count", false));

  @Override
  public String name() {
    return "dm_fts_index_keywords";
  }

  @Override
  public List<SqlType> parameters() {
    return List.of(SqlTypes.INT, SqlTypes.INT);
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public Rows rows(SessionState session, Object[] args) {
    List<Object[]> out = new ArrayList<>();
    if (args[0] == null || args[1] == null) {
      return Rows.of(out);
    }
    int databaseId = ((Number) args[0]).intValue();
    if (session.store().storage().databases().stream().noneMatch(d -> d.id() == databaseId)) {
      return Rows.of(out);
    }
    Catalog catalog = session.store().storage().catalog(databaseId);
    Metadata m = session.store().metadata(catalog);
    int tableId = ((Number) args[1]).intValue();
    FullTextIndex index = m.fullText().index(tableId);
    if (index == null || !(m.object(tableId).orElse(null) instanceof Table table)) {
      return Rows.of(out);
    }
    dev.quern.engine.fulltext.FullTextLookups.read(session, catalog, txn -> {
      FullTextPostings.of(txn, table, index).terms(FullTextPostings.TERM,
          (term, column, count) -> out.add(new Object[] {term.getBytes(StandardCharsets.UTF_16BE), term, column,
              (int) count}));
      return out;
    });
    return Rows.of(out);
  }
}
