package dev.quern.engine.parser;

import dev.quern.engine.ast.SelectStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.lexer.Lexer;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a T-SQL batch into statements by recursive descent. Statements need no terminator; a
 * statement ends where the next one can start. A procedure name alone is a call only as the
 * batch's first statement, as in SQL Server ({@code GO} sent as SQL thus fails with 2812).
 */
public final class Parser {
  private final TokenStream in;
  private final ExpressionParser expr;
  private final SelectParser select;
  private final SetParser set;
  private final ControlFlowParser flow;
  private final MessageParser messages;
  private final ExecParser exec;
  private final TransactionParser tran;
  private final DdlParser ddl;
  private final DmlParser dml;
  private final java.util.Map<Statement, dev.quern.engine.ast.SourceSpan> spans = new java.util.IdentityHashMap<>();
  /** The batch text (a procedure definition keeps its part of it). */
  private final String sql;

  private Parser(String sql, List<Token> tokens) {
    this.sql = sql;
    in = new TokenStream(tokens);
    expr = new ExpressionParser(in);
    select = new SelectParser(in, expr);
    expr.setSelectParser(select);
    set = new SetParser(in, expr);
    flow = new ControlFlowParser(in, expr, this);
    messages = new MessageParser(in, expr);
    exec = new ExecParser(in, expr);
    tran = new TransactionParser(in);
    ddl = new DdlParser(in, expr, select);
    dml = new DmlParser(in, expr, select, exec);
  }

  /** Parses a whole batch; raises a compile error (102, 156, 105 …) at the first fault. */
  public static List<Statement> parseBatch(String sql, boolean quotedIdentifier) {
    return parse(sql, quotedIdentifier).statements();
  }

  /** Parses a whole batch and keeps where each statement stands in the text. */
  public static ParsedBatch parse(String sql, boolean quotedIdentifier) {
    Parser p = new Parser(sql, Lexer.tokenize(sql, quotedIdentifier));
    List<Statement> statements = p.batch();
    return new ParsedBatch(statements, java.util.Collections.unmodifiableMap(p.spans));
  }

  /**
   * A stored procedure's definition text: its parameters, and its body (the text after AS) as a
   * batch of its own. Raises the compile error of a definition that is not one.
   */
  /**
   * A stored procedure's definition text: its parameters and its body as a batch of its own, blank
   * lines ahead of it so that line numbers of its errors (ERROR_LINE, the TDS ERROR token's
   * LineNumber) count from the definition's first line, as SQL Server's do.
   */
  public static StoredProcedure parseProcedure(String definition, boolean quotedIdentifier) {
    Parser p = new Parser(definition, Lexer.tokenize(definition, quotedIdentifier));
    ProcedureParser.Head head = new ProcedureParser(p.in, p.expr).head();
    return new StoredProcedure(
        head.parameters(), linesBefore(definition, head.bodyOffset()) + definition.substring(head.bodyOffset()), head.bodyOffset());
  }

  private static String linesBefore(String definition, int offset) {
    return "\n".repeat((int) definition.substring(0, offset).chars().filter(c -> c == '\n').count());
  }

  /**
   * A trigger's definition text: its head (table, events) and its body as a batch of its own,
   * blank lines ahead of it so its line numbers stay those of the definition.
   */
  public static StoredTrigger parseTrigger(String definition, boolean quotedIdentifier) {
    Parser p = new Parser(definition, Lexer.tokenize(definition, quotedIdentifier));
    TriggerParser.Head head = new TriggerParser(p.in).head();
    return new StoredTrigger(
        head.table(), head.events(), linesBefore(definition, head.bodyOffset()) + definition.substring(head.bodyOffset()));
  }

  /** What firing a trigger needs from its definition. */
  public record StoredTrigger(List<String> table, java.util.Set<String> events, String body) {}

  /**
   * What a call of a stored procedure needs from its definition: {@code body} starts at {@code
   * bodyAt} in it, blank lines ahead of it.
   */
  public record StoredProcedure(List<dev.quern.engine.ast.ProcedureParameter> parameters, String body, int bodyAt) {}

  /**
   * A user-defined function's definition text: its kind (FN, IF, TF), parameters, what it returns
   * ({@code returns} for a scalar one; {@code tableVariable} and {@code tableColumns} for a
   * multi-statement one) and its body: the BEGIN … END block as a batch of its own, or an inline
   * function's query.
   */
  public static StoredFunction parseFunction(String definition, boolean quotedIdentifier) {
    Parser p = new Parser(definition, Lexer.tokenize(definition, quotedIdentifier));
    FunctionParser.Definition d = p.functionParser().definition();
    return new StoredFunction(
        d.kind().name(), d.parameters(), d.returns(), d.tableVariable(), d.tableColumns(), d.nullOnNullInput(),
        d.schemaBound(), d.encrypted(),
        // Blank lines ahead of the body keep its line numbers those of the definition (errors name them).
        "\n".repeat((int) definition.substring(0, d.bodyStart()).chars().filter(c -> c == '\n').count())
            + definition.substring(d.bodyStart(), d.bodyEnd()));
  }

  /** What a call of a user-defined function needs from its definition. */
  public record StoredFunction(
      String kind, List<dev.quern.engine.ast.ProcedureParameter> parameters, dev.quern.engine.ast.TypeName returns,
      String tableVariable, String tableColumns, boolean nullOnNullInput, boolean schemaBound, boolean encrypted,
      String body) {}

  /** A query alone (an inline function's, its parameters replaced): 102/156 for anything else. */
  public static dev.quern.engine.ast.QuerySpec parseQuery(String sql, boolean quotedIdentifier) {
    Parser p = new Parser(sql, Lexer.tokenize(sql, quotedIdentifier));
    dev.quern.engine.ast.QuerySpec q = p.select.query();
    if (!p.in.atEnd()) {
      throw p.in.unexpected();
    }
    return q;
  }

  private FunctionParser functionParser() {
    return new FunctionParser(this, in, expr, select, ddl, sql);
  }

  private List<Statement> batch() {
    List<Statement> out = new ArrayList<>();
    // A module's stored text keeps the comments in front of its CREATE (a header block), as SQL
    // Server's does; not a semicolon before it.
    int firstToken = in.atEnd() ? sql.length() : in.peek().offset();
    skipSemicolons();
    int lead = !in.atEnd() && in.peek().offset() == firstToken ? ProcedureParser.leadingText(sql, firstToken) : firstToken;
    if (!in.atEnd() && ProcedureParser.starts(in)) {
      int start = in.peek().offset();
      ProcedureParser.Head head = new ProcedureParser(in, expr).head();
      while (true) { // the body is the rest of the batch: parsed now for its syntax errors
        skipSemicolons();
        if (in.atEnd()) {
          break;
        }
        requiredStatement();
      }
      String text = ProcedureParser.definition(sql, lead, start, head.mode(), "PROC");
      out.add(spanned(start, ProcedureParser.statement(head, text)));
      return List.copyOf(out);
    }
    if (!in.atEnd() && TriggerParser.starts(in)) {
      int start = in.peek().offset();
      TriggerParser.Head head = new TriggerParser(in).head();
      restOfBatch();
      String text = ProcedureParser.definition(sql, lead, start, head.mode(), "TRIGGER");
      out.add(spanned(start, TriggerParser.statement(head, text)));
      return List.copyOf(out);
    }
    if (!in.atEnd() && FunctionParser.starts(in)) {
      int start = in.peek().offset();
      FunctionParser.Definition d = functionParser().definition();
      String text = ProcedureParser.definition(sql, lead, start, d.mode(), "FUNCTION");
      out.add(spanned(start, new dev.quern.engine.ast.CreateFunctionStatement(d.line(), d.mode(), d.name(), d.kind().name(), text)));
      return List.copyOf(out);
    }
    if (!in.atEnd() && startsBareCall()) {
      int start = in.peek().offset();
      out.add(spanned(start, exec.call(in.line(), null)));
    }
    while (true) {
      skipSemicolons();
      if (in.atEnd()) {
        return List.copyOf(out);
      }
      out.add(requiredStatement());
    }
  }

  private boolean startsBareCall() {
    Token t = in.peek();
    return t.isIdentifier() && !t.is("THROW") && !in.peek(1).isSymbol("=") && !in.peek(1).is("TRIGGER")
        && !in.peek(1).isSymbol(":"); // a GOTO label, not a procedure called by name
  }

  private void skipSemicolons() {
    while (in.acceptSymbol(";")) {
      // empty statement
    }
  }

  /** DECLARE @t [AS] TABLE: a table variable rather than scalar ones. */
  private boolean declaresTable() {
    if (in.peek(1).type() != TokenType.VARIABLE) {
      return false;
    }
    return in.peek(2).is("TABLE") || in.peek(2).is("AS") && in.peek(3).is("TABLE");
  }

  /** SELECT, or SELECT … INTO when the first block named a table to create. */
  private Statement selectStatement(int line) {
    select.takeInto();
    dev.quern.engine.ast.QuerySpec q = select.query();
    List<String> into = select.takeInto();
    dev.quern.engine.ast.ForClause forClause = select.forClause();
    if (into != null && forClause != null) {
      throw (forClause instanceof dev.quern.engine.ast.ForXml
              ? dev.quern.engine.error.SqlErrors.FOR_XML_NOT_ALLOWED
              : dev.quern.engine.error.SqlErrors.FOR_JSON_NOT_ALLOWED)
          .raise("SELECT INTO");
    }
    return into == null
        ? new SelectStatement(line, q, forClause)
        : new dev.quern.engine.ast.SelectIntoStatement(line, into, q);
  }

  /**
   * {@code WITH CHANGE_TRACKING_CONTEXT (context)} and the INSERT, UPDATE, DELETE or MERGE whose
   * changes record it (anything else after it is a syntax error, as in SQL Server).
   */
  private Statement changeTrackingContext() {
    int line = in.line();
    in.expect("WITH");
    in.expect("CHANGE_TRACKING_CONTEXT");
    in.expectSymbol("(");
    dev.quern.engine.ast.Expr context = expr.parse();
    in.expectSymbol(")");
    Token t = in.peek();
    Statement body = switch (t.upper()) {
      case "INSERT" -> dml.insert();
      case "UPDATE" -> dml.update();
      case "DELETE" -> dml.delete();
      case "MERGE" -> new MergeParser(in, expr, select).merge(() -> queryHints(new dev.quern.engine.ast.RecursionLimit()));
      default -> throw TokenStream.errorNear(t);
    };
    if (!(body instanceof dev.quern.engine.ast.StorageStatement change)) {
      throw TokenStream.errorNear(t);
    }
    return new dev.quern.engine.ast.ChangeTrackingContextStatement(line, context, change);
  }

  /**
   * {@code WITH [XMLNAMESPACES (…) [,]] name [(columns)] AS (query) [, …]} and the SELECT, INSERT,
   * UPDATE, DELETE or MERGE that reads them: each name stands for its query in that statement's FROM
   * clauses; the namespaces serve its xml methods and FOR XML ({@link XmlNamespacesParser}).
   */
  private Statement withCommonTables() {
    in.expect("WITH");
    if (in.at("XMLNAMESPACES") && in.peek(1).isSymbol("(")) {
      var namespaces = XmlNamespacesParser.parse(in);
      return expr.withXmlNamespaces(namespaces, () -> commonTablesAndBody(in.acceptSymbol(",")));
    }
    return commonTablesAndBody(true);
  }

  /**
   * After WITH (and its XMLNAMESPACES): the common tables when {@code list}, and the statement
   * that reads them.
   */
  private Statement commonTablesAndBody(boolean list) {
    dev.quern.engine.ast.RecursionLimit recursion = new dev.quern.engine.ast.RecursionLimit();
    return select.withCommonTables(() -> {
      if (list) {
        select.commonTableList(recursion);
      }
      Token t = in.peek();
      Statement body =
          switch (t.upper()) {
            case "SELECT" -> selectStatement(t.line());
            case "INSERT" -> dml.insert();
            case "UPDATE" -> dml.update();
            case "DELETE" -> dml.delete();
            case "MERGE" -> new MergeParser(in, expr, select).merge(() -> queryHints(recursion));
            default -> throw in.unexpected();
          };
      return withMaxDop(body, queryHints(recursion));
    });
  }

  /** {@code OPTION (…)} after a statement ({@link QueryHintsParser}); returns its MAXDOP. */
  private int queryHints(dev.quern.engine.ast.RecursionLimit recursion) {
    return new QueryHintsParser(in).parse(recursion);
  }

  /** A SELECT, INSERT, UPDATE, DELETE or MERGE without common tables, and its OPTION clause. */
  private Statement withQueryHints(java.util.function.Supplier<Statement> statement) {
    Statement s = statement.get();
    // No recursive common table to bound.
    return withMaxDop(s, queryHints(new dev.quern.engine.ast.RecursionLimit()));
  }

  /**
   * {@code s} with its OPTION (MAXDOP n): kept on a SELECT, whose whole-table aggregate may scan on
   * several threads; other statements run on one thread whatever it says.
   */
  private static Statement withMaxDop(Statement s, int maxDop) {
    return s instanceof SelectStatement select && maxDop != SelectStatement.NO_MAXDOP ? select.withMaxDop(maxDop) : s;
  }

  /** One statement (used for bodies of IF, WHILE, BEGIN…END), its span noted. */
  Statement requiredStatement() {
    int start = in.peek().offset();
    return spanned(start, statementAt());
  }

  /** A module's body: the rest of the batch, parsed now for its syntax errors. */
  private void restOfBatch() {
    while (true) {
      skipSemicolons();
      if (in.atEnd()) {
        return;
      }
      requiredStatement();
    }
  }

  private Statement spanned(int start, Statement s) {
    spans.put(s, new dev.quern.engine.ast.SourceSpan(start, in.endOfConsumed()));
    return s;
  }

  private Statement statementAt() {
    Token t = in.peek();
    if (t.type() != TokenType.WORD) {
      throw in.unexpected();
    }
    if (in.peek(1).isSymbol(":")) {
      return flow.label();
    }
    if (ProcedureParser.starts(in)) {
      throw dev.quern.engine.error.SqlErrors.PROCEDURE_NOT_FIRST.raise();
    }
    if (FunctionParser.starts(in)) {
      throw dev.quern.engine.error.SqlErrors.FUNCTION_NOT_FIRST.raise();
    }
    if (TriggerParser.starts(in)) {
      throw dev.quern.engine.error.SqlErrors.TRIGGER_NOT_FIRST.raise();
    }
    if (DatabaseOptionsParser.starts(in)) {
      return DatabaseOptionsParser.parse(in);
    }
    if (ResourceGovernorParser.starts(in)) {
      return ResourceGovernorParser.parse(in);
    }
    if (PartitionParser.starts(in)) {
      return new PartitionParser(in, expr).statement();
    }
    if (FullTextParser.starts(in)) {
      return new FullTextParser(in).statement();
    }
    if (EncryptionParser.starts(in)) {
      return new EncryptionParser(in).statement();
    }
    if (XmlSchemaCollectionParser.starts(in)) {
      return new XmlSchemaCollectionParser(in, expr).statement();
    }
    if (ExternalLibraryParser.starts(in)) {
      return new ExternalLibraryParser(in, expr).statement();
    }
    if (BackupParser.starts(in)) {
      return new BackupParser(in).statement();
    }
    if (SecurityParser.starts(in)) {
      return new SecurityParser(in).statement();
    }
    return switch (t.upper()) {
      case "SELECT" -> withQueryHints(() -> selectStatement(t.line()));
      case "WITH" -> in.peek(1).is("CHANGE_TRACKING_CONTEXT") ? changeTrackingContext() : withCommonTables();
      case "DECLARE" -> declaresTable() ? ddl.declareTable() : CursorParser.declares(in) ? cursors().declare() : set.declare();
      case "SET" -> in.peek(1).is("IDENTITY_INSERT") ? ddl.identityInsert() : CursorParser.setsCursor(in) ? cursors().set() : set.set();
      case "OPEN" -> cursors().open();
      case "FETCH" -> cursors().fetch();
      case "CLOSE" -> cursors().close();
      case "DEALLOCATE" -> cursors().deallocate();
      case "PRINT" -> messages.print();
      case "RAISERROR" -> messages.raiserror();
      case "THROW" -> messages.throwStatement();
      case "WAITFOR" -> messages.waitfor();
      case "ENABLE", "DISABLE" -> {
        if (!in.peek(1).is("TRIGGER")) {
          throw in.unexpected();
        }
        yield TriggerParser.enable(in);
      }
      case "USE" -> exec.use();
      case "CHECKPOINT" -> {
        in.next();
        Long duration = in.peek().type() == TokenType.NUMBER ? in.signedNumber() : null;
        yield new dev.quern.engine.ast.CheckpointStatement(t.line(), duration);
      }
      case "RECONFIGURE" -> exec.reconfigure();
      case "KILL" -> exec.kill();
      case "DBCC" -> new DbccParser(in, expr).dbcc();
      case "EXEC", "EXECUTE" -> exec.exec();
      case "IF" -> flow.ifStatement();
      case "WHILE" -> flow.whileStatement();
      case "BREAK" -> flow.breakStatement();
      case "CONTINUE" -> flow.continueStatement();
      case "GOTO" -> flow.gotoStatement();
      case "RETURN" -> flow.returnStatement();
      case "BEGIN" -> begin();
      case "COMMIT" -> tran.commit();
      case "ROLLBACK" -> tran.rollback();
      case "SAVE" -> tran.save();
      case "CREATE" -> {
        if (in.peek(1).is("STATISTICS")) {
          yield new StatisticsParser(in, expr).create();
        }
        if (!ddl.handles()) {
          throw in.unexpected();
        }
        yield ddl.create();
      }
      case "DROP" -> {
        if (in.peek(1).is("STATISTICS")) {
          yield new StatisticsParser(in, expr).drop();
        }
        if (!ddl.handles()) {
          throw in.unexpected();
        }
        yield ddl.drop();
      }
      case "TRUNCATE" -> ddl.truncate();
      case "ALTER" -> {
        if (in.peek(1).is("INDEX")) {
          yield new MaintenanceParser(in).alterIndex();
        }
        if (!ddl.handlesAlter()) {
          throw in.unexpected();
        }
        yield ddl.alter();
      }
      case "INSERT" -> withQueryHints(dml::insert);
      case "BULK" -> new BulkInsertParser(in).bulkInsert();
      case "UPDATE" -> in.peek(1).is("STATISTICS") ? new StatisticsParser(in, expr).update() : withQueryHints(dml::update);
      case "DELETE" -> withQueryHints(dml::delete);
      case "MERGE" -> new MergeParser(in, expr, select).merge(() -> queryHints(new dev.quern.engine.ast.RecursionLimit()));
      default -> throw in.unexpected();
    };
  }

  private CursorParser cursors() {
    return new CursorParser(in, expr, select);
  }

  private Statement begin() {
    Token next = in.peek(1);
    if (next.is("TRAN") || next.is("TRANSACTION") || next.is("DISTRIBUTED")) {
      int line = in.line();
      in.next();
      return tran.begin(line);
    }
    return flow.block();
  }

  /** Whether a stored procedure's definition text says WITH RECOMPILE (sys.sql_modules.is_recompiled). */
  public static boolean procedureRecompiles(String definition) {
    return ProcedureParser.recompiles(definition);
  }

  /** Whether a stored procedure's definition was created WITH ENCRYPTION. */
  public static boolean procedureEncrypts(String definition) {
    return ProcedureParser.encrypts(definition);
  }

  /** Whether a trigger's definition was created WITH ENCRYPTION. */
  public static boolean triggerEncrypts(String definition) {
    return TriggerParser.encrypts(definition);
  }
}
