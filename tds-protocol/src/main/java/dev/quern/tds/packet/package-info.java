/**
 * TDS packets [MS-TDS §2.2.3]: the 8-byte header, packet types, status bits, size limits, and the
 * holders for one packet and one assembled message.
 *
 * <p>Headers are parsed by their length field, never by sniffing bytes (TLS data may contain
 * 0x12). Depends only on Netty's buffers and {@code dev.quern.tds.wire}.
 */
package dev.quern.tds.packet;
