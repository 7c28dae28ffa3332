/**
 * Sessions: the state one client's requests run in (database, SET options, transaction, prepared
 * statements) and the engine-wide context sessions share. The session implements the engine API
 * and drives the interpreter in {@code exec}. Must not import the wire ({@code dev.quern.tds}).
 */
package dev.quern.engine.session;
