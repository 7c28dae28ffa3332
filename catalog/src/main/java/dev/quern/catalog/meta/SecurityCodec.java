package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import java.nio.charset.StandardCharsets;

/**
 * Keys and stored form of the security records (logins, database users and roles, role
 * memberships, permissions) in the catalog range, after the database, schema and object kinds: a
 * format byte, then the fields in declaration order (strings as varint length + UTF-8, nullable
 * fields behind a presence byte), as {@link MetaCodec} does for the other records.
 */
final class SecurityCodec {
  static final byte LOGIN_KIND = 0x04;
  static final byte DB_PRINCIPAL_KIND = 0x05;
  static final byte ROLE_MEMBER_KIND = 0x06;
  static final byte PERMISSION_KIND = 0x07;
  private static final int FORMAT = 1;

  private SecurityCodec() {}

  static byte[] key(Login l) {
    return SystemKeys.record(LOGIN_KIND, l.id());
  }

  static byte[] key(DbPrincipal p) {
    return prefix(DB_PRINCIPAL_KIND).putInt(p.databaseId()).putInt(p.id()).toBytes();
  }

  static byte[] key(RoleMember m) {
    return prefix(ROLE_MEMBER_KIND).putInt(m.databaseId()).putInt(m.roleId()).putInt(m.memberId()).toBytes();
  }

  static byte[] key(Permission p) {
    return prefix(PERMISSION_KIND).putInt(p.databaseId()).put(p.classId()).putInt(p.majorId())
        .putInt(p.granteeId()).put(p.permission().getBytes(StandardCharsets.UTF_8)).put(minorSuffix(p)).toBytes();
  }

  /** A column permission's key ends with a zero byte and its column id; a whole object's (as before columns) with neither. */
  private static byte[] minorSuffix(Permission p) {
    return p.minorId() == 0 ? new byte[0] : new ByteSink(5).put(0).putInt(p.minorId()).toBytes();
  }

  private static ByteSink prefix(byte kind) {
    return new ByteSink(32).put(SystemKeys.SYSTEM).put(SystemKeys.CATALOG).put(kind);
  }

  static byte[] encode(Login l) {
    ByteSink w = new ByteSink(128).put(FORMAT).putInt(l.id());
    string(w, l.name());
    bytes(w, l.sid());
    string(w, l.passwordHash());
    nullable(w, l.defaultDatabase());
    w.put(flags(l.disabled(), l.checkPolicy(), l.checkExpiration()));
    return w.putLong(l.createdMillis()).putLong(l.modifiedMillis()).toBytes();
  }

  static Login decodeLogin(byte[] b) {
    ByteSource r = reader(b);
    int id = r.getInt();
    String name = string(r);
    byte[] sid = bytes(r);
    String hash = string(r);
    String db = nullable(r);
    int f = r.get();
    return new Login(id, name, sid, hash, db, (f & 1) != 0, (f & 2) != 0, (f & 4) != 0, r.getLong(), r.getLong());
  }

  static byte[] encode(DbPrincipal p) {
    ByteSink w = new ByteSink(96).put(FORMAT).putInt(p.databaseId()).putInt(p.id());
    string(w, p.name());
    w.put(p.type());
    w.put(p.sid() == null ? 0 : 1);
    if (p.sid() != null) {
      bytes(w, p.sid());
    }
    nullable(w, p.defaultSchema());
    w.putInt(p.ownerId()).putLong(p.createdMillis()).putLong(p.modifiedMillis());
    nullable(w, p.passwordHash());
    return w.toBytes();
  }

  static DbPrincipal decodeDbPrincipal(byte[] b) {
    ByteSource r = reader(b);
    int db = r.getInt();
    int id = r.getInt();
    String name = string(r);
    char type = (char) r.get();
    byte[] sid = r.get() == 0 ? null : bytes(r);
    String schema = nullable(r);
    int owner = r.getInt();
    long created = r.getLong();
    long modified = r.getLong();
    // Records written before application roles end after the dates: no password.
    return new DbPrincipal(db, id, name, type, sid, schema, owner, created, modified, r.hasRemaining() ? nullable(r) : null);
  }

  static byte[] encode(RoleMember m) {
    return new ByteSink(16).put(FORMAT).putInt(m.databaseId()).putInt(m.roleId()).putInt(m.memberId()).toBytes();
  }

  static RoleMember decodeRoleMember(byte[] b) {
    ByteSource r = reader(b);
    return new RoleMember(r.getInt(), r.getInt(), r.getInt());
  }

  static byte[] encode(Permission p) {
    ByteSink w = new ByteSink(48).put(FORMAT).putInt(p.databaseId()).put(p.classId()).putInt(p.majorId())
        .putInt(p.granteeId());
    string(w, p.permission());
    return w.put(p.state()).putInt(p.grantorId()).putInt(p.minorId()).toBytes();
  }

  static Permission decodePermission(byte[] b) {
    ByteSource r = reader(b);
    int db = r.getInt();
    int cls = r.get();
    int major = r.getInt();
    int grantee = r.getInt();
    String perm = string(r);
    char state = (char) r.get();
    int grantor = r.getInt();
    // Records written before column permissions end after the grantor: minor_id 0.
    return new Permission(db, cls, major, r.hasRemaining() ? r.getInt() : 0, grantee, perm, state, grantor);
  }

  private static int flags(boolean... bits) {
    int f = 0;
    for (int i = 0; i < bits.length; i++) {
      f |= bits[i] ? 1 << i : 0;
    }
    return f;
  }

  private static ByteSource reader(byte[] b) {
    ByteSource r = new ByteSource(b);
    int format = r.get();
    if (format != FORMAT) {
      throw new IllegalArgumentException("Unknown security record format " + format);
    }
    return r;
  }

  private static void string(ByteSink w, String s) {
    bytes(w, s.getBytes(StandardCharsets.UTF_8));
  }

  private static void bytes(ByteSink w, byte[] b) {
    w.putVarint(b.length).put(b);
  }

  private static void nullable(ByteSink w, String s) {
    w.put(s == null ? 0 : 1);
    if (s != null) {
      string(w, s);
    }
  }

  private static String string(ByteSource r) {
    return new String(bytes(r), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(ByteSource r) {
    return r.get((int) r.getVarint());
  }

  private static String nullable(ByteSource r) {
    return r.get() == 0 ? null : string(r);
  }
}
