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

  public static final String PROJECT_PLAN_RECORD = "kringloop-projectplan-vastleggen";
  public static final String ANNUAL_PLAN_COMPILE = "kringloop-jaarplan-opstellen";
  public static final String EXECUTION_START = "kringloop-uitvoering-starten";
  public static final String RESULT_RECORD = "kringloop-resultaat-vastleggen";
  public static final String PROGRESS_RECORD = "kringloop-voortgang-vastleggen";
  public static final String PROJECT_FINISH = "kringloop-project-afronden";
  public static final String EVALUATION_COMPILE = "kringloop-evaluatie-opstellen";
  public static final String EVALUATION_RECORD = "kringloop-evaluatie-vastleggen";
  public static final String GO_NO_GO_CHECK = "kringloop-go-no-go-controleren";
  public static final String NEXT_YEAR_START = "kringloop-volgend-jaar-starten";
  public static final String YEAR_CLOSE = "kringloop-jaar-afsluiten";

  public static final String MEETING_START = "kringloop-overleg-plannen";
  public static final String MEETING_REGISTER = "kringloop-overleg-registreren";
  public static final String MEETING_INVITE = "kringloop-overleg-uitnodigen";
  public static final String MINUTES_RECORD = "kringloop-notulen-vastleggen";

  private JobTypes() {}
}
