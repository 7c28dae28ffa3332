package dev.quern.ext.pool;

/** Starts the {@link SatelliteHost} for a key; one implementation per language runtime. */
public interface SatelliteHostFactory<S extends Satellite> {
  /**
   * Starts a host; throws {@link HostStartException} when it cannot (interpreter missing...).
   * Must not block for the satellites themselves.
   */
  SatelliteHost start(PoolKey key, SatelliteListener<S> listener) throws HostStartException;
}
