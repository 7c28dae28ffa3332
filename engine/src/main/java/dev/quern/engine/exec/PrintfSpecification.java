package dev.quern.engine.exec;

import dev.quern.engine.error.SqlErrors;

/**
 * One conversion of a RAISERROR or FORMATMESSAGE template, {@code %[flags][width][.precision]
 * [h|l|L|I64]type}, as SQL Server's printf subset reads it: flags {@code - + space # 0} each at
 * most once, width and precision digits or {@code *} (taken from the arguments), types d i u o x X
 * s. Anything else is error 2787, naming the template from the percent sign on.
 *
 * @param end the index just past the conversion in the template
 */
record PrintfSpecification(
    String flags, int width, boolean widthFromArgument, int precision, boolean precisionFromArgument,
    char length, char type, int end) {
  /** {@code length}: none, h (16-bit), or I64 (64-bit); l and L read as none. */
  static final char NO_LENGTH = ' ';

  static final char SHORT = 'h';
  static final char LONG64 = '6';

  /** Reads the conversion starting at the percent sign at {@code start}. */
  static PrintfSpecification read(String template, int start) {
    int i = start + 1;
    StringBuilder flags = new StringBuilder();
    while (i < template.length() && "-+ #0".indexOf(template.charAt(i)) >= 0) {
      if (flags.indexOf(String.valueOf(template.charAt(i))) >= 0) {
        throw invalid(template, start);
      }
      flags.append(template.charAt(i++));
    }
    int width = -1;
    boolean widthArg = false;
    if (i < template.length() && template.charAt(i) == '*') {
      widthArg = true;
      i++;
    } else {
      int digits = i;
      while (i < template.length() && Character.isDigit(template.charAt(i))) {
        i++;
      }
      width = digits == i ? -1 : parse(template.substring(digits, i));
    }
    int precision = -1;
    boolean precisionArg = false;
    if (i < template.length() && template.charAt(i) == '.') {
      i++;
      if (i < template.length() && template.charAt(i) == '*') {
        precisionArg = true;
        i++;
      } else {
        int digits = i;
        while (i < template.length() && Character.isDigit(template.charAt(i))) {
          i++;
        }
        if (digits == i) {
          throw invalid(template, start); // a bare '.' is not a precision
        }
        precision = parse(template.substring(digits, i));
      }
    }
    char length = NO_LENGTH;
    if (template.startsWith("I64", i)) {
      length = LONG64;
      i += 3;
    } else if (i < template.length() && "hlL".indexOf(template.charAt(i)) >= 0) {
      length = template.charAt(i) == 'h' ? SHORT : NO_LENGTH;
      i++;
    }
    if (i >= template.length() || "diuoxXs".indexOf(template.charAt(i)) < 0) {
      throw invalid(template, start);
    }
    char type = template.charAt(i);
    if (type == 's' && length != NO_LENGTH) {
      throw invalid(template, start); // %hs, %I64s
    }
    return new PrintfSpecification(flags.toString(), width, widthArg, precision, precisionArg, length, type, i + 1);
  }

  boolean has(char flag) {
    return flags.indexOf(flag) >= 0;
  }

  boolean integral() {
    return type != 's';
  }

  /** The bits of an integer conversion's argument: 16 with h, 64 with I64, else 32. */
  int bits() {
    return length == SHORT ? 16 : length == LONG64 ? 64 : 32;
  }

  /** An integer argument rendered: sign or 0x prefix, precision's minimum digits, width. */
  String render(long value) {
    boolean signed = type == 'd' || type == 'i';
    long v = narrow(value, signed);
    boolean negative = signed && v < 0;
    String digits = switch (type) {
      case 'd', 'i' -> negative ? Long.toString(v).substring(1) : Long.toString(v);
      case 'u' -> Long.toUnsignedString(v);
      case 'o' -> Long.toOctalString(v);
      case 'x' -> Long.toHexString(v);
      default -> Long.toHexString(v).toUpperCase(java.util.Locale.ROOT);
    };
    if (precision == 0 && v == 0) {
      digits = "";
    } else if (precision > digits.length()) {
      digits = "0".repeat(precision - digits.length()) + digits;
    }
    String prefix = "";
    if (signed) {
      prefix = negative ? "-" : has('+') ? "+" : has(' ') ? " " : "";
    } else if (has('#') && type == 'o' && !digits.startsWith("0")) {
      digits = "0" + digits;
    } else if (has('#') && (type == 'x' || type == 'X') && v != 0) {
      prefix = type == 'x' ? "0x" : "0X";
    }
    int fill = width - prefix.length() - digits.length();
    if (fill <= 0) {
      return prefix + digits;
    }
    if (has('-')) {
      return prefix + digits + " ".repeat(fill);
    }
    if (has('0') && precision < 0) {
      return prefix + "0".repeat(fill) + digits;
    }
    return " ".repeat(fill) + prefix + digits;
  }

  /** A string argument rendered: precision's maximum characters, width. */
  String render(String value) {
    String s = precision >= 0 && precision < value.length() ? value.substring(0, precision) : value;
    return pad(s);
  }

  /** "(null)" for a NULL or missing argument, within the width. */
  String pad(String s) {
    if (width <= s.length()) {
      return s;
    }
    String fill = " ".repeat(width - s.length());
    return has('-') ? s + fill : fill + s;
  }

  PrintfSpecification withWidth(int w) {
    // A negative width from the arguments is ignored, not read as left alignment.
    return new PrintfSpecification(flags, w < 0 ? -1 : Math.min(LARGEST, w), false, precision, precisionFromArgument, length, type, end);
  }

  PrintfSpecification withPrecision(int p) {
    return new PrintfSpecification(flags, width, widthFromArgument, p < 0 ? -1 : Math.min(LARGEST, p), false, length, type, end);
  }

  private long narrow(long value, boolean signed) {
    return switch (bits()) {
      case 16 -> signed ? (short) value : value & 0xFFFFL;
      case 32 -> signed ? (int) value : value & 0xFFFFFFFFL;
      default -> value;
    };
  }

  /** Widths and precisions beyond what a 2,047-character message can show are cut to that. */
  private static final int LARGEST = 4096;

  private static int parse(String digits) {
    return digits.length() > 5 ? LARGEST : Math.min(LARGEST, Integer.parseInt(digits));
  }

  private static RuntimeException invalid(String template, int start) {
    return SqlErrors.INVALID_FORMAT_SPECIFICATION.raise(template.substring(start));
  }
}
