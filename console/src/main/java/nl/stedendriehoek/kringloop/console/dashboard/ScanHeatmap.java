package nl.stedendriehoek.kringloop.console.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.Theme;
import nl.stedendriehoek.kringloop.workers.scan.ScanAnswer;
import nl.stedendriehoek.kringloop.workers.scan.ThemeScan;

/**
 * The scan heatmap: per participating municipality (rows) and theme (columns) the relevance it
 * gave (1–5) and the role it intends; a row without a scan is "not submitted".
 */
record ScanHeatmap(List<Theme> themes, List<Row> rows) {

  record Cell(int theme, int relevance, String role, int capacityHours) {}

  record Row(String municipalityCode, String municipality, boolean submitted, List<Optional<Cell>> cells) {}

  static ScanHeatmap of(List<Theme> themes, List<Municipality> participating, List<ThemeScan> scans) {
    Map<String, ThemeScan> byMunicipality = new HashMap<>();
    scans.forEach(scan -> byMunicipality.put(scan.municipalityCode(), scan));
    List<Row> rows = new ArrayList<>();
    for (Municipality municipality : participating) {
      ThemeScan scan = byMunicipality.get(municipality.code());
      Map<Integer, ScanAnswer> answers = new HashMap<>();
      if (scan != null) {
        scan.answers().forEach(a -> answers.put(a.themeNumber(), a));
      }
      List<Optional<Cell>> cells = themes.stream()
          .map(t -> Optional.ofNullable(answers.get(t.number()))
              .map(a -> new Cell(t.number(), a.relevance(), a.role().formValue(), a.capacityHours())))
          .toList();
      rows.add(new Row(municipality.code(), municipality.name(), scan != null, cells));
    }
    return new ScanHeatmap(List.copyOf(themes), List.copyOf(rows));
  }

  public boolean isEmpty() {
    return rows.stream().noneMatch(Row::submitted);
  }

  /** The average relevance per theme over the submitted scans (0 when none). */
  public List<Double> averages() {
    List<Double> averages = new ArrayList<>();
    for (int i = 0; i < themes.size(); i++) {
      int index = i;
      averages.add(rows.stream().map(r -> r.cells().get(index)).flatMap(Optional::stream)
          .mapToInt(Cell::relevance).average().orElse(0));
    }
    return averages;
  }
}
