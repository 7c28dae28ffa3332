package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.ExternalLibrary;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.external_libraries and sys.external_library_files ("sys.external_libraries
 * (Transact-SQL)"): the current database's libraries, public (scope 0: dbo's) or private (1), and
 * the bytes uploaded for each platform.
 */
final class ExternalLibrariesView implements SystemView {
  private final boolean files;
  private final List<ResultColumn> columns;

  private ExternalLibrariesView(boolean files, List<ResultColumn> columns) {
    this.files = files;
    this.columns = columns;
  }

  static ExternalLibrariesView libraries() {
    return new ExternalLibrariesView(false, List.of(
        integer("external_library_id", false), sysname("name", false), integer("principal_id", false),
        sysname("language", false), integer("scope", false),
        new ResultColumn("scope_desc", SqlType.ofLength(TypeId.VARCHAR, 7), false)));
  }

  static ExternalLibrariesView libraryFiles() {
    return new ExternalLibrariesView(true, List.of(
        integer("external_library_id", false), varbinary("content", SqlType.MAX, true),
        tinyint("platform", true), nvarchar("platform_desc", 60, true)));
  }

  @Override
  public String name() {
    return files ? "external_library_files" : "external_libraries";
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Catalog catalog = session.store().storage().catalog(session.databaseId());
    List<Object[]> out = new ArrayList<>();
    for (ExternalLibrary l : session.store().metadata(catalog).externalLibraries(session.databaseId())) {
      if (!files) {
        boolean pub = l.principalId() == Principals.DBO_ID;
        out.add(new Object[] {l.libraryId(), l.name(), l.principalId(), l.language(), pub ? 0 : 1, pub ? "PUBLIC" : "PRIVATE"});
        continue;
      }
      for (ExternalLibrary.File f : l.files()) {
        out.add(new Object[] {l.libraryId(), content(session, catalog, l, f), f.platform(), f.platformDesc()});
      }
    }
    return out;
  }

  /**
   * The file's bytes: inside a user transaction through it (a library it created is listed, so
   * its bytes must be readable too), else as last committed.
   */
  private static byte[] content(SessionState session, Catalog catalog, ExternalLibrary l, ExternalLibrary.File f) {
    if (session.store().inUserTransaction()) {
      return catalog.externalLibraries().content(session.store().txn(catalog), l, f);
    }
    return catalog.externalLibraries().committedContent(l, f);
  }
}
