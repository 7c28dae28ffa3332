package dev.quern.engine.parser;

import dev.quern.engine.ast.BulkInsertOptions;
import dev.quern.engine.ast.BulkInsertStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code BULK INSERT [[db.]schema.]table FROM 'file' [WITH (option [, …])]} ("BULK INSERT
 * (Transact-SQL)"). The file name is a literal, as in SQL Server (a variable is a syntax error).
 * Options that name something Quern cannot read are refused: CODEPAGE as SQL Server on Linux
 * refuses it (16202), a DATA_SOURCE as a missing external data source (12703), native data files
 * and the data sources of format and error files with 40517.
 */
final class BulkInsertParser {
  private final TokenStream in;

  BulkInsertParser(TokenStream in) {
    this.in = in;
  }

  Statement bulkInsert() {
    int line = in.line();
    in.expect("BULK");
    in.expect("INSERT");
    List<String> table = NameParser.objectName(in);
    in.expect("FROM");
    String file = in.stringLiteral();
    Options o = new Options();
    if (in.accept("WITH")) {
      in.expectSymbol("(");
      do {
        option(o);
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    if (o.csv && o.nativeData) {
      throw BulkLoadErrors.CSV_NEEDS_CHAR.raise();
    }
    if (o.nativeData) {
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("DATAFILETYPE = '" + o.dataFileType + "'");
    }
    return new BulkInsertStatement(line, table, file, o.build());
  }

  /**
   * The options of {@code OPENROWSET(BULK 'file', option [, …])} after the file's comma: those of
   * BULK INSERT that read a file (FORMATFILE, which is required, FIRSTROW, LASTROW, MAXERRORS,
   * FORMAT, FIELDQUOTE, CODEPAGE, ROWS_PER_BATCH, ORDER, the data sources); a rowset rejects no row
   * on its own, so ERRORFILE is refused (40517), and so is any other option (a syntax error).
   */
  BulkInsertOptions rowsetOptions() {
    Options o = new Options();
    do {
      Token name = in.peek(0);
      if (!ROWSET_OPTIONS.contains(name.upper())) {
        throw TokenStream.errorNear(name);
      }
      if (name.upper().equals("ERRORFILE")) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("ERRORFILE");
      }
      option(o);
    } while (in.acceptSymbol(","));
    if (o.formatFile == null) {
      throw TokenStream.errorNear(in.peek(0));
    }
    return o.build();
  }

  private static final Set<String> ROWSET_OPTIONS = Set.of(
      "FORMATFILE", "FIRSTROW", "LASTROW", "MAXERRORS", "ERRORFILE", "FORMAT", "FIELDQUOTE", "CODEPAGE", "ROWS_PER_BATCH",
      "ORDER", "DATA_SOURCE", "FORMATFILE_DATA_SOURCE", "ERRORFILE_DATA_SOURCE");

  /** What the WITH list said so far. */
  private static final class Options {
    final Set<String> seen = new HashSet<>();
    String fieldTerminator;
    String rowTerminator = BulkInsertOptions.DEFAULT_ROW_TERMINATOR;
    boolean csv;
    char fieldQuote = '"';
    boolean wide;
    boolean nativeData;
    String dataFileType;
    long firstRow = 1;
    long lastRow;
    long maxErrors = 10;
    boolean keepNulls;
    boolean keepIdentity;
    boolean fireTriggers;
    boolean checkConstraints;
    boolean tabLock;
    long batchSize;
    String formatFile;
    String errorFile;

    BulkInsertOptions build() {
      return new BulkInsertOptions(fieldTerminator, rowTerminator, csv, fieldQuote, wide, firstRow, lastRow, maxErrors,
          keepNulls, keepIdentity, fireTriggers, checkConstraints, tabLock, batchSize, formatFile, errorFile);
    }
  }

  private void option(Options o) {
    Token name = in.next();
    if (name.type() != TokenType.WORD || !o.seen.add(name.upper())) {
      throw TokenStream.errorNear(name);
    }
    switch (name.upper()) {
      case "CHECK_CONSTRAINTS" -> o.checkConstraints = true;
      case "FIRE_TRIGGERS" -> o.fireTriggers = true;
      case "KEEPIDENTITY" -> o.keepIdentity = true;
      case "KEEPNULLS" -> o.keepNulls = true;
      case "TABLOCK" -> o.tabLock = true;
      case "BATCHSIZE" -> o.batchSize = number(name);
      case "ROWS_PER_BATCH", "KILOBYTES_PER_BATCH" -> number(name);
      case "FIRSTROW" -> o.firstRow = number(name);
      case "LASTROW" -> o.lastRow = number(name);
      case "MAXERRORS" -> o.maxErrors = number(name);
      case "FIELDTERMINATOR" -> o.fieldTerminator = terminator(name);
      case "ROWTERMINATOR" -> o.rowTerminator = terminator(name);
      case "FORMAT" -> {
        String format = text(name);
        if (!format.equalsIgnoreCase("CSV")) {
          throw TokenStream.errorNear(name);
        }
        o.csv = true;
      }
      case "FIELDQUOTE" -> {
        String quote = text(name);
        if (quote.codePointCount(0, quote.length()) != 1 || quote.length() != 1) {
          throw BulkLoadErrors.INVALID_QUOTE.raise();
        }
        o.fieldQuote = quote.charAt(0);
      }
      case "DATAFILETYPE" -> {
        o.dataFileType = text(name).toLowerCase(Locale.ROOT);
        switch (o.dataFileType) {
          case "char" -> o.wide = false;
          case "widechar" -> o.wide = true;
          case "native", "widenative" -> o.nativeData = true;
          default -> throw TokenStream.errorNear(name);
        }
      }
      case "CODEPAGE" -> {
        text(name);
        throw BulkLoadErrors.NOT_ON_LINUX.raise("codepage");
      }
      case "DATA_SOURCE" -> throw BulkLoadErrors.DATA_SOURCE_MISSING.raise(text(name));
      case "FORMATFILE" -> o.formatFile = text(name);
      case "ERRORFILE" -> o.errorFile = text(name);
      case "FORMATFILE_DATA_SOURCE", "ERRORFILE_DATA_SOURCE" -> {
        text(name);
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise(name.upper());
      }
      case "ORDER" -> order();
      default -> throw TokenStream.errorNear(name);
    }
  }

  /** {@code ORDER (column [ASC | DESC], …)}: a promise about the file's order, which a load here does not need. */
  private void order() {
    in.expectSymbol("(");
    do {
      in.identifier();
      if (!in.accept("ASC")) {
        in.accept("DESC");
      }
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
  }

  private long number(Token option) {
    in.expectSymbol("=");
    Token t = in.next();
    if (t.type() != TokenType.NUMBER) {
      throw TokenStream.errorNear(option);
    }
    return new java.math.BigDecimal(t.raw()).longValueExact();
  }

  private String text(Token option) {
    in.expectSymbol("=");
    Token t = in.next();
    if (!t.isStringLiteral()) {
      throw TokenStream.errorNear(option);
    }
    return t.value();
  }

  private String terminator(Token option) {
    return BulkTerminators.unescape(text(option));
  }
}
