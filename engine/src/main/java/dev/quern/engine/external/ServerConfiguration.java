package dev.quern.engine.external;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server configuration options: each has a config value (what sp_configure set) and a run
 * value (what is in effect, installed by RECONFIGURE). Only config values are stored; at start
 * every stored value is in effect, as after a restart of SQL Server.
 */
public final class ServerConfiguration {
  /** The option sp_execute_external_script checks (error 39023 while its run value is 0). */
  public static final String EXTERNAL_SCRIPTS_ENABLED = "external scripts enabled";

  public static final String SHOW_ADVANCED_OPTIONS = "show advanced options";

  /** How many sessions may be open at once; 0 is as many as the server allows (error 17809). */
  public static final String USER_CONNECTIONS = "user connections";

  /** Whether an AFTER trigger's statements fire AFTER triggers in turn (INSTEAD OF ones always do). */
  public static final String NESTED_TRIGGERS = "nested triggers";

  /** @@OPTIONS bits every new session starts with, besides those its driver's login sets. */
  public static final String USER_OPTIONS = "user options";

  /** Whether BACKUP compresses without COMPRESSION or NO_COMPRESSION. */
  public static final String BACKUP_COMPRESSION_DEFAULT = "backup compression default";

  /** Whether BACKUP writes checksums without CHECKSUM or NO_CHECKSUM. */
  public static final String BACKUP_CHECKSUM_DEFAULT = "backup checksum default";

  /** The most threads a query may use (0: every processor): see exec.DegreeOfParallelism. */
  public static final String MAX_DEGREE_OF_PARALLELISM = "max degree of parallelism";

  /** Whether xp_cmdshell may run (error 15281 while its run value is 0). */
  public static final String XP_CMDSHELL = "xp_cmdshell";

  private static final List<ConfigOption> OPTIONS =
      List.of(
          new ConfigOption(103, USER_CONNECTIONS, 0, 32767, 0, "Number of user connections allowed", false, true),
          new ConfigOption(115, NESTED_TRIGGERS, 0, 1, 1, "Allow triggers to be invoked within triggers", true, false),
          new ConfigOption(518, SHOW_ADVANCED_OPTIONS, 0, 1, 0, "show advanced options", true, false),
          new ConfigOption(1534, USER_OPTIONS, 0, 32767, 0, "user options", true, false),
          // A whole-table aggregate scans on up to 'max degree of parallelism' threads; every other
          // plan is serial, which any cost threshold allows (README). Memory sizes are not settable
          // (RocksDB's caches cannot be resized while open), so those options do not exist here.
          new ConfigOption(1538, "cost threshold for parallelism", 0, 32767, 5, "cost threshold for parallelism", true, true),
          new ConfigOption(1539, MAX_DEGREE_OF_PARALLELISM, 0, 32767, 0, "maximum degree of parallelism", true, true),
          new ConfigOption(1568, "default trace enabled", 0, 1, 1, "Enable or disable the default trace", true, true),
          new ConfigOption(1579, BACKUP_COMPRESSION_DEFAULT, 0, 1, 0, "Enable compression of backups by default", true, false),
          new ConfigOption(1584, BACKUP_CHECKSUM_DEFAULT, 0, 1, 0, "Enable checksum of backups by default", true, false),
          new ConfigOption(16387, "SMO and DMO XPs", 0, 1, 1, "Enable or disable SMO and DMO XPs", true, true),
          new ConfigOption(16390, XP_CMDSHELL, 0, 1, 0, "Enable or disable command shell", true, true),
          new ConfigOption(1586, EXTERNAL_SCRIPTS_ENABLED, 0, 1, 0, "Allows execution of external scripts", true, false));

  private final ConfigurationStore store;
  private final Map<String, Integer> configValues = new ConcurrentHashMap<>();
  private final Map<String, Integer> runValues = new ConcurrentHashMap<>();

  public ServerConfiguration(ConfigurationStore store) {
    this.store = store;
    Map<String, Integer> saved = store.load();
    for (ConfigOption o : OPTIONS) {
      int v = saved.getOrDefault(o.name(), o.defaultValue());
      configValues.put(o.name(), v);
      runValues.put(o.name(), v);
    }
  }

  /** Every option, in sys.configurations order (by id). */
  public List<ConfigOption> options() {
    return OPTIONS.stream().sorted(java.util.Comparator.comparingInt(ConfigOption::id)).toList();
  }

  /** The option with this exact name, case-insensitively. */
  public Optional<ConfigOption> option(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return OPTIONS.stream().filter(o -> o.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
  }

  /** Options whose name contains {@code fragment} (sp_configure accepts a unique part of a name). */
  public List<ConfigOption> matching(String fragment) {
    String f = fragment.strip().toLowerCase(Locale.ROOT);
    return OPTIONS.stream().filter(o -> o.name().toLowerCase(Locale.ROOT).contains(f)).toList();
  }

  public int configValue(ConfigOption o) {
    return configValues.get(o.name());
  }

  public int runValue(ConfigOption o) {
    return runValues.get(o.name());
  }

  /** The run value of the option named {@code name}. */
  public int runValue(String name) {
    return runValues.getOrDefault(option(name).orElseThrow().name(), 0);
  }

  /** Are advanced options visible to sp_configure (the run value of 'show advanced options')? */
  public boolean showsAdvanced() {
    return runValue(SHOW_ADVANCED_OPTIONS) == 1;
  }

  /** Sets the config value (checked against the option's range by the caller); returns the old one. */
  public synchronized int configure(ConfigOption o, int value) {
    return configValues.put(o.name(), value);
  }

  /** RECONFIGURE: stores the config values durably, then puts the dynamic ones in effect. */
  public synchronized void reconfigure() {
    Map<String, Integer> changed = new LinkedHashMap<>();
    for (ConfigOption o : OPTIONS) {
      int v = configValues.get(o.name());
      if (v != o.defaultValue()) {
        changed.put(o.name(), v);
      }
    }
    store.save(changed);
    // A static option's new value waits for the next start, as in SQL Server.
    for (ConfigOption o : OPTIONS) {
      if (o.dynamic()) {
        runValues.put(o.name(), configValues.get(o.name()));
      }
    }
  }
}
