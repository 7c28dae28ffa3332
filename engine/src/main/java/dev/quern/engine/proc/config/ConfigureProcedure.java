package dev.quern.engine.proc.config;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.external.ConfigOption;
import dev.quern.engine.external.ServerConfiguration;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_configure [[@configname =] 'option' [, [@configvalue =] value]]} ("sp_configure
 * (Transact-SQL)"): without arguments lists the visible options, with a name shows that option,
 * with a value sets its config value (RECONFIGURE installs it). Advanced options are visible only
 * while 'show advanced options' is 1.
 */
public final class ConfigureProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("name", SqlType.ofLength(TypeId.NVARCHAR, 35), false),
          new ResultColumn("minimum", SqlTypes.INT, false),
          new ResultColumn("maximum", SqlTypes.INT, false),
          new ResultColumn("config_value", SqlTypes.INT, false),
          new ResultColumn("run_value", SqlTypes.INT, false));

  @Override
  public String name() {
    return "sp_configure";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    ServerConfiguration config = host.state().server().external().configuration();
    ProcArg nameArg = arg(args, 0, "@configname");
    ProcArg valueArg = arg(args, 1, "@configvalue");
    if (args.size() > 2) {
      throw SqlErrors.TOO_MANY_ARGUMENTS.raise(name());
    }
    String optionName = nameArg == null || nameArg.value() == null ? null : nameArg.value().toString();
    if (optionName == null) {
      show(config, visible(config, config.options()), host.sink());
      return 0;
    }
    ConfigOption option = find(config, optionName);
    if (valueArg == null || valueArg.isDefault() || valueArg.value() == null) {
      show(config, List.of(option), host.sink());
      return 0;
    }
    if (host.state().transactionCount() > 0) {
      throw SqlErrors.NOT_IN_USER_TRANSACTION.raise("CONFIG");
    }
    if (!host.state().isSysadmin() && !host.state().isServerRoleMember("serveradmin").orElse(false)) {
      throw dev.quern.engine.error.SecurityErrors.NO_PERMISSION.raise(); // ALTER SETTINGS
    }
    int value = intValue(valueArg.value(), option);
    if (value < option.minimum() || value > option.maximum()) {
      throw SqlErrors.CONFIG_VALUE_INVALID.raise(value, option.name());
    }
    int old = config.configure(option, value);
    host.sink().message(SqlErrors.CONFIG_OPTION_CHANGED.message(option.name(), old, value));
    return 0;
  }

  private static ConfigOption find(ServerConfiguration config, String name) {
    var exact = config.option(name).filter(o -> !o.advanced() || config.showsAdvanced());
    if (exact.isPresent()) {
      return exact.get();
    }
    List<ConfigOption> matches = visible(config, config.matching(name));
    if (matches.isEmpty()) {
      throw SqlErrors.CONFIG_OPTION_UNKNOWN.raise(name);
    }
    if (matches.size() > 1) {
      throw SqlErrors.CONFIG_OPTION_NOT_UNIQUE.raise(name);
    }
    return matches.getFirst();
  }

  private static List<ConfigOption> visible(ServerConfiguration config, List<ConfigOption> options) {
    return options.stream()
        .filter(o -> !o.advanced() || config.showsAdvanced())
        .sorted(Comparator.comparing(o -> o.name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static void show(ServerConfiguration config, List<ConfigOption> options, ResultSink sink) {
    sink.columns(COLUMNS);
    for (ConfigOption o : options) {
      sink.row(new Object[] {o.name(), o.minimum(), o.maximum(), config.configValue(o), config.runValue(o)});
    }
    sink.done(options.size(), true);
  }

  private static int intValue(Object v, ConfigOption option) {
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(v.toString().strip());
    } catch (NumberFormatException e) {
      throw SqlErrors.CONFIG_VALUE_INVALID.raise(v, option.name());
    }
  }

  /** The argument at {@code position} or named {@code name}. */
  private static ProcArg arg(List<ProcArg> args, int position, String name) {
    for (ProcArg a : args) {
      if (a.name() != null && a.name().equalsIgnoreCase(name)) {
        return a;
      }
    }
    if (position < args.size() && args.get(position).name() == null) {
      return args.get(position);
    }
    return null;
  }
}
