package nl.stedendriehoek.kringloop.workers.year;

/** A job names a year that was never registered; the job fails and becomes an incident. */
public class UnknownYearException extends RuntimeException {

  public UnknownYearException(String code) {
    super("Year '" + code + "' is not registered in the domain database");
  }
}
