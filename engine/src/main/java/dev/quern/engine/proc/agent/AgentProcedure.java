package dev.quern.engine.proc.agent;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentStore;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcArgBinding;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.StoreSession;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The common ground of SQL Server Agent's msdb procedures: their arguments bound to their
 * parameters (positional, then by name), read as the parameter types read them, and the call run
 * as one statement of the caller's transaction over the agent's tables, so a rolled-back
 * sp_add_job leaves nothing. Permissions are kept simple: sysadmin may do anything, any other
 * login only what concerns the jobs and schedules it owns (SQLAgentUserRole's rights, without
 * the role).
 */
abstract class AgentProcedure implements SystemProcedure {
  private final String name;
  private final List<String> params;

  AgentProcedure(String name, String... params) {
    this.name = name;
    this.params = List.of(params);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String database() {
    return "msdb";
  }

  @Override
  public final int execute(List<ProcArg> args, ProcedureHost host) {
    Call call = new Call(host, ProcArgBinding.bind(name, args, params));
    StoreSession store = host.state().store();
    store.beginStatement();
    boolean ok = false;
    try {
      Catalog main = store.storage().main();
      call.store = new AgentStore(main.agent(), store.txn(main));
      int status = run(call);
      ok = true;
      return status;
    } finally {
      store.endStatement(ok);
    }
  }

  abstract int run(Call c);

  /** One call: its bound arguments, the session and the agent's tables in its transaction. */
  final class Call {
    final ProcedureHost host;
    private final ProcArg[] bound;
    AgentStore store;

    private Call(ProcedureHost host, ProcArg[] bound) {
      this.host = host;
      this.bound = bound;
    }

    SessionState state() {
      return host.state();
    }

    boolean given(String param) {
      return value(param) != null;
    }

    Object value(String param) {
      ProcArg a = bound[params.indexOf(param)];
      if (a == null || a.isDefault() || a.value() == null) {
        return null;
      }
      return a.value() instanceof SqlVariant v ? v.value() : a.value();
    }

    /** A sysname/nvarchar parameter, trimmed as msdb's procedures trim them; '' reads as NULL. */
    String text(String param) {
      Object v = value(param);
      String s = v == null ? null : v.toString().strip();
      return s == null || s.isEmpty() ? null : s;
    }

    /** The raw text (a command keeps its spaces). */
    String rawText(String param) {
      Object v = value(param);
      return v == null ? null : v.toString();
    }

    Integer integer(String param) {
      return switch (value(param)) {
        case null -> null;
        case BigDecimal d -> d.intValue();
        case Number n -> n.intValue();
        case Boolean b -> b ? 1 : 0;
        case Object o -> parse(o.toString());
      };
    }

    int integer(String param, int otherwise) {
      Integer v = integer(param);
      return v == null ? otherwise : v;
    }

    /** A datetime parameter, converted from what the caller passed as the parameter's datetime type converts it. */
    java.time.LocalDateTime dateTime(String param) {
      ProcArg a = bound[params.indexOf(param)];
      Object v = value(param);
      if (v == null) {
        return null;
      }
      SqlType from = a.value() instanceof SqlVariant sv ? sv.baseType() : a.type();
      return (java.time.LocalDateTime) dev.quern.catalog.value.Conversions.convertImplicitly(v, from, SqlTypes.DATETIME);
    }

    UUID uuid(String param) {
      Object v = value(param);
      if (v == null || v instanceof UUID) {
        return (UUID) v;
      }
      try {
        return UUID.fromString(v.toString().strip().replace("{", "").replace("}", ""));
      } catch (IllegalArgumentException e) {
        throw SqlErrors.ERROR_CONVERTING.raise("varchar", "uniqueidentifier");
      }
    }

    /** Hands an OUTPUT parameter its value (when the caller passed it as OUTPUT). */
    void output(String param, Object value) {
      ProcArg a = bound[params.indexOf(param)];
      if (a != null && a.output()) {
        a.setOutput(value, value instanceof UUID ? SqlTypes.UNIQUEIDENTIFIER : SqlTypes.INT);
      }
    }

    /** A required parameter: 201 when it is missing, as for a parameter without a default. */
    String required(String param) {
      ProcArg a = bound[params.indexOf(param)];
      if (a == null || a.isDefault()) {
        throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name, param);
      }
      return text(param);
    }

    /**
     * The job named by @job_name or @job_id, exactly one of them given (14294), that exists
     * (14262) and is unambiguous (14293).
     */
    AgentRow job() {
      return job("@job_name", "@job_id");
    }

    AgentRow job(String nameParam, String idParam) {
      String jobName = text(nameParam);
      UUID id = uuid(idParam);
      if ((jobName == null) == (id == null)) {
        throw AgentErrors.IDENTIFY_JOB.raise(idParam, nameParam);
      }
      if (id != null) {
        return store.job(id).orElseThrow(() -> AgentErrors.NOT_FOUND.raise(idParam, id.toString().toUpperCase()));
      }
      List<AgentRow> jobs = store.jobsNamed(jobName);
      if (jobs.size() > 1) {
        throw AgentErrors.TWO_JOBS.raise(jobName, idParam, nameParam);
      }
      return jobs.stream().findFirst().orElseThrow(() -> AgentErrors.NOT_FOUND.raise(nameParam, jobName));
    }

    boolean owns(AgentRow row) {
      return state().isSysadmin() || Arrays.equals(row.bytes("owner_sid"), state().loginSid());
    }

    /** 229 unless the caller is sysadmin: msdb grants the operator and alert procedures to sysadmin only. */
    void requireSysadmin() {
      if (!state().isSysadmin()) {
        throw dev.quern.engine.error.SecurityErrors.PERMISSION_DENIED_ON_OBJECT.raise("EXECUTE", name, "msdb", "dbo");
      }
    }

    /** The row of {@code table} named by parameter {@code param} (14262 when there is none). */
    AgentRow named(AgentTable table, String param) {
      String n = text(param);
      return store.named(table, n == null ? "" : n).stream().findFirst()
          .orElseThrow(() -> AgentErrors.NOT_FOUND.raise(param, n));
    }

    /** 14266 unless the int parameter, when given, is within {@code min..max}. */
    void checkRange(String param, int min, int max, String valid) {
      Integer v = integer(param);
      if (v != null && (v < min || v > max)) {
        throw AgentErrors.INVALID_VALUES.raise(param, valid);
      }
    }

    /** 14525 unless the caller is sysadmin or owns the job. */
    void requireOwner(AgentRow job) {
      if (!owns(job)) {
        throw AgentErrors.UPDATE_OTHERS.raise();
      }
    }

    /** An informational message to the caller (severity 10: the started/stopped lines). */
    void inform(dev.quern.engine.error.ErrorTemplate t, Object... args) {
      host.sink().message(t.message(args));
    }

    /** Sends one result set: its columns, its rows and their count. */
    void result(List<dev.quern.engine.api.ResultColumn> columns, List<Object[]> rows) {
      host.sink().columns(columns);
      rows.forEach(host.sink()::row);
      host.sink().done(rows.size(), true);
    }

    java.time.LocalDateTime now() {
      return dev.quern.engine.agent.AgentDates.seconds(java.time.LocalDateTime.now(state().server().clock()));
    }
  }

  private static int parse(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw SqlErrors.ERROR_CONVERTING.raise("varchar", "int");
    }
  }
}
