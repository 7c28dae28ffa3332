package dev.quern.engine.agent;

import dev.quern.engine.session.QuernSession;
import java.util.UUID;

/**
 * A job the agent is running: who asked for it (for 22022's text and the outcome message), the
 * session of the step running now (so sp_stop_job can cancel its batch), and whether a stop was
 * asked for and by whom.
 */
final class RunningJob {
  private final UUID jobId;
  private final String invokedBy;
  private QuernSession session;
  private String stoppedBy;

  RunningJob(UUID jobId, String invokedBy) {
    this.jobId = jobId;
    this.invokedBy = invokedBy;
  }

  UUID jobId() {
    return jobId;
  }

  /** "User sa" or "Schedule 3 (nightly)", as the history says who invoked the job. */
  String invokedBy() {
    return invokedBy;
  }

  /** The step session now running, cancelled at once when a stop already came. */
  synchronized void running(QuernSession s) {
    session = s;
    if (s != null && stoppedBy != null) {
      s.cancel();
    }
  }

  /** sp_stop_job: marks the stop and cancels the running step's batch (as ATTENTION would). */
  synchronized void stop(String by) {
    if (stoppedBy == null) {
      stoppedBy = by;
    }
    if (session != null) {
      session.cancel();
    }
    notifyAll();
  }

  synchronized String stoppedBy() {
    return stoppedBy;
  }

  /** Waits {@code millis} between retries; false when a stop came meanwhile. */
  synchronized boolean pause(long millis) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (stoppedBy == null && System.currentTimeMillis() < end) {
      wait(Math.max(1, end - System.currentTimeMillis()));
    }
    return stoppedBy == null;
  }
}
