package nl.stedendriehoek.kringloop.engine.query;

import java.util.List;

/**
 * One part of a search filter. All conditions of a {@link Filter} must hold.
 *
 * <ul>
 *   <li>{@link Criterion}: a field compared with an operand ({@code state $eq "ACTIVE"});
 *   <li>{@link AnyOf}: at least one of several filters holds ({@code $or}); none given holds;
 *   <li>{@link VariableMatch}: a variable of that name exists whose JSON value satisfies every
 *       criterion on field {@code value} (the process-instance {@code variables} filter).
 * </ul>
 */
public sealed interface Condition {

  /** @param operand a String, Number or Boolean, or a List of those for $in/$notIn */
  record Criterion(String field, Operator operator, Object operand) implements Condition {}

  record AnyOf(List<Filter> alternatives) implements Condition {}

  record VariableMatch(String field, String name, List<Criterion> value) implements Condition {}
}
