package nl.stedendriehoek.kringloop.database;

import java.sql.SQLException;

/** The configured PostgreSQL cannot be reached or refuses the login. */
public final class DatabaseUnreachableException extends IllegalStateException {

  private final String url;

  public DatabaseUnreachableException(String url, SQLException cause) {
    super("Cannot connect to PostgreSQL at " + url + ": " + rootMessage(cause), cause);
    this.url = url;
  }

  public String url() {
    return url;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = error.getMessage();
    if (root != error && root.getMessage() != null && !message.contains(root.getMessage())) {
      message = message + " (" + root.getMessage() + ")";
    }
    return message;
  }
}
