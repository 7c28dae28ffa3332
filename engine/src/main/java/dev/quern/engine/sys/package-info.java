/**
 * System catalog views and DMVs as a registry of small classes ({@link
 * dev.quern.engine.sys.SystemViews}): each declares SQL Server's columns and produces its rows
 * from the session and server state. Imports session and the catalog's types; never exec or the
 * wire.
 */
package dev.quern.engine.sys;
