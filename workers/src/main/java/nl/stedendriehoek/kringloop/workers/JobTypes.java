package nl.stedendriehoek.kringloop.workers;

/**
 * The job types of the BPMN service tasks in {@code processes/}, shared with the {@code @JobWorker}
 * methods that handle them. The model test fails when a BPMN job type has no worker here.
 */
public final class JobTypes {

  public static final String YEAR_REGISTER = "kringloop-jaar-registreren";
  public static final String SCAN_RECORD = "kringloop-scan-vastleggen";
  public static final String SCAN_EXTEND_DEADLINE = "kringloop-scan-deadline-verlengen";
  public static final String SCAN_AGGREGATE = "kringloop-scan-aggregeren";
  public static final String STAKEHOLDER_INPUT_RECORD = "kringloop-stakeholderinput-vastleggen";
  public static final String PROPOSAL_VALIDATE = "kringloop-voorstel-valideren";
  public static final String FOCUS_POINTS_ADOPT = "kringloop-focuspunten-vaststellen";
  public static final String DECISION_REGISTER = "kringloop-besluit-registreren";
  public static final String NOTIFICATION_SEND = "kringloop-notificatie-versturen";
  public static final String SCAN_REPORT_GENERATE = "kringloop-scanrapport-opstellen";
  public static final String PROPOSAL_DOCUMENT_GENERATE =
      "kringloop-focusvoorstel-document-opstellen";

  private JobTypes() {}
}
