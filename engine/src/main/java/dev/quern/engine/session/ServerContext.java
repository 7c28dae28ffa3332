package dev.quern.engine.session;

import java.util.concurrent.atomic.AtomicLong;

/** What all sessions of one engine share: the databases and the transaction-descriptor counter. */
public final class ServerContext {
  private final Databases databases;
  private final AtomicLong nextTransactionDescriptor = new AtomicLong(1);

  public ServerContext(Databases databases) {
    this.databases = databases;
  }

  public Databases databases() {
    return databases;
  }

  /** A fresh non-zero descriptor for a transaction, unique within this engine's life. */
  public long newTransactionDescriptor() {
    return nextTransactionDescriptor.getAndIncrement();
  }

  /** The server name SERVERPROPERTY('ServerName') and @@SERVERNAME report. */
  public String serverName() {
    return "QUERN";
  }
}
