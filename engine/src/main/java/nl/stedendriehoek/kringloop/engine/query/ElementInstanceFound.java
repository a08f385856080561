package nl.stedendriehoek.kringloop.engine.query;

import nl.stedendriehoek.kringloop.engine.api.ElementInstanceView;

/** An element instance found by a search, with the key of its oldest open incident (or null). */
public record ElementInstanceFound(ElementInstanceView element, Long incidentKey) {}
