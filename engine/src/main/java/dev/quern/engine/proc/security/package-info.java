/**
 * The security system procedures: activating application roles (sp_setapprole, sp_unsetapprole),
 * the reports on principals and permissions (sp_helpuser, sp_helplogins, sp_helprole …,
 * sp_helprotect), orphaned users (sp_change_users_login), and the legacy procedures that SQL Server
 * keeps as spellings of CREATE/ALTER/DROP LOGIN, USER and ROLE (sp_addlogin, sp_adduser …), which
 * run those statements so that permissions and errors are theirs. Reads the catalog's security
 * records through the session; imports nothing of the wire.
 */
package dev.quern.engine.proc.security;
