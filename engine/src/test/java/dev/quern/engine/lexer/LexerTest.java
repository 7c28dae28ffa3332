package dev.quern.engine.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.engine.error.SqlException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
  private static List<Token> lex(String sql) {
    return Lexer.tokenize(sql, true);
  }

  private static List<TokenType> types(String sql) {
    return lex(sql).stream().map(Token::type).toList();
  }

  @Test
  void readsEveryLiteralForm() {
    assertThat(types("42 1.5 .5 1e5 2.5E-3 $12.50 0xABCD 0x 'a' N'b'"))
        .containsExactly(
            TokenType.NUMBER, TokenType.NUMBER, TokenType.NUMBER, TokenType.FLOAT, TokenType.FLOAT,
            TokenType.MONEY, TokenType.BINARY, TokenType.BINARY, TokenType.STRING, TokenType.NSTRING,
            TokenType.EOF);
  }

  @Test
  void readsAPseudoColumnAsAWordAndADollarAmountAsMoney() {
    List<Token> t = lex("$action $ACTION $5 $-1.5");
    assertThat(t).extracting(Token::type)
        .containsExactly(TokenType.WORD, TokenType.WORD, TokenType.MONEY, TokenType.MONEY, TokenType.EOF);
    assertThat(t.getFirst().value()).isEqualTo("$action");
    assertThat(t.getFirst().isIdentifier()).isTrue();
  }

  @Test
  void unescapesDoubledQuotes() {
    assertThat(lex("'it''s'").getFirst().value()).isEqualTo("it's");
    assertThat(lex("[a]]b]").getFirst().value()).isEqualTo("a]b");
    assertThat(lex("\"x\"\"y\"").getFirst().value()).isEqualTo("x\"y");
  }

  @Test
  void readsNamesVariablesAndTempTables() {
    List<Token> t = lex("@x @@VERSION #tmp ##global [with space] \"quoted\" plain");
    assertThat(t).extracting(Token::type)
        .containsExactly(
            TokenType.VARIABLE, TokenType.SYSTEM_VARIABLE, TokenType.WORD, TokenType.WORD,
            TokenType.QUOTED_IDENT, TokenType.QUOTED_IDENT, TokenType.WORD, TokenType.EOF);
    assertThat(t).extracting(Token::value)
        .startsWith("@x", "@@VERSION", "#tmp", "##global", "with space", "quoted", "plain");
  }

  @Test
  void doubleQuotesAreStringsWithQuotedIdentifierOff() {
    assertThat(Lexer.tokenize("\"text\"", false).getFirst().type()).isEqualTo(TokenType.STRING);
  }

  @Test
  void skipsLineAndNestedBlockComments() {
    assertThat(types("1 -- comment\n/* outer /* inner */ still */ 2"))
        .containsExactly(TokenType.NUMBER, TokenType.NUMBER, TokenType.EOF);
  }

  @Test
  void countsLines() {
    List<Token> t = lex("a\nb\r\n  c");
    assertThat(t).extracting(Token::line).startsWith(1, 2, 3);
  }

  @Test
  void readsTwoCharacterOperators() {
    assertThat(lex("<= >= <> != !< !> += ::")).extracting(Token::value)
        .startsWith("<=", ">=", "<>", "!=", "!<", "!>", "+=", "::");
  }

  @Test
  void reportsUnclosedStringAs105() {
    assertThatThrownBy(() -> lex("SELECT 'abc"))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.number()).isEqualTo(105);
          assertThat(e.text()).isEqualTo("Unclosed quotation mark after the character string 'abc'.");
        });
  }

  @Test
  void reportsUnclosedCommentAs113() {
    assertThatThrownBy(() -> lex("/* /* */"))
        .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.number()).isEqualTo(113));
  }

  @Test
  void knowsReservedKeywords() {
    assertThat(lex("select").getFirst().isReserved()).isTrue();
    assertThat(lex("value").getFirst().isReserved()).isFalse();
    assertThat(lex("[select]").getFirst().isIdentifier()).isTrue();
  }
}
