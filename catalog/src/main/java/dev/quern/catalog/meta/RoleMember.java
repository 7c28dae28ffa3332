package dev.quern.catalog.meta;

/**
 * A role membership: in database {@code databaseId} (sys.database_role_members), or of a server
 * role when {@code databaseId} is 0 (sys.server_role_members, ids are server principal ids).
 */
public record RoleMember(int databaseId, int roleId, int memberId) {}
