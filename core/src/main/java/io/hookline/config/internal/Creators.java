package io.hookline.config.internal;

import io.hookline.config.internal.Creator.Alternative;
import io.hookline.config.internal.Creator.Missing;
import io.hookline.config.internal.Creator.Param;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link Creator} of a class: which constructor builds it, the names of its parameters, and what each gets
 * when it is not given.
 *
 * <p>Contract: {@link #find} returns a creator only where the names are known for certain: a record's components; a
 * Kotlin class's primary constructor, named and with its defaults and nullability read from its metadata; a Scala case
 * class's constructor, named by its fields, with its companion's default methods; a Java class's widest public
 * constructor, named by {@code -parameters}, by {@code @ConstructorProperties}, or by the class's first fields when
 * their types are the parameters' in order and a construction with distinct values confirms each place. Other
 * public constructors of a record or Java class whose parameters are some of those names supply the rest. Anything
 * else, a bean with a constructor without arguments among them, gets none, and is left to Jackson.
 */
final class Creators {

  private Creators() {}

  /** Returns the creator of {@code type}, or {@code null} if its parameters' names cannot be known. */
  static @Nullable Creator find(Class<?> type) {
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isEnum() || type.isArray()
        || type.isPrimitive() || type.getName().startsWith("java.") || type.getName().startsWith("kotlin.")
        || type.getName().startsWith("scala.")) {
      return null;
    }
    if (type.isRecord()) {
      return record(type);
    }
    List<KotlinMetadata.Parameter> kotlin = KotlinMetadata.primaryConstructor(type);
    if (kotlin != null) {
      return kotlin(type, kotlin);
    }
    if (isScalaProduct(type)) {
      return scala(type);
    }
    return java(type);
  }

  private static Creator record(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Method[] readers = new Method[components.length];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      readers[i] = components[i].getAccessor();
      readers[i].trySetAccessible();
      names.add(components[i].getName());
    }
    Constructor<?> canonical;
    try {
      canonical = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
    }
    Object[] instanceDefaults = null;
    Constructor<?>[] constructors = type.getConstructors();
    for (Constructor<?> other : constructors) {
      if (other.getParameterCount() == 0) {
        instanceDefaults = noArgumentValues(other, readers);
      }
    }
    List<Alternative> alternatives = alternatives(canonical, names, constructors);
    List<Param> params = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      Missing missing = instanceDefaults != null || omitted(alternatives, names.get(i)) ? Missing.DEFAULT
          : javaMissing(types[i], components[i], components[i].getAnnotatedType());
      params.add(new Param(names.get(i), components[i].getGenericType(), missing, types[i].isPrimitive()));
    }
    return new Creator(type, params, canonical, readers, null, null, null, instanceDefaults, alternatives);
  }

  private static @Nullable Object @Nullable [] noArgumentValues(Constructor<?> noArguments, Method[] readers) {
    try {
      noArguments.trySetAccessible();
      Object instance = noArguments.newInstance();
      Object[] values = new Object[readers.length];
      for (int i = 0; i < readers.length; i++) {
        values[i] = readers[i].invoke(instance);
      }
      return values;
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("config " + noArguments.getDeclaringClass().getSimpleName()
          + ": its no-argument constructor failed: " + e.getCause(), e);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /**
   * Returns the names another constructor takes, of the main one's {@code names}: its own names if compiled with
   * {@code -parameters}, or else the one way its parameter types pick the main one's in order; {@code null} if unclear.
   */
  private static @Nullable List<String> namesWithin(Constructor<?> other, List<String> names, Class<?>[] types) {
    Parameter[] parameters = other.getParameters();
    if (parameters.length > 0 && parameters[0].isNamePresent()) {
      List<String> own = Arrays.stream(parameters).map(Parameter::getName).toList();
      return names.containsAll(own) ? own : null;
    }
    List<List<String>> ways = new ArrayList<>();
    pick(other.getParameterTypes(), 0, types, 0, names, new ArrayList<>(), ways);
    return ways.size() == 1 ? ways.get(0) : null;
  }

  private static void pick(Class<?>[] wanted, int at, Class<?>[] types, int from, List<String> names,
      List<String> chosen, List<List<String>> ways) {
    if (ways.size() > 1) {
      return;
    }
    if (at == wanted.length) {
      ways.add(List.copyOf(chosen));
      return;
    }
    for (int i = from; i < types.length; i++) {
      if (types[i] == wanted[at]) {
        chosen.add(names.get(i));
        pick(wanted, at + 1, types, i + 1, names, chosen, ways);
        chosen.remove(chosen.size() - 1);
      }
    }
  }

  private static @Nullable Creator kotlin(Class<?> type, List<KotlinMetadata.Parameter> declared) {
    Constructor<?> primary = null;
    Constructor<?> synthetic = null;
    for (Constructor<?> candidate : type.getDeclaredConstructors()) {
      Class<?>[] types = candidate.getParameterTypes();
      boolean marker = types.length > 0
          && types[types.length - 1].getName().equals("kotlin.jvm.internal.DefaultConstructorMarker");
      if (marker && types.length == declared.size() + (declared.size() + 31) / 32 + 1) {
        synthetic = candidate;
      } else if (!marker && !candidate.isSynthetic() && types.length == declared.size()) {
        if (primary != null) {
          return null; // two constructors of that many parameters: which is primary is not clear
        }
        primary = candidate;
      }
    }
    if (primary == null) {
      return null;
    }
    if (synthetic != null) {
      synthetic.trySetAccessible();
    }
    List<Param> params = new ArrayList<>();
    Type[] generic = primary.getGenericParameterTypes();
    if (generic.length != declared.size()) {
      return null;
    }
    for (int i = 0; i < declared.size(); i++) {
      KotlinMetadata.Parameter parameter = declared.get(i);
      Missing missing = parameter.declaresDefault() && synthetic != null ? Missing.DEFAULT
          : parameter.nullable() ? Missing.NULL : Missing.REQUIRED;
      params.add(new Param(parameter.name(), generic[i], missing, !parameter.nullable()));
    }
    return new Creator(type, params, primary, readers(type, params), synthetic, null, null, null, List.of());
  }

  private static boolean isScalaProduct(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> face : c.getInterfaces()) {
        if (face.getName().equals("scala.Product")) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable Creator scala(Class<?> type) {
    Constructor<?>[] constructors = type.getConstructors();
    if (constructors.length != 1) {
      return null;
    }
    Constructor<?> primary = constructors[0];
    List<String> names = fieldNames(type, primary.getParameterTypes());
    if (names == null) {
      return null;
    }
    Object companion = null;
    Method[] defaults = new Method[names.size()];
    try {
      Class<?> module = Class.forName(type.getName() + "$", true, type.getClassLoader());
      companion = module.getField("MODULE$").get(null);
      for (Method method : module.getMethods()) {
        String prefix = "$lessinit$greater$default$";
        if (method.getName().startsWith(prefix)) {
          int index = Integer.parseInt(method.getName().substring(prefix.length())) - 1;
          if (index >= 0 && index < defaults.length && method.getParameterCount() <= index) {
            defaults[index] = method;
          }
        }
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError noCompanion) {
      Arrays.fill(defaults, null);
    }
    List<Param> params = new ArrayList<>();
    Type[] generic = primary.getGenericParameterTypes();
    for (int i = 0; i < names.size(); i++) {
      Missing missing = defaults[i] != null ? Missing.DEFAULT
          : javaMissing(primary.getParameterTypes()[i], primary.getParameters()[i], null);
      params.add(new Param(names.get(i), generic[i], missing, primary.getParameterTypes()[i].isPrimitive()));
    }
    return new Creator(type, params, primary, readers(type, params), null, defaults, companion, null, List.of());
  }

  private static @Nullable Creator java(Class<?> type) {
    Constructor<?>[] constructors = type.getConstructors();
    if (constructors.length == 0 || type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
      return null;
    }
    Constructor<?> widest = constructors[0];
    for (Constructor<?> constructor : constructors) {
      if (constructor.getParameterCount() == 0) {
        return null; // a bean, which Jackson binds through its setters
      }
      if (constructor.getParameterCount() > widest.getParameterCount()) {
        widest = constructor;
      }
    }
    for (Constructor<?> constructor : constructors) {
      if (constructor != widest && constructor.getParameterCount() == widest.getParameterCount()) {
        return null; // two constructors that take as much: which one a declaration means is not clear
      }
    }
    List<String> names = javaNames(type, widest);
    if (names == null) {
      return null;
    }
    List<Alternative> alternatives = alternatives(widest, names, constructors);
    List<Param> params = new ArrayList<>();
    Parameter[] parameters = widest.getParameters();
    for (int i = 0; i < names.size(); i++) {
      Missing missing = omitted(alternatives, names.get(i)) ? Missing.DEFAULT
          : javaMissing(parameters[i].getType(), parameters[i], parameters[i].getAnnotatedType());
      params.add(new Param(names.get(i), parameters[i].getParameterizedType(), missing,
          parameters[i].getType().isPrimitive()));
    }
    return new Creator(type, params, widest, readers(type, params), null, null, null, null, alternatives);
  }

  /** Returns the public constructors other than {@code main} whose parameters are known to be some of its own. */
  private static List<Alternative> alternatives(Constructor<?> main, List<String> names, Constructor<?>[] all) {
    List<Alternative> alternatives = new ArrayList<>();
    for (Constructor<?> other : all) {
      if (!other.equals(main) && other.getParameterCount() > 0) {
        List<String> otherNames = namesWithin(other, names, main.getParameterTypes());
        if (otherNames != null) {
          other.trySetAccessible();
          alternatives.add(new Alternative(other, otherNames));
        }
      }
    }
    return alternatives;
  }

  /** Returns whether some other constructor leaves {@code name} out, and so supplies its value. */
  private static boolean omitted(List<Alternative> alternatives, String name) {
    for (Alternative alternative : alternatives) {
      if (!alternative.names().contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the names of a Java constructor's parameters, where they can be known, or {@code null}. */
  static @Nullable List<String> javaNames(Class<?> type, Constructor<?> constructor) {
    Parameter[] parameters = constructor.getParameters();
    if (parameters[0].isNamePresent()) {
      return Arrays.stream(parameters).map(Parameter::getName).toList();
    }
    for (Annotation annotation : constructor.getAnnotations()) {
      if (annotation.annotationType().getName().equals("java.beans.ConstructorProperties")) {
        try {
          Method value = annotation.annotationType().getMethod("value");
          String[] names = (String[]) value.invoke(annotation);
          return names.length == parameters.length ? List.of(names) : null;
        } catch (ReflectiveOperationException e) {
          return null;
        }
      }
    }
    List<String> names = fieldNames(type, constructor.getParameterTypes());
    return names != null && confirmed(type, constructor, names) ? names : null;
  }

  /** Returns the names of the class's first instance fields if their types are the parameters' in order. */
  private static @Nullable List<String> fieldNames(Class<?> type, Class<?>[] parameters) {
    List<Field> fields = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
        fields.add(field);
      }
    }
    if (fields.size() < parameters.length) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      if (fields.get(i).getType() != parameters[i]) {
        return null;
      }
      names.add(fields.get(i).getName());
    }
    return names;
  }

  /**
   * Confirms that fields named by order hold the parameters of the same place: for parameters whose type occurs more
   * than once, a construction with distinct values must leave each in its field.
   */
  private static boolean confirmed(Class<?> type, Constructor<?> constructor, List<String> names) {
    Class<?>[] types = constructor.getParameterTypes();
    Map<Class<?>, Integer> counts = new HashMap<>();
    for (Class<?> t : types) {
      counts.merge(t, 1, Integer::sum);
    }
    if (counts.values().stream().allMatch(count -> count == 1)) {
      return true;
    }
    Object[] distinct = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      distinct[i] = types[i] == String.class ? "hookline probe " + i : Creator.blank(types[i], i + 2);
      if (counts.get(types[i]) > 1 && (distinct[i] == null || types[i].isEnum() || types[i] == boolean.class)) {
        return false;
      }
    }
    try {
      constructor.trySetAccessible();
      Object made = constructor.newInstance(distinct);
      for (int i = 0; i < types.length; i++) {
        if (counts.get(types[i]) > 1) {
          Field field = type.getDeclaredField(names.get(i));
          field.trySetAccessible();
          if (!Objects.equals(field.get(made), distinct[i])) {
            return false;
          }
        }
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError unsure) {
      return false;
    }
  }

  /** What a Java parameter that is not given gets: empty for an {@code Optional}, null if marked nullable. */
  private static Missing javaMissing(Class<?> type, AnnotatedElement element,
      @Nullable AnnotatedType annotated) {
    if (type == Optional.class) {
      return Missing.EMPTY;
    }
    if (!type.isPrimitive() && (markedNullable(element.getAnnotations())
        || annotated != null && markedNullable(annotated.getAnnotations()))) {
      return Missing.NULL;
    }
    return Missing.REQUIRED;
  }

  private static boolean markedNullable(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** Returns a reader of each parameter (its getter, or a method or field of its name), or {@code null}. */
  private static @Nullable Method @Nullable [] readers(Class<?> type, List<Param> params) {
    Method[] readers = new Method[params.size()];
    for (int i = 0; i < readers.length; i++) {
      String name = params.get(i).name();
      String capital = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
      for (String candidate : List.of("get" + capital, "is" + capital, name)) {
        try {
          Method method = type.getMethod(candidate);
          if (method.getReturnType() != void.class) {
            readers[i] = method;
            break;
          }
        } catch (NoSuchMethodException next) {
          // try the next name
        }
      }
      if (readers[i] == null) {
        return null;
      }
      readers[i].trySetAccessible();
    }
    return readers;
  }
}
