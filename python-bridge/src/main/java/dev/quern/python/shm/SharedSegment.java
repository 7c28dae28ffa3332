package dev.quern.python.shm;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.UUID;

/**
 * A shared-memory segment: a file under /dev/shm mapped here with the FFM API and by the satellite
 * with mmap. The first half is the input region (Java writes), the second the output region.
 * Once the satellite has mapped it the file is unlinked, so the memory is freed with the last
 * mapping even if either side dies; {@link #close()} unmaps it here.
 */
public final class SharedSegment implements AutoCloseable {
  private final Path path;
  private final long size;
  private final Arena arena;
  private final MemorySegment memory;

  private SharedSegment(Path path, long size, Arena arena, MemorySegment memory) {
    this.path = path;
    this.size = size;
    this.arena = arena;
    this.memory = memory;
  }

  /**
   * Creates and maps a segment of {@code size} bytes in {@code dir}, readable and writable only
   * by {@code owner} (the satellite's account; null keeps the server's own).
   */
  public static SharedSegment create(Path dir, long size, UserPrincipal owner) throws IOException {
    Path path = dir.resolve("quern-" + UUID.randomUUID());
    Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Arena arena = Arena.ofShared();
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      if (owner != null) {
        Files.setOwner(path, owner);
      }
      ch.truncate(size);
      // Extend the file to its size (tmpfs allocates pages only when touched).
      ch.write(java.nio.ByteBuffer.wrap(new byte[1]), size - 1);
      MemorySegment memory = ch.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
      return new SharedSegment(path, size, arena, memory);
    } catch (IOException | RuntimeException e) {
      arena.close();
      Files.deleteIfExists(path);
      throw e;
    }
  }

  public Path path() {
    return path;
  }

  public long size() {
    return size;
  }

  public long half() {
    return size / 2;
  }

  /** Where Java writes chunks for the satellite. */
  public MemorySegment inputRegion() {
    return memory.asSlice(0, half());
  }

  /** The bytes of a chunk the satellite announced, checked against the segment's bounds. */
  public MemorySegment chunk(long offset, long length) throws IOException {
    if (offset < 0 || length < 0 || offset > size || length > size - offset) {
      throw new IOException("chunk " + offset + "+" + length + " outside a segment of " + size + " bytes");
    }
    return memory.asSlice(offset, length);
  }

  /** Removes the file name; the mappings stay valid. */
  public void unlink() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Already gone or the directory went away: nothing holds memory by name any more.
    }
  }

  @Override
  public void close() {
    unlink();
    if (arena.scope().isAlive()) {
      arena.close();
    }
  }
}
