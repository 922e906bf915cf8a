package io.instruct4j.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Collection;

/**
 * Condenses Jackson's exceptions into one-line reasons a user can act on, e.g.
 * {@code unknown field 'instuction'} or {@code unexpected end of input — truncated line?}.
 * The wording is for people only; nothing decides behaviour on it.
 */
final class JsonErrors {

  private JsonErrors() {}

  static String reason(JsonProcessingException e) {
    if (e instanceof JsonEOFException) {
      return "unexpected end of input — truncated line?";
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + at(u, u.getPropertyName()) + "'";
    }
    if (e instanceof StreamReadException) {
      return "invalid JSON" + column(e.getLocation()) + ": " + firstLine(e.getOriginalMessage());
    }
    if (e instanceof InvalidFormatException f) {
      return field(f) + "cannot read " + show(f.getValue()) + " as " + simpleName(f.getTargetType());
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null
        && v.getCause().getMessage() != null) {
      return field(v) + firstLine(v.getCause().getMessage());
    }
    if (e instanceof MismatchedInputException m && m.getClass() == MismatchedInputException.class) {
      if (isMissingPrimitive(m)) {
        return "missing field '" + path(m) + "'";
      }
      String found = found(m);
      if (m.getTargetType() != null && found != null) {
        return field(m) + "expected " + expected(m.getTargetType()) + ", found " + found;
      }
    }
    if (e instanceof JsonMappingException m) {
      return field(m) + firstLine(m.getOriginalMessage());
    }
    return firstLine(e.getOriginalMessage());
  }

  /** {@code field 'a.b[2]': } for a binding error below the top level, else nothing. */
  private static String field(JsonMappingException e) {
    String path = path(e);
    return path.isEmpty() ? "" : "field '" + path + "': ";
  }

  private static String at(JsonMappingException e, String leaf) {
    String path = path(e);
    return path.isEmpty() ? leaf : path;
  }

  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  /**
   * A primitive record component (e.g. {@code attempts}) absent from the object: Jackson reports
   * it as a null for a primitive once the whole object has been read, before unknown fields.
   */
  private static boolean isMissingPrimitive(MismatchedInputException e) {
    if (e.getTargetType() == null || !e.getTargetType().isPrimitive() || e.getPath().isEmpty()) {
      return false;
    }
    JsonToken token = e.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
    return token == null || token == JsonToken.END_OBJECT;
  }

  /** The JSON token the binder stopped at, from the parser that raised the error. */
  private static String found(MismatchedInputException e) {
    if (!(e.getProcessor() instanceof JsonParser parser) || parser.currentToken() == null) {
      return null;
    }
    return switch (parser.currentToken()) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> null;
    };
  }

  private static String expected(Class<?> type) {
    if (type == String.class || type == Character.class || type == char.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String column(JsonLocation location) {
    return location == null || location.getColumnNr() < 1 ? "" : " at column " + location.getColumnNr();
  }

  private static String show(Object value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }

  private static String simpleName(Class<?> type) {
    return type == null ? "the expected type" : type.getSimpleName();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable JSON";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.replace("`", "").trim();
  }
}
