package dev.quern.engine.func;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A FunctionContext with fixed facts for tests: sa on spid 52 in master, clock at 2024-03-05
 * 14:07:09.123 UTC.
 */
class FixedContext implements FunctionContext {
  static final Instant NOW = Instant.parse("2024-03-05T14:07:09.123456789Z");

  int dateFirst = 7;
  int tranCount = 0;
  String login = "sa";
  CaughtError error;

  @Override
  public int spid() {
    return 52;
  }

  @Override
  public String loginName() {
    return login;
  }

  @Override
  public String databaseName() {
    return "master";
  }

  @Override
  public int databaseId() {
    return 1;
  }

  @Override
  public String language() {
    return "us_english";
  }

  @Override
  public int dateFirst() {
    return dateFirst;
  }

  @Override
  public String dateFormat() {
    return "mdy";
  }

  @Override
  public int transactionCount() {
    return tranCount;
  }

  @Override
  public long rowCount() {
    return 3;
  }

  @Override
  public int lastError() {
    return 0;
  }

  @Override
  public long databaseRowversion() {
    return 0x7D0;
  }

  @Override
  public long minActiveRowversion() {
    return 0x7D1;
  }

  @Override
  public BigDecimal lastIdentity() {
    return null;
  }

  @Override
  public String serverName() {
    return "quernhost";
  }

  @Override
  public String hostName() {
    return "client1";
  }

  @Override
  public String appName() {
    return "tests";
  }

  @Override
  public Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Override
  public int textSize() {
    return 2147483647;
  }

  @Override
  public int lockTimeout() {
    return -1;
  }

  @Override
  public long options() {
    return 5496;
  }

  @Override
  public int nestLevel() {
    return 0;
  }

  @Override
  public int tdsPacketSize() {
    return 4096;
  }

  @Override
  public Optional<CaughtError> currentError() {
    return Optional.ofNullable(error);
  }
}
