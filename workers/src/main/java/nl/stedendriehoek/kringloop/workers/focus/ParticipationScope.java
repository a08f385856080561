package nl.stedendriehoek.kringloop.workers.focus;

/** How a municipality joins a focus point: fully, or on parts only (the advice allows both). */
public enum ParticipationScope {
  VOLLEDIG,
  ONDERDELEN
}
