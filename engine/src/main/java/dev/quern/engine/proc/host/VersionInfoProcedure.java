package dev.quern.engine.proc.host;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.func.ServerVersion;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * xp_msver [optname …]: the server's version and the host it runs on, a row per attribute
 * ({@code Index}, {@code Name}, {@code Internal_Value}, {@code Character_Value}) in SQL Server's
 * order; with names, only those (case-insensitive; an unknown name adds no row).
 *
 * <p>ProductName, ProductVersion, Language and the version numbers agree with SERVERPROPERTY and
 * @@VERSION (Internal_Value of ProductVersion is major × 65536 + minor, of SpecialBuild build ×
 * 65536 + revision, as SQL Server encodes them). Decided: what describes the binary on Windows
 * (file description, company, file names) describes Quern's, and the host's attributes are read
 * from the JVM: the operating system and its version, the processors the server may use and
 * their mask, the physical memory in MB. What has no meaning here (private build, product id) is
 * NULL.
 */
final class VersionInfoProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("Index", SqlTypes.SMALLINT, true),
      new ResultColumn("Name", SqlType.ofLength(TypeId.NVARCHAR, 128), true),
      new ResultColumn("Internal_Value", SqlTypes.INT, true),
      new ResultColumn("Character_Value", SqlType.ofLength(TypeId.NVARCHAR, 255), true));

  @Override
  public String name() {
    return "xp_msver";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    Set<String> wanted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (ProcArg a : args) {
      if (a.value() != null) {
        wanted.add(a.value().toString().strip());
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object[] row : attributes()) {
      if (wanted.isEmpty() || wanted.contains((String) row[1])) {
        rows.add(row);
      }
    }
    HostProcedures.result(host.sink(), COLUMNS, rows);
    return 0;
  }

  private static List<Object[]> attributes() {
    int cpus = Runtime.getRuntime().availableProcessors();
    long memoryBytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
    long mask = cpus >= 63 ? Long.MAX_VALUE : (1L << cpus) - 1;
    return List.of(
        row(1, "ProductName", null, "Microsoft SQL Server"),
        row(2, "ProductVersion", ServerVersion.MAJOR * 65536 + ServerVersion.MINOR, ServerVersion.PRODUCT_VERSION),
        row(3, "Language", 1033, "English (United States)"),
        row(4, "Platform", null, System.getProperty("os.name") + " " + System.getProperty("os.arch")),
        row(5, "Comments", null, "Quern (SQL Server-compatible database server)"),
        row(6, "CompanyName", null, "Quern"),
        row(7, "FileDescription", null, "Quern (SQL Server-compatible database server)"),
        row(8, "FileVersion", null, ServerVersion.PRODUCT_VERSION),
        row(9, "InternalName", null, "quern"),
        row(10, "LegalCopyright", null, null),
        row(11, "LegalTrademarks", null, null),
        row(12, "OriginalFilename", null, "quern.jar"),
        row(13, "PrivateBuild", null, null),
        row(14, "SpecialBuild", ServerVersion.BUILD * 65536 + ServerVersion.REVISION, null),
        row(15, "WindowsVersion", null, System.getProperty("os.name") + " " + System.getProperty("os.version")),
        row(16, "ProcessorCount", cpus, Integer.toString(cpus)),
        row(17, "ProcessorActiveMask", null, String.format(Locale.ROOT, "%16x", mask)),
        row(18, "ProcessorType", 8664, System.getProperty("os.arch")),
        row(19, "PhysicalMemory", (int) Math.min(Integer.MAX_VALUE, memoryBytes >> 20),
            (memoryBytes >> 20) + " (" + memoryBytes + ")"),
        row(20, "Product ID", null, null));
  }

  private static Object[] row(int index, String name, Integer internal, String text) {
    return new Object[] {index, name, internal, text};
  }
}
