package dev.quern.engine.func;

import dev.quern.engine.locale.Culture;

/**
 * The .NET NumberFormatInfo patterns that place a number, its sign and its symbol: negative
 * numbers (NumberNegativePattern), currency (CurrencyPositivePattern, CurrencyNegativePattern) and
 * percent (PercentPositivePattern, PercentNegativePattern), indexed as the .NET enumerations
 * number them; {@code n} is the number, {@code $} the currency symbol, {@code %} the percent sign.
 */
final class NumberPatterns {
  private static final String[] NUMBER_NEGATIVE = {"(n)", "-n", "- n", "n-", "n -"};
  private static final String[] CURRENCY_POSITIVE = {"$n", "n$", "$ n", "n $"};
  private static final String[] CURRENCY_NEGATIVE = {
    "($n)", "-$n", "$-n", "$n-", "(n$)", "-n$", "n-$", "n$-",
    "-n $", "-$ n", "n $-", "$ n-", "$ -n", "n- $", "($ n)", "(n $)"
  };
  private static final String[] PERCENT_POSITIVE = {"n %", "n%", "%n", "% n"};
  private static final String[] PERCENT_NEGATIVE = {
    "-n %", "-n%", "-%n", "%-n", "%n-", "n-%", "n%-", "-% n", "n %-", "% n-", "% -n", "n- %"
  };

  private NumberPatterns() {}

  static String number(NumberFormats.Rounded r, Culture.Numbers n) {
    String body = body(r, n);
    return r.negative() ? place(NUMBER_NEGATIVE[n.negativePattern()], body, "") : body;
  }

  static String currency(NumberFormats.Rounded r, Culture.Numbers n) {
    String pattern = r.negative()
        ? CURRENCY_NEGATIVE[n.currencyNegativePattern()]
        : CURRENCY_POSITIVE[n.currencyPositivePattern()];
    return place(pattern, body(r, n), n.currencySymbol());
  }

  static String percent(NumberFormats.Rounded r, Culture.Numbers n) {
    String pattern = r.negative()
        ? PERCENT_NEGATIVE[n.percentNegativePattern()]
        : PERCENT_POSITIVE[n.percentPositivePattern()];
    return place(pattern, body(r, n), "%");
  }

  /** The digits with the culture's decimal separator. */
  static String body(NumberFormats.Rounded r, Culture.Numbers n) {
    return r.fraction().isEmpty() ? r.integer() : r.integer() + n.decimal() + r.fraction();
  }

  private static String place(String pattern, String number, String symbol) {
    StringBuilder out = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case 'n' -> out.append(number);
        case '$', '%' -> out.append(symbol);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
