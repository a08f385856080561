package nl.stedendriehoek.kringloop.workers.demo;

import java.util.Locale;

/**
 * Where the demo year rests ({@code kringloop.demo-year.until}): {@code next-year} (the default)
 * plays the whole year up to the next year's theme scan; {@code execution} stops with the projects
 * running, each with its first result delivered.
 */
enum DemoYearEnd {
  EXECUTION,
  NEXT_YEAR;

  static DemoYearEnd of(String property) {
    String name = property == null ? "" : property.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (DemoYearEnd end : values()) {
      if (end.name().equals(name)) {
        return end;
      }
    }
    throw new IllegalArgumentException("kringloop.demo-year.until must be 'execution' or 'next-year', not '"
        + property + "'");
  }
}
