package dev.quern.engine.plan;

/**
 * What a statement bound late needs from the batch it belongs to (its variables, the built-in
 * functions); implemented by the binder's context, opaque to the plan.
 */
public interface BindingScope {}
