package dev.quern.engine.external;

import java.util.Map;

/** Where configured option values survive a restart. */
public interface ConfigurationStore {
  /** The saved config values by option name (empty on a fresh server). */
  Map<String, Integer> load();

  /** Saves every config value durably before returning. */
  void save(Map<String, Integer> values);

  /** A store that keeps nothing (in-memory engines for tests). */
  static ConfigurationStore none() {
    return new ConfigurationStore() {
      @Override
      public Map<String, Integer> load() {
        return Map.of();
      }

      @Override
      public void save(Map<String, Integer> values) {
        // Nothing to keep: the engine lives in memory.
      }
    };
  }
}
