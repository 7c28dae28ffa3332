package dev.quern.engine.proc.files;

import dev.quern.catalog.meta.BackupDeviceRecord;
import dev.quern.catalog.meta.Catalog;
import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.session.SessionState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code sp_addumpdevice [@devtype =] 'disk' | 'tape', [@logicalname =] 'name', [@physicalname =]
 * 'path' [, @cntrltype, @devstatus]} and {@code sp_dropdevice [@logicalname =] 'name' [,
 * [@delfile =] 'DELFILE']} ("sp_addumpdevice (Transact-SQL)", "sp_dropdevice (Transact-SQL)"): the
 * logical backup devices BACKUP … TO name and RESTORE … FROM name use, kept with master
 * (sys.backup_devices), written in the caller's transaction. Both need ALTER ANY BACKUP DEVICE:
 * sysadmin or diskadmin (15247). sp_addumpdevice: 15044 for another type, 15045 / 15046 for a NULL
 * name / path, 15026 for a name taken, 15061 for a path another device has. sp_dropdevice: 15012
 * for no such device, 15216 for a @delfile other than DELFILE; 'Device dropped.' (15463); with
 * DELFILE the file goes too.
 */
final class BackupDeviceProcedures {
  private BackupDeviceProcedures() {}

  static List<SystemProcedure> all() {
    return List.of(new Add(), new Drop());
  }

  private static void requireDeviceAdmin(SessionState s) {
    if (!s.isSysadmin() && !s.isServerRoleMember("diskadmin").orElse(false)) {
      throw CatalogProcedureErrors.NO_PERMISSION.raise();
    }
  }

  /** Runs {@code change} on the main catalog in a statement of its own (in the caller's transaction). */
  private static void write(SessionState s, Consumer<dev.quern.catalog.kv.KvTxn> change) {
    Catalog main = s.store().storage().main();
    var store = s.store();
    store.beginStatement();
    boolean ok = false;
    try {
      change.accept(store.txn(main));
      ok = true;
    } finally {
      store.endStatement(ok);
    }
  }

  private static List<BackupDeviceRecord> devices(SessionState s) {
    Catalog main = s.store().storage().main();
    var store = s.store();
    store.beginStatement();
    try {
      return main.backupDevices().all(store.txn(main));
    } finally {
      store.endStatement(true);
    }
  }

  private static final class Add implements SystemProcedure {
    private static final List<String> PARAMETERS =
        List.of("@devtype", "@logicalname", "@physicalname", "@cntrltype", "@devstatus");

    @Override
    public String name() {
      return "sp_addumpdevice";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
      String type = a.required(0, "@devtype");
      String logical = a.required(1, "@logicalname");
      String physical = a.required(2, "@physicalname");
      SessionState s = host.state();
      requireDeviceAdmin(s);
      int code = switch (type == null ? "" : type.strip().toLowerCase(Locale.ROOT)) {
        case "disk" -> BackupDeviceRecord.DISK;
        case "tape" -> BackupDeviceRecord.TAPE;
        default -> throw CatalogProcedureErrors.UNKNOWN_DEVICE_TYPE.raise(type);
      };
      if (logical == null) {
        throw CatalogProcedureErrors.LOGICAL_NAME_NULL.raise();
      }
      if (physical == null) {
        throw CatalogProcedureErrors.PHYSICAL_NAME_NULL.raise();
      }
      for (BackupDeviceRecord d : devices(s)) {
        if (d.name().equalsIgnoreCase(logical)) {
          throw CatalogProcedureErrors.DEVICE_EXISTS.raise(logical);
        }
        if (d.physicalName().equalsIgnoreCase(physical)) {
          throw CatalogProcedureErrors.PHYSICAL_DEVICE_TAKEN.raise(physical);
        }
      }
      write(s, txn -> s.store().storage().main().backupDevices().save(txn, new BackupDeviceRecord(logical, code, physical)));
      return 0;
    }
  }

  private static final class Drop implements SystemProcedure {
    private static final List<String> PARAMETERS = List.of("@logicalname", "@delfile");

    @Override
    public String name() {
      return "sp_dropdevice";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
      String logical = a.required(0, "@logicalname");
      String delfile = a.string(1);
      SessionState s = host.state();
      requireDeviceAdmin(s);
      if (delfile != null && !delfile.strip().equalsIgnoreCase("DELFILE")) {
        throw CatalogProcedureErrors.INVALID_DELFILE.raise(delfile);
      }
      BackupDeviceRecord device = devices(s).stream()
          .filter(d -> logical != null && d.name().equalsIgnoreCase(logical))
          .findFirst()
          .orElseThrow(() -> CatalogProcedureErrors.NO_SUCH_DEVICE.raise(logical));
      write(s, txn -> s.store().storage().main().backupDevices().drop(txn, device.name()));
      if (delfile != null && device.type() == BackupDeviceRecord.DISK) {
        delete(s, device.physicalName());
      }
      host.sink().message(CatalogProcedureErrors.DEVICE_DROPPED.message());
      return 0;
    }

    /** The device's file, a relative path under the backup directory as BACKUP resolves it; gone or absent alike. */
    private static void delete(SessionState s, String physical) {
      Path p = Path.of(physical);
      Path file = p.isAbsolute() ? p : s.store().storage().backupDirectory().resolve(p);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw FileErrors.failed("sp_dropdevice", FileErrors.ACCESS_DENIED);
      }
    }
  }
}
