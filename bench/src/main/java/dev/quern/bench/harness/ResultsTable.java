package dev.quern.bench.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays measurements out as one row per (workload, metric) and one column per target, with the
 * ratio of the first target to the second (Quern / PostgreSQL) where both ran.
 */
public final class ResultsTable {
  private final List<String> targets;
  private final Map<String, Map<String, Measurement>> rows = new LinkedHashMap<>();

  public ResultsTable(List<String> targets) {
    this.targets = List.copyOf(targets);
  }

  public void add(Measurement m) {
    rows.computeIfAbsent(m.workload() + " " + m.metric(), k -> new LinkedHashMap<>()).put(m.target(), m);
  }

  /** The table as text, columns aligned. */
  public String render() {
    List<String[]> lines = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("workload", "metric", "unit"));
    header.addAll(targets);
    if (targets.size() == 2) {
      header.add(targets.get(0) + "/" + targets.get(1));
    }
    lines.add(header.toArray(String[]::new));
    rows.forEach((key, byTarget) -> lines.add(line(byTarget)));
    return align(lines);
  }

  private String[] line(Map<String, Measurement> byTarget) {
    Measurement any = byTarget.values().iterator().next();
    List<String> cells = new ArrayList<>(List.of(any.workload(), any.metric(), any.unit().label()));
    for (String target : targets) {
      Measurement m = byTarget.get(target);
      cells.add(m == null ? "-" : format(m.value()));
    }
    if (targets.size() == 2) {
      Measurement a = byTarget.get(targets.get(0));
      Measurement b = byTarget.get(targets.get(1));
      cells.add(a == null || b == null || b.value() == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", a.value() / b.value()));
    }
    return cells.toArray(String[]::new);
  }

  private static String format(double v) {
    if (v >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, v >= 10 ? "%.1f" : "%.3f", v);
  }

  private static String align(List<String[]> lines) {
    int columns = lines.getFirst().length;
    int[] width = new int[columns];
    for (String[] line : lines) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] line : lines) {
      for (int i = 0; i < columns; i++) {
        String cell = line[i];
        out.append(i < 3 ? pad(cell, width[i], false) : pad(cell, width[i], true)).append(i + 1 < columns ? "  " : "");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }
}
