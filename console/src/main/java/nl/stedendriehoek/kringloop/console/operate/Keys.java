package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.api.command.ClientHttpException;
import java.util.function.Supplier;

/** Keys from URLs, and fetches that turn the API's 404 into {@link InstanceNotFoundException}. */
final class Keys {

  private Keys() {}

  static long parse(String what, String key) {
    try {
      long parsed = Long.parseLong(key);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // a tampered key is simply not found
    }
    throw new InstanceNotFoundException(what, key);
  }

  static <T> T found(String what, long key, Supplier<T> fetch) {
    try {
      T value = fetch.get();
      if (value == null) {
        throw new InstanceNotFoundException(what, String.valueOf(key));
      }
      return value;
    } catch (ClientHttpException e) {
      if (e.code() == 404) {
        throw new InstanceNotFoundException(what, String.valueOf(key));
      }
      throw e;
    }
  }
}
