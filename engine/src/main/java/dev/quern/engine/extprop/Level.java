package dev.quern.engine.extprop;

/** One step of a level path: its type as SQL Server names it (upper case) and the item's name. */
public record Level(String type, String name) {}
