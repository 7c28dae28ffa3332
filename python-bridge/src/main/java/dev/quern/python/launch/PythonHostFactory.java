package dev.quern.python.launch;

import dev.quern.ext.pool.HostStartException;
import dev.quern.ext.pool.PoolKey;
import dev.quern.ext.pool.SatelliteHost;
import dev.quern.ext.pool.SatelliteHostFactory;
import dev.quern.ext.pool.SatelliteListener;
import java.nio.file.Path;

/** Starts a {@link PythonHost} (fork-server parent) per pool key. */
public final class PythonHostFactory implements SatelliteHostFactory<PythonSatellite> {
  private final PythonSettings settings;
  private final Path workRoot;
  private final Reaper reaper;

  /** {@code workRoot} belongs to this factory's runtime alone; {@code reaper} outlives the hosts. */
  public PythonHostFactory(PythonSettings settings, Path workRoot, Reaper reaper) {
    this.settings = settings;
    this.workRoot = workRoot;
    this.reaper = reaper;
  }

  @Override
  public SatelliteHost start(PoolKey key, SatelliteListener<PythonSatellite> listener) throws HostStartException {
    return new PythonHost(key, settings, workRoot, listener, reaper);
  }
}
