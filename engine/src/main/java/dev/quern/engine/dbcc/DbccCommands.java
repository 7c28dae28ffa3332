package dev.quern.engine.dbcc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of DBCC commands, by upper-case name. */
public final class DbccCommands {
  private static final Map<String, DbccCommand> ALL =
      List.of(
              new FreeProcCacheCommand(),
              new CheckIdentCommand(),
              CheckCommand.database(),
              CheckCommand.table(),
              new CheckAllocCommand(),
              new CheckCatalogCommand(),
              new UpdateUsageCommand(),
              new CheckConstraintsCommand(),
              new UserOptionsCommand(),
              new OpenTranCommand(),
              new InputBufferCommand(),
              new SqlPerfCommand(),
              new ShowStatisticsCommand(),
              new DbInfoCommand(),
              ShrinkCommand.database(),
              ShrinkCommand.file(),
              TraceFlagCommand.on(),
              TraceFlagCommand.off(),
              TraceFlagCommand.status(),
              new LogInfoCommand())
          .stream()
          .collect(Collectors.toUnmodifiableMap(DbccCommand::name, Function.identity()));

  private DbccCommands() {}

  public static Optional<DbccCommand> lookup(String name) {
    return Optional.ofNullable(ALL.get(name));
  }
}
