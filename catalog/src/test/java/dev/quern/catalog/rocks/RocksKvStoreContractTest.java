package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvStore;
import dev.quern.catalog.kv.KvStoreContract;
import java.nio.file.Path;

/** The storage SPI contract on the durable RocksDB store. */
class RocksKvStoreContractTest extends KvStoreContract {
  @Override
  protected KvStore openStore(Path dir) {
    return RocksKvStore.open(dir);
  }
}
