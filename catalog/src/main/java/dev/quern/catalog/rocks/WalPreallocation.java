package dev.quern.catalog.rocks;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.rocksdb.AbstractEventListener;
import org.rocksdb.MemTableInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the live WAL file its full length ahead of the writes, so that a commit's fdatasync has
 * only the data to flush.
 *
 * <p>RocksDB preallocates a WAL with {@code fallocate(FALLOC_FL_KEEP_SIZE)}: the blocks are
 * reserved but the file's length still grows with every append, and on ext4 a length change
 * makes each fdatasync commit the journal as well — one more write and cache flush per commit
 * (write + fdatasync of a 118-byte record: ~150 µs appending against ~90 µs inside the length,
 * measured on this project's disk). RocksDB's writer can preallocate without KEEP_SIZE, but its
 * file system hard-wires KEEP_SIZE for WALs (FileSystem::OptimizeForLogWrite, for the sake of
 * a transaction-log-iterator test) and RocksJava has no way to set it. So this does what that
 * option would: {@code fallocate(mode 0)} over the WAL's first {@link #size} bytes, which
 * reserves blocks and sets the length but never changes a byte already written. A write into
 * the reserved range then changes the extent map once per file-system block (4 KiB: one commit
 * in ~30 of single-row size) and the length never.
 *
 * <p>Recovery is unchanged in substance: RocksDB writes its WAL at its own offset (opened
 * without O_APPEND), and its log reader skips a zero-filled tail without reporting corruption
 * (a zero header is the "preallocated region" record type), exactly what it meets after a crash
 * in a WAL it preallocated itself. A WAL RocksDB closes is truncated back to its data (its
 * writer's Close). Each new WAL is extended when RocksDB switches to it (the listener's
 * memtable-sealed event) and once after open, on a thread of its own so no writer waits; the
 * first few commits into a new WAL may still append.
 */
final class WalPreallocation implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WalPreallocation.class);
  private static final int O_WRONLY = 0x1;
  private static final int O_CLOEXEC = 0x80000;

  private static final MethodHandle OPEN;
  private static final MethodHandle FALLOCATE;
  private static final MethodHandle CLOSE;

  static {
    MethodHandle open = null;
    MethodHandle fallocate = null;
    MethodHandle close = null;
    try {
      Linker linker = Linker.nativeLinker();
      SymbolLookup libc = linker.defaultLookup();
      open = linker.downcallHandle(libc.find("open").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
          Linker.Option.firstVariadicArg(2));
      fallocate = linker.downcallHandle(libc.find("fallocate").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
              ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
      close = linker.downcallHandle(libc.find("close").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("WAL preallocation unavailable: {}", e.toString());
      open = null;
    }
    OPEN = open;
    FALLOCATE = fallocate;
    CLOSE = close;
  }

  private final Path dir;
  private final long size;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("quern-wal-prealloc").factory());
  private final AbstractEventListener listener;

  /** Extends the WALs RocksDB writes in {@code dir} to {@code size} bytes each. */
  WalPreallocation(Path dir, long size) {
    this.dir = dir;
    this.size = size;
    this.listener = new AbstractEventListener(
        AbstractEventListener.EnabledEventCallback.ON_MEMTABLE_SEALED) {
      @Override
      public void onMemTableSealed(MemTableInfo info) {
        // RocksDB creates the next WAL before it seals the memtable the last one fed.
        extendLiveWalLater();
      }
    };
  }

  /** Whether this platform can do it at all (libc's fallocate reachable). */
  static boolean available() {
    return OPEN != null;
  }

  /** To be registered in the options the database opens with. */
  AbstractEventListener listener() {
    return listener;
  }

  /** Extends the newest WAL on the worker thread. */
  void extendLiveWalLater() {
    try {
      worker.execute(this::extendLiveWal);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // closing: nothing more to extend
    }
  }

  /** Extends the newest WAL now; true when it was extended (or already long enough). */
  boolean extendLiveWal() {
    Optional<Path> wal = newestWal();
    return wal.isPresent() && extend(wal.get());
  }

  private Optional<Path> newestWal() {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".log"))
          .filter(p -> walNumber(p) >= 0)
          .max(Comparator.comparingLong(WalPreallocation::walNumber));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The number of a WAL file (NNNNNN.log), or -1 for another name (such as LOG). */
  private static long walNumber(Path p) {
    String name = p.getFileName().toString();
    String digits = name.substring(0, name.length() - ".log".length());
    if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(digits);
  }

  /**
   * fallocate(mode 0) over [0, size): allocates what is not allocated yet and sets the length to
   * at least {@code size}; data already written is never touched, so racing RocksDB's appends is
   * harmless. A WAL deleted meanwhile, or a file system without fallocate, is left as it is.
   */
  private boolean extend(Path wal) {
    if (!available()) {
      return false;
    }
    try (Arena arena = Arena.ofConfined()) {
      int fd = (int) OPEN.invokeExact(arena.allocateFrom(wal.toString()), O_WRONLY | O_CLOEXEC);
      if (fd < 0) {
        return false;
      }
      try {
        int r = (int) FALLOCATE.invokeExact(fd, 0, 0L, size);
        return r == 0;
      } finally {
        int ignored = (int) CLOSE.invokeExact(fd);
      }
    } catch (Throwable e) {
      LOG.debug("WAL preallocation of {} failed: {}", wal, e.toString());
      return false;
    }
  }

  /**
   * Extends no more WAL, once the extensions under way are done: before the store's last flush,
   * whose new WAL RocksDB's close cuts back to its data (extended after that, it would stay at
   * full length). The listener stays RocksDB's until {@link #close}.
   */
  void stop() {
    worker.shutdown();
    try {
      worker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
    listener.close();
  }
}
