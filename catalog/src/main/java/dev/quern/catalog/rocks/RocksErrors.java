package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvConflictException;
import dev.quern.catalog.kv.KvDeadlockException;
import dev.quern.catalog.kv.KvException;
import dev.quern.catalog.kv.KvLockTimeoutException;
import org.rocksdb.RocksDBException;
import org.rocksdb.Status;

/** Maps RocksDB statuses to the SPI's exceptions. */
final class RocksErrors {
  private RocksErrors() {}

  static KvException map(RocksDBException e) {
    Status status = e.getStatus();
    if (status == null) {
      return new KvException(e.getMessage(), e);
    }
    return switch (status.getCode()) {
      case TimedOut -> new KvLockTimeoutException("Lock request time out period exceeded.");
      case Busy ->
          status.getSubCode() == Status.SubCode.Deadlock
              ? new KvDeadlockException("Transaction chosen as deadlock victim: " + e.getMessage())
              : new KvConflictException(
                  "Write conflict with a transaction committed after the snapshot: "
                      + e.getMessage());
      // TryAgain: too little memtable history to validate the snapshot; the write cannot be
      // proven safe, so it fails as a conflict, which is what the user must retry anyway.
      case TryAgain -> new KvConflictException("Snapshot validation impossible: " + e.getMessage());
      default -> new KvException(e.getMessage(), e);
    };
  }
}
