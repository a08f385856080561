package nl.stedendriehoek.kringloop.console.operate;

/** What a process owner did to a running instance through Operate. */
public enum AuditAction {
  VARIABELE_GEWIJZIGD,
  INCIDENT_OPNIEUW,
  INSTANTIE_GEANNULEERD
}
