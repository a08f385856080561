package nl.stedendriehoek.kringloop.workers.focus;

/** Where one round of the focus proposal stands. */
public enum ProposalStatus {
  /** Valid and on its way through advice, discussion and the AB. */
  INGEDIEND,
  /** Replaced by a newer round before anyone decided on it. */
  VERVANGEN,
  AFGEWEZEN,
  GOEDGEKEURD,
  /** Approved on condition of changes; the kwartiermaker submits the changed round. */
  GOEDGEKEURD_MET_WIJZIGINGEN,
  /** The focus points of the year; the annual plan (part 2) builds on them. */
  VASTGESTELD
}
