package nl.stedendriehoek.kringloop.workers.nextyear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The year a year led to, with the process instance that runs it; one successor per year. */
@Entity
@Table(schema = "domain", name = "year_succession")
public class YearSuccession {

  @Id
  @Column(name = "from_year_code")
  private String fromYearCode;

  @Column(name = "to_year_code", nullable = false)
  private String toYearCode;

  @Column(name = "process_instance_key", nullable = false)
  private long processInstanceKey;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  protected YearSuccession() {}

  YearSuccession(String fromYearCode, String toYearCode, long processInstanceKey, Instant startedAt) {
    this.fromYearCode = fromYearCode;
    this.toYearCode = toYearCode;
    this.processInstanceKey = processInstanceKey;
    this.startedAt = startedAt;
  }

  public String toYearCode() {
    return toYearCode;
  }

  public long processInstanceKey() {
    return processInstanceKey;
  }
}
