package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;

/**
 * Writes the security records of a catalog in the caller's transaction (so CREATE LOGIN or GRANT
 * rolled back leaves nothing, as any DDL): login names are unique server-wide, user and role names
 * per database (claimed like object names, {@link DuplicateNameException} when taken). Ids come
 * from durable counters: logins from 256, database principals from 5 (after sys), as SQL Server
 * numbers the principals it creates.
 */
public final class CatalogSecurity {
  private static final byte LOGIN_NAMES = 0x04;
  private static final byte PRINCIPAL_NAMES = 0x05;
  private static final byte PRINCIPAL_IDS = 'p';

  private final Catalog catalog;

  CatalogSecurity(Catalog catalog) {
    this.catalog = catalog;
  }

  /** A fresh login id (scope 0) or principal id of database {@code databaseId}. */
  public int newPrincipalId(int databaseId) {
    return Math.toIntExact(catalog.counters().next(
        SystemKeys.counter(PRINCIPAL_IDS, databaseId), databaseId == 0 ? 256 : 5, 10));
  }

  /** A restored database's principal ids continue above {@code highest}, its highest restored one. */
  void restorePrincipalIds(int databaseId, int highest) {
    catalog.counters().advance(SystemKeys.counter(PRINCIPAL_IDS, databaseId), 5, highest);
  }

  /** CREATE LOGIN ({@code old} null) or ALTER LOGIN. */
  public void saveLogin(KvTxn txn, Login old, Login login) {
    rename(txn, LOGIN_NAMES, 0, old == null ? null : old.name(), login.name(), login.id());
    txn.put(SecurityCodec.key(login), SecurityCodec.encode(login));
    catalog.stampWritten(txn);
  }

  public void dropLogin(KvTxn txn, Login login) {
    txn.delete(SystemKeys.name(LOGIN_NAMES, 0, login.name()));
    txn.delete(SecurityCodec.key(login));
    catalog.stampWritten(txn);
  }

  /** CREATE USER / ROLE ({@code old} null) or ALTER USER / ROLE. */
  public void savePrincipal(KvTxn txn, DbPrincipal old, DbPrincipal p) {
    rename(txn, PRINCIPAL_NAMES, p.databaseId(), old == null ? null : old.name(), p.name(), p.id());
    txn.put(SecurityCodec.key(p), SecurityCodec.encode(p));
    catalog.stampWritten(txn);
  }

  public void dropPrincipal(KvTxn txn, DbPrincipal p) {
    txn.delete(SystemKeys.name(PRINCIPAL_NAMES, p.databaseId(), p.name()));
    txn.delete(SecurityCodec.key(p));
    catalog.stampWritten(txn);
  }

  public void addMember(KvTxn txn, RoleMember m) {
    txn.put(SecurityCodec.key(m), SecurityCodec.encode(m));
    catalog.stampWritten(txn);
  }

  public void dropMember(KvTxn txn, RoleMember m) {
    txn.delete(SecurityCodec.key(m));
    catalog.stampWritten(txn);
  }

  /** GRANT / DENY: replaces the row of the same securable, grantee and permission. */
  public void savePermission(KvTxn txn, Permission p) {
    txn.put(SecurityCodec.key(p), SecurityCodec.encode(p));
    catalog.stampWritten(txn);
  }

  /** REVOKE. */
  public void deletePermission(KvTxn txn, Permission p) {
    txn.delete(SecurityCodec.key(p));
    catalog.stampWritten(txn);
  }

  private void rename(KvTxn txn, byte kind, int parent, String oldName, String newName, int id) {
    if (oldName != null && Names.key(oldName).equals(Names.key(newName))) {
      return;
    }
    catalog.claimName(txn, kind, parent, newName, id);
    if (oldName != null) {
      txn.delete(SystemKeys.name(kind, parent, oldName));
    }
  }
}
