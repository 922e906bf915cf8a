package io.instruct4j.selfqa.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one document into text: picks the extractor by extension, rejects empty and binary files,
 * detects the language unless it is configured, and derives the stable id.
 */
public final class DocumentReader implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SENTENCE_END = ".。!！?？:：;；,，";
  private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+(.+)$");

  private final String languageSetting;
  private final String fallbackLanguage;

  /**
   * @param languageSetting {@code auto}, {@code en} or {@code zh}
   * @param fallbackLanguage the language of a document without a single letter
   */
  public DocumentReader(String languageSetting, String fallbackLanguage) {
    if (!languageSetting.equals("auto") && !languageSetting.equals("en") && !languageSetting.equals("zh")) {
      throw new IllegalArgumentException("document language must be auto, en or zh, got '" + languageSetting + "'");
    }
    this.languageSetting = languageSetting;
    this.fallbackLanguage = fallbackLanguage;
  }

  /**
   * The document's text and metadata.
   *
   * @throws DocumentException naming the file, when this document cannot be used
   */
  public Document read(DocumentRef ref) {
    String file = ref.path();
    DocumentFormat format = DocumentFormat.of(ref.relativeName()).orElseThrow(() -> new DocumentException(
        DocumentException.UNSUPPORTED, file, "is not a format Self-QA reads (" + DocumentFormat.supportedExtensions()
            + "); convert it or remove it from the inputs"));
    byte[] bytes = readBytes(file);
    if (bytes.length == 0) {
      throw new DocumentException(DocumentException.EMPTY, file, "is empty (0 bytes)");
    }
    Extracted extracted = switch (format) {
      case TXT -> new Extracted(TextDecoding.decode(bytes, file), null, false);
      case MARKDOWN -> new Extracted(TextDecoding.decode(bytes, file), null, true);
      case HTML -> HtmlText.extract(TextDecoding.decode(bytes, file));
      case PDF -> PdfText.extract(bytes, file);
      case CSV -> TableText.csv(TextDecoding.decode(bytes, file), file);
      case JSON -> TableText.json(TextDecoding.decode(bytes, file), file);
    };
    String text = extracted.text();
    if (text.isBlank()) {
      throw new DocumentException(DocumentException.EMPTY, file, format == DocumentFormat.PDF
          ? "has no extractable text (a scanned PDF? run OCR on it first)"
          : "holds no text (only whitespace or markup)");
    }
    String language = languageSetting.equals("auto") ? LanguageDetector.detect(text, fallbackLanguage) : languageSetting;
    String hash = DocumentIds.contentHash(bytes);
    return new Document(DocumentIds.of(ref.relativeName(), hash), file, ref.relativeName(), format.wireName(),
        title(extracted, format, ref), language, hash, extracted.markdownHeadings(), text);
  }

  /**
   * The document's own title; else its first heading (Markdown, HTML); else, for plain text and
   * PDF, a short first line that does not end like a sentence (how titles are typed); else the
   * file name. The model sees it with every passage, so questions can name their subject.
   */
  private static String title(Extracted extracted, DocumentFormat format, DocumentRef ref) {
    if (extracted.title() != null) {
      return extracted.title();
    }
    if (extracted.markdownHeadings()) {
      Matcher m = FIRST_HEADING.matcher(extracted.text());
      if (m.find()) {
        return m.group(1).strip();
      }
    }
    if (format == DocumentFormat.TXT || format == DocumentFormat.PDF) {
      String first = extracted.text().strip().split("\n", 2)[0].strip();
      if (first.length() <= 100 && !first.isEmpty() && SENTENCE_END.indexOf(first.charAt(first.length() - 1)) < 0) {
        return first;
      }
    }
    String name = ref.relativeName();
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static byte[] readBytes(String file) {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new DocumentException(DocumentException.UNREADABLE, file, "no longer exists");
    } catch (AccessDeniedException e) {
      throw new DocumentException(DocumentException.UNREADABLE, file, "permission denied; make the file readable", e);
    } catch (IOException e) {
      throw new DocumentException(DocumentException.UNREADABLE, file, "cannot be read: " + e.getMessage(), e);
    }
  }
}
