package dev.quern.engine.parser;

import dev.quern.engine.ast.PartitionPlacement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import dev.quern.engine.ast.IndexOptionSettings;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The physical-storage clauses SQL Server's scripts carry on tables, keys and indexes — relational
 * index options ({@code WITH (PAD_INDEX = OFF, FILLFACTOR = 90, …)} and the old {@code WITH
 * FILLFACTOR = 90} form), {@code ON [PRIMARY]} or {@code ON ps(column)} (returned: the executor
 * places the table or index), {@code TEXTIMAGE_ON [PRIMARY]} and table options —
 * read and checked here, each statement taking the option names SQL Server's takes (155 for
 * another). Quern stores every index in its LSM store with its own compression and locks rows,
 * so page fill, padding, compression and lock-granularity options change no page: those that
 * describe the index ({@link #KEPT}) are returned to be recorded with it and shown in sys.indexes,
 * sys.stats and sys.partitions; the options that change what a statement does, DROP_EXISTING
 * (CREATE INDEX) and IGNORE_DUP_KEY, are returned for the caller to apply.
 */
final class StorageClauses {
  /** What the options say that Quern acts on, and the {@code ON} clause (null: none written). */
  record IndexOptions(
      boolean dropExisting, boolean ignoreDupKey, PartitionPlacement placement, IndexOptionSettings settings) {
    static final IndexOptions NONE = new IndexOptions(false, false, null, IndexOptionSettings.NONE);

    IndexOptions(boolean dropExisting, boolean ignoreDupKey, Map<String, String> settings) {
      this(dropExisting, ignoreDupKey, null, new IndexOptionSettings(settings));
    }

    IndexOptions placed(PartitionPlacement p) {
      return new IndexOptions(dropExisting, ignoreDupKey, p, settings);
    }
  }

  /** The options that describe an index (sys.indexes, sys.stats, sys.partitions): kept with it. */
  static final Set<String> KEPT = Set.of(
      "FILLFACTOR", "PAD_INDEX", "ALLOW_ROW_LOCKS", "ALLOW_PAGE_LOCKS", "STATISTICS_NORECOMPUTE", "DATA_COMPRESSION",
      "OPTIMIZE_FOR_SEQUENTIAL_KEY", "COMPRESSION_DELAY");

  /** What follows CREATE TABLE's column list that Quern acts on. */
  record TableClauses(
      dev.quern.engine.ast.SystemVersioning versioning, PartitionPlacement placement, String compression) {}

  /** The options a key or index declared inside CREATE TABLE (or DECLARE … TABLE) takes. */
  static final Set<String> TABLE_KEY_OPTIONS = Set.of(
      "PAD_INDEX", "FILLFACTOR", "IGNORE_DUP_KEY", "STATISTICS_NORECOMPUTE", "STATISTICS_INCREMENTAL",
      "ALLOW_ROW_LOCKS", "ALLOW_PAGE_LOCKS", "OPTIMIZE_FOR_SEQUENTIAL_KEY", "DATA_COMPRESSION",
      "XML_COMPRESSION", "RESUMABLE");

  /** ALTER TABLE … ADD CONSTRAINT also builds the index there and then. */
  static final Set<String> ALTER_TABLE_KEY_OPTIONS = union(TABLE_KEY_OPTIONS, "SORT_IN_TEMPDB", "ONLINE", "MAXDOP");

  /** CREATE INDEX takes them all. */
  static final Set<String> CREATE_INDEX_OPTIONS =
      union(ALTER_TABLE_KEY_OPTIONS, "DROP_EXISTING", "MAX_DURATION");

  /**
   * CREATE COLUMNSTORE INDEX and a columnstore declared inside CREATE TABLE take these; CREATE
   * INDEX's others are refused with 35318 ("CREATE COLUMNSTORE INDEX").
   */
  static final Set<String> COLUMNSTORE_OPTIONS =
      Set.of("DROP_EXISTING", "MAXDOP", "ONLINE", "COMPRESSION_DELAY", "DATA_COMPRESSION");

  /**
   * The rowstore options a columnstore refuses with 35317 ("specifying X is not allowed"); its other
   * refusals (the locking options) are 35318 ("the X option is not allowed").
   */
  static final Set<String> ROWSTORE_ONLY = Set.of(
      "FILLFACTOR", "PAD_INDEX", "IGNORE_DUP_KEY", "SORT_IN_TEMPDB", "STATISTICS_NORECOMPUTE", "STATISTICS_INCREMENTAL");

  private static final Set<String> ROWSTORE_COMPRESSION = Set.of("NONE", "ROW", "PAGE");
  private static final Set<String> ANY_COMPRESSION =
      Set.of("NONE", "ROW", "PAGE", "COLUMNSTORE", "COLUMNSTORE_ARCHIVE");

  /** The old form's bare flags: {@code WITH PAD_INDEX, IGNORE_DUP_KEY, FILLFACTOR = 80}. */
  private static final Set<String> LEGACY_FLAGS = Set.of(
      "PAD_INDEX", "IGNORE_DUP_KEY", "DROP_EXISTING", "STATISTICS_NORECOMPUTE", "SORT_IN_TEMPDB");

  private final TokenStream in;

  StorageClauses(TokenStream in) {
    this.in = in;
  }

  /**
   * Reads {@code [WITH options] [ON data_space]} after a key's or index's column list; {@code
   * statement} names the statement in error 155, {@code allowed} are its option names.
   */
  IndexOptions indexClauses(String statement, Set<String> allowed) {
    IndexOptions options = IndexOptions.NONE;
    if (in.at("WITH") && !in.peek(1).is("CHECK") && !in.peek(1).is("NOCHECK")) {
      in.next();
      options = in.atSymbol("(") ? optionList(statement, allowed) : legacyOptions(statement, allowed);
    }
    return options.placed(dataSpace("ON"));
  }

  /** Reads a parenthesized option list alone: ALTER INDEX … SET (…). */
  IndexOptions setOptions(String statement, Set<String> allowed) {
    return optionList(statement, allowed);
  }

  /**
   * Reads what may follow CREATE TABLE's column list: {@code ON data_space}, {@code TEXTIMAGE_ON},
   * {@code FILESTREAM_ON}, {@code WITH (DATA_COMPRESSION = …)}.
   */
  TableClauses tableClauses() {
    dev.quern.engine.ast.SystemVersioning versioning = null;
    PartitionPlacement placement = null;
    String compression = null;
    while (true) {
      PartitionPlacement on = dataSpace("ON");
      if (on != null) {
        placement = on;
        continue;
      }
      if (filegroupOnly("TEXTIMAGE_ON") || filegroupOnly("FILESTREAM_ON")) {
        continue;
      }
      if (in.at("WITH") && in.peek(1).isSymbol("(")) {
        in.next();
        in.expectSymbol("(");
        do {
          Token name = in.next();
          String option = name.value().toUpperCase(Locale.ROOT);
          if (option.equals("SYSTEM_VERSIONING")) {
            versioning = SystemTimeParser.versioning(in);
            continue;
          }
          if (!option.equals("DATA_COMPRESSION") && !option.equals("XML_COMPRESSION")) {
            // Memory-optimized and ledger tables change what the table is.
            throw SqlErrors.OPTION_NOT_SUPPORTED.raise(option);
          }
          in.expectSymbol("=");
          String value = value(name, option, ROWSTORE_COMPRESSION);
          if (option.equals("DATA_COMPRESSION")) {
            compression = value;
          }
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        continue;
      }
      return new TableClauses(versioning, placement, compression);
    }
  }

  /**
   * {@code keyword data_space}: a partition scheme and its column, or the PRIMARY filegroup (or
   * "default"), the only one (1921 for another). Null when the clause is not there.
   */
  private PartitionPlacement dataSpace(String keyword) {
    if (!in.at(keyword)) {
      return null;
    }
    Token after = in.peek(1);
    if (keyword.equals("ON") && !(after.type() == TokenType.WORD || after.type() == TokenType.QUOTED_IDENT
        || after.type() == TokenType.STRING)) {
      return null;
    }
    in.next();
    Token space = in.next();
    String name = space.value();
    if (in.acceptSymbol("(")) {
      String column = in.identifier();
      in.expectSymbol(")");
      return new PartitionPlacement(name, column);
    }
    if (!name.equalsIgnoreCase("PRIMARY") && !name.equalsIgnoreCase("default")) {
      throw SqlErrors.INVALID_FILEGROUP.raise(name);
    }
    return PartitionPlacement.PRIMARY;
  }

  /** TEXTIMAGE_ON / FILESTREAM_ON: a filegroup (LOBs are stored with their rows either way). */
  private boolean filegroupOnly(String keyword) {
    PartitionPlacement p = dataSpace(keyword);
    if (p != null && p.partitioned()) {
      throw SqlErrors.INVALID_FILEGROUP.raise(p.scheme());
    }
    return p != null;
  }

  private IndexOptions optionList(String statement, Set<String> allowed) {
    in.expectSymbol("(");
    boolean dropExisting = false;
    boolean ignoreDupKey = false;
    boolean resumable = false;
    boolean maxDuration = false;
    Map<String, String> kept = new LinkedHashMap<>();
    do {
      Token name = in.next();
      String option = name.value().toUpperCase(Locale.ROOT);
      if (name.type() == TokenType.WORD && allowed == COLUMNSTORE_OPTIONS && CREATE_INDEX_OPTIONS.contains(option)
          && !allowed.contains(option)) {
        throw (ROWSTORE_ONLY.contains(option) ? dev.quern.engine.error.ColumnstoreErrors.SETTING_NOT_ALLOWED
            : dev.quern.engine.error.ColumnstoreErrors.OPTION_NOT_ALLOWED).raise(option, option);
      }
      if (name.type() != TokenType.WORD || !allowed.contains(option)) {
        throw SqlErrors.UNRECOGNIZED_OPTION.raise(name.value(), statement);
      }
      in.expectSymbol("=");
      String value = value(name, option, compressions(allowed));
      if (KEPT.contains(option)) {
        kept.put(option, value);
      }
      switch (option) {
        case "DROP_EXISTING" -> dropExisting = value.equals("ON");
        case "IGNORE_DUP_KEY" -> ignoreDupKey = value.equals("ON");
        case "RESUMABLE" -> resumable = value.equals("ON");
        case "MAX_DURATION" -> maxDuration = true;
        default -> { }
      }
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    if (maxDuration && !resumable) {
      throw SqlErrors.MAX_DURATION_NOT_RESUMABLE.raise();
    }
    return new IndexOptions(dropExisting, ignoreDupKey, kept);
  }

  /**
   * SQL Server 2000's form, without parentheses: CREATE INDEX takes bare flags and {@code
   * FILLFACTOR = n}, comma-separated; a key constraint only {@code FILLFACTOR = n} (a comma after
   * it starts the next column or constraint).
   */
  private IndexOptions legacyOptions(String statement, Set<String> allowed) {
    boolean dropExisting = false;
    boolean ignoreDupKey = false;
    boolean list = allowed == CREATE_INDEX_OPTIONS;
    if (!list) {
      Token name = in.next();
      if (!name.is("FILLFACTOR")) {
        throw TokenStream.errorNear(name);
      }
      in.expectSymbol("=");
      return new IndexOptions(false, false, Map.of("FILLFACTOR", fillFactor(in.next())));
    }
    Map<String, String> kept = new LinkedHashMap<>();
    do {
      Token name = in.next();
      String option = name.value().toUpperCase(Locale.ROOT);
      if (option.equals("FILLFACTOR") && in.acceptSymbol("=")) {
        kept.put(option, fillFactor(in.next()));
        continue;
      }
      if (name.type() != TokenType.WORD || !LEGACY_FLAGS.contains(option) || !allowed.contains(option)) {
        throw SqlErrors.UNRECOGNIZED_OPTION.raise(name.value(), statement);
      }
      dropExisting |= option.equals("DROP_EXISTING");
      ignoreDupKey |= option.equals("IGNORE_DUP_KEY");
      if (KEPT.contains(option)) {
        kept.put(option, "ON"); // a bare flag of the old form is ON
      }
    } while (in.acceptSymbol(","));
    return new IndexOptions(dropExisting, ignoreDupKey, kept);
  }

  /**
   * The DATA_COMPRESSION values a statement taking {@code allowed} reads: every one for CREATE
   * [COLUMNSTORE] INDEX and ALTER INDEX … REBUILD, whose executors refuse a rowstore's on a
   * columnstore (10799) and a columnstore's on a rowstore index (10798); a key's, NONE, ROW or PAGE.
   */
  private static Set<String> compressions(Set<String> allowed) {
    return allowed == COLUMNSTORE_OPTIONS || allowed == CREATE_INDEX_OPTIONS || allowed.contains("COMPRESSION_DELAY")
        ? ANY_COMPRESSION : ROWSTORE_COMPRESSION;
  }

  /** An option's value, checked; returns it upper-cased ({@code compressions}: DATA_COMPRESSION's values). */
  private String value(Token name, String option, Set<String> compressions) {
    Token v = in.next();
    String value = v.value().toUpperCase(Locale.ROOT);
    switch (option) {
      case "FILLFACTOR" -> {
        return fillFactor(v);
      }
      case "MAXDOP", "MAX_DURATION" -> {
        number(v);
        if (option.equals("MAX_DURATION")) {
          in.accept("MINUTES");
        }
      }
      case "COMPRESSION_DELAY" -> {
        return compressionDelay(v);
      }
      case "DATA_COMPRESSION" -> {
        if (!compressions.contains(value)) {
          throw TokenStream.errorNear(v);
        }
        partitions();
      }
      case "XML_COMPRESSION" -> {
        onOff(v);
        partitions();
      }
      case "ONLINE" -> {
        onOff(v);
        if (in.atSymbol("(")) {
          skipParenthesized(); // (WAIT_AT_LOW_PRIORITY (…))
        }
      }
      default -> onOff(v);
    }
    return value;
  }

  /** COMPRESSION_DELAY = minutes [MINUTES]: 0 to 10080 (35382 otherwise), as digits. */
  private String compressionDelay(Token v) {
    number(v);
    if (!in.accept("MINUTES")) {
      in.accept("MINUTE");
    }
    long n = v.value().length() > 9 ? Integer.MAX_VALUE : Long.parseLong(v.value());
    if (n > 10080) {
      throw dev.quern.engine.error.ColumnstoreErrors.COMPRESSION_DELAY_RANGE.raise(n);
    }
    return Long.toString(n);
  }

  /** A number (102 near anything else). */
  static void number(Token v) {
    if (v.type() != TokenType.NUMBER) {
      throw TokenStream.errorNear(v);
    }
  }

  /** An ON or OFF value (102 near anything else). */
  static void onOff(Token v) {
    if (!v.is("ON") && !v.is("OFF")) {
      throw TokenStream.errorNear(v);
    }
  }

  /** A FILLFACTOR value, 1 to 100 (129 otherwise), as digits. */
  private static String fillFactor(Token v) {
    number(v);
    long n = v.value().length() > 9 ? Long.MAX_VALUE : Long.parseLong(v.value());
    if (n < 1 || n > 100) {
      throw SqlErrors.BAD_FILLFACTOR.raise(n);
    }
    return Long.toString(n);
  }

  /** {@code ON PARTITIONS (…)} after a compression setting: compression changes nothing in Quern. */
  private void partitions() {
    if (in.at("ON") && in.peek(1).is("PARTITIONS")) {
      in.next();
      in.next();
      skipParenthesized();
    }
  }

  private void skipParenthesized() {
    skipParenthesized(in);
  }

  /** Skips a parenthesized list (nested parentheses included) whose contents change nothing. */
  static void skipParenthesized(TokenStream in) {
    in.expectSymbol("(");
    int depth = 1;
    while (depth > 0) {
      Token t = in.next();
      if (t.type() == TokenType.EOF) {
        throw TokenStream.errorNear(t);
      }
      depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
    }
  }

  private static Set<String> union(Set<String> base, String... more) {
    java.util.Set<String> out = new java.util.HashSet<>(base);
    out.addAll(java.util.List.of(more));
    return Set.copyOf(out);
  }
}
