package dev.quern.engine.sys;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.BackupSet;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.session.SessionState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The base a differential backup of a database would build on, as sys.master_files shows it for
 * the primary data file: the latest full backup that is not COPY_ONLY (a copy-only backup leaves
 * the base where it was, "Copy-Only Backups"). differential_base_lsn is that backup's
 * checkpoint_lsn in msdb.dbo.backupset, so the two can be joined as SQL Server's can; NULL for a
 * database never fully backed up. Found by database name, as the backup history records it.
 */
record DifferentialBase(long lsn, UUID guid, long startMillis) {
  static final SqlType LSN = new SqlType(TypeId.NUMERIC, 0, 25, 0);

  /** The base of each database that has one, by name ignoring case. */
  static Map<String, DifferentialBase> byDatabase(SessionState session) {
    Map<String, DifferentialBase> bases = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Catalog main = session.store().storage().main();
    try (KvTxn t = main.store().beginReadOnly()) {
      for (BackupSet b : main.backups().all(t)) {
        DifferentialBase seen = bases.get(b.databaseName());
        if (b.type() == 'D' && !b.copyOnly() && (seen == null || b.firstLsn() > seen.lsn())) {
          bases.put(b.databaseName(), new DifferentialBase(b.firstLsn(),
              UUID.nameUUIDFromBytes(("backup:" + b.id()).getBytes(StandardCharsets.UTF_8)), b.startMillis()));
        }
      }
    }
    return bases;
  }

  /** differential_base_lsn, differential_base_guid, differential_base_time. */
  List<Object> columns() {
    return List.of(BigDecimal.valueOf(lsn), guid, Columns.localDatetime(Instant.ofEpochMilli(startMillis)));
  }
}
