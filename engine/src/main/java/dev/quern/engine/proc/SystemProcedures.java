package dev.quern.engine.proc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of system procedures, found by name as clients write it (any db/schema prefix). */
public final class SystemProcedures {
  private static final Map<String, SystemProcedure> BY_NAME =
      java.util.stream.Stream.of(List.<SystemProcedure>of(
              new ExecuteSqlProcedure(),
              new PrepareProcedure(),
              new ExecuteProcedure(),
              new PrepExecProcedure(),
              new UnprepareProcedure(),
              new RenameProcedure(),
              new SequenceRangeProcedure(),
              new CleanupTemporalHistoryProcedure(),
              new FlushChangeTrackingProcedure(),
              new WhoProcedure(),
              new HelpTextProcedure(),
              new SessionContextProcedure(),
              new dev.quern.engine.proc.config.ConfigureProcedure(),
              new dev.quern.engine.proc.external.ExternalScriptProcedure(),
              dev.quern.engine.proc.odbc.DatatypeInfoProcedure.legacy(),
              dev.quern.engine.proc.odbc.DatatypeInfoProcedure.v100(),
              new dev.quern.engine.proc.catalog.HelpProcedure(),
              new dev.quern.engine.proc.catalog.TablesProcedure(),
              dev.quern.engine.proc.catalog.ColumnsProcedure.legacy(),
              dev.quern.engine.proc.catalog.ColumnsProcedure.v100(),
              new dev.quern.engine.proc.catalog.PrimaryKeysProcedure(),
              dev.quern.engine.proc.catalog.SpecialColumnsProcedure.legacy(),
              dev.quern.engine.proc.catalog.SpecialColumnsProcedure.v100(),
              new dev.quern.engine.proc.catalog.TablePrivilegesProcedure(),
              new dev.quern.engine.proc.catalog.ColumnPrivilegesProcedure(),
              new dev.quern.engine.proc.module.RecompileProcedure(),
              dev.quern.engine.proc.module.RefreshModuleProcedure.view(),
              dev.quern.engine.proc.module.RefreshModuleProcedure.module(),
              new dev.quern.engine.proc.module.SetTriggerOrderProcedure(),
              new dev.quern.engine.proc.module.IndexOptionProcedure(),
              new dev.quern.engine.proc.statistics.HelpStatsProcedure(),
              new dev.quern.engine.proc.statistics.CreateStatsProcedure(),
              new dev.quern.engine.proc.statistics.AutoStatsProcedure(),
              new dev.quern.engine.proc.catalog.HelpSortProcedure(),
              new dev.quern.engine.proc.catalog.HelpFileProcedure(),
              new dev.quern.engine.proc.catalog.HelpFileGroupProcedure(),
              new dev.quern.engine.proc.catalog.ForeignKeysProcedure(),
              new dev.quern.engine.proc.catalog.DatabasesProcedure(),
              new dev.quern.engine.proc.catalog.StoredProceduresProcedure(),
              dev.quern.engine.proc.catalog.ProcedureColumnsProcedure.legacy(),
              dev.quern.engine.proc.catalog.ProcedureColumnsProcedure.v100(),
              dev.quern.engine.proc.catalog.StatisticsProcedure.legacy(),
              dev.quern.engine.proc.catalog.StatisticsProcedure.v100(),
              new dev.quern.engine.proc.catalog.ServerInfoProcedure(),
              new dev.quern.engine.proc.catalog.HelpLanguageProcedure(),
              new dev.quern.engine.proc.catalog.SpaceUsedProcedure(),
              new dev.quern.engine.proc.catalog.HelpIndexProcedure(),
              new dev.quern.engine.proc.catalog.HelpConstraintProcedure(),
              new dev.quern.engine.proc.catalog.DependsProcedure(),
              new dev.quern.engine.proc.catalog.HelpDbProcedure(),
              new Who2Procedure(),
              new dev.quern.engine.proc.catalog.UpdateStatsProcedure(),
              new dev.quern.engine.proc.describe.DescribeFirstResultSetProcedure(),
              new dev.quern.engine.proc.describe.DescribeUndeclaredParametersProcedure(),
              new LockProcedure()),
              CursorProcedures.all(),
              RoleMemberProcedure.all(),
              ExtendedPropertyProcedure.all(),
              ForEachProcedure.all(),
              dev.quern.engine.proc.message.MessageProcedures.all(),
              AppLockProcedures.all(),
              dev.quern.engine.proc.security.SecurityProcedures.all(),
              dev.quern.engine.proc.agent.AgentProcedures.all(),
              XmlDocumentProcedures.all(),
              dev.quern.engine.proc.files.FileProcedures.all(),
              dev.quern.engine.proc.host.HostProcedures.all())
          .flatMap(List::stream)
          .collect(Collectors.toUnmodifiableMap(SystemProcedure::name, Function.identity()));

  private SystemProcedures() {}

  /** The names of every system procedure, lower case, sorted (sys.all_objects lists them). */
  public static List<String> names() {
    // msdb's procedures are no server-wide system objects (and must not move the ids of those that are).
    return BY_NAME.values().stream().filter(p -> p.database() == null).map(SystemProcedure::name).sorted().toList();
  }

  /**
   * As {@link #lookup(String)}, but a procedure of one database ({@link SystemProcedure#database})
   * only when {@code name} names that database ({@code msdb.dbo.sp_add_job}) or names none and
   * {@code currentDatabase} is it.
   */
  public static Optional<SystemProcedure> lookup(String name, String currentDatabase) {
    return lookup(name).filter(p -> p.database() == null || p.database().equalsIgnoreCase(databaseOf(name, currentDatabase)));
  }

  /**
   * The database a call names ({@code olatest.sys.sp_executesql}, {@code [olatest]..sp_help}), if
   * it names one: a server-wide system procedure called so runs in that database's context.
   */
  public static Optional<String> namedDatabase(String name) {
    String db = databaseOf(name, null);
    return Optional.ofNullable(db);
  }

  private static String databaseOf(String name, String currentDatabase) {
    String[] parts = name.split("\\.", -1);
    if (parts.length < 3) {
      return currentDatabase;
    }
    String db = parts[parts.length - 3].strip();
    if (db.startsWith("[") && db.endsWith("]")) {
      db = db.substring(1, db.length() - 1);
    }
    return db.isEmpty() ? currentDatabase : db;
  }

  /** Finds {@code sp_x}, {@code sys.sp_x}, {@code master.dbo.sp_x}, {@code [db]..sp_x}. */
  public static Optional<SystemProcedure> lookup(String name) {
    String last = name;
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      last = name.substring(dot + 1);
    }
    if (last.startsWith("[") && last.endsWith("]")) {
      last = last.substring(1, last.length() - 1);
    }
    return Optional.ofNullable(BY_NAME.get(last.toLowerCase(Locale.ROOT)));
  }
}
