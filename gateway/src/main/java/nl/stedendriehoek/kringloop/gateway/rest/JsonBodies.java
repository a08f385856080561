package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;

/**
 * Reads request bodies strictly into the client's generated request models: malformed JSON, a
 * wrong type, an unknown field or an unknown enum value is an {@link InvalidRequestException}
 * naming the field, raised before anything reaches the engine. Kept apart from the application's
 * ObjectMapper so the rest of the app is unaffected.
 */
public final class JsonBodies {

  private static final String UNKNOWN_ENUM = "UNKNOWN_DEFAULT_OPEN_API";

  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new SimpleModule().setDeserializerModifier(new RejectUnknownEnumValues()))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** The body as {@code type}; an empty body is an empty request. */
  public <T> T read(byte[] body, Class<T> type) {
    try {
      if (body == null || body.length == 0 || new String(body).isBlank()) {
        return mapper.readValue("{}", type);
      }
      return mapper.readValue(body, type);
    } catch (IOException e) {
      throw invalid(e);
    }
  }

  /** The body as a JSON tree (searches), which must be an object. */
  public JsonNode tree(byte[] body) {
    try {
      if (body == null || body.length == 0 || new String(body).isBlank()) {
        return mapper.createObjectNode();
      }
      JsonNode node = mapper.readTree(body);
      if (!node.isObject()) {
        throw new InvalidRequestException("Expected the request body to be a JSON object, but got " + node.getNodeType());
      }
      return node;
    } catch (IOException e) {
      throw invalid(e);
    }
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  static InvalidRequestException invalid(IOException e) {
    if (e instanceof JsonParseException parse) {
      return new InvalidRequestException("Expected the request body to be valid JSON, but it is malformed: "
          + parse.getOriginalMessage() + " (line " + parse.getLocation().getLineNr() + ", column "
          + parse.getLocation().getColumnNr() + ")");
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new InvalidRequestException("Unknown field '" + path(unknown) + "'; expected one of "
          + unknown.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException format) {
      return new InvalidRequestException("Expected field '" + path(format) + "' to be "
          + describe(format.getTargetType()) + ", but got '" + format.getValue() + "'");
    }
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return new InvalidRequestException("Expected field '" + path(mismatch) + "' to be "
          + describe(mismatch.getTargetType()) + ": " + mismatch.getOriginalMessage());
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new InvalidRequestException("Invalid field '" + path(mapping) + "': " + mapping.getOriginalMessage());
    }
    String message = e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
    return new InvalidRequestException("Expected a valid JSON request body: " + message);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .filter(v -> !v.equals(UNKNOWN_ENUM)).collect(Collectors.joining(", ", "[", "]"));
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number (" + type.getSimpleName() + ")";
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "a JSON object";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a JSON array";
    }
    return "a " + type.getSimpleName();
  }

  /**
   * The generated enums map any unknown text to {@code UNKNOWN_DEFAULT_OPEN_API} instead of
   * failing (lenient for responses); for requests that must be a 400 naming the field.
   */
  private static final class RejectUnknownEnumValues extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config, JavaType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return new StrictEnumDeserializer(deserializer, type.getRawClass());
    }
  }

  private static final class StrictEnumDeserializer extends DelegatingDeserializer {
    private final Class<?> enumType;

    StrictEnumDeserializer(JsonDeserializer<?> delegate, Class<?> enumType) {
      super(delegate);
      this.enumType = enumType;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new StrictEnumDeserializer(newDelegatee, enumType);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object value = super.deserialize(p, ctxt);
      if (value instanceof Enum<?> constant && constant.name().equals(UNKNOWN_ENUM)) {
        throw InvalidFormatException.from(p, "unknown enum value", p.getText(), enumType);
      }
      return value;
    }
  }
}
