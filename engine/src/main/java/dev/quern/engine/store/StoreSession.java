package dev.quern.engine.store;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.session.NonBlockingRun;
import dev.quern.engine.session.TransactionHooks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A session's access to storage: the user transaction (kept in step with @@TRANCOUNT through
 * {@link TransactionHooks}) or, outside one, an autocommit transaction per statement; the cursors
 * a statement opened; the last identity values (SCOPE_IDENTITY, @@IDENTITY).
 *
 * <p>An autocommit statement of a request that must not block ({@link NonBlockingRun}), under an
 * isolation level whose reads take no row locks, reads without a transaction ({@link
 * LockFreeStatement}): that request was chosen because it only reads, and the statement is a
 * point lookup by the time it opens a table. Whatever such a statement cannot do without a
 * transaction (a table a DDL holds, anything that would write or lock) gives the request up, to
 * run again from the start on a thread that may block, the usual way.
 */
public final class StoreSession implements TransactionHooks {
  private final Supplier<Storage> storage;
  private final Supplier<KvTxnOptions> options;
  /** Closed when the statement ends: its cursors and other scans (see {@link #track}). */
  private final List<AutoCloseable> cursors = new ArrayList<>();
  /** The metadata consulted since {@link #startRecording}, or null when not recording. */
  private Map<Catalog, Metadata> consulted;
  private StoreTxn user;
  private StoreTxn autocommit;
  private LockFreeStatement lockFree;
  /** Whether the session's running request must not block. */
  private final NonBlockingRun nonBlocking;
  /** The schema one-part names are looked for in before dbo (the session's user's default schema, or its module's). */
  private Supplier<String> unqualifiedSchema = () -> "dbo";
  private int statementDepth;
  /** The running statement's reads for SET STATISTICS IO; null while the option is off. */
  private IoStatistics io;
  private BigDecimal lastIdentity;
  private int identityInsertTable;
  private final String tempSuffix = String.format("%012X", TEMP_TAGS.incrementAndGet());
  private final List<Integer> tempObjects = new ArrayList<>();
  private final TableVariables tableVariables = new TableVariables(tempSuffix);
  private final NestedTempTables nestedTemps = new NestedTempTables(tempSuffix);

  private static final java.util.concurrent.atomic.AtomicLong TEMP_TAGS =
      new java.util.concurrent.atomic.AtomicLong();

  public StoreSession(
      Supplier<Storage> storage, Supplier<KvTxnOptions> options, NonBlockingRun nonBlocking) {
    this.storage = storage;
    this.options = options;
    this.nonBlocking = nonBlocking;
  }

  public Storage storage() {
    return storage.get();
  }

  /** Where one-part names resolve first (then in dbo): the session says, per statement and module. */
  public void resolveUnqualifiedIn(Supplier<String> schema) {
    this.unqualifiedSchema = schema;
  }

  /** The schema a one-part name of the current database is looked for in first. */
  public String unqualifiedSchema() {
    return unqualifiedSchema.get();
  }

  /** Whether a statement that reads or writes tables is running (names can be bound now). */
  public boolean inStatement() {
    return statementDepth > 0;
  }

  /** Starts a table statement (nested ones, e.g. INSERT … EXEC, share the outer one). */
  public void beginStatement() {
    beginStatement(false);
  }

  /**
   * As {@link #beginStatement()}; {@code readCommitted}: an autocommit statement runs in READ
   * COMMITTED whatever the session's level. For DDL that copies a table's rows, which must read
   * those its wait for the table's writers let through, not a snapshot taken before it.
   */
  public void beginStatement(boolean readCommitted) {
    if (statementDepth++ > 0) {
      return;
    }
    if (user != null) {
      // SET LOCK_TIMEOUT inside the transaction applies from its next statement on.
      user.setLockTimeout(options.get().lockTimeoutMillis());
      user.beginStatement(true);
    } else {
      KvTxnOptions o = options.get();
      if (readCommitted && o.isolation() == KvIsolation.SNAPSHOT) {
        o = o.withIsolation(KvIsolation.READ_COMMITTED);
      }
      if (nonBlocking.active() && !o.isolation().locksOnRead()) {
        lockFree = new LockFreeStatement();
      } else {
        autocommit = new StoreTxn(o, false, this::changeContext);
      }
    }
  }

  /** Ends a table statement: commits an autocommit one, or undoes a failed one. */
  public void endStatement(boolean succeeded) {
    if (--statementDepth > 0) {
      return;
    }
    closeCursors();
    if (user != null) {
      if (!succeeded) {
        user.undoStatement();
      }
      user.endStatement();
      return;
    }
    if (lockFree != null) {
      LockFreeStatement l = lockFree;
      lockFree = null;
      l.close();
      return;
    }
    StoreTxn t = autocommit;
    autocommit = null;
    if (t == null) {
      return;
    }
    if (succeeded) {
      t.commit();
    } else {
      t.rollback();
    }
  }

  /**
   * Commits what an autocommit statement wrote so far and lets it go on in a transaction of its
   * own (BULK INSERT's BATCHSIZE: each batch is a transaction). In a user transaction, or in a
   * statement nested in another, nothing happens and false is returned: the work commits with
   * the transaction. Locks go with the committed transaction (TABLOCK is the caller's to take again).
   */
  public boolean commitStatementSoFar() {
    if (user != null || statementDepth != 1 || autocommit == null) {
      return false;
    }
    closeCursors();
    StoreTxn done = autocommit;
    autocommit = null; // a failed commit leaves nothing for endStatement to undo
    done.commit();
    autocommit = new StoreTxn(options.get(), false, this::changeContext);
    return true;
  }

  /** Whether the running statement is in a user transaction (CREATE DATABASE refuses that). */
  public boolean inUserTransaction() {
    return user != null;
  }

  /**
   * The stores the session's transaction (its user transaction, else the running statement's)
   * takes part in now, for sys.dm_tran_database_transactions; read from any thread.
   */
  public List<TransactionPart> transactionParts() {
    StoreTxn t = user != null ? user : autocommit;
    return t == null ? List.of() : t.parts();
  }

  /** Whether a user transaction runs at SNAPSHOT isolation. */
  public boolean inSnapshotTransaction() {
    return user != null && user.isolation() == KvIsolation.SNAPSHOT;
  }

  private StoreTxn current() {
    if (lockFree != null) {
      // Whatever needs a transaction cannot run where the request must not block.
      throw nonBlocking.yieldToBlockingThread();
    }
    StoreTxn t = user != null ? user : autocommit;
    if (t == null) {
      throw new IllegalStateException("No table statement is running");
    }
    return t;
  }

  /**
   * The next rowversion of {@code databaseId} (in {@code catalog}) for a row the running statement
   * writes, active for MIN_ACTIVE_ROWVERSION() until its transaction ends.
   */
  public long nextRowversion(Catalog catalog, int databaseId) {
    return current().nextRowversion(catalog, databaseId);
  }

  /**
   * Has {@code undo} run if the running statement's transaction is rolled back, or the statement
   * (or a savepoint set before it) alone: for what the statement changed outside the store
   * transaction, such as the identity counter TRUNCATE TABLE resets.
   */
  public void onRollback(Runnable undo) {
    current().onRollback(undo);
  }

  /**
   * Locks {@code table} exclusively until the running statement's transaction ends (TABLOCK): the
   * lock waits as row locks do (SET LOCK_TIMEOUT, deadlock detection), and the rows the transaction
   * writes in the table afterwards take no locks of their own.
   */
  public void lockTableExclusively(Catalog catalog, dev.quern.catalog.meta.Table table) {
    current().lockExclusively(catalog, table);
  }

  /**
   * The begin time of the running statement's transaction (an autocommit statement's: when it
   * started): the time system-versioned temporal tables stamp on the row versions it writes.
   */
  public java.time.Instant transactionBegan() {
    return current().began();
  }

  /**
   * Takes the running statement's read snapshot in {@code catalog}'s store again (READ COMMITTED;
   * other levels read each commit or keep their transaction's snapshot): after a lock wait, what
   * the holders of that lock committed meanwhile is then read too.
   */
  public void readAfresh(Catalog catalog) {
    txn(catalog).beginStatement();
  }

  /** The running statement's transaction in {@code catalog}'s store. */
  public KvTxn txn(Catalog catalog) {
    return current().txn(catalog);
  }

  /**
   * {@code table} opened in the running statement's transaction (reused within a transaction while
   * its definition cannot have changed: {@link StoreTxn#openTable}).
   */
  /** As {@link #openTable(Catalog, Table, Supplier)} for a statement that writes the table. */
  public TableStore openTableForWrite(Catalog catalog, Table table, Supplier<TableStore.IndexFilter> filter) {
    if (lockFree != null) {
      throw nonBlocking.yieldToBlockingThread(); // a write is never lock-free
    }
    return current().openTable(catalog, table, filter, true);
  }

  public TableStore openTable(
      Catalog catalog,
      Table table,
      Supplier<TableStore.IndexFilter> filter) {
    if (lockFree != null) {
      TableStore rows = lockFree.open(catalog, table, filter);
      if (rows == null) {
        // A DDL holds or has changed the table: the request runs again where it may wait.
        throw nonBlocking.yieldToBlockingThread();
      }
      return rows;
    }
    return current().openTable(catalog, table, filter);
  }

  /** The metadata the running statement sees (between statements: the latest committed). */
  public Metadata metadata(Catalog catalog) {
    return snapshot(catalog);
  }

  /**
   * The metadata as this session sees it now, also between statements (catalog views, OBJECT_ID):
   * the running statement's, else the user transaction's, else the latest committed.
   */
  public Metadata snapshot(Catalog catalog) {
    if (lockFree != null) {
      Metadata md = lockFree.metadata(catalog);
      if (consulted != null) {
        consulted.putIfAbsent(catalog, md);
      }
      return md;
    }
    StoreTxn t = user != null ? user : autocommit;
    if (t != null) {
      Metadata md = t.metadata(catalog);
      if (consulted != null) {
        consulted.putIfAbsent(catalog, md);
      }
      return md;
    }
    try (KvTxn txn = catalog.store().begin(options.get())) {
      Metadata md = catalog.metadata(txn);
      if (consulted != null) {
        consulted.putIfAbsent(catalog, md);
      }
      return md;
    }
  }

  /**
   * Starts noting which metadata the running statement consults (what its binding depends on);
   * {@link #stopRecording} returns it. Recordings nest: an inner one's catalogs count for the outer.
   */
  public Map<Catalog, Metadata> startRecording() {
    Map<Catalog, Metadata> outer = consulted;
    consulted = new IdentityHashMap<>();
    return outer;
  }

  /** Ends the recording {@link #startRecording} began; {@code outer} is what it returned. */
  public Map<Catalog, Metadata> stopRecording(Map<Catalog, Metadata> outer) {
    Map<Catalog, Metadata> recorded = consulted;
    consulted = outer;
    if (outer != null && recorded != null) {
      recorded.forEach(outer::putIfAbsent);
    }
    return recorded;
  }

  /** Marks the transaction as having changed metadata (garbage is reclaimed after commit). */
  public void markDdl() {
    current().markDdl();
  }

  /** The counts of the running statement's reads, null when SET STATISTICS IO is off. */
  public IoStatistics io() {
    return io;
  }

  /** Starts ({@code counts} not null) or stops counting the statement's reads. */
  public void io(IoStatistics counts) {
    this.io = counts;
  }

  /** The counts of table {@code t}'s reads, null when SET STATISTICS IO is off. */
  public IoStatistics.Counts ioOf(int databaseId, dev.quern.catalog.meta.Table t) {
    return io == null ? null : io.of(databaseId, t);
  }

  /**
   * A cursor, or any other scan the statement opened, to close when the statement ends, whether
   * or not it was read to the end.
   */
  public <C extends AutoCloseable> C track(C cursor) {
    cursors.add(cursor);
    return cursor;
  }

  private void closeCursors() {
    for (AutoCloseable c : cursors) {
      try {
        c.close();
      } catch (Exception e) {
        // Closing a cursor cannot fail in a way the statement could report.
      }
    }
    cursors.clear();
  }

  /**
   * The stored name of a temporary table: {@code #t} is private to its session, so it is stored
   * padded and suffixed as SQL Server does ({@code #t____…_00000000001A}); {@code ##t} is global.
   */
  public String tempName(String name) {
    return name.startsWith("##") ? name : nestedTemps.resolve(name);
  }

  /**
   * CREATE TABLE or SELECT INTO of local {@code #name} found its stored name {@code storedName}
   * taken: true when that table is an outer module's, in which case {@code #name} now names a new
   * table that hides it until this module ends ({@link NestedTempTables}); false for 2714.
   */
  public boolean hideOuterTempTable(String name, String storedName, int nestLevel) {
    return nestedTemps.hide(name, storedName, nestLevel);
  }

  /** A local #temp table this session created at {@code nestLevel}: dropped with its module or session. */
  public void createdTempTable(int objectId, String storedName, int nestLevel) {
    createdTempObject(objectId);
    nestedTemps.created(storedName, nestLevel);
  }

  /** The creation of local #temp table {@code storedName} failed, or the table was dropped. */
  public void forgetTempTable(String storedName) {
    nestedTemps.dropped(storedName);
  }

  /**
   * Whether the tempdb table stored as {@code storedName} is this session's: a local #temp table
   * (its name ends with the session's suffix, {@link #tempName}) or a table variable of its running
   * batch ({@link TableVariables#declare}). Global ##temp tables are no session's.
   */
  public boolean ownsTempTable(String storedName) {
    return storedName.startsWith("#") && !storedName.startsWith("##")
        && (storedName.endsWith(tempSuffix) || TableVariables.isOf(storedName, tempSuffix));
  }

  /** A temporary table or procedure this session created: dropped when the session ends. */
  public void createdTempObject(int objectId) {
    tempObjects.add(objectId);
  }

  /** Where a module's scope starts in the list of temporary objects: {@link #exitTempScope} takes it. */
  public int tempScopeMark() {
    return tempObjects.size();
  }

  /**
   * A stored procedure, trigger or dynamic batch ends: the #temp tables it created are dropped, as
   * SQL Server drops them when the module that created them finishes, error or not (#temporary
   * procedures stay until the session ends). In an open transaction the drop is part of it, as the
   * table variables' drop is ({@link #exitTableVariableScope}).
   */
  public void exitTempScope(int mark) {
    if (tempObjects.size() <= mark) {
      return;
    }
    List<Integer> created = tempObjects.subList(mark, tempObjects.size());
    Catalog temp = storage().catalog(Storage.TEMPDB_ID);
    StoreTxn running = user != null ? user : autocommit;
    if (running != null) {
      dropTempTables(temp, running.txn(temp), created);
      running.markDdl();
      return;
    }
    try (KvTxn txn = temp.store().begin(options.get().withIsolation(KvIsolation.READ_COMMITTED))) {
      dropTempTables(temp, txn, created);
      txn.commit();
    }
    temp.reclaimGarbage();
  }

  /**
   * Drops the #temp tables among {@code created} that still exist and takes them off the list; table
   * variables end with their batch ({@link #exitTableVariableScope}), #temporary procedures with the
   * session, so both stay listed.
   */
  private void dropTempTables(Catalog temp, KvTxn txn, List<Integer> created) {
    Metadata md = temp.metadata(txn);
    created.removeIf(id -> {
      var table = md.table(id);
      if (table.isPresent() && !TableVariables.isOf(table.get().name(), tempSuffix)) {
        temp.dropObject(txn, id);
        nestedTemps.dropped(table.get().name());
        return true;
      }
      return md.object(id).isEmpty();
    });
  }

  /** The table variables of the running batch. */
  public TableVariables tableVariables() {
    return tableVariables;
  }

  /**
   * The batch (or function call) ends: drops the table variables it declared. In an open user
   * transaction, or in the statement that called a function, the drop is part of it (a separate
   * transaction would wait on that one's locks on the same rows, and would not see a table that
   * statement created); a table it misses is dropped with the session.
   */
  public void exitTableVariableScope() {
    List<Integer> ids = tableVariables.exit();
    if (ids.isEmpty()) {
      return;
    }
    Catalog temp = storage().catalog(Storage.TEMPDB_ID);
    StoreTxn running = user != null ? user : autocommit;
    if (running != null) {
      KvTxn txn = running.txn(temp);
      Metadata md = temp.metadata(txn);
      for (int id : ids) {
        if (md.table(id).isPresent()) {
          temp.dropObject(txn, id);
        }
      }
      running.markDdl();
      return;
    }
    // READ COMMITTED whatever the session's level: under SNAPSHOT the drop's write of the catalog
    // stamp would conflict with any DDL in tempdb since its snapshot, and the variables would stay.
    try (KvTxn txn = temp.store().begin(options.get().withIsolation(KvIsolation.READ_COMMITTED))) {
      Metadata md = temp.metadata(txn);
      for (int id : ids) {
        if (md.table(id).isPresent()) {
          temp.dropObject(txn, id);
        }
      }
      txn.commit();
    }
    temp.reclaimGarbage();
  }

  /** The WITH CHANGE_TRACKING_CONTEXT value of the running statement (null: none). */
  private byte[] changeContext;

  byte[] changeContext() {
    return changeContext;
  }

  /**
   * Sets (null: clears) the CHANGE_TRACKING_CONTEXT the running statement's changes to tracked
   * tables record; returns the previous one, for the caller to put back.
   */
  public byte[] changeContext(byte[] context) {
    byte[] before = changeContext;
    changeContext = context;
    return before;
  }

  /** Session end: drops the session's temporary tables and procedures that still exist. */
  public void close() {
    dropTempObjects();
  }

  /**
   * Drops the session's temporary tables and procedures that still exist, in a transaction of its
   * own: at session end, and when a pooled connection is reset (RESETCONNECTION) with no transaction
   * open.
   */
  public void dropTempObjects() {
    if (tempObjects.isEmpty()) {
      return;
    }
    Catalog temp = storage().catalog(Storage.TEMPDB_ID);
    try (KvTxn txn = temp.store().begin(KvTxnOptions.DEFAULT)) {
      Metadata md = temp.metadata(txn);
      for (int id : tempObjects) {
        if (md.object(id).isPresent()) {
          temp.dropObject(txn, id);
        }
      }
      txn.commit();
    }
    tempObjects.clear();
    temp.reclaimGarbage();
  }

  /** The table with IDENTITY_INSERT ON in this session (SQL Server allows one), or 0. */
  public int identityInsertTable() {
    return identityInsertTable;
  }

  public void setIdentityInsertTable(int tableId) {
    identityInsertTable = tableId;
  }

  public BigDecimal lastIdentity() {
    return lastIdentity;
  }

  public void setLastIdentity(BigDecimal value) {
    lastIdentity = value;
  }

  // ---- TransactionHooks ----

  @Override
  public void begun() {
    user = new StoreTxn(options.get(), true, this::changeContext);
  }

  @Override
  public void committed() {
    StoreTxn t = user;
    user = null;
    if (t != null) {
      t.commit();
    }
  }

  @Override
  public void rolledBack() {
    StoreTxn t = user;
    user = null;
    if (t != null) {
      closeCursors();
      List<Integer> variables = tableVariables.liveIds();
      if (variables.isEmpty()) {
        t.rollback();
        return;
      }
      // Table variables are not part of the transaction: carry them across its rollback.
      Catalog temp = storage().catalog(Storage.TEMPDB_ID);
      List<TableVariableRescue.Saved> saved = TableVariableRescue.save(temp, t.txn(temp), variables);
      t.rollback();
      try (KvTxn txn = temp.store().begin(options.get())) {
        TableVariableRescue.restore(temp, txn, saved);
        txn.commit();
      }
    }
  }

  @Override
  public void saved(String name) {
    if (user != null) {
      user.save(name);
    }
  }

  @Override
  public void rolledBackTo(String name) {
    if (user != null) {
      user.rollbackTo(name);
    }
  }
}
