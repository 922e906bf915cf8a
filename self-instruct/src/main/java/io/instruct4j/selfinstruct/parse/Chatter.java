package io.instruct4j.selfinstruct.parse;

import java.util.regex.Pattern;

/**
 * Recognizes the closing remarks chat models add right after the requested content ("Let me
 * know if you need more!", "希望这些任务对你有帮助"), so they are not glued onto the last item.
 * Deliberately narrow: a false hit would cut a real instruction, while a remark set off by a
 * blank line is dropped by the parsers anyway.
 */
final class Chatter {

  private static final Pattern CLOSING = Pattern.compile(
      "^(?:\\*\\*|__)?(?:"
          + "i hope|hope (?:this|these|that|you)|let me know|feel free|would you like"
          + "|if you(?:'d| would) like|if you need (?:more|additional|any|further)|happy to help"
          + "|希望(?:这些|以上|对你|对您|能|你|您)|如果(?:您|你)还?需要(?:更多|其他|其它|别的)"
          + "|如需(?:更多|其他|其它)|以上(?:是|就是|为|这些)|需要更多|请告诉我|还需要(?:更多|其他|其它))",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Chatter() {}

  static boolean isClosingRemark(String line) {
    return CLOSING.matcher(line.strip()).find();
  }
}
