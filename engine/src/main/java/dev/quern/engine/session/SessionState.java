package dev.quern.engine.session;

import dev.quern.engine.api.EnvChange;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.func.CaughtError;
import dev.quern.engine.func.FunctionContext;
import dev.quern.engine.locale.SqlLanguage;
import dev.quern.engine.locale.SqlLanguages;
import dev.quern.engine.message.StoredMessages;
import dev.quern.engine.session.option.OptionTarget;
import dev.quern.ext.spi.ScriptSession;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Everything a session remembers between and during requests: current database, SET options,
 * transaction, @@ROWCOUNT/@@ERROR, the errors CATCH blocks are handling, prepared statements,
 * and the cancel flag. It is what built-in functions read ({@link FunctionContext}).
 */
public final class SessionState implements FunctionContext, OptionTarget {
  private final ServerContext server;
  private final SessionInfo info;
  private final SessionOptions options = new SessionOptions();
  /** The running statement's actual counts under SET STATISTICS XML/PROFILE; null otherwise. */
  private dev.quern.engine.showplan.ActualCounts actuals;
  private final dev.quern.engine.func.SessionContext sessionContext = new dev.quern.engine.func.SessionContext();
  private final Transactions transactions;
  private final dev.quern.engine.store.StoreSession store;
  private final PreparedStatements prepared = new PreparedStatements();
  private final Deque<CaughtError> caught = new ArrayDeque<>();
  private final String loginLanguage;
  private Databases.Database database;
  private ResultSink sink;
  private long rowCount;
  private int lastError;
  private int nestLevel;
  private int moduleId;
  private int parameterizedDepth;
  private volatile boolean cancelled;
  private volatile Thread runner;
  private final RequestActivity activity;
  private final SessionLockWaits lockWaits = new SessionLockWaits(this);
  private final NonBlockingRun nonBlocking = new NonBlockingRun();
  private final SessionSecurity security;
  /** The keys OPEN SYMMETRIC KEY and OPEN MASTER KEY opened: the session's, not a transaction's. */
  private final dev.quern.engine.crypto.OpenKeys openKeys = new dev.quern.engine.crypto.OpenKeys();
  /** The database the session opened in (RESETCONNECTION goes back to it). */
  private final String loginDatabase;

  public SessionState(ServerContext server, SessionInfo info, Databases.Database database) {
    this.server = server;
    this.info = info;
    this.database = database;
    this.security = new SessionSecurity(info.loginName());
    this.loginDatabase = database.name();
    this.activity = new RequestActivity(server.waitStatistics());
    this.transactions = new Transactions(server);
    this.store = new dev.quern.engine.store.StoreSession(server.storage(), this::storeOptions, nonBlocking);
    store.resolveUnqualifiedIn(this::nameResolutionSchema);
    transactions.attach(store);
    transactions.onEnd(() -> server.appLocks().releaseAll(info.spid(), true));
    String lang = info.language() == null || info.language().isEmpty() ? "us_english" : info.language();
    this.loginLanguage = SqlLanguages.find(lang).map(SqlLanguage::name).orElse("us_english");
    options.reset(loginLanguage, userOptions());
    applyLanguage(SqlLanguages.find(loginLanguage).orElseThrow());
  }

  // ---- request lifecycle and cancellation ----

  /** A request starts on the current thread, reporting to {@code sink}. */
  public void beginRequest(ResultSink requestSink) {
    this.sink = requestSink;
    this.cancelled = false;
    this.runner = Thread.currentThread();
    dev.quern.engine.expr.DatabaseCollation.follow(this::databaseCollation);
    dev.quern.engine.xmlschema.TypedXml.follow(this::xmlSchemaCollection);
    activity.begin(nonBlocking.active());
  }

  /** The XML schema collection {@code id} of the current database, as this session's transaction sees it. */
  public java.util.Optional<dev.quern.catalog.meta.XmlSchemaCollection> xmlSchemaCollection(int id) {
    dev.quern.catalog.meta.Catalog catalog = store().storage().catalog(databaseId());
    return store().metadata(catalog).xmlSchemaCollection(databaseId(), id);
  }

  /** The current database's default collation (CREATE / ALTER DATABASE … COLLATE). */
  public dev.quern.catalog.value.Collation databaseCollation() {
    return server.databases().collation(database.id());
  }

  public void endRequest() {
    endRequest(false);
  }

  /** The request ended; {@code anotherFollows} as in {@link RequestActivity#end(boolean)}. */
  public void endRequest(boolean anotherFollows) {
    this.runner = null;
    dev.quern.engine.expr.DatabaseCollation.forget();
    dev.quern.engine.xmlschema.TypedXml.forget();
    activity.end(anotherFollows);
  }

  /** Whether the running request must not block (see {@link NonBlockingRun}). */
  public NonBlockingRun nonBlocking() {
    return nonBlocking;
  }

  /** What the running request is doing (sys.dm_exec_requests). */
  public RequestActivity activity() {
    return activity;
  }

  public ResultSink sink() {
    return sink;
  }

  /** ATTENTION: flag the request and wake it if it is waiting (WAITFOR). */
  public void cancel() {
    cancelled = true;
    Runnable hook = cancelHook;
    if (hook != null) {
      hook.run();
    }
    Thread t = runner;
    if (t != null) {
      LockSupport.unpark(t);
    }
  }

  private volatile Runnable cancelHook;
  private volatile Runnable killHook = () -> {};

  /** What KILL does besides cancelling the request: the server closes the connection. */
  public void onKill(Runnable closeConnection) {
    killHook = closeConnection;
  }

  private volatile boolean killed;

  /** KILL from another session: the running request stops, then the connection closes. */
  void kill() {
    killed = true;
    cancel();
    killHook.run();
  }

  /** Whether KILL ended this session: its cancelled request ends in error 596, not a plain DONE. */
  public boolean killed() {
    return killed;
  }

  /**
   * Runs {@code hook} on cancel() while the guarded work runs (an external script is killed this
   * way); returns what removes it. Runs it at once when the request is already cancelled.
   */
  public Runnable onCancel(Runnable hook) {
    cancelHook = hook;
    if (cancelled) {
      hook.run();
    }
    return () -> cancelHook = null;
  }

  public boolean cancelled() {
    return cancelled;
  }

  /** Throws {@link CancelledException} when the request was cancelled. */
  public void checkCancelled() {
    if (cancelled) {
      throw CancelledException.INSTANCE;
    }
  }

  // ---- state the interpreter changes ----

  public Transactions transactions() {
    return transactions;
  }

  /** The session's access to tables: its storage transaction and statement state. */
  public dev.quern.engine.store.StoreSession store() {
    return store;
  }

  private dev.quern.catalog.kv.KvTxnOptions storeOptions() {
    dev.quern.catalog.kv.KvIsolation level =
        switch (options.isolationLevel) {
          case 1 -> dev.quern.catalog.kv.KvIsolation.READ_UNCOMMITTED;
          case 3 -> dev.quern.catalog.kv.KvIsolation.REPEATABLE_READ;
          case 4 -> dev.quern.catalog.kv.KvIsolation.SERIALIZABLE;
          case 5 -> dev.quern.catalog.kv.KvIsolation.SNAPSHOT;
          default -> dev.quern.catalog.kv.KvIsolation.READ_COMMITTED;
        };
    return new dev.quern.catalog.kv.KvTxnOptions(level, Math.max(-1, options.lockTimeout), lockWaits);
  }

  public PreparedStatements prepared() {
    return prepared;
  }

  public ServerContext server() {
    return server;
  }

  public SessionInfo info() {
    return info;
  }

  public void setRowCount(long n) {
    rowCount = n;
  }

  public void setLastError(int number) {
    lastError = number;
  }

  /**
   * An error a statement reported without failing (BULK INSERT's row errors), which @@ERROR shows
   * once the statement ends; 0 when none.
   */
  private int statementError;

  public void setStatementError(int number) {
    statementError = number;
  }

  /** The error set by {@link #setStatementError} (0 if none), cleared. */
  public int takeStatementError() {
    int n = statementError;
    statementError = 0;
    return n;
  }

  public void pushCaught(CaughtError e) {
    caught.push(e);
  }

  public void popCaught() {
    caught.pop();
  }

  public void enterNest() {
    nestLevel++;
  }

  /**
   * Entering a module's body (a procedure's or trigger's object id) or dynamic SQL (0): what
   * @@PROCID answers until {@link #exitModule} gives back the returned value.
   */
  public int enterModule(int objectId) {
    int outer = moduleId;
    moduleId = objectId;
    return outer;
  }

  public void exitModule(int outer) {
    moduleId = outer;
  }

  @Override
  public int procId() {
    return moduleId;
  }

  public void exitNest() {
    nestLevel--;
  }

  /** Entering a parameterized statement (sp_executesql, sp_prepexec, sp_execute). */
  public void enterParameterized() {
    parameterizedDepth++;
  }

  public void exitParameterized() {
    parameterizedDepth--;
  }

  /**
   * Whether a parameterized statement is running: procedures that only run ad hoc (sp_setapprole)
   * refuse it with an error of their own (15432), as drivers' prepared calls meet it.
   */
  public boolean inParameterized() {
    return parameterizedDepth > 0;
  }

  /**
   * USE: switch database (911 when unknown; 505 under an application role), tell the client with
   * ENVCHANGE and message 5701.
   */
  public void useDatabase(String name, ResultSink out) {
    Databases.Database db = usableDatabase(name);
    if (db.id() != database.id() && security.applicationRole().isPresent()) {
      // An application role pins the session to its database until sp_unsetapprole.
      throw dev.quern.engine.error.PrincipalProcedureErrors.DATABASE_PINNED.raise();
    }
    String old = database.name();
    var oldCollation = databaseCollation();
    database = db;
    out.envChange(new EnvChange.Database(db.name(), old));
    out.message(SqlErrors.CHANGED_DATABASE.message(db.name()));
    tellCollation(oldCollation, out);
  }

  /** ENVCHANGE(SQL collation) after a switch to a database of another default collation, as SQL Server sends it. */
  private void tellCollation(dev.quern.catalog.value.Collation old, ResultSink out) {
    var now = databaseCollation();
    if (now != old) {
      out.envChange(new EnvChange.SqlCollation(now.name()));
    }
  }

  /** The current database, to come back to when dynamic SQL that may run USE ends. */
  public Databases.Database currentDatabase() {
    return database;
  }

  /**
   * Back to {@code outer} when dynamic SQL (EXEC (…), sp_executesql) that ran USE ends, as SQL
   * Server scopes its USE to it: the client hears of the switch (ENVCHANGE), without 5701. A
   * database dropped meanwhile is not gone back to.
   */
  public void returnToDatabase(Databases.Database outer, ResultSink out) {
    var again = server.databases().byId(outer.id());
    if (database.id() == outer.id() || again.isEmpty()) {
      return;
    }
    String old = database.name();
    var oldCollation = databaseCollation();
    database = again.get();
    out.envChange(new EnvChange.Database(database.name(), old));
    tellCollation(oldCollation, out);
  }

  /**
   * {@code read} run as if {@code name} were the current database (a three-part name of a catalog
   * view, {@code otherdb.sys.tables}): 911 when it does not exist, 916 when the login may not use
   * it, as USE would refuse it. Nothing is sent to the client; the current database comes back.
   */
  public <T> T inDatabase(String name, java.util.function.Supplier<T> read) {
    Databases.Database db = usableDatabase(name);
    Databases.Database current = database;
    database = db;
    try {
      return read.get();
    } finally {
      database = current;
    }
  }

  /** The database {@code name}, if the login may use it: 911 when there is none, else 916. */
  private Databases.Database usableDatabase(String name) {
    Databases.Database db =
        server.databases().byName(name).orElseThrow(() -> SqlErrors.DATABASE_NOT_EXIST.raise(name));
    if (!security.isSa() && user(db.id()).isEmpty()) {
      throw dev.quern.engine.error.SecurityErrors.CANNOT_ACCESS_DATABASE.raise(loginName(), db.name());
    }
    var catalog = store().storage().catalog(db.id());
    if (store().metadata(catalog).database(db.id()).map(dev.quern.catalog.meta.Database::restoring).orElse(false)) {
      throw dev.quern.engine.backup.BackupErrors.RESTORING.raise(db.name());
    }
    return db;
  }

  @Override
  public void changeLanguage(String nameOrAlias) {
    SqlLanguage lang =
        SqlLanguages.find(nameOrAlias).orElseThrow(() -> SqlErrors.UNKNOWN_LANGUAGE.raise(nameOrAlias));
    String old = options.language;
    applyLanguage(lang);
    sink.envChange(new EnvChange.Language(lang.name(), old));
    sink.message(SqlErrors.CHANGED_LANGUAGE.message(lang.name()));
  }

  /** The server's 'user options' bits, which every session starts with (sp_configure). */
  private int userOptions() {
    return server.external().configuration().runValue(
        dev.quern.engine.external.ServerConfiguration.USER_OPTIONS);
  }

  private void applyLanguage(SqlLanguage lang) {
    options.language = lang.name();
    options.dateFormat = lang.dateFormat();
    options.dateFirst = lang.dateFirst();
  }

  /** RESETCONNECTION: options, language, database as at login; prepared handles dropped. */
  public void reset(boolean keepTransaction, ResultSink out) {
    options.reset(loginLanguage, userOptions());
    applyLanguage(SqlLanguages.find(loginLanguage).orElseThrow());
    prepared.clear();
    caught.clear();
    sessionContext.clear(); // read-only keys too: a pooled connection starts clean
    activity.sessionWaits().forget(); // as SQL Server resets sys.dm_exec_session_wait_stats
    cursors.reset();
    rowCount = 0;
    lastError = 0;
    if (!keepTransaction) {
      transactions.rollbackAll(out);
    }
    // sp_reset_connection drops the connection's #temp tables and procedures. Under RESETCONNECTIONSKIPTRAN with
    // a transaction still open they stay: dropping them would wait on that transaction's locks.
    if (transactions.count() == 0) {
      store.dropTempObjects();
    }
    xmlDocuments.clear(); // sp_reset_connection frees prepared XML documents too
    // A pooled connection handed to other work starts with fresh satellites: what the last
    // user's scripts left in a kept one's modules is not the next user's.
    endScriptSession();
    scriptSession = new ScriptSession();
    security.revertTo(0);
    server.databases().byName(loginDatabase).ifPresent(db -> database = db);
  }

  // ---- security ----

  /** The login, its EXECUTE AS contexts, and what they map to. */
  public SessionSecurity security() {
    return security;
  }

  /** The security records as this session sees them now (its own uncommitted DDL included). */
  @Override
  public Optional<String> serverPrincipalNameBySid(byte[] sid) {
    Optional<String> created = securityRecords().loginBySid(sid).map(dev.quern.catalog.meta.Login::name);
    return created.isPresent() ? created : FunctionContext.super.serverPrincipalNameBySid(sid);
  }

  @Override
  public java.util.Optional<dev.quern.catalog.meta.Login> sqlLogin(String name) {
    return securityRecords().login(name);
  }

  public dev.quern.catalog.meta.Security securityRecords() {
    return store.snapshot(store.storage().main()).security();
  }

  /**
   * Who the session is in database {@code databaseId}; empty when it has no access there. Kept
   * while the security records (one instance per DDL stamp of the main catalog), the EXECUTE AS
   * context and the database stay the same: this runs for every permission check and every
   * one-part name.
   */
  public Optional<dev.quern.engine.security.DatabaseUser> user(int databaseId) {
    if (security.isSa()) {
      return Optional.of(SA_USER);
    }
    var records = securityRecords();
    UserLookup last = lastUser;
    if (last != null && last.records() == records && last.epoch() == security.epoch() && last.databaseId() == databaseId) {
      return last.user();
    }
    Optional<dev.quern.engine.security.DatabaseUser> user = security.user(records, databaseId);
    lastUser = new UserLookup(records, security.epoch(), databaseId, user);
    return user;
  }

  private record UserLookup(
      dev.quern.catalog.meta.Security records, int epoch, int databaseId, Optional<dev.quern.engine.security.DatabaseUser> user) {}

  private UserLookup lastUser;

  /**
   * Where a one-part name is looked for first (then in dbo): inside a module its schema, else the
   * user's default schema ("Name resolution" in CREATE USER's docs); dbo for sa and sysadmins.
   */
  private String nameResolutionSchema() {
    var module = security.module();
    if (module.isPresent()) {
      return module.get().databaseId() == database.id() ? module.get().schema() : "dbo";
    }
    return defaultSchema();
  }

  private static final dev.quern.engine.security.DatabaseUser SA_USER =
      new dev.quern.engine.security.DatabaseUser(1, "dbo", "dbo", java.util.Set.of(0, 16384));

  @Override
  public boolean isSysadmin() {
    return security.isSa() || security.identity(securityRecords()).map(dev.quern.engine.security.LoginIdentity::sysadmin).orElse(false);
  }

  @Override
  public String userName() {
    if (security.isSa()) {
      return "dbo";
    }
    return user(database.id()).map(dev.quern.engine.security.DatabaseUser::name).orElse(loginName());
  }

  @Override
  public String defaultSchema() {
    return security.isSa() ? "dbo" : user(database.id()).map(dev.quern.engine.security.DatabaseUser::defaultSchema).orElse("dbo");
  }

  @Override
  public String originalLogin() {
    return security.originalLogin();
  }

  @Override
  public Optional<Integer> databasePrincipalId(String name) {
    return dev.quern.engine.security.PrincipalLookup.databasePrincipalId(securityRecords(), database.id(), name);
  }

  @Override
  public Optional<String> databasePrincipalName(int id) {
    return dev.quern.engine.security.PrincipalLookup.databasePrincipalName(securityRecords(), database.id(), id);
  }

  @Override
  public Optional<Boolean> isMember(String role) {
    return dev.quern.engine.security.PrincipalLookup.isMember(securityRecords(), database.id(), user(database.id()), role);
  }

  @Override
  public Optional<Boolean> isRoleMember(String role, String principal) {
    return dev.quern.engine.security.PrincipalLookup.isRoleMember(securityRecords(), database.id(), role, principal);
  }

  @Override
  public Optional<Boolean> isServerRoleMember(String role, String login) {
    return dev.quern.engine.security.PrincipalLookup.isServerRoleMember(securityRecords(), role, login);
  }

  @Override
  public Optional<Integer> serverPrincipalId(String name) {
    return dev.quern.engine.security.PrincipalLookup.serverPrincipalId(securityRecords(), name);
  }

  @Override
  public Optional<String> serverPrincipalName(int id) {
    return dev.quern.engine.security.PrincipalLookup.serverPrincipalName(securityRecords(), id);
  }

  @Override
  public Optional<byte[]> serverPrincipalSid(String name) {
    var builtin = dev.quern.engine.security.Principals.serverPrincipal(name).map(p -> p.sid());
    return builtin.isPresent() ? builtin : securityRecords().login(name).map(dev.quern.catalog.meta.Login::sid);
  }

  @Override
  public byte[] loginSid() {
    return security.isSa()
        ? new byte[] {1}
        : security.identity(securityRecords()).map(dev.quern.engine.security.LoginIdentity::sid).orElse(null);
  }

  @Override
  public Optional<Boolean> hasPermsByName(String securable, String securableClass, String permission) {
    return PermissionLookup.hasPermsByName(this, securable, securableClass, permission);
  }

  @Override
  public Optional<Boolean> hasColumnPermsByName(String securable, String column, String permission) {
    return PermissionLookup.hasColumnPerms(this, securable, column, permission);
  }

  @Override
  public int loginId() {
    return security.isSa() ? 1 : security.identity(securityRecords()).map(dev.quern.engine.security.LoginIdentity::id).orElse(2);
  }

  @Override
  public Optional<Boolean> isServerRoleMember(String role) {
    var sec = securityRecords();
    return dev.quern.engine.security.PrincipalLookup.isServerRoleMember(sec, security.identity(sec), role);
  }

  /**
   * The workload group the resource governor's classifier placed this session in (null until
   * its first external script asks: see {@code WorkloadGroupClassifier}).
   */
  private String workloadGroup;

  public String workloadGroup() {
    return workloadGroup;
  }

  public void workloadGroup(String group) {
    workloadGroup = group;
  }

  private final dev.quern.engine.cursor.SessionCursors cursors = new dev.quern.engine.cursor.SessionCursors();
  private final dev.quern.engine.openxml.XmlDocuments xmlDocuments = new dev.quern.engine.openxml.XmlDocuments();

  /**
   * This session as external runtimes see it (a satellite may be kept for its next script);
   * replaced at a reset and ended with the session ({@link #endScriptSession}).
   */
  private volatile ScriptSession scriptSession = new ScriptSession();

  public ScriptSession scriptSession() {
    return scriptSession;
  }

  /** Ends what external runtimes keep for this session (its end, or a reset starting anew). */
  public void endScriptSession() {
    scriptSession.close();
  }

  /** The XML documents sp_xml_preparedocument prepared for OPENXML. */
  public dev.quern.engine.openxml.XmlDocuments xmlDocuments() {
    return xmlDocuments;
  }

  /** The session's cursors (GLOBAL names, each running batch's LOCAL ones, @@FETCH_STATUS). */
  public dev.quern.engine.cursor.SessionCursors cursors() {
    return cursors;
  }

  // ---- FunctionContext ----

  @Override
  public int fetchStatus() {
    return cursors.fetchStatus();
  }

  @Override
  public int cursorRows() {
    return cursors.cursorRows();
  }

  @Override
  public int cursorStatus(String source, String name) {
    return cursors.status(source, name);
  }

  @Override
  public String appLockMode(String principal, String resource, String owner) {
    return dev.quern.engine.applock.AppLockCalls.mode(this, principal, resource, owner);
  }

  @Override
  public boolean appLockTest(String principal, String resource, String mode, String owner) {
    return dev.quern.engine.applock.AppLockCalls.test(this, principal, resource, mode, owner);
  }

  public dev.quern.engine.crypto.OpenKeys openKeys() {
    return openKeys;
  }

  @Override
  public dev.quern.engine.func.EncryptionKeys encryptionKeys() {
    return new dev.quern.engine.exec.SessionKeys(this);
  }

  @Override
  public dev.quern.engine.func.SessionContext sessionContext() {
    return sessionContext;
  }

  @Override
  public byte[] contextInfo() {
    return options.contextInfo.length == 0 ? null : options.contextInfo;
  }

  @Override
  public int spid() {
    return info.spid();
  }

  @Override
  public String loginName() {
    return security.login();
  }

  @Override
  public String databaseName() {
    return database.name();
  }

  @Override
  public int databaseId() {
    return database.id();
  }

  @Override
  public String language() {
    return options.language;
  }

  /**
   * The message RAISERROR or FORMATMESSAGE names by number: a user-defined one (master's catalog,
   * as this session's transaction sees it) in this session's language or us_english, or one of
   * Quern's own.
   */
  public Optional<StoredMessages.Found> storedMessage(int number) {
    return StoredMessages.find(store().snapshot(store().storage().main()), number, language());
  }

  @Override
  public Optional<String> messageText(int number) {
    return storedMessage(number).map(StoredMessages.Found::text);
  }

  @Override
  public int dateFirst() {
    return options.dateFirst;
  }

  @Override
  public String dateFormat() {
    return options.dateFormat;
  }

  @Override
  public int transactionCount() {
    return transactions.count();
  }

  @Override
  public long rowCount() {
    return rowCount;
  }

  @Override
  public int lastError() {
    return lastError;
  }

  @Override
  public BigDecimal lastIdentity() {
    return store.lastIdentity();
  }

  @Override
  public Optional<dev.quern.catalog.meta.FullTextIndex> fullTextIndex(int tableId) {
    return dev.quern.engine.fulltext.FullTextLookups.index(this, tableId);
  }

  @Override
  public Optional<java.util.Map.Entry<dev.quern.catalog.meta.FullTextCatalog, Long>> fullTextCatalog(String name) {
    return dev.quern.engine.fulltext.FullTextLookups.catalog(this, name);
  }

  @Override
  public Long changeTrackingCurrentVersion() {
    return dev.quern.engine.exec.ChangeTableRows.currentVersion(this);
  }

  @Override
  public Long changeTrackingMinValidVersion(int objectId) {
    return dev.quern.engine.exec.ChangeTableRows.minValidVersion(this, objectId);
  }

  @Override
  public Optional<Integer> objectId(String name, String type) {
    return dev.quern.engine.store.ObjectNames.objectId(store, databaseName(), name, type)
        .or(() -> dev.quern.engine.sys.SystemObjectIds.of(name, type));
  }

  /** The current database's schemas come from its catalog; the fixed role schemas are added. */
  @Override
  public Optional<Integer> schemaId(String name) {
    for (dev.quern.catalog.meta.Schema schema : catalogSchemas()) {
      if (schema.name().equalsIgnoreCase(name)) {
        return Optional.of(dev.quern.engine.sys.SchemaIds.visible(schema));
      }
    }
    return dev.quern.engine.func.FunctionContext.super.schemaId(name);
  }

  @Override
  public Optional<String> schemaName(int id) {
    var schema = dev.quern.engine.sys.SchemaIds.byVisibleId(catalogSchemas(), id);
    return schema.isPresent() ? schema.map(dev.quern.catalog.meta.Schema::name)
        : dev.quern.engine.func.FunctionContext.super.schemaName(id);
  }

  @Override
  public int visibleSchemaId(int catalogId) {
    return dev.quern.engine.sys.SchemaIds.visible(catalogSchemas(), catalogId);
  }

  private List<dev.quern.catalog.meta.Schema> catalogSchemas() {
    return store.snapshot(store.storage().catalog(databaseId())).schemas(databaseId());
  }

  @Override
  public long minActiveRowversion() {
    return store.storage().catalog(databaseId()).minActiveRowversion(databaseId());
  }

  @Override
  public long databaseRowversion() {
    return store.storage().catalog(databaseId()).lastRowversion(databaseId());
  }

  @Override
  public Optional<BigDecimal> identCurrent(String table) {
    return objectId(table, "U")
        .flatMap(id -> dev.quern.engine.store.ObjectNames.identCurrent(store, databaseId(), table, id));
  }

  @Override
  public Optional<java.time.LocalDateTime> statsDate(int objectId, int statsId) {
    return dev.quern.engine.statistics.TableStatistics.byId(store, databaseId(), objectId, statsId)
        .map(dev.quern.engine.statistics.StatisticsRows::updated);
  }

  @Override
  public Optional<dev.quern.catalog.meta.Table> indexedViewRows(dev.quern.catalog.meta.SchemaObject view) {
    return dev.quern.engine.store.ObjectNames.indexedViewRows(store, databaseId(), view);
  }

  @Override
  public Optional<dev.quern.catalog.meta.SchemaObject> objectById(int id) {
    return dev.quern.engine.store.ObjectNames.objectById(store, databaseId(), id);
  }

  @Override
  public Optional<dev.quern.catalog.meta.Constraint> constraintById(int id) {
    return dev.quern.engine.store.ObjectNames.constraintById(store, databaseId(), id);
  }

  @Override
  public Optional<String> objectDefinition(int id) {
    return dev.quern.engine.store.ObjectNames.objectDefinition(store, databaseId(), id);
  }

  @Override
  public Optional<String> objectName(int id) {
    return dev.quern.engine.store.ObjectNames.objectName(store, databaseId(), id);
  }

  @Override
  public String serverName() {
    return server.serverName();
  }

  @Override
  public String hostName() {
    return info.hostName();
  }

  @Override
  public String appName() {
    return info.appName();
  }

  @Override
  public Clock clock() {
    return server.clock();
  }

  @Override
  public int textSize() {
    return options.textSize;
  }

  @Override
  public int lockTimeout() {
    return options.lockTimeout;
  }

  @Override
  public long options() {
    return options.options();
  }

  /**
   * Stored procedure definitions this session compiled, by definition text (and QUOTED_IDENTIFIER,
   * and whether a table statement was running):
   * an ALTER PROCEDURE changes the text, so a stale entry is never found. The 64 most recent.
   */
  private final java.util.Map<String, Object> storedProcedurePlans =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Object> eldest) {
          return size() > 64;
        }
      };

  /** The interpreter running this session's requests: what user-defined functions run on. */
  private dev.quern.engine.proc.ProcedureHost host;

  public void attachHost(dev.quern.engine.proc.ProcedureHost host) {
    this.host = host;
  }

  public dev.quern.engine.proc.ProcedureHost host() {
    return host;
  }

  /** The triggers firing, innermost first (inserted/deleted read the first). */
  private final java.util.ArrayDeque<TriggerFrame> triggers = new java.util.ArrayDeque<>();

  public java.util.Deque<TriggerFrame> triggers() {
    return triggers;
  }

  /** The innermost trigger firing, or null outside triggers. */
  public TriggerFrame trigger() {
    return triggers.peekFirst();
  }

  /** The running statement's counts for an actual plan, null unless STATISTICS XML/PROFILE is on. */
  public dev.quern.engine.showplan.ActualCounts actuals() {
    return actuals;
  }

  /** Starts (not null) or stops counting what operators do, for an actual plan. */
  public void actuals(dev.quern.engine.showplan.ActualCounts counts) {
    this.actuals = counts;
  }

  /** See {@link #storedProcedurePlans}: used by proc.StoredProcedures and proc.UserFunctions. */
  public java.util.Map<String, Object> storedProcedurePlans() {
    return storedProcedurePlans;
  }

  @Override
  public SessionOptions sessionOptions() {
    return options;
  }

  @Override
  public int nestLevel() {
    return nestLevel;
  }

  @Override
  public int tdsPacketSize() {
    return info.packetSize();
  }

  @Override
  public Optional<Integer> databaseId(String name) {
    return server.databases().byName(name).map(Databases.Database::id);
  }

  @Override
  public String recoveryModel(String database) {
    return server.databases().byName(database)
        .flatMap(d -> store.metadata(store.storage().catalog(d.id())).database(d.id()))
        .map(dev.quern.catalog.meta.Database::recoveryModel)
        .orElseGet(() -> dev.quern.engine.func.FunctionContext.super.recoveryModel(database));
  }

  @Override
  public dev.quern.catalog.value.Collation databaseCollation(int id) {
    return server.databases().collation(id);
  }

  @Override
  public Optional<String> databaseName(int id) {
    return server.databases().byId(id).map(Databases.Database::name);
  }

  @Override
  public Optional<CaughtError> currentError() {
    return Optional.ofNullable(caught.peek());
  }

  @Override
  public int xactState() {
    return transactions.xactState();
  }
}
