package dev.quern.engine.parser;

import dev.quern.engine.ast.ColumnDefinition;
import dev.quern.engine.ast.CreateDatabaseStatement;
import dev.quern.engine.ast.CreateTableStatement;
import dev.quern.engine.ast.DropDatabaseStatement;
import dev.quern.engine.ast.DropTableStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.TableConstraintDefinition;
import dev.quern.engine.ast.TableConstraintDefinition.Kind;
import dev.quern.engine.ast.TruncateTableStatement;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/** Parses CREATE/DROP of databases and tables, and TRUNCATE TABLE. */
final class DdlParser {
  private final TokenStream in;
  private final ExpressionParser expr;
  private final SelectParser select;

  private final StorageClauses storage;

  /** The statement a key's options belong to (error 155 names it) and the option names it takes. */
  private String keyStatement = "CREATE TABLE";
  private java.util.Set<String> keyOptions = StorageClauses.TABLE_KEY_OPTIONS;

  DdlParser(TokenStream in, ExpressionParser expr, SelectParser select) {
    this.in = in;
    this.storage = new StorageClauses(in);
    this.expr = expr;
    this.select = select;
  }

  /** Whether CREATE/DROP at the cursor is one this parser handles. */
  boolean handles() {
    Token next = in.peek(1);
    return next.is("TABLE") || next.is("DATABASE") || next.is("INDEX") || next.is("UNIQUE")
        || next.is("CLUSTERED") || next.is("NONCLUSTERED") || next.is("VIEW") || next.is("SCHEMA")
        || next.is("SEQUENCE") || next.is("PROC") || next.is("PROCEDURE") || next.is("FUNCTION")
        || next.is("TRIGGER") || next.is("TYPE") || next.is("SYNONYM") || next.is("OR") && in.peek(2).is("ALTER") && in.peek(3).is("VIEW")
        || next.is("SPATIAL") || next.is("COLUMNSTORE");
  }

  Statement create() {
    int line = in.line();
    in.expect("CREATE");
    if (in.at("OR")) {
      in.next();
      in.expect("ALTER");
      return view(line, dev.quern.engine.ast.CreateViewStatement.Mode.CREATE_OR_ALTER);
    }
    if (in.at("VIEW")) {
      return view(line, dev.quern.engine.ast.CreateViewStatement.Mode.CREATE);
    }
    if (in.at("SPATIAL") && in.peek(1).is("INDEX")) {
      // Spatial indexes (grids over geometry and geography) are not built: refused, never accepted without effect.
      throw dev.quern.engine.error.SqlErrors.OPTION_NOT_SUPPORTED.raise("SPATIAL INDEX");
    }
    if (in.accept("DATABASE")) {
      String database = in.identifier();
      return new CreateDatabaseStatement(line, database, in.accept("COLLATE") ? Collations.name(in, false) : null);
    }
    if (in.at("SEQUENCE")) {
      return sequence(line);
    }
    if (in.accept("TYPE")) {
      return createType(line);
    }
    if (in.accept("SYNONYM")) {
      List<String> name = NameParser.objectName(in);
      in.expect("FOR");
      return new dev.quern.engine.ast.CreateSynonymStatement(line, name, NameParser.objectName(in));
    }
    if (in.accept("SCHEMA")) {
      String name = in.identifier();
      String owner = in.accept("AUTHORIZATION") ? in.identifier() : null;
      return new dev.quern.engine.ast.CreateSchemaStatement(line, name, owner);
    }
    if (!in.at("TABLE")) {
      return createIndex(line);
    }
    in.expect("TABLE");
    List<String> name = NameParser.objectName(in);
    CreateTableStatement table = tableBody(line, name);
    StorageClauses.TableClauses clauses = storage.tableClauses();
    return table.withVersioning(clauses.versioning()).withPlacement(clauses.placement())
        .withCompression(clauses.compression());
  }

  /** CREATE TYPE after its keywords: {@code name FROM base [NULL | NOT NULL]} or {@code name AS TABLE (…)}. */
  private Statement createType(int line) {
    List<String> name = NameParser.objectName(in);
    if (in.accept("AS")) {
      in.expect("TABLE");
      return new dev.quern.engine.ast.CreateTypeStatement(line, name, null, null, withoutColumnstore(tableBody(line, name)));
    }
    in.expect("FROM");
    dev.quern.engine.ast.TypeName base = TypeNameParser.parse(in);
    Boolean nullable = null;
    if (in.at("NOT") && in.peek(1).is("NULL")) {
      in.next();
      in.next();
      nullable = false;
    } else if (in.accept("NULL")) {
      nullable = true;
    }
    return new dev.quern.engine.ast.CreateTypeStatement(line, name, base, nullable, null);
  }

  /** {@code DECLARE @t [AS] TABLE (…)}: the caller saw DECLARE, a variable and TABLE ahead. */
  Statement declareTable() {
    int line = in.line();
    in.expect("DECLARE");
    String name = in.next().value();
    in.accept("AS");
    in.expect("TABLE");
    return new dev.quern.engine.ast.DeclareTableStatement(line, name, withoutColumnstore(tableBody(line, List.of(name))));
  }

  /** A table type's or table variable's body: SQL Server refuses a columnstore index there (35310). */
  private static CreateTableStatement withoutColumnstore(CreateTableStatement body) {
    if (body.indexes().stream().anyMatch(dev.quern.engine.ast.CreateIndexStatement::isColumnstore)) {
      throw dev.quern.engine.error.ColumnstoreErrors.TABLE_VARIABLE.raise();
    }
    return body;
  }

  /**
   * {@code (columns, table constraints and indexes)} of CREATE TABLE or DECLARE … TABLE; an index
   * declared inline ({@code INDEX ix (a)}, or {@code a int INDEX ix} on a column) is created with
   * the table.
   */
  CreateTableStatement tableBody(int line, List<String> name) {
    in.expectSymbol("(");
    List<ColumnDefinition> columns = new ArrayList<>();
    List<TableConstraintDefinition> constraints = new ArrayList<>();
    List<dev.quern.engine.ast.CreateIndexStatement> indexes = new ArrayList<>();
    dev.quern.engine.ast.PeriodDefinition period = null;
    inlineIndexes = indexes;
    inlineTable = name;
    try {
      do {
        if (SystemTimeParser.atPeriod(in)) {
          period = SystemTimeParser.period(in);
        } else if (in.at("INDEX")) {
          indexes.add(inlineIndex(line, name));
        } else if (atTableConstraint()) {
          constraints.add(constraint(true));
        } else {
          columns.add(column());
        }
        // SQL Server accepts one trailing comma before the closing parenthesis: (a int, b int, )
      } while (in.acceptSymbol(",") && !in.atSymbol(")"));
    } finally {
      inlineIndexes = null;
    }
    in.expectSymbol(")");
    return new CreateTableStatement(line, name, columns, constraints, indexes, period, null);
  }

  /** Where a column's inline {@code INDEX name} goes while a table body is read (null outside one). */
  private List<dev.quern.engine.ast.CreateIndexStatement> inlineIndexes;
  private List<String> inlineTable;

  /** {@code INDEX name [UNIQUE] [CLUSTERED | NONCLUSTERED] (keys) …} inside CREATE TABLE. */
  private dev.quern.engine.ast.CreateIndexStatement inlineIndex(int line, List<String> table) {
    in.expect("INDEX");
    String name = in.identifier();
    boolean unique = in.accept("UNIQUE");
    boolean clustered = in.accept("CLUSTERED");
    if (!clustered) {
      in.accept("NONCLUSTERED");
    }
    if (in.accept("COLUMNSTORE")) {
      return new ColumnstoreIndexParser(in, expr, storage).body(line, unique, clustered, name, table);
    }
    return indexBody(line, unique, clustered, name, table, keyStatement, keyOptions);
  }

  /** ALTER VIEW, ALTER TABLE and ALTER SEQUENCE. */
  boolean handlesAlter() {
    return in.peek(1).is("VIEW") || in.peek(1).is("TABLE") || in.peek(1).is("SEQUENCE");
  }

  Statement alter() {
    int line = in.line();
    in.expect("ALTER");
    if (in.at("VIEW")) {
      return view(line, dev.quern.engine.ast.CreateViewStatement.Mode.ALTER);
    }
    if (in.peek().is("SEQUENCE")) {
      return new SequenceOptionsParser(in).alter(line);
    }
    in.expect("TABLE");
    List<String> table = NameParser.objectName(in);
    if ((in.at("ENABLE") || in.at("DISABLE")) && in.peek(1).is("TRIGGER")) {
      return TriggerParser.enableOnTable(in, line, table);
    }
    if (in.at("SET") && in.peek(1).isSymbol("(") && in.peek(2).is("SYSTEM_VERSIONING")) {
      in.next();
      in.next();
      in.next();
      var versioning = SystemTimeParser.versioning(in);
      in.expectSymbol(")");
      return new dev.quern.engine.ast.AlterTableStatement(
          line, table, new dev.quern.engine.ast.AlterTableStatement.SetVersioning(versioning));
    }
    if (in.at("DROP") && in.peek(1).is("PERIOD")) {
      in.next();
      in.expect("PERIOD");
      in.expect("FOR");
      in.expect("SYSTEM_TIME");
      return new dev.quern.engine.ast.AlterTableStatement(
          line, table, new dev.quern.engine.ast.AlterTableStatement.DropPeriod());
    }
    if (in.at("SET") && in.peek(1).isSymbol("(")) {
      return MaintenanceParser.lockEscalation(in, line, table);
    }
    if ((in.at("ENABLE") || in.at("DISABLE")) && in.peek(1).is("CHANGE_TRACKING")) {
      return ChangeTrackingOptionsParser.table(in, line, table);
    }
    if (in.accept("SWITCH")) {
      Long from = in.accept("PARTITION") ? in.signedNumber() : null;
      in.expect("TO");
      List<String> target = NameParser.objectName(in);
      Long to = in.accept("PARTITION") ? in.signedNumber() : null;
      if (in.at("WITH") && in.peek(1).isSymbol("(")) {
        in.next();
        StorageClauses.skipParenthesized(in); // WAIT_AT_LOW_PRIORITY: no wait to tune here
      }
      return new dev.quern.engine.ast.AlterTableStatement(
          line, table, new dev.quern.engine.ast.AlterTableStatement.Switch(from, target, to));
    }
    dev.quern.engine.ast.AlterTableStatement.Action action;
    Boolean withCheck = ConstraintStateParser.withCheck(in);
    if (ConstraintStateParser.atToggle(in)) {
      action = ConstraintStateParser.toggle(in, withCheck);
    } else if (withCheck != null || in.at("ADD")) {
      in.expect("ADD");
      action = addition(Boolean.FALSE.equals(withCheck));
    } else if (in.accept("DROP")) {
      action = drops();
    } else {
      in.expect("ALTER");
      in.expect("COLUMN");
      if ((in.peek(1).is("ADD") || in.peek(1).is("DROP")) && in.peek(2).is("PERSISTED")) {
        String column = in.identifier();
        boolean add = in.next().is("ADD");
        in.next();
        action = new dev.quern.engine.ast.AlterTableStatement.AlterPersisted(column, add);
      } else if ((in.peek(1).is("ADD") || in.peek(1).is("DROP")) && in.peek(2).is("HIDDEN")) {
        String column = in.identifier();
        boolean add = in.next().is("ADD");
        in.next();
        action = new dev.quern.engine.ast.AlterTableStatement.AlterHidden(column, add);
      } else {
        action = new dev.quern.engine.ast.AlterTableStatement.AlterColumn(column());
      }
    }
    return new dev.quern.engine.ast.AlterTableStatement(line, table, action);
  }

  /**
   * ALTER TABLE … DROP's list (the cursor is after DROP): groups of {@code COLUMN [IF EXISTS] a, b}
   * and {@code [CONSTRAINT] [IF EXISTS] x, y} (a bare name is a constraint, as in SQL Server), in
   * any order; a comma before COLUMN or CONSTRAINT starts the next group.
   */
  private dev.quern.engine.ast.AlterTableStatement.Action drops() {
    List<dev.quern.engine.ast.AlterTableStatement.Action> groups = new ArrayList<>();
    do {
      boolean column = in.accept("COLUMN");
      if (!column) {
        in.accept("CONSTRAINT");
      }
      boolean ifExists = in.at("IF") && in.peek(1).is("EXISTS");
      if (ifExists) {
        in.next();
        in.next();
      }
      List<String> names = new ArrayList<>();
      names.add(in.identifier());
      while (in.atSymbol(",") && !in.peek(1).is("COLUMN") && !in.peek(1).is("CONSTRAINT")) {
        in.acceptSymbol(",");
        names.add(in.identifier());
      }
      groups.add(column
          ? new dev.quern.engine.ast.AlterTableStatement.DropColumns(names, ifExists)
          : new dev.quern.engine.ast.AlterTableStatement.DropConstraints(names, ifExists));
    } while (in.acceptSymbol(","));
    return groups.size() == 1 ? groups.getFirst() : new dev.quern.engine.ast.AlterTableStatement.Drops(groups);
  }

  /** Whether a table constraint (rather than a column) starts here. */
  private boolean atTableConstraint() {
    return in.at("CONSTRAINT") || in.at("PRIMARY") || in.at("UNIQUE") || in.at("CHECK") || in.at("FOREIGN")
        || in.at("REFERENCES");
  }

  /** ALTER TABLE … ADD's list of columns and table constraints (the cursor is after ADD). */
  private dev.quern.engine.ast.AlterTableStatement.Add addition(boolean noCheck) {
    List<ColumnDefinition> columns = new ArrayList<>();
    List<TableConstraintDefinition> constraints = new ArrayList<>();
    dev.quern.engine.ast.PeriodDefinition period = null;
    keyStatement = "ALTER TABLE";
    keyOptions = StorageClauses.ALTER_TABLE_KEY_OPTIONS;
    try {
      do {
        if (SystemTimeParser.atPeriod(in)) {
          period = SystemTimeParser.period(in);
        } else if (in.at("DEFAULT") || in.at("CONSTRAINT") && in.peek(2).is("DEFAULT")) {
          constraints.add(defaultFor());
        } else if (atTableConstraint()) {
          constraints.add(constraint(true));
        } else {
          columns.add(column());
        }
      } while (in.acceptSymbol(","));
    } finally {
      keyStatement = "CREATE TABLE";
      keyOptions = StorageClauses.TABLE_KEY_OPTIONS;
    }
    return new dev.quern.engine.ast.AlterTableStatement.Add(columns, constraints, noCheck, period);
  }

  private Statement view(int line, dev.quern.engine.ast.CreateViewStatement.Mode mode) {
    in.expect("VIEW");
    List<String> name = NameParser.objectName(in);
    List<String> columns = new ArrayList<>();
    if (in.acceptSymbol("(")) {
      do {
        columns.add(in.identifier());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    List<String> attributes = viewAttributes();
    in.expect("AS");
    if (in.at("WITH")) {
      // Common table expressions for the view's query: stored inlined, as derived tables, which a
      // recursive one cannot be written as (not given yet).
      in.next();
      dev.quern.engine.ast.QuerySpec q =
          select.withCommonTables(() -> {
            if (select.commonTableList(new dev.quern.engine.ast.RecursionLimit())) {
              throw dev.quern.engine.error.SqlErrors.OPTION_NOT_SUPPORTED.raise("recursive common table expression in a view");
            }
            return select.query();
          });
      return new dev.quern.engine.ast.CreateViewStatement(line, mode, name, columns, q, checkOption(), attributes);
    }
    dev.quern.engine.ast.QuerySpec q = select.query();
    return new dev.quern.engine.ast.CreateViewStatement(line, mode, name, columns, q, checkOption(), attributes);
  }

  /**
   * CREATE VIEW's {@code WITH attribute, …} before AS: SCHEMABINDING, ENCRYPTION (the text is
   * hidden) and VIEW_METADATA (which only changes what browse-mode clients are told); anything
   * else is 155.
   */
  private List<String> viewAttributes() {
    List<String> attributes = new ArrayList<>();
    if (!in.accept("WITH")) {
      return attributes;
    }
    do {
      dev.quern.engine.lexer.Token t = in.next();
      String a = t.upper();
      if (!a.equals("SCHEMABINDING") && !a.equals("VIEW_METADATA") && !a.equals("ENCRYPTION")) {
        throw dev.quern.engine.error.SqlErrors.UNRECOGNIZED_OPTION.raise(t.value(), "CREATE VIEW");
      }
      if (!attributes.contains(a)) {
        attributes.add(a);
      }
    } while (in.acceptSymbol(","));
    return attributes;
  }

  /** {@code WITH CHECK OPTION} after a view's query: rows written through it must stay visible in it. */
  private boolean checkOption() {
    if (!in.at("WITH") || !in.peek(1).is("CHECK")) {
      return false;
    }
    in.next();
    in.expect("CHECK");
    in.expect("OPTION");
    return true;
  }

  private Statement sequence(int line) {
    in.expect("SEQUENCE");
    List<String> name = NameParser.objectName(in);
    dev.quern.engine.ast.TypeName type = null;
    Long start = null;
    Long increment = null;
    Long min = null;
    Long max = null;
    boolean cycle = false;
    Integer cache = null;
    while (true) {
      if (in.accept("AS")) {
        type = TypeNameParser.parse(in);
      } else if (in.peek().is("START")) {
        in.next();
        in.expect("WITH");
        start = in.signedNumber();
      } else if (in.peek().is("INCREMENT")) {
        in.next();
        in.expect("BY");
        increment = in.signedNumber();
      } else if (in.peek().is("MINVALUE")) {
        in.next();
        min = in.signedNumber();
      } else if (in.peek().is("MAXVALUE")) {
        in.next();
        max = in.signedNumber();
      } else if (in.peek().is("CYCLE")) {
        in.next();
        cycle = true;
      } else if (in.peek().is("CACHE")) {
        in.next();
        cache = in.peek().type() == TokenType.NUMBER ? (int) in.signedNumber() : null;
      } else if (in.at("NO")) {
        in.next();
        Token what = in.next();
        if (what.is("CYCLE")) {
          cycle = false;
        } else if (what.is("CACHE")) {
          cache = 0;
        } else if (!what.is("MINVALUE") && !what.is("MAXVALUE")) {
          throw TokenStream.errorNear(what);
        }
      } else {
        return new dev.quern.engine.ast.CreateSequenceStatement(line, name, type, start, increment, min, max, cycle, cache);
      }
    }
  }

  private Statement createIndex(int line) {
    boolean unique = in.accept("UNIQUE");
    boolean clustered = in.accept("CLUSTERED");
    if (!clustered) {
      in.accept("NONCLUSTERED");
    }
    boolean columnstore = in.accept("COLUMNSTORE");
    in.expect("INDEX");
    String name = in.identifier();
    in.expect("ON");
    List<String> table = NameParser.objectName(in);
    if (columnstore) {
      return new ColumnstoreIndexParser(in, expr, storage).body(line, unique, clustered, name, table);
    }
    return indexBody(line, unique, clustered, name, table, "CREATE INDEX", StorageClauses.CREATE_INDEX_OPTIONS);
  }

  /**
   * An index's {@code (keys) [INCLUDE (…)] [WHERE …] [WITH (…)] [ON …]}: after CREATE INDEX's head,
   * or of an index declared inside CREATE TABLE ({@code statement} names which, for error 155).
   */
  private dev.quern.engine.ast.CreateIndexStatement indexBody(
      int line, boolean unique, boolean clustered, String name, List<String> table, String statement,
      java.util.Set<String> allowed) {
    in.expectSymbol("(");
    List<TableConstraintDefinition.KeyColumn> keys = new ArrayList<>();
    do {
      String c = in.identifier();
      boolean desc = in.accept("DESC");
      if (!desc) {
        in.accept("ASC");
      }
      keys.add(new TableConstraintDefinition.KeyColumn(c, desc));
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    List<String> includes = new ArrayList<>();
    if (in.peek().is("INCLUDE")) {
      in.next();
      in.expectSymbol("(");
      do {
        includes.add(in.identifier());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    Expr filter = in.accept("WHERE") ? expr.parse() : null;
    StorageClauses.IndexOptions options = storage.indexClauses(statement, allowed);
    return new dev.quern.engine.ast.CreateIndexStatement(
        line, unique, clustered, name, table, keys, includes, filter, options.dropExisting(), options.ignoreDupKey(),
        options.placement(), options.settings());
  }

  private ColumnDefinition column() {
    // A bare TIMESTAMP is a column named timestamp of type timestamp (rowversion), as in SQL Server.
    boolean bareTimestamp = in.peek().is("TIMESTAMP") && endsBareColumn(in.peek(1));
    String name = in.identifier();
    dev.quern.engine.ast.TypeName type = null;
    Expr computed = null;
    boolean persisted = false;
    if (bareTimestamp) {
      type = new dev.quern.engine.ast.TypeName("timestamp", List.of());
    } else if (in.accept("AS")) {
      computed = expr.parse();
      if (in.peek().is("PERSISTED")) {
        in.next();
        persisted = true;
      }
    } else {
      type = TypeNameParser.parse(in);
    }
    Boolean nullable = null;
    ColumnDefinition.IdentitySpec identity = null;
    String defaultName = null;
    Expr defaultValue = null;
    boolean withValues = false;
    List<TableConstraintDefinition> constraints = new ArrayList<>();
    ColumnDefinition.Generated generated = null;
    String collation = null;
    while (true) {
      if (in.at("GENERATED") && in.peek(1).is("ALWAYS")) {
        in.next();
        in.next();
        in.expect("AS");
        in.expect("ROW");
        boolean start = in.accept("START");
        if (!start) {
          in.expect("END");
        }
        generated = new ColumnDefinition.Generated(start, false);
      } else if (generated != null && in.accept("HIDDEN")) {
        generated = new ColumnDefinition.Generated(generated.start(), true);
      } else if (in.at("NOT") && in.peek(1).is("NULL")) {
        in.next();
        in.next();
        nullable = false;
      } else if (in.accept("NULL")) {
        nullable = true;
      } else if (computed != null && (in.at("IDENTITY") || in.at("DEFAULT")
          || in.at("CONSTRAINT") && in.peek(2).is("DEFAULT"))) {
        // A computed column takes neither: SQL Server stops at the keyword.
        throw TokenStream.errorNear(in.at("CONSTRAINT") ? in.peek(2) : in.peek());
      } else if (in.accept("IDENTITY")) {
        long seed = 1;
        long increment = 1;
        if (in.acceptSymbol("(")) {
          seed = in.signedNumber();
          in.expectSymbol(",");
          increment = in.signedNumber();
          in.expectSymbol(")");
        }
        identity = new ColumnDefinition.IdentitySpec(seed, increment);
      } else if (in.at("NOT") && in.peek(1).is("FOR") && in.peek(2).is("REPLICATION")) {
        // Replication agents' exemption: Quern has no replication, so nothing to exempt.
        in.next();
        in.next();
        in.next();
      } else if (in.accept("SPARSE") || in.accept("ROWGUIDCOL")) {
        // Storage of NULLs and the $ROWGUID marker: the column's values are the same without them.
      } else if (in.accept("COLLATE")) {
        collation = Collations.name(in, true);
      } else if (in.at("INDEX") && inlineIndexes != null) {
        int line = in.line();
        in.next();
        String index = in.identifier();
        boolean clustered = in.accept("CLUSTERED");
        if (!clustered) {
          in.accept("NONCLUSTERED");
        }
        if (in.at("COLUMNSTORE")) {
          throw dev.quern.engine.error.ColumnstoreErrors.COLUMN_LEVEL.raise();
        }
        StorageClauses.IndexOptions options = storage.indexClauses(keyStatement, keyOptions);
        inlineIndexes.add(new dev.quern.engine.ast.CreateIndexStatement(line, false, clustered, index, inlineTable,
            List.of(new TableConstraintDefinition.KeyColumn(name, false)), List.of(), null, false,
            options.ignoreDupKey(), options.placement(), options.settings()));
      } else if (in.at("CONSTRAINT") && in.peek(2).is("DEFAULT")) {
        in.next();
        defaultName = in.identifier();
        in.expect("DEFAULT");
        defaultValue = expr.parse();
        withValues = acceptWithValues();
      } else if (in.accept("DEFAULT")) {
        defaultValue = expr.parse();
        withValues = acceptWithValues();
      } else if (atTableConstraint()) {
        constraints.add(constraint(false));
      } else {
        return new ColumnDefinition(
            name, type, nullable, identity, defaultName, defaultValue, constraints, computed, persisted, generated,
            collation, withValues);
      }
    }
  }

  /** {@code WITH VALUES} after a column's DEFAULT: ALTER TABLE ADD fills the rows there with it. */
  private boolean acceptWithValues() {
    if (in.at("WITH") && in.peek(1).is("VALUES")) {
      in.next();
      in.next();
      return true;
    }
    return false;
  }

  /** {@code NOT FOR REPLICATION} on a key, CHECK or IDENTITY: Quern has no replication agents. */
  private void acceptNotForReplication() {
    if (in.at("NOT") && in.peek(1).is("FOR") && in.peek(2).is("REPLICATION")) {
      in.next();
      in.next();
      in.next();
    }
  }

  /** ALTER TABLE … ADD {@code [CONSTRAINT name] DEFAULT expr FOR column} (what SSMS scripts write). */
  private TableConstraintDefinition defaultFor() {
    String name = in.accept("CONSTRAINT") ? in.identifier() : null;
    in.expect("DEFAULT");
    Expr value = expr.parse();
    in.expect("FOR");
    String column = in.identifier();
    return new TableConstraintDefinition(name, Kind.DEFAULT, null,
        List.of(new TableConstraintDefinition.KeyColumn(column, false)), value);
  }

  /** Whether {@code t} may follow a column definition that names no type (a bare TIMESTAMP). */
  private static boolean endsBareColumn(dev.quern.engine.lexer.Token t) {
    return t.isSymbol(",") || t.isSymbol(")") || t.is("NOT") || t.is("NULL") || t.is("CONSTRAINT")
        || t.is("PRIMARY") || t.is("UNIQUE");
  }

  private TableConstraintDefinition constraint(boolean tableLevel) {
    String name = in.accept("CONSTRAINT") ? in.identifier() : null;
    if (in.at("FOREIGN") || in.at("REFERENCES")) {
      return foreignKey(name, tableLevel);
    }
    if (in.accept("CHECK")) {
      acceptNotForReplication();
      in.expectSymbol("(");
      Expr check = expr.parse();
      in.expectSymbol(")");
      return new TableConstraintDefinition(name, Kind.CHECK, null, List.of(), check);
    }
    Kind kind;
    if (in.accept("PRIMARY")) {
      in.expect("KEY");
      kind = Kind.PRIMARY_KEY;
    } else {
      in.expect("UNIQUE");
      kind = Kind.UNIQUE;
    }
    Boolean clustered = null;
    if (in.accept("CLUSTERED")) {
      clustered = true;
    } else if (in.accept("NONCLUSTERED")) {
      clustered = false;
    }
    List<TableConstraintDefinition.KeyColumn> cols = new ArrayList<>();
    if (tableLevel || in.atSymbol("(")) {
      in.expectSymbol("(");
      do {
        String c = in.identifier();
        boolean desc = in.accept("DESC");
        if (!desc) {
          in.accept("ASC");
        }
        cols.add(new TableConstraintDefinition.KeyColumn(c, desc));
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    StorageClauses.IndexOptions options = storage.indexClauses(keyStatement, keyOptions);
    return new TableConstraintDefinition(name, kind, clustered, cols, null, null, options.ignoreDupKey(),
        options.placement(), options.settings());
  }

  private TableConstraintDefinition foreignKey(String name, boolean tableLevel) {
    List<TableConstraintDefinition.KeyColumn> cols = new ArrayList<>();
    if (in.accept("FOREIGN")) {
      in.expect("KEY");
      // A column's own constraint may say FOREIGN KEY REFERENCES with no column list.
      if (tableLevel || in.atSymbol("(")) {
        in.expectSymbol("(");
        do {
          cols.add(new TableConstraintDefinition.KeyColumn(in.identifier(), false));
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
      }
    } else if (tableLevel) {
      throw in.unexpected();
    }
    in.expect("REFERENCES");
    List<String> table = NameParser.objectName(in);
    List<String> refColumns = new ArrayList<>();
    if (in.acceptSymbol("(")) {
      do {
        refColumns.add(in.identifier());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    String onDelete = "NO_ACTION";
    String onUpdate = "NO_ACTION";
    while (in.at("ON") && (in.peek(1).is("DELETE") || in.peek(1).is("UPDATE"))) {
      in.next();
      boolean delete = in.next().is("DELETE");
      String action;
      if (in.accept("CASCADE")) {
        action = "CASCADE";
      } else if (in.accept("NO")) {
        in.expect("ACTION");
        action = "NO_ACTION";
      } else {
        in.expect("SET");
        action = in.accept("NULL") ? "SET_NULL" : "SET_DEFAULT";
        if (action.equals("SET_DEFAULT")) {
          in.expect("DEFAULT");
        }
      }
      if (delete) {
        onDelete = action;
      } else {
        onUpdate = action;
      }
    }
    acceptNotForReplication();
    return new TableConstraintDefinition(
        name, Kind.FOREIGN_KEY, null, cols, null,
        new TableConstraintDefinition.References(table, refColumns, onDelete, onUpdate));
  }

  Statement drop() {
    int line = in.line();
    in.expect("DROP");
    if (in.accept("SCHEMA")) {
      boolean exists = false;
      if (in.at("IF") && in.peek(1).is("EXISTS")) {
        in.next();
        in.next();
        exists = true;
      }
      return new dev.quern.engine.ast.DropSchemaStatement(line, exists, in.identifier());
    }
    if (in.accept("SYNONYM")) {
      boolean exists = ifExists();
      return new dev.quern.engine.ast.DropSynonymStatement(line, exists, NameParser.objectName(in));
    }
    if (in.accept("TYPE")) {
      boolean exists = ifExists();
      return new dev.quern.engine.ast.DropTypeStatement(line, exists, NameParser.objectName(in));
    }
    if (in.accept("SEQUENCE")) {
      boolean exists = ifExists();
      return new dev.quern.engine.ast.DropSequenceStatement(line, exists, objectNames());
    }
    if (in.accept("PROC") || in.accept("PROCEDURE")) {
      boolean exists = ifExists();
      return new dev.quern.engine.ast.DropProcedureStatement(line, exists, objectNames());
    }
    if (in.accept("FUNCTION")) {
      boolean exists = ifExists();
      return new dev.quern.engine.ast.DropFunctionStatement(line, exists, objectNames());
    }
    if (in.accept("TRIGGER")) {
      boolean exists = ifExists();
      var names = objectNames();
      // ON DATABASE | ALL SERVER: DDL triggers; without it, DML triggers.
      int parentClass = dev.quern.catalog.meta.Trigger.OBJECT;
      if (in.accept("ON")) {
        parentClass = TriggerParser.scope(in);
        if (parentClass == dev.quern.catalog.meta.Trigger.OBJECT) {
          throw in.unexpected();
        }
      }
      return new dev.quern.engine.ast.DropTriggerStatement(line, exists, names, parentClass);
    }
    boolean database = in.accept("DATABASE");
    boolean index = !database && in.accept("INDEX");
    boolean view = !database && !index && in.accept("VIEW");
    if (!database && !index && !view) {
      in.expect("TABLE");
    }
    boolean ifExists = false;
    if (in.at("IF") && in.peek(1).is("EXISTS")) {
      in.next();
      in.next();
      ifExists = true;
    }
    if (database) {
      return new DropDatabaseStatement(line, ifExists, in.identifier());
    }
    if (index) {
      List<String> first = NameParser.objectName(in);
      if (in.accept("ON")) {
        return new dev.quern.engine.ast.DropIndexStatement(line, ifExists, first.getFirst(), NameParser.objectName(in));
      }
      // DROP INDEX table.index (the older form).
      if (first.size() < 2) {
        throw in.unexpected();
      }
      return new dev.quern.engine.ast.DropIndexStatement(
          line, ifExists, first.getLast(), first.subList(0, first.size() - 1));
    }
    List<List<String>> names = new ArrayList<>();
    do {
      names.add(NameParser.objectName(in));
    } while (in.acceptSymbol(","));
    return view
        ? new dev.quern.engine.ast.DropViewStatement(line, ifExists, names)
        : new DropTableStatement(line, ifExists, names);
  }

  /** {@code IF EXISTS} after DROP kind, if there. */
  private boolean ifExists() {
    if (in.at("IF") && in.peek(1).is("EXISTS")) {
      in.next();
      in.next();
      return true;
    }
    return false;
  }

  /** {@code name [, name …]}: the objects a DROP names. */
  private List<List<String>> objectNames() {
    List<List<String>> names = new ArrayList<>();
    do {
      names.add(NameParser.objectName(in));
    } while (in.acceptSymbol(","));
    return names;
  }

  /** SET IDENTITY_INSERT table ON|OFF (the other SET statements belong to SetParser). */
  Statement identityInsert() {
    int line = in.line();
    in.expect("SET");
    in.next();
    List<String> table = NameParser.objectName(in);
    boolean on = in.accept("ON");
    if (!on) {
      in.expect("OFF");
    }
    return new dev.quern.engine.ast.SetIdentityInsertStatement(line, table, on);
  }

  Statement truncate() {
    int line = in.line();
    in.expect("TRUNCATE");
    in.expect("TABLE");
    List<String> name = NameParser.objectName(in);
    List<TruncateTableStatement.PartitionRange> partitions = new ArrayList<>();
    if (in.at("WITH") && in.peek(1).isSymbol("(")) {
      in.next();
      in.expectSymbol("(");
      in.expect("PARTITIONS");
      in.expectSymbol("(");
      do {
        long from = in.signedNumber();
        long to = in.accept("TO") ? in.signedNumber() : from;
        partitions.add(new TruncateTableStatement.PartitionRange(from, to));
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
      in.expectSymbol(")");
    }
    return new TruncateTableStatement(line, name, partitions);
  }
}
