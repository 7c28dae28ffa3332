package dev.quern.engine.ast;

/** A constant: {@code NULL}, {@code 42}, {@code 1.5}, {@code 1e3}, {@code $2}, {@code 'a'}, {@code N'a'}, {@code 0x0A}. */
public record Literal(Kind kind, String text) implements Expr {
  /** The literal forms of "Constants (Transact-SQL)". */
  public enum Kind {
    NULL,
    NUMBER,
    FLOAT,
    MONEY,
    STRING,
    NSTRING,
    BINARY,
    /** {@code DEFAULT} as an argument of a table-valued or user-defined function. */
    DEFAULT
  }

  public static Literal string(String value) {
    return new Literal(Kind.STRING, value);
  }

  @Override
  public String toSql() {
    return switch (kind) {
      case NULL -> "NULL";
      case DEFAULT -> "DEFAULT";
      case STRING -> quote(text);
      case NSTRING -> "N" + quote(text);
      default -> text;
    };
  }

  /** Quotes a string value as a T-SQL literal, doubling embedded quotes. */
  public static String quote(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
