package dev.quern.engine.exec;

import java.util.List;
import java.util.Locale;

/**
 * Formats a RAISERROR message the way SQL Server's printf subset does: {@code %[flags][width]
 * [.precision][h|l]type} with types d, i, u, o, x, X, s; {@code %%} is a percent sign. Arguments
 * that are missing print as "(null)".
 */
public final class RaiserrorFormatter {
  /** SQL Server truncates RAISERROR messages to 2,047 characters. */
  public static final int MAX_LENGTH = 2047;

  private RaiserrorFormatter() {}

  public static String format(String template, List<Object> args) {
    StringBuilder out = new StringBuilder();
    int argIndex = 0;
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 < template.length() && template.charAt(i + 1) == '%') {
        out.append('%');
        i += 2;
        continue;
      }
      int start = i++;
      StringBuilder flags = new StringBuilder();
      while (i < template.length() && "-+ #0".indexOf(template.charAt(i)) >= 0) {
        flags.append(template.charAt(i++));
      }
      int width = -1;
      if (i < template.length() && template.charAt(i) == '*') {
        width = argIndex < args.size() ? toInt(args.get(argIndex++)) : 0;
        i++;
      } else {
        int w = i;
        while (i < template.length() && Character.isDigit(template.charAt(i))) {
          i++;
        }
        width = w == i ? -1 : Integer.parseInt(template.substring(w, i));
      }
      int precision = -1;
      if (i < template.length() && template.charAt(i) == '.') {
        i++;
        if (i < template.length() && template.charAt(i) == '*') {
          precision = argIndex < args.size() ? toInt(args.get(argIndex++)) : 0;
          i++;
        } else {
          int p = i;
          while (i < template.length() && Character.isDigit(template.charAt(i))) {
            i++;
          }
          precision = p == i ? 0 : Integer.parseInt(template.substring(p, i));
        }
      }
      while (i < template.length() && (template.charAt(i) == 'h' || template.charAt(i) == 'l' || template.charAt(i) == 'I')) {
        i++;
      }
      if (i >= template.length()) {
        out.append(template, start, i);
        break;
      }
      char type = template.charAt(i++);
      Object arg = argIndex < args.size() ? args.get(argIndex++) : null;
      out.append(pad(convert(type, arg, flags.toString(), precision), width, flags.toString()));
    }
    return out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH) : out.toString();
  }

  private static String convert(char type, Object arg, String flags, int precision) {
    if (arg == null) {
      return "(null)";
    }
    return switch (type) {
      case 'd', 'i' -> signed(((Number) number(arg)).longValue(), flags);
      case 'u' -> Long.toUnsignedString(((Number) number(arg)).intValue() & 0xFFFFFFFFL);
      case 'o' -> (flags.contains("#") ? "0" : "") + Long.toOctalString(((Number) number(arg)).intValue() & 0xFFFFFFFFL);
      case 'x' -> (flags.contains("#") ? "0x" : "") + Long.toHexString(((Number) number(arg)).intValue() & 0xFFFFFFFFL);
      case 'X' ->
          (flags.contains("#") ? "0X" : "")
              + Long.toHexString(((Number) number(arg)).intValue() & 0xFFFFFFFFL).toUpperCase(Locale.ROOT);
      case 's' -> {
        String s = arg.toString();
        yield precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
      }
      default -> "";
    };
  }

  private static Object number(Object arg) {
    if (arg instanceof Number) {
      return arg;
    }
    if (arg instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return 0;
  }

  private static String signed(long v, String flags) {
    String s = Long.toString(v);
    if (v >= 0 && flags.contains("+")) {
      return "+" + s;
    }
    if (v >= 0 && flags.contains(" ")) {
      return " " + s;
    }
    return s;
  }

  private static String pad(String s, int width, String flags) {
    if (width <= s.length()) {
      return s;
    }
    String fill = " ".repeat(width - s.length());
    if (flags.contains("-")) {
      return s + fill;
    }
    if (flags.contains("0") && !s.isEmpty() && (Character.isDigit(s.charAt(s.length() - 1)))) {
      boolean neg = s.startsWith("-") || s.startsWith("+");
      String zeros = "0".repeat(width - s.length());
      return neg ? s.charAt(0) + zeros + s.substring(1) : zeros + s;
    }
    return fill + s;
  }

  private static int toInt(Object o) {
    return o instanceof Number n ? n.intValue() : 0;
  }
}
