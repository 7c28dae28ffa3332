package dev.quern.engine.parser;

import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.TableMaintenanceStatement;
import dev.quern.engine.ast.TableMaintenanceStatement.Kind;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.List;
import java.util.Set;

/**
 * ALTER INDEX … REBUILD | REORGANIZE | DISABLE and ALTER TABLE … SET (LOCK_ESCALATION = …): what
 * index-maintenance jobs and generated scripts run, and ALTER INDEX … SET (…) of the options that
 * need no rebuild. The forms that would change what a table does and that Quern lacks (resumable
 * operations, IGNORE_DUP_KEY changed on an existing index) are refused with 40517.
 */
final class MaintenanceParser {
  /** ALTER INDEX … REBUILD takes CREATE INDEX's options but DROP_EXISTING and OPTIMIZE_FOR_SEQUENTIAL_KEY. */
  private static final Set<String> REBUILD_OPTIONS = Set.of(
      "PAD_INDEX", "FILLFACTOR", "SORT_IN_TEMPDB", "IGNORE_DUP_KEY", "STATISTICS_NORECOMPUTE",
      "STATISTICS_INCREMENTAL", "ONLINE", "ALLOW_ROW_LOCKS", "ALLOW_PAGE_LOCKS", "MAXDOP", "DATA_COMPRESSION",
      "XML_COMPRESSION", "RESUMABLE", "MAX_DURATION", "COMPRESSION_DELAY");

  /**
   * ALTER INDEX … SET takes the options that need no rebuild; FILLFACTOR, PAD_INDEX and
   * DATA_COMPRESSION are REBUILD's (155 here).
   */
  private static final Set<String> SET_OPTIONS = Set.of(
      "ALLOW_ROW_LOCKS", "ALLOW_PAGE_LOCKS", "OPTIMIZE_FOR_SEQUENTIAL_KEY", "IGNORE_DUP_KEY", "STATISTICS_NORECOMPUTE",
      "COMPRESSION_DELAY");

  private final TokenStream in;

  MaintenanceParser(TokenStream in) {
    this.in = in;
  }

  /** {@code ALTER INDEX {name | ALL} ON table {REBUILD [PARTITION = ALL] [WITH (…)] | REORGANIZE [WITH (…)] | DISABLE}}. */
  Statement alterIndex() {
    int line = in.line();
    in.expect("ALTER");
    in.expect("INDEX");
    String index = in.accept("ALL") ? null : in.identifier();
    in.expect("ON");
    List<String> table = NameParser.objectName(in);
    Token action = in.next();
    if (action.is("REBUILD")) {
      if (in.accept("PARTITION")) {
        in.expectSymbol("=");
        Token p = in.next();
        if (!p.is("ALL")) {
          throw SqlErrors.OPTION_NOT_SUPPORTED.raise("REBUILD PARTITION = " + p.value());
        }
      }
      StorageClauses.IndexOptions options = new StorageClauses(in).indexClauses("ALTER INDEX REBUILD", REBUILD_OPTIONS);
      if (options.ignoreDupKey()) {
        // It would change the index's behaviour, which a rebuild here leaves as it is.
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("ALTER INDEX REBUILD WITH (IGNORE_DUP_KEY = ON)");
      }
      return new TableMaintenanceStatement(line, Kind.REBUILD, table, index, null, options.settings());
    }
    if (action.is("REORGANIZE")) {
      // COMPRESS_ALL_ROW_GROUPS = ON is the statement's value: only a columnstore takes it (35375).
      String compressAll = null;
      if (in.at("WITH") && in.peek(1).isSymbol("(")) {
        in.next();
        in.expectSymbol("(");
        do {
          Token name = in.next();
          if (!name.is("LOB_COMPACTION") && !name.is("COMPRESS_ALL_ROW_GROUPS")) {
            throw SqlErrors.UNRECOGNIZED_OPTION.raise(name.value(), "ALTER INDEX REORGANIZE");
          }
          in.expectSymbol("=");
          Token v = in.next();
          StorageClauses.onOff(v);
          if (name.is("COMPRESS_ALL_ROW_GROUPS") && v.is("ON")) {
            compressAll = "COMPRESS_ALL_ROW_GROUPS";
          }
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
      }
      return new TableMaintenanceStatement(line, Kind.REORGANIZE, table, index, compressAll);
    }
    if (action.is("DISABLE")) {
      return new TableMaintenanceStatement(line, Kind.DISABLE, table, index, null);
    }
    if (action.is("SET")) {
      StorageClauses.IndexOptions options = new StorageClauses(in).setOptions("ALTER INDEX SET", SET_OPTIONS);
      if (options.ignoreDupKey()) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("ALTER INDEX SET (IGNORE_DUP_KEY = ON)");
      }
      return new TableMaintenanceStatement(line, Kind.SET, table, index, null, options.settings());
    }
    if (action.type() == TokenType.WORD) {
      // RESUME, PAUSE, ABORT.
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("ALTER INDEX " + action.value().toUpperCase(java.util.Locale.ROOT));
    }
    throw TokenStream.errorNear(action);
  }

  /** {@code SET (LOCK_ESCALATION = {AUTO | TABLE | DISABLE})} after ALTER TABLE name. */
  static Statement lockEscalation(TokenStream in, int line, List<String> table) {
    in.expect("SET");
    in.expectSymbol("(");
    Token option = in.next();
    if (!option.is("LOCK_ESCALATION")) {
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("ALTER TABLE SET (" + option.value() + ")");
    }
    in.expectSymbol("=");
    Token value = in.next();
    if (!value.is("AUTO") && !value.is("TABLE") && !value.is("DISABLE")) {
      throw TokenStream.errorNear(value);
    }
    in.expectSymbol(")");
    return new TableMaintenanceStatement(
        line, Kind.LOCK_ESCALATION, table, null, value.value().toUpperCase(java.util.Locale.ROOT));
  }
}
