package dev.quern.engine.external;

import dev.quern.ext.governor.ExternalResourcePool;
import dev.quern.ext.governor.ResourceGovernor;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The resource governor's configuration as stored — external resource pools (CREATE/ALTER/DROP
 * EXTERNAL RESOURCE POOL; {@code sys.resource_governor_external_resource_pools}), workload groups
 * (CREATE/ALTER/DROP WORKLOAD GROUP) and the classifier function — apart from what is in effect:
 * the pools in the {@link ResourceGovernor} ({@code sys.dm_resource_governor_external_resource_pools})
 * and the groups and classifier that place sessions, which ALTER RESOURCE GOVERNOR RECONFIGURE
 * makes equal to the stored ones, as in SQL Server. Every change is kept at once in {@code
 * <data-dir>/resource-governor.properties} (the statements cannot run inside a transaction, so
 * there is nothing to roll back), and a server starts with what is kept there in effect.
 * Thread-safe.
 */
public final class ResourceGovernorConfiguration {
  static final String FILE_NAME = "resource-governor.properties";
  /** User pools and groups are numbered from here (ml-services.md §6: "User pools get ids from 256"). */
  public static final int FIRST_USER_POOL_ID = 256;
  /** SQL Server's limit counts every pool, the built-in ones included. */
  public static final int MAX_POOLS = 64;

  private final Path file; // null: nothing kept (in-memory engines)
  private final ResourceGovernor governor;
  private final Map<String, ExternalResourcePool> stored = new LinkedHashMap<>();
  private final Map<String, WorkloadGroup> groups = new LinkedHashMap<>();
  private List<String> classifier; // schema, name in master; null: none
  private Map<String, WorkloadGroup> groupsInEffect = Map.of();
  private List<String> classifierInEffect;
  private boolean enabled; // SQL Server ships with the governor disabled
  private boolean pending;
  private java.time.LocalDateTime statisticsStart = java.time.LocalDateTime.now().withNano(0);

  private ResourceGovernorConfiguration(Path file, ResourceGovernor governor) {
    this.file = file;
    this.governor = governor;
    // What the governor was built with (the built-in pool) until the kept configuration says more.
    governor.pools().forEach(p -> stored.put(key(p.name()), p));
    groups.put(key(WorkloadGroup.INTERNAL.name()), WorkloadGroup.INTERNAL);
    groups.put(key(WorkloadGroup.DEFAULT.name()), WorkloadGroup.DEFAULT);
    if (file != null) {
      load();
      install();
    } else {
      groupsInEffect = Map.copyOf(groups);
    }
  }

  /** The configuration kept in {@code dataDir}, put in effect in {@code governor}. */
  public static ResourceGovernorConfiguration open(Path dataDir, ResourceGovernor governor) {
    return new ResourceGovernorConfiguration(dataDir.resolve(FILE_NAME), governor);
  }

  /** A configuration that keeps nothing across restarts. */
  public static ResourceGovernorConfiguration inMemory(ResourceGovernor governor) {
    return new ResourceGovernorConfiguration(null, governor);
  }

  /** The stored pools, by id. */
  public synchronized List<ExternalResourcePool> pools() {
    List<ExternalResourcePool> list = new ArrayList<>(stored.values());
    list.sort(Comparator.comparingInt(ExternalResourcePool::id));
    return list;
  }

  public synchronized Optional<ExternalResourcePool> pool(String name) {
    return Optional.ofNullable(stored.get(key(name)));
  }

  /** Stores a new pool with the next free id; the caller has checked the name is free. */
  public synchronized ExternalResourcePool create(String name, int maxCpuPercent, int maxMemoryPercent, int maxProcesses) {
    int id = nextUserId(stored.values().stream().mapToInt(ExternalResourcePool::id));
    ExternalResourcePool pool = new ExternalResourcePool(id, name, maxCpuPercent, maxMemoryPercent, maxProcesses, 1);
    stored.put(key(name), pool);
    changed();
    return pool;
  }

  /** Stores new settings for an existing pool (its version goes up by one). */
  public synchronized void replace(ExternalResourcePool pool) {
    stored.put(key(pool.name()), pool);
    changed();
  }

  public synchronized void drop(String name) {
    stored.remove(key(name));
    changed();
  }

  /** The stored workload groups, by id. */
  public synchronized List<WorkloadGroup> groups() {
    List<WorkloadGroup> list = new ArrayList<>(groups.values());
    list.sort(Comparator.comparingInt(WorkloadGroup::id));
    return list;
  }

  public synchronized Optional<WorkloadGroup> group(String name) {
    return Optional.ofNullable(groups.get(key(name)));
  }

  /** The workload groups in effect, by id. */
  public synchronized List<WorkloadGroup> groupsInEffect() {
    List<WorkloadGroup> list = new ArrayList<>(groupsInEffect.values());
    list.sort(Comparator.comparingInt(WorkloadGroup::id));
    return list;
  }

  /** The group in effect named {@code name}, else the default group (as unclassified sessions get). */
  public synchronized WorkloadGroup groupInEffect(String name) {
    WorkloadGroup g = name == null ? null : groupsInEffect.get(key(name));
    return g != null ? g : groupsInEffect.getOrDefault("default", WorkloadGroup.DEFAULT);
  }

  /** The next free id for a user group (from 256, as SQL Server numbers them). */
  public synchronized int nextGroupId() {
    return nextUserId(groups.values().stream().mapToInt(WorkloadGroup::id));
  }

  /** The id after the highest of {@code ids}, and at least {@link #FIRST_USER_POOL_ID}. */
  private static int nextUserId(java.util.stream.IntStream ids) {
    return Math.max(FIRST_USER_POOL_ID, ids.max().orElse(0) + 1);
  }

  /** Stores a new or changed group. */
  public synchronized void putGroup(WorkloadGroup group) {
    groups.put(key(group.name()), group);
    changed();
  }

  public synchronized void dropGroup(String name) {
    groups.remove(key(name));
    changed();
  }

  /** The stored classifier function ({@code [schema, name]} in master), if any. */
  public synchronized Optional<List<String>> classifier() {
    return Optional.ofNullable(classifier);
  }

  /** The classifier function in effect, if any. */
  public synchronized Optional<List<String>> classifierInEffect() {
    return Optional.ofNullable(classifierInEffect);
  }

  /** ALTER RESOURCE GOVERNOR WITH (CLASSIFIER_FUNCTION = …|NULL): stored, in effect at RECONFIGURE. */
  public synchronized void classifier(List<String> schemaAndName) {
    classifier = schemaAndName == null ? null : List.copyOf(schemaAndName);
    changed();
  }

  /** ALTER RESOURCE GOVERNOR RECONFIGURE: the stored pools take effect; the governor is enabled. */
  public synchronized void reconfigure() {
    enabled = true;
    install();
    save();
  }

  /**
   * ALTER RESOURCE GOVERNOR DISABLE: recorded for the catalog views. The limits in effect stay:
   * Quern always governs its satellites (the built-in pool's 20 % memory cap is a safety limit,
   * not an Enterprise feature here), so disabling only stops later changes from taking effect
   * until the next RECONFIGURE.
   */
  public synchronized void disable() {
    enabled = false;
    save();
  }

  /** ALTER RESOURCE GOVERNOR RESET STATISTICS: the pools' statistics start again now. */
  public synchronized void resetStatistics() {
    statisticsStart = java.time.LocalDateTime.now().withNano(0);
  }

  /** When the pools' statistics started ({@code statistics_start_time}). */
  public synchronized java.time.LocalDateTime statisticsStart() {
    return statisticsStart;
  }

  public synchronized boolean enabled() {
    return enabled;
  }

  /** Whether stored changes wait for RECONFIGURE ({@code is_reconfiguration_pending}). */
  public synchronized boolean pending() {
    return pending;
  }

  private void changed() {
    pending = true;
    save();
  }

  private void install() {
    for (ExternalResourcePool inEffect : governor.pools()) {
      if (!stored.containsKey(key(inEffect.name()))) {
        governor.drop(inEffect.name());
      }
    }
    stored.values().forEach(governor::configure);
    groupsInEffect = Map.copyOf(groups);
    classifierInEffect = classifier;
    pending = false;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private void save() {
    if (file == null) {
      return;
    }
    Properties p = new Properties();
    p.setProperty("enabled", Boolean.toString(enabled));
    for (ExternalResourcePool pool : stored.values()) {
      p.setProperty("pool." + pool.id(), pool.maxCpuPercent() + "," + pool.maxMemoryPercent() + ","
          + pool.maxProcesses() + "," + pool.version() + "," + pool.name());
    }
    for (WorkloadGroup g : groups.values()) {
      // The names last and apart: they may hold commas (the external pool's first: no newline).
      p.setProperty("group." + g.id(), g.importance() + "," + g.requestMaxMemoryGrantPercent() + ","
          + g.requestMaxCpuTimeSec() + "," + g.requestMemoryGrantTimeoutSec() + "," + g.maxDop() + ","
          + g.groupMaxRequests() + "," + g.name());
      p.setProperty("group." + g.id() + ".external", g.externalPool());
    }
    if (classifier != null) {
      p.setProperty("classifier.schema", classifier.get(0));
      p.setProperty("classifier.name", classifier.get(1));
    }
    StringWriter text = new StringWriter();
    try {
      p.store(text, "Quern external resource pools (CREATE/ALTER/DROP EXTERNAL RESOURCE POOL)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AtomicFile.write(file, text.toString());
  }

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    Properties p = new Properties();
    try {
      p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
      enabled = Boolean.parseBoolean(p.getProperty("enabled", "false"));
      if (p.getProperty("classifier.name") != null) {
        classifier = List.of(p.getProperty("classifier.schema"), p.getProperty("classifier.name"));
      }
      for (String k : p.stringPropertyNames()) {
        if (k.startsWith("group.") && !k.endsWith(".external")) {
          String[] v = p.getProperty(k).split(",", 7);
          WorkloadGroup g = new WorkloadGroup(Integer.parseInt(k.substring(6)), v[6], v[0],
              Integer.parseInt(v[1]), Integer.parseInt(v[2]), Integer.parseInt(v[3]), Integer.parseInt(v[4]),
              Integer.parseInt(v[5]), p.getProperty(k + ".external", "default"));
          groups.put(key(g.name()), g);
          continue;
        }
        if (!k.startsWith("pool.")) {
          continue;
        }
        String[] v = p.getProperty(k).split(",", 5);
        ExternalResourcePool pool = new ExternalResourcePool(Integer.parseInt(k.substring(5)), v[4],
            Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]), Long.parseLong(v[3]));
        stored.put(key(pool.name()), pool);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("corrupt resource governor configuration " + file, e);
    }
  }
}
