package io.instruct4j.pipelines.run;

import io.instruct4j.pipelines.RootConfig;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Copies of a {@link RootConfig} with one section replaced. RootConfig gains a section with every
 * feature, so the copy goes through the canonical constructor by component name: this code keeps
 * compiling, and keeps every other section as it was, whatever sections are added later.
 */
final class ConfigCopy {

  private ConfigCopy() {}

  /** {@code config} with the component named {@code name} (Java name, e.g. {@code output}) set to {@code value}. */
  static RootConfig with(RootConfig config, String name, Object value) {
    RecordComponent[] components = RootConfig.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        if (components[i].getName().equals(name)) {
          args[i] = value;
          found = true;
        } else {
          args[i] = components[i].getAccessor().invoke(config);
        }
      }
      if (!found) {
        throw new IllegalStateException("RootConfig has no component '" + name + "'");
      }
      Constructor<RootConfig> canonical = RootConfig.class.getDeclaredConstructor(types);
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("cannot copy the config: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy the config: " + e, e);
    }
  }
}
