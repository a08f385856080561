package nl.stedendriehoek.kringloop.workers;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;

/**
 * Registers years for tests. Each test gets its own year code, because the tests share one database
 * and the decisions register can never be cleaned up.
 */
public final class TestYears {

  public static final List<String> ALL =
      List.of("apeldoorn", "brummen", "deventer", "epe", "heerde", "lochem", "voorst", "zutphen");

  private TestYears() {}

  public static String uniqueCode() {
    int year = 3000 + Math.floorMod(UUID.randomUUID().hashCode(), 6999);
    return "CE-" + year;
  }

  public static String register(YearWorker worker, List<String> municipalities) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String code = uniqueCode();
      Map<String, Object> result =
          worker.register(
              code, municipalities, "2026-02-13", "2026-03-31", "2026-12-31", "maandelijks");
      if (Boolean.TRUE.equals(result.get("jaarGeldig"))) {
        return code;
      }
    }
    throw new IllegalStateException("Could not register a fresh test year");
  }
}
