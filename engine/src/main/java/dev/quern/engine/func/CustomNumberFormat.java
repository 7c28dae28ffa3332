package dev.quern.engine.func;

import dev.quern.engine.locale.Culture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A .NET custom numeric format string ("Custom numeric format strings"): up to three sections
 * (positive;negative;zero), digit placeholders 0 and #, the decimal point, ',' for grouping (between
 * digit placeholders) or scaling by 1000 (right before the point), % and ‰, an exponent (E+0, e-00),
 * quoted and escaped literals, and any other character as itself, so '###-##-####' writes
 * 123456789 as 123-45-6789. Separators and group sizes (en-IN's 3 then 2) come from the culture.
 */
final class CustomNumberFormat {
  private CustomNumberFormat() {}

  /** One parsed element of a section: a digit placeholder, '.', ',', or literal text. */
  private record Item(char kind, String text) {}

  static String format(BigDecimal value, String pattern, Culture.Numbers n) {
    List<String> sections = sections(pattern);
    String section = sections.getFirst();
    boolean signed = true;
    if (value.signum() < 0 && sections.size() > 1 && !sections.get(1).isEmpty()) {
      section = sections.get(1);
      signed = false; // the negative section writes its own sign, if any
    } else if (value.signum() == 0 && sections.size() > 2 && !sections.get(2).isEmpty()) {
      section = sections.get(2);
    }
    return formatSection(value, parse(section), signed, n);
  }

  private static String formatSection(BigDecimal value, List<Item> items, boolean signed, Culture.Numbers n) {
    int point = indexOf(items, '.');
    int end = point < 0 ? exponentIndex(items) : point;
    List<Integer> intSlots = slots(items, 0, end);
    List<Integer> fracSlots = point < 0 ? List.of() : slots(items, point + 1, exponentIndex(items));
    BigDecimal v = value.abs();
    int scaling = 0;
    for (int i = end - 1; i >= 0 && items.get(i).kind() == ','; i--) {
      scaling++;
    }
    boolean grouping = false;
    for (int i = 0; i < end; i++) {
      if (items.get(i).kind() == ',' && !intSlots.isEmpty() && i > intSlots.getFirst() && i < intSlots.getLast()) {
        grouping = true;
      }
      if (items.get(i).kind() == 'L' && items.get(i).text().equals("%")) {
        v = v.movePointRight(2);
      } else if (items.get(i).kind() == 'L' && items.get(i).text().equals("‰")) {
        v = v.movePointRight(3);
      }
    }
    for (int i = end; i < items.size(); i++) {
      String t = items.get(i).text();
      v = t.equals("%") ? v.movePointRight(2) : t.equals("‰") ? v.movePointRight(3) : v;
    }
    v = v.movePointLeft(3 * scaling);
    Item exponent = exponentIndex(items) < items.size() ? items.get(exponentIndex(items)) : null;
    int exp = 0;
    if (exponent != null && v.signum() != 0) {
      exp = v.precision() - v.scale() - Math.max(1, intSlots.size());
      v = v.movePointLeft(exp);
    }
    int minFrac = 0;
    for (int j = 0; j < fracSlots.size(); j++) {
      if (items.get(fracSlots.get(j)).kind() == '0') {
        minFrac = j + 1;
      }
    }
    BigDecimal rounded = v.setScale(fracSlots.size(), RoundingMode.HALF_UP);
    if (exponent != null && rounded.precision() - rounded.scale() > Math.max(1, intSlots.size())) {
      exp++; // rounding carried into another digit: 9.99E+0 → 1.00E+1
      rounded = v.movePointLeft(1).setScale(fracSlots.size(), RoundingMode.HALF_UP);
    }
    String plain = rounded.toPlainString();
    int dot = plain.indexOf('.');
    String intDigits = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot + 1);
    while (frac.length() > minFrac && frac.endsWith("0")) {
      frac = frac.substring(0, frac.length() - 1);
    }
    int minInt = 0;
    for (int i = 0; i < intSlots.size(); i++) {
      if (items.get(intSlots.get(i)).kind() == '0') {
        minInt = intSlots.size() - i;
        break;
      }
    }
    intDigits = intDigits.equals("0") ? "" : intDigits;
    intDigits = "0".repeat(Math.max(0, minInt - intDigits.length())) + intDigits;
    StringBuilder out = new StringBuilder();
    if (signed && value.signum() < 0 && rounded.signum() != 0) {
      out.append('-');
    }
    writeInteger(out, items, end, intSlots, intDigits, grouping, n);
    if (!frac.isEmpty()) {
      out.append(n.decimal());
    }
    int fracIndex = 0;
    for (int i = point < 0 ? end : point + 1; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.kind() == 'E') {
        out.append(exponentText(it.text(), exp));
      } else if (it.kind() == '0' || it.kind() == '#') {
        if (fracIndex < frac.length()) {
          out.append(frac.charAt(fracIndex));
        }
        fracIndex++;
      } else if (it.kind() == 'L') {
        out.append(it.text());
      }
    }
    return out.toString();
  }

  /** The integer placeholders filled from the right; the first takes any extra leading digits. */
  private static void writeInteger(StringBuilder out, List<Item> items, int end, List<Integer> slots,
      String digits, boolean grouping, Culture.Numbers n) {
    String shown = grouping ? NumberFormats.group(digits, n) : digits;
    int extra = digits.length() - slots.size();
    int slot = 0;
    for (int i = 0; i < end; i++) {
      Item it = items.get(i);
      if (it.kind() == 'L') {
        out.append(it.text());
      } else if (it.kind() == '0' || it.kind() == '#') {
        if (grouping) {
          if (slot++ == 0) {
            out.append(shown); // grouped digits flow as one run
          }
          continue;
        }
        int position = extra + slot++;
        if (slot == 1 && extra > 0) {
          out.append(digits, 0, extra + 1);
        } else if (position >= 0) {
          out.append(digits.charAt(position));
        }
      }
    }
    if (slots.isEmpty()) {
      out.append(digits); // '.00' still shows the integer digits
    }
  }

  private static String exponentText(String spec, int exp) {
    char e = spec.charAt(0);
    boolean plus = spec.length() > 1 && spec.charAt(1) == '+';
    int digits = spec.length() - (spec.length() > 1 && (spec.charAt(1) == '+' || spec.charAt(1) == '-') ? 2 : 1);
    String abs = Integer.toString(Math.abs(exp));
    String sign = exp < 0 ? "-" : plus ? "+" : "";
    return e + sign + "0".repeat(Math.max(0, digits - abs.length())) + abs;
  }

  private static List<Integer> slots(List<Item> items, int from, int to) {
    List<Integer> slots = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (items.get(i).kind() == '0' || items.get(i).kind() == '#') {
        slots.add(i);
      }
    }
    return slots;
  }

  private static int indexOf(List<Item> items, char kind) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  private static int exponentIndex(List<Item> items) {
    int i = indexOf(items, 'E');
    return i < 0 ? items.size() : i;
  }

  /** Splits at unquoted semicolons. */
  private static List<String> sections(String pattern) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '\\' && i + 1 < pattern.length()) {
        cur.append(c).append(pattern.charAt(++i));
        continue;
      } else if (c == ';') {
        out.add(cur.toString());
        cur.setLength(0);
        continue;
      }
      cur.append(c);
    }
    out.add(cur.toString());
    return out;
  }

  private static List<Item> parse(String section) {
    List<Item> items = new ArrayList<>();
    boolean seenPoint = false;
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      switch (c) {
        case '0', '#' -> items.add(new Item(c, ""));
        case '.' -> {
          items.add(new Item(seenPoint ? 'L' : '.', seenPoint ? "" : "."));
          seenPoint = true;
        }
        case ',' -> items.add(new Item(',', ","));
        case '\'', '"' -> {
          int close = section.indexOf(c, i + 1);
          if (close < 0) {
            throw new IllegalArgumentException("unclosed quote");
          }
          items.add(new Item('L', section.substring(i + 1, close)));
          i = close;
        }
        case '\\' -> {
          if (i + 1 < section.length()) {
            items.add(new Item('L', String.valueOf(section.charAt(++i))));
          }
        }
        case 'E', 'e' -> {
          int j = i + 1;
          if (j < section.length() && (section.charAt(j) == '+' || section.charAt(j) == '-')) {
            j++;
          }
          int zeros = j;
          while (zeros < section.length() && section.charAt(zeros) == '0') {
            zeros++;
          }
          if (zeros > j && indexOf(items, 'E') < 0) {
            items.add(new Item('E', section.substring(i, zeros)));
            i = zeros - 1;
          } else {
            items.add(new Item('L', String.valueOf(c)));
          }
        }
        default -> items.add(new Item('L', String.valueOf(c)));
      }
    }
    return items;
  }
}
