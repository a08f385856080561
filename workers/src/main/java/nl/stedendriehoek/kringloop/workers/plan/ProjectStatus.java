package nl.stedendriehoek.kringloop.workers.plan;

/** Where a project stands: planned, running, finished with every result delivered, or not. */
public enum ProjectStatus {
  GEPLAND,
  IN_UITVOERING,
  AFGEROND,
  NIET_VOLLEDIG
}
