package dev.quern.engine.func;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The session facts built-in functions read (@@SPID, DB_NAME(), GETDATE() …); the engine's session
 * implements it. Default methods give SQL Server's answers where Quern has no more to say yet.
 */
public interface FunctionContext {
  /** The system databases every server has, by database id (1–4). */
  List<String> SYSTEM_DATABASES = List.of("master", "tempdb", "model", "msdb");

  int spid();

  /** Throws when the running request was cancelled (long REGEXP_* matches ask); by default never. */
  default void checkCancelled() {}

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

  /**
   * @@IDENTITY; null when none was generated.
   */
  BigDecimal lastIdentity();

  /** OBJECT_ID: the object's id, if it exists (and is of sys.objects type {@code type}). */
  /** @@DBTS: the last rowversion the current database handed out. */
  long databaseRowversion();

  /** MIN_ACTIVE_ROWVERSION(): the lowest rowversion of the current database still in use. */
  long minActiveRowversion();

  /** The full-text index of a table of the current database, if it has one. */
  default Optional<dev.quern.catalog.meta.FullTextIndex> fullTextIndex(int tableId) {
    return Optional.empty();
  }

  /** A full-text catalog of the current database by name, and its number of indexed rows. */
  default Optional<java.util.Map.Entry<dev.quern.catalog.meta.FullTextCatalog, Long>> fullTextCatalog(String name) {
    return Optional.empty();
  }

  /** CHANGE_TRACKING_CURRENT_VERSION(): null when the database does not track changes. */
  default Long changeTrackingCurrentVersion() {
    return null;
  }

  /** CHANGE_TRACKING_MIN_VALID_VERSION(object_id): null when the table is not tracked. */
  default Long changeTrackingMinValidVersion(int objectId) {
    return null;
  }

  /** A schema's id by name (SCHEMA_ID); by default only the fixed role schemas are known. */
  default Optional<Integer> schemaId(String name) {
    return MetadataFunctions.fixedSchemaId(name);
  }

  /** The schema_id users see for the catalog's schema id {@code catalogId} (SchemaIds). */
  default int visibleSchemaId(int catalogId) {
    return catalogId;
  }

  /** A schema's name by id (SCHEMA_NAME); by default only the fixed role schemas are known. */
  default Optional<String> schemaName(int id) {
    return Optional.ofNullable(MetadataFunctions.SCHEMAS.get(id));
  }

  default Optional<Integer> objectId(String name, String type) {
    return Optional.empty();
  }

  /** IDENT_CURRENT: the last identity value of a table (its seed before any insert). */
  default Optional<BigDecimal> identCurrent(String table) {
    return Optional.empty();
  }

  /** The table, view, sequence or procedure with this id in the current database. */
  /** The table holding indexed view {@code view}'s rows, when it has a clustered index; empty by default. */
  default Optional<dev.quern.catalog.meta.Table> indexedViewRows(dev.quern.catalog.meta.SchemaObject view) {
    return Optional.empty();
  }

  default Optional<dev.quern.catalog.meta.SchemaObject> objectById(int id) {
    return Optional.empty();
  }

  /** The constraint with this object id on a table of the current database. */
  default Optional<dev.quern.catalog.meta.Constraint> constraintById(int id) {
    return Optional.empty();
  }

  /** STATS_DATE: when statistics {@code statsId} of table {@code objectId} were last updated. */
  default Optional<java.time.LocalDateTime> statsDate(int objectId, int statsId) {
    return Optional.empty();
  }

  /** OBJECT_DEFINITION: the text of the view or procedure with this id in the current database. */
  default Optional<String> objectDefinition(int id) {
    return Optional.empty();
  }

  /**
   * FORMATMESSAGE(number): the text of message {@code number} as sys.messages holds it, in the
   * session's language or else us_english; empty when there is none.
   */
  default Optional<String> messageText(int number) {
    return Optional.empty();
  }

  /** OBJECT_NAME: the name of the object with this id in the current database. */
  default Optional<String> objectName(int id) {
    return Optional.empty();
  }

  String serverName();

  /** The client's workstation name (HOST_NAME()). */
  String hostName();

  String appName();

  Clock clock();

  int textSize();

  int lockTimeout();

  /**
   * @@OPTIONS bits.
   */
  long options();

  int nestLevel();

  /** @@PROCID: the object id of the procedure or trigger running the statement, 0 outside one. */
  default int procId() {
    return 0;
  }

  int tdsPacketSize();

  /** A database's recovery model (DATABASEPROPERTYEX 'Recovery'); its default unless overridden. */
  default String recoveryModel(String database) {
    return dev.quern.catalog.meta.Database.recoveryModel(database, java.util.Map.of());
  }

  /** Database {@code id}'s default collation (CREATE / ALTER DATABASE … COLLATE); the server's unless overridden. */
  default dev.quern.catalog.value.Collation databaseCollation(int id) {
    return dev.quern.catalog.value.SupportedCollations.DEFAULT;
  }

  /** Database id by name (case-insensitive); the system databases unless overridden. */
  default Optional<Integer> databaseId(String name) {
    for (int i = 0; i < SYSTEM_DATABASES.size(); i++) {
      if (SYSTEM_DATABASES.get(i).equalsIgnoreCase(name)) {
        return Optional.of(i + 1);
      }
    }
    if (name.equalsIgnoreCase(databaseName())) {
      return Optional.of(databaseId());
    }
    return Optional.empty();
  }

  /** Database name by id; the system databases unless overridden. */
  default Optional<String> databaseName(int id) {
    if (id >= 1 && id <= SYSTEM_DATABASES.size()) {
      return Optional.of(SYSTEM_DATABASES.get(id - 1));
    }
    return id == databaseId() ? Optional.of(databaseName()) : Optional.empty();
  }

  /** The database user of the session: sysadmin logins are dbo in every database. */
  default String userName() {
    return isSysadmin() ? "dbo" : loginName();
  }

  /** A database principal's id by name in the current database (USER_ID, DATABASE_PRINCIPAL_ID). */
  default Optional<Integer> databasePrincipalId(String name) {
    return dev.quern.engine.security.Principals.databasePrincipal(name).map(p -> p.id());
  }

  /** A database principal's name by id in the current database (USER_NAME). */
  default Optional<String> databasePrincipalName(int id) {
    return dev.quern.engine.security.Principals.databasePrincipal(id).map(p -> p.name());
  }

  /** IS_MEMBER: 1 or 0 for a role of the current database, empty for no such role. */
  default Optional<Boolean> isMember(String role) {
    return dev.quern.engine.security.Principals.inDatabaseRole(role, userName());
  }

  /** IS_ROLEMEMBER(role, principal): whether a database principal is in a role; empty for either unknown. */
  default Optional<Boolean> isRoleMember(String role, String principal) {
    return dev.quern.engine.security.Principals.databasePrincipal(principal).isEmpty()
        ? Optional.empty()
        : dev.quern.engine.security.Principals.inDatabaseRole(role, principal);
  }

  /** A server principal's id by name (SUSER_ID). */
  default Optional<Integer> serverPrincipalId(String name) {
    return dev.quern.engine.security.Principals.serverPrincipal(name).map(p -> p.id());
  }

  /** A server principal's name by id or sid (SUSER_NAME, SUSER_SNAME). */
  default Optional<String> serverPrincipalName(int id) {
    return dev.quern.engine.security.Principals.serverPrincipal(id).map(p -> p.name());
  }

  /** A SQL login created with CREATE LOGIN, by name (LOGINPROPERTY); empty for others. */
  default Optional<dev.quern.catalog.meta.Login> sqlLogin(String name) {
    return Optional.empty();
  }

  /** A server principal's name by sid (SUSER_SNAME(sid)): built-in principals' one-byte sids here. */
  default Optional<String> serverPrincipalNameBySid(byte[] sid) {
    return dev.quern.engine.security.Principals.server().stream()
        .filter(p -> java.util.Arrays.equals(p.sid(), sid)).map(p -> p.name()).findFirst();
  }

  /** The session login's principal id (SUSER_ID()). */
  default int loginId() {
    return isSysadmin() ? dev.quern.engine.security.Principals.SA_ID : 2;
  }

  /** A login's or server role's sid by name (SUSER_SID). */
  default Optional<byte[]> serverPrincipalSid(String name) {
    return dev.quern.engine.security.Principals.serverPrincipal(name).map(p -> p.sid());
  }

  /** The session login's sid (SUSER_SID()). */
  default byte[] loginSid() {
    return new byte[] {(byte) loginId()};
  }

  /** HAS_PERMS_BY_NAME: whether the session holds {@code permission}; empty for an unknown securable. */
  default Optional<Boolean> hasPermsByName(String securable, String securableClass, String permission) {
    return Optional.of(isSysadmin());
  }

  /** HAS_PERMS_BY_NAME on column {@code column} of object {@code securable}; empty for an unknown one. */
  default Optional<Boolean> hasColumnPermsByName(String securable, String column, String permission) {
    return Optional.of(isSysadmin());
  }

  /** IS_SRVROLEMEMBER: 1 or 0 for a server role, empty for no such role. */
  default Optional<Boolean> isServerRoleMember(String role) {
    return dev.quern.engine.security.Principals.inServerRole(role, isSysadmin());
  }

  /** IS_SRVROLEMEMBER(role, login): whether a login is in a server role; empty for either unknown. */
  default Optional<Boolean> isServerRoleMember(String role, String login) {
    return login.equalsIgnoreCase(loginName()) ? isServerRoleMember(role) : Optional.empty();
  }

  /** The login the session authenticated as, whatever EXECUTE AS is in force (ORIGINAL_LOGIN). */
  default String originalLogin() {
    return loginName();
  }

  /** The user's default schema (SCHEMA_NAME() without an argument). */
  default String defaultSchema() {
    return "dbo";
  }

  /** Whether the login is a member of the sysadmin fixed server role. */
  default boolean isSysadmin() {
    return "sa".equals(loginName().toLowerCase(Locale.ROOT));
  }

  /** The error the innermost CATCH block is handling; empty outside CATCH. */
  default Optional<CaughtError> currentError() {
    return Optional.empty();
  }

  /** XACT_STATE(): 1 active committable, -1 uncommittable, 0 no transaction. */
  default int xactState() {
    return transactionCount() > 0 ? 1 : 0;
  }

  /** The keys sp_set_session_context set for this session (SESSION_CONTEXT reads them). */
  /** APPLOCK_MODE: the mode the session's {@code owner} holds the application lock in, or 'NoLock'. */
  default String appLockMode(String principal, String resource, String owner) {
    throw new UnsupportedOperationException("application locks need a session");
  }

  /** APPLOCK_TEST: whether the session's {@code owner} could take {@code mode} now without waiting. */
  default boolean appLockTest(String principal, String resource, String mode, String owner) {
    throw new UnsupportedOperationException("application locks need a session");
  }

  /** The session's keys and the current database's certificates (ENCRYPTBYKEY, ENCRYPTBYCERT …). */
  default EncryptionKeys encryptionKeys() {
    throw new UnsupportedOperationException("encryption keys need a session");
  }

  default SessionContext sessionContext() {
    return new SessionContext();
  }

  /** SET CONTEXT_INFO's bytes; null when the session never set any. */
  default byte[] contextInfo() {
    return null;
  }

  /** @@FETCH_STATUS: the session's last FETCH (0 a row, -1 none, -2 a keyset row gone). */
  default int fetchStatus() {
    return -1;
  }

  /** @@CURSOR_ROWS of the last cursor the session opened. */
  default int cursorRows() {
    return 0;
  }

  /** CURSOR_STATUS(source, name). */
  default int cursorStatus(String source, String name) {
    return -3;
  }
}
