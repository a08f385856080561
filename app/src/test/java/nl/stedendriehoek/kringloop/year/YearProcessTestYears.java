package nl.stedendriehoek.kringloop.year;

/** Year codes as the next-year worker derives them. */
final class YearProcessTestYears {

  private YearProcessTestYears() {}

  static String next(String year) {
    return "CE-" + (Integer.parseInt(year.substring(3)) + 1);
  }
}
