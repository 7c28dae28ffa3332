package dev.quern.engine.dbcc;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.Databases;
import java.util.List;

/**
 * DBCC SHRINKDATABASE (database | 0 [, target_percent] [, NOTRUNCATE | TRUNCATEONLY]) and DBCC
 * SHRINKFILE (file | file_id [, target_size]): the database's store compacts its files, which is
 * how an LSM store gives back the space of deleted rows (SQL Server moves pages instead; the target
 * arguments have nothing to aim at). The result is SQL Server's: the data file's id, its size
 * after (in 8 KB pages, from the store's table files) and the pages in use.
 */
final class ShrinkCommand implements DbccCommand {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("DbId", SqlTypes.SMALLINT, false),
          new ResultColumn("FileId", SqlTypes.INT, false),
          new ResultColumn("CurrentSize", SqlTypes.INT, false),
          new ResultColumn("MinimumSize", SqlTypes.INT, false),
          new ResultColumn("UsedPages", SqlTypes.INT, false),
          new ResultColumn("EstimatedPages", SqlTypes.INT, false));

  private final String name;

  private ShrinkCommand(String name) {
    this.name = name;
  }

  static ShrinkCommand database() {
    return new ShrinkCommand("SHRINKDATABASE");
  }

  static ShrinkCommand file() {
    return new ShrinkCommand("SHRINKFILE");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void authorize(DbccCall call) {
    if (!call.arguments().isEmpty()) {
      DbccAccess.databaseOwner(call, name.toLowerCase(java.util.Locale.ROOT), database(call));
    }
  }

  @Override
  public void run(DbccCall call) {
    if (call.arguments().isEmpty()) {
      throw DbccErrors.INCORRECT_STATEMENT.raise();
    }
    Databases.Database db = database(call);
    var storage = call.state().store().storage();
    storage.catalog(db.id()).store().compact();
    long pages = dev.quern.engine.store.Storage.pages(storage.dataBytes(db.id()));
    int size = (int) Math.min(Integer.MAX_VALUE, pages);
    call.rows(COLUMNS, List.<Object[]>of(new Object[] {(short) db.id(), 1, size, size, size, size}));
  }

  /** SHRINKDATABASE names a database (0: the current one); SHRINKFILE works in the current one. */
  private Databases.Database database(DbccCall call) {
    var databases = call.state().server().databases();
    Object target = call.argument(0);
    if (name.equals("SHRINKFILE") || target instanceof Number n && n.intValue() == 0) {
      return databases.byId(call.state().databaseId()).orElseThrow();
    }
    if (target instanceof Number n) {
      return databases.byId(n.intValue()).orElseThrow(() -> DbccErrors.NO_SUCH_DATABASE_ID.raise(n.intValue()));
    }
    String text = String.valueOf(target);
    return databases.byName(text).orElseThrow(() -> DbccErrors.NO_SUCH_DATABASE.raise(text));
  }
}
