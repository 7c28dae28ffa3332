package dev.quern.engine.session.option;

import dev.quern.engine.error.SqlErrors;
import java.util.Locale;

/**
 * The value of a SET statement after evaluation: a word as written ({@code ON}, {@code mdy},
 * {@code READ COMMITTED}), or an evaluated expression's value.
 */
public record SetValue(String word, Object value, String optionName) {

  public boolean isOn() {
    if (word != null && word.equalsIgnoreCase("ON")) {
      return true;
    }
    if (word != null && word.equalsIgnoreCase("OFF")) {
      return false;
    }
    throw SqlErrors.SYNTAX_NEAR.raise(text());
  }

  /** The value as text (a word, or the expression's value). */
  public String text() {
    return word != null ? word : value == null ? "NULL" : value.toString();
  }

  public String upper() {
    return text().toUpperCase(Locale.ROOT);
  }

  /** The value as an integer; words are a syntax error. */
  public long number() {
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        throw SqlErrors.SYNTAX_NEAR.raise(s);
      }
    }
    throw SqlErrors.SYNTAX_NEAR.raise(text());
  }
}
