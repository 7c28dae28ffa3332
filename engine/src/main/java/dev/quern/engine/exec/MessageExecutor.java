package dev.quern.engine.exec;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.ValueFormatter;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.func.CaughtError;
import dev.quern.engine.message.StoredMessages;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** PRINT, RAISERROR and THROW. */
final class MessageExecutor {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MessageExecutor.class);
  private final SessionState state;

  MessageExecutor(SessionState state) {
    this.state = state;
  }

  void print(StatementPlan.Print p, Frame frame, ResultSink sink) {
    Object v = p.value().eval(frame.eval);
    String text = v == null ? "" : ValueFormatter.toText(v, p.value().type());
    // PRINT sends at most 8,000 bytes of varchar or 4,000 characters of nvarchar.
    int max = SqlTypes.isUnicode(p.value().type().id()) ? 4000 : 8000;
    if (text.length() > max) {
      text = text.substring(0, max);
    }
    sink.message(new SqlMessage(0, 1, 0, text, frame.procName, p.line()));
  }

  void raiserror(StatementPlan.Raiserror r, Frame frame, ResultSink sink) {
    Object msg = r.message().eval(frame.eval);
    int severity = intValue(r.severity().eval(frame.eval), 0);
    int st = raiserrorState(r.state().eval(frame.eval));
    int number = 50000;
    String template;
    boolean logged = r.options().contains("LOG");
    if (msg instanceof Number n) {
      number = n.intValue();
      if (number < 13000 || number == 50000 || number > 2147483647) {
        throw SqlErrors.RAISERROR_NUMBER_RANGE.raise(number, 13000, 2147483647);
      }
      StoredMessages.Found found = stored(number, severity, st);
      template = found.text();
      // Severity -1 takes the message's own; any other given severity overrides it.
      if (severity < 0) {
        severity = found.severity();
      }
      logged |= found.eventLogged();
    } else {
      template = msg == null ? " " : msg.toString(); // a NULL message reads as one space
    }
    if (severity > 18 && !r.options().contains("LOG")) {
      throw SqlErrors.RAISERROR_SEVERITY_LOG.raise();
    }
    severity = Math.max(0, Math.min(25, severity));
    List<RaiserrorFormatter.Substitution> args = new ArrayList<>();
    for (BoundExpr a : r.args()) {
      args.add(new RaiserrorFormatter.Substitution(a.eval(frame.eval), a.type(), numericLiteral(a)));
    }
    String text = RaiserrorFormatter.raiserror(template, args);
    if (logged) {
      // Quern's error log is the server log: WITH LOG, or a message added @with_log = 'true'.
      LOG.warn("Error: {}, Severity: {}, State: {}. {}", number, severity, st, text);
      state.server().agent().eventLogged(number, severity, text, state.databaseName());
    }
    if (r.options().contains("SETERROR")) {
      state.setLastError(number);
    }
    if (severity <= 10) {
      sink.message(new SqlMessage(number, st, severity, text, frame.procName, r.line()));
      return;
    }
    throw new SqlException(number, severity, st, text, Abort.STATEMENT);
  }

  /** The message of {@code number} in sys.messages, or 18054 (with the severity and state as given). */
  private StoredMessages.Found stored(int number, int severity, int st) {
    return state.storedMessage(number).orElseThrow(() -> SqlErrors.MESSAGE_NOT_FOUND.raise(number, severity, st));
  }

  void throwError(StatementPlan.Throw t, Frame frame) {
    if (t.number() == null) {
      CaughtError c = state.currentError().orElseThrow(SqlErrors.THROW_OUTSIDE_CATCH::raise);
      SqlException e = new SqlException(c.number(), c.severity(), c.state(), c.message(), Abort.BATCH);
      throw e.at(c.line(), c.procedure());
    }
    Object n = t.number().eval(frame.eval);
    Object m = t.message().eval(frame.eval);
    Object s = t.state().eval(frame.eval);
    int number = intValue(n, 0);
    if (number < 50000) {
      throw SqlErrors.THROW_NUMBER_RANGE.raise(number);
    }
    int st = intValue(s, 1);
    if (st < 0 || st > 255) {
      throw SqlErrors.THROW_STATE_RANGE.raise(st);
    }
    throw new SqlException(number, 16, st, m == null ? "" : RaiserrorFormatter.cut(m.toString()), Abort.BATCH);
  }

  /** A literal number other than an int one, which SQL Server passes to the formatter as bigint. */
  private static boolean numericLiteral(BoundExpr a) {
    return a instanceof dev.quern.engine.expr.Constant
        && switch (a.type().id()) {
          case BIGINT, DECIMAL, NUMERIC -> true;
          default -> false;
        };
  }

  /** RAISERROR's state: NULL is 0, a negative one 1, and a larger one than 255 wraps modulo 256. */
  private static int raiserrorState(Object v) {
    if (v == null) {
      return 0;
    }
    long s = v instanceof Number n ? n.longValue() : intValue(v, 1);
    return s < 0 ? 1 : (int) (s % 256);
  }

  private static int intValue(Object v, int otherwise) {
    if (v instanceof Number n) {
      return n.intValue();
    }
    if (v instanceof String s) {
      try {
        return Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
    return otherwise;
  }
}
