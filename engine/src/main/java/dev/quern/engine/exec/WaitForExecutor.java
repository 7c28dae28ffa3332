package dev.quern.engine.exec;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionState;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WAITFOR DELAY 'hh:mm[:ss[.mmm]]' / WAITFOR TIME '…'. The wait parks the request's thread, so
 * ATTENTION ({@link SessionState#cancel()} unparks it) ends it at once.
 */
final class WaitForExecutor {
  private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.:](\\d{1,3}))?)?\\s*");

  private final SessionState state;

  WaitForExecutor(SessionState state) {
    this.state = state;
  }

  void execute(StatementPlan.WaitFor w, Frame frame) {
    Object v = w.value().eval(frame.eval);
    Duration wait;
    if (v instanceof LocalDateTime dt) {
      wait = w.delay() ? Duration.between(dt.toLocalDate().atStartOfDay(), dt) : untilTime(dt.toLocalTime());
    } else {
      String text = v == null ? "" : v.toString();
      LocalTime t = parse(text);
      wait = w.delay() ? Duration.ofNanos(t.toNanoOfDay()) : untilTime(t);
    }
    sleep(wait);
  }

  static LocalTime parse(String text) {
    Matcher m = TIME.matcher(text);
    if (!m.matches()) {
      throw SqlErrors.INVALID_WAITFOR.raise(text);
    }
    int h = Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2));
    int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int ms = m.group(4) == null ? 0 : Integer.parseInt((m.group(4) + "00").substring(0, 3));
    if (h > 23 || min > 59 || s > 59) {
      throw SqlErrors.INVALID_WAITFOR.raise(text);
    }
    return LocalTime.of(h, min, s, ms * 1_000_000);
  }

  private Duration untilTime(LocalTime target) {
    LocalTime now = LocalTime.now(state.clock());
    Duration d = Duration.between(now, target);
    return d.isNegative() ? d.plusDays(1) : d;
  }

  private void sleep(Duration d) {
    // The wait is timed from the same instant the deadline counts from, so the wait time the
    // statistics record is never a hair shorter than the delay asked for.
    long start = System.nanoTime();
    try (var wait = state.activity().beginWait(dev.quern.engine.session.WaitStatistics.WAITFOR, start, null)) {
      park(start + d.toNanos());
    }
  }

  private void park(long deadline) {
    while (true) {
      state.checkCancelled();
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      LockSupport.parkNanos(this, left);
      if (Thread.interrupted()) {
        state.cancel();
      }
    }
  }
}
