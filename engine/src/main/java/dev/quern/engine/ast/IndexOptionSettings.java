package dev.quern.engine.ast;

import dev.quern.catalog.meta.IndexOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The relational index options a statement wrote ({@code WITH (FILLFACTOR = 80, PAD_INDEX = ON, …)}
 * of CREATE INDEX, a key constraint or ALTER INDEX … REBUILD, or ALTER INDEX … SET (…)): option name
 * (upper case) to its value as written (upper case, FILLFACTOR as digits). {@link #apply} sets them
 * on an index's options; options that do not describe the index (ONLINE, MAXDOP, SORT_IN_TEMPDB …)
 * are not kept here.
 */
public record IndexOptionSettings(Map<String, String> values) {
  public static final IndexOptionSettings NONE = new IndexOptionSettings(Map.of());

  public IndexOptionSettings {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Whether the statement wrote {@code option}. */
  public boolean has(String option) {
    return values.containsKey(option);
  }

  /** {@code base} with the options written set. */
  public IndexOptions apply(IndexOptions base) {
    IndexOptions o = base;
    for (Map.Entry<String, String> e : values.entrySet()) {
      boolean on = e.getValue().equals("ON");
      o = switch (e.getKey()) {
        case "FILLFACTOR" -> o.withFillFactor(Integer.parseInt(e.getValue()));
        case "PAD_INDEX" -> o.withPadIndex(on);
        case "ALLOW_ROW_LOCKS" -> o.withAllowRowLocks(on);
        case "ALLOW_PAGE_LOCKS" -> o.withAllowPageLocks(on);
        case "STATISTICS_NORECOMPUTE" -> o.withNoRecompute(on);
        case "DATA_COMPRESSION" -> o.withCompression(e.getValue());
        case "OPTIMIZE_FOR_SEQUENTIAL_KEY" -> o.withOptimizeForSequentialKey(on);
        case "COMPRESSION_DELAY" -> o.withColumnstore(Integer.parseInt(e.getValue()), o.order());
        default -> o;
      };
    }
    return o;
  }

  /** {@code WITH (…)} as written, or nothing. */
  public String toSql() {
    return values.isEmpty() ? "" : " WITH (" + values.entrySet().stream()
        .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ")) + ")";
  }
}
