package dev.quern.engine.lexer;

/** The kinds of T-SQL tokens. */
public enum TokenType {
  /** A regular identifier or keyword: {@code SELECT}, {@code foo}, {@code #temp}, {@code ##g}. */
  WORD,
  /** A delimited identifier: {@code [a b]} or, under QUOTED_IDENTIFIER ON, {@code "a b"}. */
  QUOTED_IDENT,
  /** A local variable or parameter: {@code @x}. */
  VARIABLE,
  /** A system function written with two at signs: {@code @@VERSION}. */
  SYSTEM_VARIABLE,
  /** {@code 'text'} (value has {@code ''} unescaped). */
  STRING,
  /** {@code N'text'}. */
  NSTRING,
  /** An integer or decimal number without exponent: {@code 42}, {@code 1.5}, {@code .5}. */
  NUMBER,
  /** A number with an exponent: {@code 1e5}, {@code 2.5E-3}. */
  FLOAT,
  /** A money literal: {@code $12.50}. */
  MONEY,
  /** A binary literal: {@code 0xABCD}. */
  BINARY,
  /** An operator or punctuation: {@code + - * / % = < > <= >= <> != !< !> & | ^ ~ ( ) , ; . :: += …}. */
  SYMBOL,
  /** The end of the batch. */
  EOF
}
