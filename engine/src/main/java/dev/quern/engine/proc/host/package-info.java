/**
 * The procedures health checks call to ask about the host and the instance's surroundings:
 * {@code xp_fixeddrives}, {@code xp_regread} and {@code xp_instance_regread}, {@code xp_readerrorlog}
 * and {@code sp_readerrorlog}, {@code sp_cycle_errorlog}, {@code xp_logininfo}, {@code
 * sp_validatelogins}, {@code sp_MSgetalertinfo}. Each answers what is true of a Quern server, which has no Windows
 * registry, no Windows logins, no SQL Server error log and no Agent fail-safe operator; it imports
 * the engine's procedure SPI ({@code dev.quern.engine.proc}) and nothing of the executor.
 */
package dev.quern.engine.proc.host;
