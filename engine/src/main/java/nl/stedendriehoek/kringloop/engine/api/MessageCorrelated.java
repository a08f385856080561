package nl.stedendriehoek.kringloop.engine.api;

/** The answer to correlate-message: the message's key and the first process instance it reached. */
public record MessageCorrelated(long messageKey, long processInstanceKey) {}
