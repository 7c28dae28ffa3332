/**
 * Principals and what they may do: the built-in principals ({@link
 * dev.quern.engine.security.Principals}: sa, the fixed server roles, each database's fixed users and
 * roles), how a login maps to its user in a database ({@link dev.quern.engine.security.Access}),
 * the permission rules ({@link dev.quern.engine.security.Permissions}: DENY wins, db_owner passes,
 * fixed roles imply), the built-in permission hierarchy ({@link
 * dev.quern.engine.security.BuiltinPermissions}, fn_builtin_permissions), password hashing and policy, and login authentication against the catalog's
 * created logins. The created principals, memberships and permissions themselves are catalog
 * records ({@code dev.quern.catalog.meta.Security}). Imports the catalog's metadata and nothing of
 * the engine: sessions ({@code session.SessionSecurity}, {@code session.PermissionGate}) apply it.
 */
package dev.quern.engine.security;
