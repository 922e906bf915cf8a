package io.instruct4j.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.Serializable;

/**
 * A work item that failed (an LLM call that ran out of retries, an unparseable reply, an
 * unreadable document), kept with its input so it can be inspected and replayed. Dead letters
 * are never mixed into the data.
 *
 * @param stage the pipeline stage that failed, e.g. {@code classify}
 * @param input the work item as JSON text (a prompt, an instruction, a document path)
 * @param errorType the failure's kind, e.g. {@code rate_limited}, {@code unparseable_reply}
 * @param error the message, which says what to fix where that is known
 * @param attempts how many attempts were made
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(String stage, String input, String errorType, String error, int attempts)
    implements Serializable {}
