package dev.quern.catalog.value;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a hierarchyid ({@code /}, {@code /1/}, {@code /0.3.-7/}): a slash, then each level's
 * labels joined by dots and followed by a slash. Parsing is as strict as SQL Server's: no spaces, no
 * leading zeros ({@code /1.01/}), no plus signs, no empty labels.
 */
final class HierarchyText {
  private HierarchyText() {}

  /** The levels of {@code text}; null when it is no hierarchyid's text. */
  static List<long[]> parse(String text) {
    if (text.isEmpty() || text.charAt(0) != '/' || text.charAt(text.length() - 1) != '/') {
      return null;
    }
    List<long[]> levels = new ArrayList<>();
    if (text.length() == 1) {
      return levels;
    }
    for (String level : text.substring(1, text.length() - 1).split("/", -1)) {
      String[] labels = level.split("\\.", -1);
      long[] values = new long[labels.length];
      for (int i = 0; i < labels.length; i++) {
        Long v = integer(labels[i]);
        if (v == null) {
          return null;
        }
        values[i] = v;
      }
      levels.add(values);
    }
    return levels;
  }

  /** An integer label: optional minus, digits without a leading zero; null otherwise or when too long. */
  private static Long integer(String s) {
    int start = s.startsWith("-") ? 1 : 0;
    String digits = s.substring(start);
    if (digits.isEmpty() || digits.length() > 18 || (digits.charAt(0) == '0' && (digits.length() > 1 || start == 1))) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return null;
      }
    }
    return Long.parseLong(s);
  }

  static String format(List<long[]> levels) {
    StringBuilder sb = new StringBuilder("/");
    for (long[] level : levels) {
      for (int i = 0; i < level.length; i++) {
        sb.append(i == 0 ? "" : ".").append(level[i]);
      }
      sb.append('/');
    }
    return sb.toString();
  }
}
