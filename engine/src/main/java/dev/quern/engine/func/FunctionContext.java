package dev.quern.engine.func;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/** The session facts built-in functions read (@@SPID, DB_NAME(), GETDATE() …); the session implements it. */
public interface FunctionContext {
  int spid();

  String loginName();

  String databaseName();

  int databaseId();

  /** The session language, e.g. {@code us_english}. */
  String language();

  /** SET DATEFIRST, 1–7 (7 = Sunday for us_english). */
  int dateFirst();

  /** SET DATEFORMAT, e.g. {@code mdy}. */
  String dateFormat();

  int transactionCount();

  long rowCount();

  int lastError();

  /** @@IDENTITY; null when none was generated. */
  BigDecimal lastIdentity();

  String serverName();

  String hostName();

  String appName();

  Clock clock();

  int textSize();

  int lockTimeout();

  /** @@OPTIONS bits. */
  long options();

  int nestLevel();

  int tdsPacketSize();

  /** Database id by name (case-insensitive). */
  Optional<Integer> databaseId(String name);

  /** Database name by id. */
  Optional<String> databaseName(int id);

  /** The error the innermost CATCH block is handling, empty outside CATCH. */
  Optional<CaughtError> currentError();

  /** XACT_STATE(): 1 active committable, -1 uncommittable, 0 none. */
  int xactState();
}
