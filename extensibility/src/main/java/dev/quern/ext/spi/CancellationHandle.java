package dev.quern.ext.spi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancels a running external script call: the engine calls {@link #cancel()} on ATTENTION or a
 * query timeout; the runtime registers what to do (kill the satellite) with {@link #onCancel}.
 */
public final class CancellationHandle {
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final List<Runnable> actions = new CopyOnWriteArrayList<>();

  /** Cancels; runs every registered action once. Idempotent. */
  public void cancel() {
    if (cancelled.compareAndSet(false, true)) {
      actions.forEach(Runnable::run);
    }
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  /**
   * Registers an action; runs it at once if already cancelled. Returns what unregisters it (call
   * it when the guarded work is over so a late cancel does nothing).
   */
  public Runnable onCancel(Runnable action) {
    actions.add(action);
    if (cancelled.get() && actions.remove(action)) {
      action.run();
    }
    return () -> actions.remove(action);
  }

  /** Throws {@link ExternalScriptCancelledException} if cancelled. */
  public void throwIfCancelled() {
    if (isCancelled()) {
      throw new ExternalScriptCancelledException();
    }
  }
}
