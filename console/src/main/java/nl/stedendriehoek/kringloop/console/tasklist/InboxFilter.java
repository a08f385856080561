package nl.stedendriehoek.kringloop.console.tasklist;

import java.util.Arrays;
import java.util.Locale;

/** The inbox's views; the parameter values are the Dutch words in the URL. */
enum InboxFilter {
  MIJN,
  GROEP,
  ALLE,
  AFGEROND;

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  static InboxFilter fromParameter(String value) {
    return Arrays.stream(values()).filter(f -> f.parameter().equals(value)).findFirst().orElse(ALLE);
  }
}
