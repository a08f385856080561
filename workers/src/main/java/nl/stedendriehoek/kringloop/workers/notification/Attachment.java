package nl.stedendriehoek.kringloop.workers.notification;

/** A file sent along with an outbox message, such as a meeting invitation's {@code .ics}. */
public record Attachment(String name, String contentType, byte[] content) {}
