package dev.quern.engine.session;

import dev.quern.engine.ast.*;
import dev.quern.engine.plan.StatementPlan;

/** sys.dm_exec_requests.command: the kind of statement a request is running, as SQL Server names it. */
final class StatementCommands {
  private StatementCommands() {}

  /** The command of {@code s}; {@code AWAITING COMMAND} before the first statement. */
  static String of(StatementPlan s) {
    return switch (s) {
      case null -> "AWAITING COMMAND";
      case StatementPlan.Select sel -> "SELECT";
      case StatementPlan.AssignSelect a -> "SELECT";
      case StatementPlan.Declare d -> "DECLARE";
      case StatementPlan.SetVariable v -> "SET";
      case StatementPlan.SetOptions o -> "SET OPTION ON";
      case StatementPlan.Print p -> "PRINT";
      case StatementPlan.WaitFor w -> "WAITFOR";
      case StatementPlan.Use u -> "USE";
      case StatementPlan.If i -> "COND";
      case StatementPlan.While w -> "WHILE";
      case StatementPlan.Block b -> "BEGIN";
      case StatementPlan.TryCatch t -> "BEGIN TRY";
      case StatementPlan.Throw t -> "THROW";
      case StatementPlan.Raiserror r -> "RAISERROR";
      case StatementPlan.Execute e -> "EXECUTE";
      case StatementPlan.ExecuteString e -> "EXECUTE";
      case StatementPlan.Reconfigure r -> "RECONFIGURE";
      case StatementPlan.ResourceGovernor g -> "ALTER RESOURCE GOVERNOR";
      case StatementPlan.Kill k -> "KILL";
      case StatementPlan.Dbcc d -> "DBCC";
      case StatementPlan.Transaction t -> t.kind().name() + " TRANSACTION";
      case StatementPlan.LateBound l -> of(l.statement());
      case StatementPlan.Break b -> "BREAK";
      case StatementPlan.Continue c -> "CONTINUE";
      case StatementPlan.Label l -> "LABEL";
      case StatementPlan.Goto g -> "GOTO";
      case StatementPlan.Return r -> "RETURN";
      case StatementPlan.Deferred d -> "SELECT";
      case StatementPlan.Cursor c -> switch (c.statement()) {
        case CursorStatement.Open o -> "OPEN CURSOR";
        case CursorStatement.Fetch f -> "FETCH CURSOR";
        case CursorStatement.Close cl -> "CLOSE CURSOR";
        case CursorStatement.Deallocate d -> "DEALLOCATE CURSOR";
        default -> "DECLARE CURSOR";
      };
    };
  }

  private static String of(Statement s) {
    return switch (s) {
      case SelectStatement sel -> "SELECT";
      case SelectIntoStatement si -> "SELECT INTO";
      case InsertStatement i -> "INSERT";
      case UpdateStatement u -> "UPDATE";
      case DeleteStatement d -> "DELETE";
      case OutputStatement o -> of(o.dml());
      case PositionedStatement p -> of(p.dml());
      case MergeStatement m -> "MERGE";
      case TruncateTableStatement t -> "TRUNCATE TABLE";
      case CreateTableStatement c -> "CREATE TABLE";
      case AlterTableStatement a -> "ALTER TABLE";
      case DropTableStatement d -> "DROP TABLE";
      case CreateIndexStatement c -> "CREATE INDEX";
      case dev.quern.engine.ast.AlterDatabaseStatement a -> "ALTER DATABASE";
      case dev.quern.engine.ast.CheckpointStatement c -> "CHECKPOINT";
      case dev.quern.engine.ast.BackupStatement b -> b.log() ? "BACKUP LOG" : "BACKUP DATABASE";
      case dev.quern.engine.ast.RestoreStatement r -> r.kind() == dev.quern.engine.ast.RestoreStatement.Kind.DATABASE
          || r.kind() == dev.quern.engine.ast.RestoreStatement.Kind.LOG ? "RESTORE DATABASE" : "RESTORE HEADERONLY";
      case dev.quern.engine.ast.BulkInsertStatement b -> "BULK INSERT";
      case dev.quern.engine.ast.ChangeTrackingContextStatement c -> of(c.body());
      case dev.quern.engine.ast.TableMaintenanceStatement m -> switch (m.kind()) {
        case REBUILD, REORGANIZE, DISABLE, SET -> "ALTER INDEX";
        case LOCK_ESCALATION, ENABLE_CHANGE_TRACKING, DISABLE_CHANGE_TRACKING -> "ALTER TABLE";
      };
      case dev.quern.engine.ast.StatisticsStatement st -> st.kind().name() + " STATISTICS";
      case DropIndexStatement d -> "DROP INDEX";
      case CreateViewStatement c -> "CREATE VIEW";
      case DropViewStatement d -> "DROP VIEW";
      case dev.quern.engine.ast.CreateProcedureStatement c -> "CREATE PROCEDURE";
      case dev.quern.engine.ast.DropProcedureStatement d -> "DROP PROCEDURE";
      case dev.quern.engine.ast.CreateFunctionStatement c -> "CREATE FUNCTION";
      case dev.quern.engine.ast.DropFunctionStatement d -> "DROP FUNCTION";
      case dev.quern.engine.ast.CreateTriggerStatement c -> "CREATE TRIGGER";
      case dev.quern.engine.ast.DropTriggerStatement d -> "DROP TRIGGER";
      case dev.quern.engine.ast.EnableTriggerStatement e -> e.enable() ? "ENABLE TRIGGER" : "DISABLE TRIGGER";
      case CreateSchemaStatement c -> "CREATE SCHEMA";
      case DropSchemaStatement d -> "DROP SCHEMA";
      case dev.quern.engine.ast.SecurityStatement sec -> sec.command().verb();
      case CreateDatabaseStatement c -> "CREATE DATABASE";
      case DropDatabaseStatement d -> "DROP DATABASE";
      case CreateSequenceStatement c -> "CREATE SEQUENCE";
      case AlterSequenceStatement a -> "ALTER SEQUENCE";
      case DropSequenceStatement d -> "DROP SEQUENCE";
      case dev.quern.engine.ast.CreateTypeStatement c -> "CREATE TYPE";
      case dev.quern.engine.ast.DropTypeStatement d -> "DROP TYPE";
      case dev.quern.engine.ast.FullTextStatement f -> f.command().verb();
      case dev.quern.engine.ast.CreateSynonymStatement c -> "CREATE SYNONYM";
      case dev.quern.engine.ast.ExternalLibraryStatement l -> l.verb() + " EXTERNAL LIBRARY";
      case dev.quern.engine.ast.XmlSchemaCollectionStatement x -> x.verb() + " XML SCHEMA COLLECTION";
      case dev.quern.engine.ast.PartitionStatement p -> p.command().verb();
      case dev.quern.engine.ast.EncryptionStatement e -> e.command().verb();
      case dev.quern.engine.ast.DropSynonymStatement d -> "DROP SYNONYM";
      case DeclareTableStatement d -> "DECLARE";
      case SetIdentityInsertStatement s2 -> "SET OPTION ON";
      default -> "UNKNOWN TOKEN";
    };
  }
}
