package dev.quern.engine.backup;

import dev.quern.engine.api.ResultSink;
import java.util.Locale;

/**
 * The informational messages of a BACKUP or RESTORE: STATS percentages (3211), "Processed N pages"
 * per file (4035) and the closing 3014 with the time and rate. N is the database image's bytes in
 * 8 KB units (Quern has no pages); the log file always processes 0 pages (Quern's log is not in
 * its backups).
 */
final class BackupProgress {
  private final ResultSink sink;
  private final int every;
  private final long started = System.nanoTime();
  private int reported;

  /** {@code stats}: the STATS option's value (null: no percentages; 0 means STATS alone: 10). */
  BackupProgress(ResultSink sink, Long stats) {
    this.sink = sink;
    this.every = stats == null ? 0 : stats <= 0 || stats > 100 ? 10 : stats.intValue();
  }

  /** {@code done} of {@code total} units are processed: reports each STATS step passed. */
  void progress(long done, long total) {
    if (every == 0 || total <= 0) {
      return;
    }
    int percent = (int) Math.min(100, done * 100 / total);
    while (reported + every <= percent) {
      reported += every;
      sink.message(BackupErrors.PERCENT.message(reported));
    }
  }

  void processed(BackupSetHeader h) {
    sink.message(BackupErrors.PROCESSED.message(h.pages(), h.databaseName(), h.databaseName(), h.position()));
    sink.message(BackupErrors.PROCESSED.message(0L, h.databaseName(), h.databaseName() + "_log", h.position()));
  }

  /** A log backup or restore: its pages are the log file's. */
  void processedLog(BackupSetHeader h) {
    sink.message(BackupErrors.PROCESSED.message(h.pages(), h.databaseName(), h.databaseName() + "_log", h.position()));
  }

  /** 3014 for {@code verb} ("BACKUP DATABASE", "RESTORE DATABASE"). */
  void succeeded(String verb, BackupSetHeader h) {
    double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
    double mb = h.imageBytes() / 1048576.0 / seconds;
    sink.message(BackupErrors.SUCCEEDED.message(verb, h.pages(),
        String.format(Locale.ROOT, "%.3f", seconds), String.format(Locale.ROOT, "%.3f", mb)));
  }
}
