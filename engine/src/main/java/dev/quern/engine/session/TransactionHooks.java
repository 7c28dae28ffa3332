package dev.quern.engine.session;

/**
 * What the storage layer does when the session's user transaction changes: the real transaction
 * starts, commits, rolls back, or sets or rolls back to a savepoint. {@link Transactions} keeps the
 * @@TRANCOUNT rules; the hooks keep the storage transaction in step with them.
 */
public interface TransactionHooks {
  /** No storage attached (sessions that never touch a table). */
  TransactionHooks NONE =
      new TransactionHooks() {
        @Override
        public void begun() {}

        @Override
        public void committed() {}

        @Override
        public void rolledBack() {}

        @Override
        public void saved(String name) {}

        @Override
        public void rolledBackTo(String name) {}
      };

  void begun();

  void committed();

  void rolledBack();

  void saved(String name);

  void rolledBackTo(String name);
}
