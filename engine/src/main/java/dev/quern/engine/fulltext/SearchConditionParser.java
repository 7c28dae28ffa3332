package dev.quern.engine.fulltext;

import dev.quern.catalog.fulltext.WordBreaker;
import dev.quern.engine.error.FullTextErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.fulltext.ConditionTokens.Kind;
import dev.quern.engine.fulltext.ConditionTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses CONTAINS' search condition:
 *
 * <pre>
 * condition := and { (OR | '|') and }
 * and       := near { (AND | '&amp;') [NOT | '!'] near }          -- AND NOT, &amp;!
 * near      := primary { (NEAR | '~') primary }                 -- the generic NEAR
 * primary   := '(' condition ')' | word | "phrase" | "prefix*"
 *            | FORMSOF '(' {INFLECTIONAL | THESAURUS} ',' term {',' term} ')'
 *            | NEAR '(' '(' term {',' term} ')' [',' {n | MAX} [',' {TRUE | FALSE}]] ')'
 *            | ISABOUT '(' term [WEIGHT '(' w ')'] {',' …} ')'
 * </pre>
 *
 * NOT binds before AND, AND before OR, as in SQL Server; OR NOT and a leading NOT are errors. A bare
 * word with an asterisk is the word (the asterisk is no wildcard outside quotes). Errors are 7630:
 * state 1 at the end, 2 near punctuation, 3 near a word; 7645 for an empty condition.
 */
final class SearchConditionParser {
  private final String whole;
  private final List<Token> tokens;
  private int at;

  private SearchConditionParser(String condition) {
    this.whole = condition;
    this.tokens = ConditionTokens.of(condition, condition);
  }

  static SearchCondition parse(String condition) {
    if (condition == null || condition.isBlank()) {
      throw FullTextErrors.EMPTY_CONDITION.raise();
    }
    SearchConditionParser p = new SearchConditionParser(condition);
    SearchCondition c = p.or();
    if (p.peek().kind() != Kind.END) {
      throw p.error(p.peek());
    }
    return c;
  }

  private Token peek() {
    return tokens.get(at);
  }

  private Token next() {
    return tokens.get(at++);
  }

  private SqlException error(Token t) {
    return switch (t.kind()) {
      case END -> FullTextErrors.SYNTAX_AT_END.raise("<end of input>", whole);
      case SYMBOL -> FullTextErrors.SYNTAX_NEAR_PUNCTUATION.raise(t.text(), whole);
      default -> FullTextErrors.SYNTAX_NEAR_WORD.raise(t.text(), whole);
    };
  }

  private void expectSymbol(String s) {
    Token t = next();
    if (!t.isSymbol(s)) {
      throw error(t);
    }
  }

  private SearchCondition or() {
    SearchCondition left = and();
    while (peek().isWord("OR") || peek().isSymbol("|")) {
      next();
      if (peek().isWord("NOT") || peek().isSymbol("!")) {
        throw error(peek()); // OR NOT is not allowed
      }
      left = new SearchCondition.Or(left, and());
    }
    return left;
  }

  private SearchCondition and() {
    SearchCondition left = near();
    while (peek().isWord("AND") || peek().isSymbol("&")) {
      next();
      if (peek().isWord("NOT") || peek().isSymbol("!")) {
        next();
        left = new SearchCondition.AndNot(left, near());
      } else {
        left = new SearchCondition.And(left, near());
      }
    }
    return left;
  }

  private SearchCondition near() {
    SearchCondition first = primary();
    if (!(peek().isWord("NEAR") && !tokens.get(at + 1).isSymbol("(")) && !peek().isSymbol("~")) {
      return first;
    }
    List<SearchCondition.Phrase> terms = new ArrayList<>();
    terms.add(asTerm(first));
    while (peek().isWord("NEAR") || peek().isSymbol("~")) {
      next();
      terms.add(asTerm(primary()));
    }
    return new SearchCondition.Near(terms, Integer.MAX_VALUE, false);
  }

  private SearchCondition.Phrase asTerm(SearchCondition c) {
    if (c instanceof SearchCondition.Phrase p) {
      return p;
    }
    throw error(peek());
  }

  private SearchCondition primary() {
    Token t = next();
    if (t.isSymbol("(")) {
      SearchCondition inner = or();
      expectSymbol(")");
      return inner;
    }
    if (t.kind() == Kind.QUOTED) {
      return quoted(t.text());
    }
    if (t.kind() != Kind.WORD || isOperator(t)) {
      if (t.isWord("FORMSOF") && peek().isSymbol("(")) {
        return forms();
      }
      if (t.isWord("NEAR") && peek().isSymbol("(")) {
        return customNear();
      }
      if (t.isWord("ISABOUT") && peek().isSymbol("(")) {
        return isAbout();
      }
      throw error(t);
    }
    if (t.isWord("FORMSOF") && peek().isSymbol("(")) {
      return forms();
    }
    if (t.isWord("ISABOUT") && peek().isSymbol("(")) {
      return isAbout();
    }
    return new SearchCondition.Phrase(words(t.text()), false);
  }

  private static boolean isOperator(Token t) {
    return t.isWord("AND") || t.isWord("OR") || t.isWord("NOT") || t.isWord("NEAR");
  }

  /** {@code "phrase"} or {@code "prefix*"}. */
  private static SearchCondition.Phrase quoted(String text) {
    String trimmed = text.strip();
    boolean prefix = trimmed.endsWith("*");
    if (prefix) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return new SearchCondition.Phrase(words(trimmed), prefix);
  }

  /** The words of a term as the index has them (accents kept: the search folds them if the index does). */
  private static List<String> words(String text) {
    return WordBreaker.words(text, true).stream().map(WordBreaker.Word::term).toList();
  }

  private SearchCondition forms() {
    expectSymbol("(");
    Token kind = next();
    if (!kind.isWord("INFLECTIONAL") && !kind.isWord("THESAURUS")) {
      throw error(kind);
    }
    List<String> words = new ArrayList<>();
    do {
      expectSymbol(",");
      Token term = next();
      if (term.kind() != Kind.WORD && term.kind() != Kind.QUOTED) {
        throw error(term);
      }
      words.addAll(words(term.text()));
    } while (peek().isSymbol(","));
    expectSymbol(")");
    return new SearchCondition.Forms(words);
  }

  private SearchCondition customNear() {
    expectSymbol("(");
    expectSymbol("(");
    List<SearchCondition.Phrase> terms = new ArrayList<>();
    do {
      Token term = next();
      if (term.kind() == Kind.QUOTED) {
        terms.add(quoted(term.text()));
      } else if (term.kind() == Kind.WORD && !isOperator(term)) {
        terms.add(new SearchCondition.Phrase(words(term.text()), false));
      } else {
        throw error(term);
      }
    } while (next().isSymbol(",") || back());
    int gap = 5; // SQL Server's default maximum distance
    boolean ordered = false;
    if (peek().isSymbol(",")) {
      next();
      Token distance = next();
      if (distance.isWord("MAX")) {
        gap = Integer.MAX_VALUE;
      } else if (distance.kind() == Kind.WORD && distance.text().matches("\\d{1,10}")) {
        long n = Long.parseLong(distance.text());
        gap = n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
      } else {
        throw FullTextErrors.NEAR_DISTANCE.raise();
      }
      if (peek().isSymbol(",")) {
        next();
        Token order = next();
        if (!order.isWord("TRUE") && !order.isWord("FALSE")) {
          throw error(order);
        }
        ordered = order.isWord("TRUE");
      }
    }
    expectSymbol(")");
    return new SearchCondition.Near(terms, gap, ordered);
  }

  /** Steps back over the token that ended a term list (its closing parenthesis, checked by the caller). */
  private boolean back() {
    Token closing = tokens.get(at - 1);
    if (!closing.isSymbol(")")) {
      throw error(closing);
    }
    return false;
  }

  private SearchCondition isAbout() {
    expectSymbol("(");
    List<SearchCondition> terms = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    do {
      terms.add(near());
      double weight = 1.0;
      if (peek().isWord("WEIGHT")) {
        next();
        expectSymbol("(");
        Token w = next();
        try {
          weight = Double.parseDouble(w.text());
        } catch (NumberFormatException e) {
          throw error(w);
        }
        if (weight < 0 || weight > 1) {
          throw FullTextErrors.WEIGHT_OUT_OF_RANGE.raise();
        }
        expectSymbol(")");
      }
      weights.add(weight);
    } while (next().isSymbol(",") || back());
    return new SearchCondition.Weighted(terms, weights);
  }
}
