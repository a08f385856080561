package nl.stedendriehoek.kringloop.engine.api;

/** A file to deploy: {@code .bpmn}, {@code .dmn} or {@code .form}, recognised by its name. */
public record Resource(String name, byte[] content) {}
