package nl.stedendriehoek.kringloop.console.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.console.operate.OperateAccess;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import nl.stedendriehoek.kringloop.workers.decision.Decision;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The year dashboard at {@code /dashboard} (every logged-in user) and its CSV exports of the
 * decisions register and the scan heatmap.
 */
@Controller
class DashboardController {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final YearDashboard dashboards;

  DashboardController(YearDashboard dashboards) {
    this.dashboards = dashboards;
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(name = "jaar", required = false) String year, Authentication authentication,
      Model model) {
    List<String> codes = dashboards.yearCodes();
    String chosen = year != null && codes.contains(year) ? year : codes.isEmpty() ? null : codes.get(0);
    model.addAttribute("years", codes);
    model.addAttribute("chosen", chosen);
    model.addAttribute("unknownYear", year != null && !codes.contains(year));
    model.addAttribute("dashboard", chosen == null ? null : dashboards.of(chosen).orElse(null));
    model.addAttribute("mayOperate", OperateAccess.mayRead(CurrentUser.of(authentication)));
    return "dashboard/dashboard";
  }

  @GetMapping("/dashboard/besluiten.csv")
  ResponseEntity<String> decisions(@RequestParam("jaar") String year) {
    requireYear(year);
    List<List<String>> rows = new ArrayList<>();
    for (Decision d : dashboards.decisions(year)) {
      rows.add(List.of(d.yearCode(), d.gate().name(), String.valueOf(d.round()), d.outcome().name(),
          DATE_TIME.format(d.decidedAt().atZone(YearDashboard.REGION)), d.decidedBy(),
          Optional.ofNullable(d.rationale()).orElse(""), Optional.ofNullable(d.changes()).orElse("")));
    }
    String csv = Csv.of(List.of("jaar", "besluitpunt", "ronde", "uitkomst", "datum", "besloten door", "motivering",
        "wijzigingen"), rows);
    return download("besluiten-" + year + ".csv", csv);
  }

  @GetMapping("/dashboard/heatmap.csv")
  ResponseEntity<String> heatmap(@RequestParam("jaar") String year) {
    ScanHeatmap heatmap = dashboards.heatmapOf(year).orElseThrow(() -> unknown(year));
    List<List<String>> rows = new ArrayList<>();
    for (ScanHeatmap.Row row : heatmap.rows()) {
      for (int i = 0; i < heatmap.themes().size(); i++) {
        var theme = heatmap.themes().get(i);
        var cell = row.cells().get(i);
        rows.add(List.of(row.municipality(), String.valueOf(theme.number()), theme.name(),
            cell.map(c -> String.valueOf(c.relevance())).orElse(""), cell.map(ScanHeatmap.Cell::role).orElse(""),
            cell.map(c -> String.valueOf(c.capacityHours())).orElse("")));
      }
    }
    String csv = Csv.of(List.of("gemeente", "thema", "themanaam", "relevantie", "rol", "capaciteit (uren)"), rows);
    return download("themascan-" + year + ".csv", csv);
  }

  private void requireYear(String year) {
    if (!dashboards.exists(year)) {
      throw unknown(year);
    }
  }

  private static ResponseStatusException unknown(String year) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "No year " + year);
  }

  private static ResponseEntity<String> download(String filename, String csv) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(csv);
  }
}
