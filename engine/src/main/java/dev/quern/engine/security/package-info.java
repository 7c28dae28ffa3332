/**
 * The principals Quern has (the sa login, the fixed server roles, each database's fixed users and
 * roles) and who is a member of which role: what the catalog views (sys.server_principals,
 * sys.database_principals) and the security functions (IS_MEMBER, IS_SRVROLEMEMBER,
 * DATABASE_PRINCIPAL_ID) answer from. Imports nothing of the engine.
 */
package dev.quern.engine.security;
