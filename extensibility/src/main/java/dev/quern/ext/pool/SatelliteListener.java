package dev.quern.ext.pool;

/** Receives what a {@link SatelliteHost} produces. Called from the host's own threads. */
public interface SatelliteListener<S extends Satellite> {
  /** A new satellite is warmed and ready. */
  void ready(S satellite);

  /**
   * {@code host} died or cannot start satellites; {@code reason} is shown inside error 39019 when
   * it is a launch failure. {@code killed}: ended from outside by SIGKILL (the OOM killer, an
   * operator, a script), which says nothing about whether a new host could start.
   */
  void failed(SatelliteHost host, String reason, boolean killed);
}
