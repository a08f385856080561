package nl.stedendriehoek.kringloop.engine.query;

/** How many instances of one element are active, completed, canceled, and have an open incident. */
public record ElementStatistic(String elementId, long active, long completed, long canceled, long incidents) {}
