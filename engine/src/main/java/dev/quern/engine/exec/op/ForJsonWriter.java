package dev.quern.engine.exec.op;

import dev.quern.engine.plan.ForJsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows as FOR JSON objects. A column's path opens nested objects for its steps before the
 * last (the binder has checked that each object's columns are adjacent, so an object is closed
 * for good once a column outside it comes); NULLs are left out unless INCLUDE_NULL_VALUES, and a
 * nested object left with no property is left out too, as SQL Server does. Values by type, as
 * SQL Server converts them: numbers as JSON numbers, bit as true/false, dates and times in ISO 8601
 * (CONVERT style 126), binary as base64, everything else as its text.
 */
final class ForJsonWriter {
  private final List<ForJsonNode.Property> properties;
  private final boolean includeNulls;
  /** The objects open in the row being written, outermost (the row's own) first. */
  private final List<Open> open = new ArrayList<>();

  /** An object being written: where its text starts (to take it back if it stays empty). */
  private static final class Open {
    final String name;
    final int mark;
    boolean hasMembers;

    Open(String name, int mark) {
      this.name = name;
      this.mark = mark;
    }
  }

  ForJsonWriter(List<ForJsonNode.Property> properties, boolean includeNulls) {
    this.properties = properties;
    this.includeNulls = includeNulls;
  }

  void writeRow(StringBuilder sb, Object[] row) {
    open.clear();
    sb.append('{');
    open.add(new Open(null, sb.length()));
    for (int c = 0; c < properties.size(); c++) {
      Object value = row[c];
      if (value == null && !includeNulls) {
        continue;
      }
      ForJsonNode.Property p = properties.get(c);
      List<String> path = p.path();
      int depth = path.size() - 1; // objects the property lies in, below the row's
      int common = 0;
      while (common < depth && common + 1 < open.size() && open.get(common + 1).name.equals(path.get(common))) {
        common++;
      }
      while (open.size() > common + 1) {
        close(sb);
      }
      for (int k = common; k < depth; k++) {
        Open parent = open.getLast();
        Open child = new Open(path.get(k), sb.length());
        if (parent.hasMembers) {
          sb.append(',');
        }
        appendString(sb, path.get(k));
        sb.append(":{");
        open.add(child);
      }
      Open owner = open.getLast();
      if (owner.hasMembers) {
        sb.append(',');
      }
      appendString(sb, path.getLast());
      sb.append(':');
      appendValue(sb, value, p);
      owner.hasMembers = true;
    }
    while (open.size() > 1) {
      close(sb);
    }
    sb.append('}');
  }

  /** Closes the innermost nested object, or takes it back when nothing went into it. */
  private void close(StringBuilder sb) {
    Open done = open.removeLast();
    if (done.hasMembers) {
      sb.append('}');
      open.getLast().hasMembers = true;
    } else {
      sb.setLength(done.mark);
    }
  }

  /**
   * A value as the JSON functions write it ({@link dev.quern.engine.func.JsonScalarText}), except
   * floats, which FOR JSON writes in their shortest form.
   */
  private static void appendValue(StringBuilder sb, Object value, ForJsonNode.Property p) {
    switch (value) {
      case Double d -> appendFloat(sb, Double.toString(d));
      case Float f -> appendFloat(sb, Float.toString(f));
      case null, default -> dev.quern.engine.func.JsonScalarText.append(sb, value, p.type(), p.json());
    }
  }

  /**
   * A float as the shortest text that reads back as the same value, without a fraction when it
   * is whole ({@code 4}, {@code 2.5}, {@code 1.0E20}). Infinities and NaN cannot be stored in SQL
   * Server's float, so they never get here.
   */
  private static void appendFloat(StringBuilder sb, String text) {
    if (text.endsWith(".0")) {
      sb.append(text, 0, text.length() - 2);
    } else {
      sb.append(text);
    }
  }

  /** A quoted JSON string, escaped as SQL Server's JSON functions escape it. */
  static void appendString(StringBuilder sb, String s) {
    dev.quern.engine.func.JsonEscape.appendQuoted(sb, s);
  }
}
