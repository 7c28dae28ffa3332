package dev.quern.engine.security;

/**
 * A login as the session runs under it: name as stored, principal id, sid (what users map to),
 * and whether it is in the sysadmin role. sa is principal 1 with sid 0x01.
 */
public record LoginIdentity(String name, int id, byte[] sid, boolean sysadmin) {
  public static final LoginIdentity SA = new LoginIdentity(Principals.SA, Principals.SA_ID, new byte[] {Principals.SA_ID}, true);
}
