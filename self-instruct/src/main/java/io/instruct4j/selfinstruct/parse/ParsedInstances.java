package io.instruct4j.selfinstruct.parse;

import io.instruct4j.selfinstruct.instance.Instance;
import java.io.Serializable;
import java.util.List;

/**
 * What {@link InstanceParser} made of an instance reply. An unparseable reply gives no
 * instances and one {@link Dropped} holding the whole reply and the reason.
 *
 * @param instances the parsed pairs in reply order, not yet cleaned ({@code InstanceCleaner} does that)
 * @param dropped the text that did not become an instance, with reasons
 */
public record ParsedInstances(List<Instance> instances, List<Dropped> dropped) implements Serializable {
  public ParsedInstances {
    instances = List.copyOf(instances);
    dropped = List.copyOf(dropped);
  }
}
