package dev.quern.bench.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lays measurements out as one row per (workload, metric) and one column per target, with the
 * ratio of the first target to the second (Quern / PostgreSQL) where both ran. A workload that
 * failed on a target shows {@code ERROR[n]} in that target's cells and the error under the table,
 * so one unsupported statement does not hide the other figures.
 */
public final class ResultsTable {
  private final List<String> targets;
  private final Map<String, Map<String, Measurement>> rows = new LinkedHashMap<>();
  /** Workloads in the order they first reported anything, figures or failures. */
  private final Set<String> workloads = new LinkedHashSet<>();
  /** "workload target" to footnote number. */
  private final Map<String, Integer> failureIndex = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();

  public ResultsTable(List<String> targets) {
    this.targets = List.copyOf(targets);
  }

  public void add(Measurement m) {
    workloads.add(m.workload());
    rows.computeIfAbsent(m.workload() + " " + m.metric(), k -> new LinkedHashMap<>()).put(m.target(), m);
  }

  /** Records that {@code workload} failed on {@code target} with {@code error}. */
  public void addFailure(String workload, String target, String error) {
    workloads.add(workload);
    failures.add(workload + " on " + target + ": " + error);
    failureIndex.put(workload + " " + target, failures.size());
  }

  /** The table as text, columns aligned, followed by the numbered errors if any. */
  public String render() {
    List<String[]> lines = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("workload", "metric", "unit"));
    header.addAll(targets);
    if (targets.size() == 2) {
      header.add(targets.get(0) + "/" + targets.get(1));
    }
    lines.add(header.toArray(String[]::new));
    for (String workload : workloads) {
      boolean any = false;
      for (Map<String, Measurement> byTarget : rows.values()) {
        if (byTarget.values().iterator().next().workload().equals(workload)) {
          lines.add(line(byTarget));
          any = true;
        }
      }
      if (!any) {
        lines.add(failedEverywhere(workload));
      }
    }
    StringBuilder out = new StringBuilder(align(lines));
    for (int i = 0; i < failures.size(); i++) {
      out.append("ERROR[").append(i + 1).append("] ").append(failures.get(i)).append('\n');
    }
    return out.toString();
  }

  private String[] line(Map<String, Measurement> byTarget) {
    Measurement any = byTarget.values().iterator().next();
    List<String> cells = new ArrayList<>(List.of(any.workload(), any.metric(), any.unit().label()));
    for (String target : targets) {
      Measurement m = byTarget.get(target);
      cells.add(m == null ? missing(any.workload(), target) : format(m.value()));
    }
    if (targets.size() == 2) {
      Measurement a = byTarget.get(targets.get(0));
      Measurement b = byTarget.get(targets.get(1));
      cells.add(a == null || b == null || b.value() == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", a.value() / b.value()));
    }
    return cells.toArray(String[]::new);
  }

  private String[] failedEverywhere(String workload) {
    List<String> cells = new ArrayList<>(List.of(workload, "-", "-"));
    targets.forEach(t -> cells.add(missing(workload, t)));
    if (targets.size() == 2) {
      cells.add("-");
    }
    return cells.toArray(String[]::new);
  }

  private String missing(String workload, String target) {
    Integer n = failureIndex.get(workload + " " + target);
    return n == null ? "-" : "ERROR[" + n + "]";
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
