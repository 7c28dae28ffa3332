package dev.quern.ext.pool;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory satellites: each spawn delivers a new satellite on another thread. */
final class FakeHosts implements SatelliteHostFactory<FakeHosts.Sat> {
  static final AtomicLong PIDS = new AtomicLong(1000);
  final List<Host> hosts = new CopyOnWriteArrayList<>();
  static final List<Sat> CREATED = new CopyOnWriteArrayList<>();
  volatile String failWith;
  /** While set, spawned satellites wait in {@link #held} until {@link #deliverHeld()}. */
  volatile boolean holdSpawns;
  final List<Runnable> held = new CopyOnWriteArrayList<>();

  void deliverHeld() {
    holdSpawns = false;
    for (Runnable r : held) {
      held.remove(r);
      r.run();
    }
  }

  @Override
  public SatelliteHost start(PoolKey key, SatelliteListener<Sat> listener) throws HostStartException {
    if (failWith != null) {
      throw new HostStartException(failWith);
    }
    Host h = new Host(this, key, listener);
    hosts.add(h);
    return h;
  }

  static final class Sat implements Satellite {
    final long pid = PIDS.incrementAndGet();
    final PoolKey key;
    final AtomicInteger closes = new AtomicInteger();
    final AtomicInteger kills = new AtomicInteger();

    Sat(PoolKey key) {
      this.key = key;
      CREATED.add(this);
    }

    @Override
    public long pid() {
      return pid;
    }

    @Override
    public boolean isAlive() {
      return closes.get() == 0 && kills.get() == 0;
    }

    @Override
    public void close() {
      closes.incrementAndGet();
    }

    @Override
    public void kill() {
      kills.incrementAndGet();
    }
  }

  static final class Host implements SatelliteHost {
    final FakeHosts factory;
    final PoolKey key;
    final SatelliteListener<Sat> listener;
    final AtomicInteger spawns = new AtomicInteger();
    final AtomicBoolean closed = new AtomicBoolean();

    Host(FakeHosts factory, PoolKey key, SatelliteListener<Sat> listener) {
      this.factory = factory;
      this.key = key;
      this.listener = listener;
    }

    @Override
    public void spawn() {
      spawns.incrementAndGet();
      if (factory.holdSpawns) {
        factory.held.add(() -> listener.ready(new Sat(key)));
        return;
      }
      Thread.ofVirtual().start(() -> listener.ready(new Sat(key)));
    }

    @Override
    public boolean isAlive() {
      return !closed.get();
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }
}
