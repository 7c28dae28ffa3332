package dev.quern.catalog.value;

/** The types SQL Server gives literals ("Constants (Transact-SQL)"). */
public final class Literals {
  private Literals() {}

  /** An unsigned number literal without exponent: {@code 42} → int, {@code 1.50} → numeric(3,2). */
  public static TypedValue numeric(String text) {
    throw new UnsupportedOperationException("in progress");
  }

  /** A number with an exponent: {@code 1e3} → float. */
  public static TypedValue floating(String text) {
    throw new UnsupportedOperationException("in progress");
  }

  /** {@code $12.5} → money (text includes the currency sign). */
  public static TypedValue money(String text) {
    throw new UnsupportedOperationException("in progress");
  }

  /** {@code 'abc'} → varchar(3); the text is the unquoted value. */
  public static TypedValue string(String value) {
    throw new UnsupportedOperationException("in progress");
  }

  /** {@code N'abc'} → nvarchar(3); the text is the unquoted value. */
  public static TypedValue nstring(String value) {
    throw new UnsupportedOperationException("in progress");
  }

  /** {@code 0xABCD} → varbinary(2); the text includes the 0x prefix. */
  public static TypedValue binary(String text) {
    throw new UnsupportedOperationException("in progress");
  }
}
