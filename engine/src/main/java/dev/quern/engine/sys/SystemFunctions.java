package dev.quern.engine.sys;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The registry of {@link SystemFunction}s, found by {@code [db.]sys.name}. */
public final class SystemFunctions {
  private static final List<SystemFunction> ALL =
      List.of(ReferencedEntities.referenced(), ReferencedEntities.referencing(), new VirtualFileStats(),
          new IndexOperationalStats(), new HelpCollations(), new BuiltinPermissionsFunction(),
          new FileExistsFunction(), new IncrementalStatsFunction(),
          new TraceTable(),
          new PlanAttributes(), new VolumeStats(),
          new FullTextKeywordsFunction());

  private SystemFunctions() {}

  /** The function named by {@code parts} ({@code sys.dm_io_virtual_file_stats}), if one is. */
  public static Optional<SystemFunction> lookup(List<String> parts) {
    String name = parts.getLast().toLowerCase(Locale.ROOT);
    // The fn_ functions are found without their schema too (fn_helpcollations(), fn_builtin_permissions(DEFAULT)).
    boolean bare = parts.size() == 1 && name.startsWith("fn_");
    if (!bare && (parts.size() < 2 || parts.size() > 3 || !parts.get(parts.size() - 2).equalsIgnoreCase("sys"))) {
      return Optional.empty();
    }
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
