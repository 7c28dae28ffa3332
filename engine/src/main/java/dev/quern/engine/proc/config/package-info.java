/**
 * sp_configure: shows and sets server configuration options kept by {@link
 * dev.quern.engine.external.ServerConfiguration}. Must not import the executor or the wire.
 */
package dev.quern.engine.proc.config;
