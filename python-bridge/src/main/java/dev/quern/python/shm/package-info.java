/**
 * The data channel: a /dev/shm segment mapped by Java (FFM {@code Arena}/{@code MemorySegment})
 * and by the satellite (mmap). Input region = first half (Java writes), output region = second
 * half (the satellite writes). A region holds one chunk at a time, a complete Arrow IPC stream
 * (schema, one record batch, end-of-stream), announced by a DATA message and released by ACK:
 * inputs and outputs larger than a region stream through it chunk by chunk, so memory stays
 * bounded on both sides. A single row larger than a region cannot be carried. Must not import the
 * engine.
 */
package dev.quern.python.shm;
