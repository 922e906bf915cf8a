package io.instruct4j.selfinstruct.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rejects instructions that start with one of some phrases, ignoring case. The paper uses it
 * for "Write a program": the model tends to prefix existing tasks with it, and it is unclear
 * whether the answer should be a program or the result.
 */
public final class StartsWithFilter implements InstructionFilter {

  private static final long serialVersionUID = 1L;

  public static final String WRITE_A_PROGRAM = "write_a_program";
  /** The paper's phrase. */
  public static final List<String> ENGLISH_PROGRAM = List.of("Write a program");
  /** Its Chinese counterparts. */
  public static final List<String> CHINESE_PROGRAM = List.of("编写一个程序", "写一个程序", "编写程序", "写程序");

  private final String name;
  private final List<String> prefixes;

  /**
   * @param name the filter's name in reject records
   * @param prefixes the phrases; none may be blank
   */
  public StartsWithFilter(String name, List<String> prefixes) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a starts-with filter needs a name, got '" + name + "'");
    }
    Objects.requireNonNull(prefixes, "prefixes");
    if (prefixes.isEmpty()) {
      throw new IllegalArgumentException("starts-with filter '" + name + "' has no prefixes");
    }
    for (String p : prefixes) {
      if (p == null || p.isBlank()) {
        throw new IllegalArgumentException("starts-with filter '" + name + "' has a blank prefix: " + prefixes);
      }
    }
    this.name = name;
    this.prefixes = List.copyOf(prefixes);
  }

  /** The "Write a program" filter; zh also rejects "编写一个程序", "写一个程序", "编写程序", "写程序". */
  public static StartsWithFilter writeAProgram(String language) {
    LengthFilter.requireLanguage(language);
    List<String> all = new ArrayList<>(ENGLISH_PROGRAM);
    if (language.equals("zh")) {
      all.addAll(CHINESE_PROGRAM);
    }
    return new StartsWithFilter(WRITE_A_PROGRAM, all);
  }

  public List<String> prefixes() {
    return prefixes;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<String> reject(String instruction) {
    String s = Objects.requireNonNull(instruction, "instruction").strip();
    for (String p : prefixes) {
      if (s.regionMatches(true, 0, p, 0, p.length())) {
        return Optional.of("starts with '" + p + "'");
      }
    }
    return Optional.empty();
  }
}
