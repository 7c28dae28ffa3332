package dev.quern.bench;

import dev.quern.bench.harness.LoadAverage;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.harness.ResultsTable;
import dev.quern.bench.target.PostgresTarget;
import dev.quern.bench.target.QuernTarget;
import dev.quern.bench.target.Target;
import dev.quern.bench.workload.Workload;
import dev.quern.bench.workload.Workloads;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code make bench}: starts Quern (and PostgreSQL 15 when installed), runs every selected
 * workload against every target, prints the table and writes it to bench/target/results.txt.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchConfig config = BenchConfig.parse(args);
    Path root = Path.of(System.getProperty("quern.root", "")).toAbsolutePath();
    Path out = root.resolve("bench/target");
    // The report is this program's output, so it writes to the process's stdout directly.
    PrintWriter console = new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    List<String> notes = new ArrayList<>();
    List<Target> targets = startTargets(root, out, config, notes, console);
    Thread stopper = Thread.ofPlatform().unstarted(() -> targets.forEach(Target::close));
    Runtime.getRuntime().addShutdownHook(stopper);
    ResultsTable table = new ResultsTable(targets.stream().map(Target::name).toList());
    String loadBefore = LoadAverage.now();
    try {
      for (Workload workload : Workloads.all()) {
        if (config.selected(workload.name()) || config.selected(workload.group())) {
          run(workload, targets, config, table, notes, console);
        }
      }
    } finally {
      targets.forEach(Target::close);
      Runtime.getRuntime().removeShutdownHook(stopper);
    }
    notes.add("load average (1, 5, 15 min) before the workloads: " + loadBefore + "; after: " + LoadAverage.now()
        + " (" + Runtime.getRuntime().availableProcessors() + " cores shared with other work)");
    String report = report(args, table, notes);
    console.println();
    console.print(report);
    console.flush();
    Files.createDirectories(out);
    Files.writeString(out.resolve("results.txt"), report, StandardCharsets.UTF_8);
    console.println("written to " + out.resolve("results.txt"));
  }

  private static List<Target> startTargets(Path root, Path out, BenchConfig config, List<String> notes, PrintWriter console)
      throws IOException {
    List<Target> targets = new ArrayList<>();
    console.println("starting quern ...");
    targets.add(QuernTarget.start(root, out.resolve("logs")));
    if (!config.postgres()) {
      notes.add("PostgreSQL skipped (--no-postgres).");
    } else if (!PostgresTarget.installed()) {
      notes.add("PostgreSQL skipped: " + PostgresTarget.BIN + " missing (apt-get install postgresql).");
    } else {
      console.println("starting postgresql 15 ...");
      try {
        targets.add(PostgresTarget.start(out.resolve("logs")));
      } catch (IOException | InterruptedException e) {
        notes.add("PostgreSQL did not start: " + e.getMessage());
      }
    }
    return targets;
  }

  private static void run(Workload workload, List<Target> targets, BenchConfig config, ResultsTable table,
      List<String> notes, PrintWriter console) {
    for (Target target : targets) {
      if (!workload.supports(target)) {
        continue;
      }
      console.println("running " + workload.name() + " on " + target.name() + " (load " + LoadAverage.now() + ") ...");
      try {
        for (Measurement m : workload.run(target, config)) {
          table.add(m);
        }
      } catch (Exception e) {
        table.addFailure(workload.name(), target.name(), describe(e));
        console.println("  failed: " + describe(e));
      }
    }
  }

  /** The error as the reader needs it: the message (which names the statement) and any causes. */
  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      sb.append(" / caused by ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
    }
    return sb.toString();
  }

  private static String report(String[] args, ResultsTable table, List<String> notes) {
    StringBuilder sb = new StringBuilder();
    sb.append("Quern end-to-end benchmark, ").append(Instant.now()).append('\n');
    sb.append("java ").append(Runtime.version()).append(", ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores, loopback, args: ").append(String.join(" ", args)).append('\n');
    sb.append("login: connect+login+close from one thread, encrypt=false (mssql-jdbc still wraps the login packet in TLS)\n")
        .append("  / sslmode=disable; login-tls: encrypt=true / sslmode=require; select1: one warm connection;\n")
        .append("  stream: (int, float, nvarchar(20)) rows, best of 3, MB/s over 12 + string bytes per row\n")
        .append("table workloads: bench_t(id int PK, k int NOT NULL indexed, v float, s nvarchar(20)), durable commits\n")
        .append("  on both (Quern syncs its WAL; PostgreSQL fsync=on, synchronous_commit=on); see bench/README.md\n\n");
    sb.append(table.render());
    if (!notes.isEmpty()) {
      sb.append('\n');
      notes.forEach(n -> sb.append("note: ").append(n).append('\n'));
    }
    return sb.toString();
  }
}
