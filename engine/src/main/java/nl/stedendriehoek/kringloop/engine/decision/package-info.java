/**
 * DMN: decisions parsed with dmn-scala at deployment (a DMN resource that does not parse is
 * refused), cached per decision-requirements version, looked up by decision id (latest version)
 * and evaluated for business rule tasks with {@code zeebe:calledDecision}.
 */
package nl.stedendriehoek.kringloop.engine.decision;
