package io.hookline.config.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a class is built from named values through its constructor: the parameters in order, their names and types, and
 * what a parameter that is not given gets.
 *
 * <p>Contract: {@link #of} finds a creator for a class whose constructor's parameter names can be known, and only
 * then: a record (its components), a Kotlin class (its primary constructor, named by its metadata), a Scala case class
 * (its fields), or a Java class with one public constructor named by {@code -parameters}, by
 * {@code @ConstructorProperties}, or by fields of the same types in the same order, which a probe then confirms.
 * A parameter that is not given gets, in this order: its default (a Kotlin default, a Scala default, the value of a
 * record's no-argument constructor, or what another constructor of the class with the given names supplies);
 * {@code Optional.empty()} for an {@code Optional}; {@code null} where the parameter is nullable (a Kotlin
 * {@code T?}, or annotated {@code @Nullable}); and otherwise it is {@link Missing#REQUIRED}, which the binder reports.
 */
final class Creator {

  /** What a parameter that is not given gets. */
  enum Missing {
    /** Its default, computed by the class. */
    DEFAULT,
    /** {@code Optional.empty()}. */
    EMPTY,
    /** {@code null}. */
    NULL,
    /** Nothing: it must be given. */
    REQUIRED
  }

  /** One parameter: its name, its generic type, what it gets when not given, and whether {@code null} is refused. */
  record Param(String name, Type type, Missing missing, boolean refusesNull) {}

  private static final ClassValue<Optional<Creator>> CREATORS = new ClassValue<>() {
    @Override
    protected Optional<Creator> computeValue(Class<?> type) {
      return Optional.ofNullable(find(type));
    }
  };

  private final Class<?> type;
  private final List<Param> params;
  private final List<String> names;
  private final Constructor<?> constructor;
  private final @Nullable Method @Nullable [] readers;
  /** Kotlin's synthetic constructor that computes the defaults named by its bit masks, or {@code null}. */
  private final @Nullable Constructor<?> kotlinDefaults;
  /** Scala's default methods on the companion, by parameter, each taking the parameters before it, or {@code null}. */
  private final @Nullable Method @Nullable [] scalaDefaults;
  private final @Nullable Object companion;
  /** The values of a record's no-argument constructor, by parameter, or {@code null}. */
  private final @Nullable Object @Nullable [] instanceDefaults;
  /** Other constructors, each with the names of the parameters it takes. */
  private final List<Alternative> alternatives;

  private record Alternative(Constructor<?> constructor, List<String> names) {}

  private Creator(Class<?> type, List<Param> params, Constructor<?> constructor, @Nullable Method @Nullable [] readers,
      @Nullable Constructor<?> kotlinDefaults, @Nullable Method @Nullable [] scalaDefaults, @Nullable Object companion,
      @Nullable Object @Nullable [] instanceDefaults, List<Alternative> alternatives) {
    this.type = type;
    this.params = List.copyOf(params);
    this.names = params.stream().map(Param::name).toList();
    this.constructor = constructor;
    this.readers = readers;
    this.kotlinDefaults = kotlinDefaults;
    this.scalaDefaults = scalaDefaults;
    this.companion = companion;
    this.instanceDefaults = instanceDefaults;
    this.alternatives = List.copyOf(alternatives);
    constructor.trySetAccessible();
  }

  /** Returns the creator of {@code type}, or {@code null} if its constructor's parameter names cannot be known. */
  static @Nullable Creator of(Class<?> type) {
    return CREATORS.get(type).orElse(null);
  }

  /** Returns the parameters, in the constructor's order. */
  List<Param> params() {
    return params;
  }

  /** Returns the parameters' names, in order. */
  List<String> names() {
    return names;
  }

  /** Returns whether a built value's parameters can be read back, so that it can be shown as a tree. */
  boolean readable() {
    return readers != null;
  }

  /** Returns the value of each parameter of {@code value}, in order; only if {@link #readable}. */
  @Nullable Object[] read(Object value) throws ReflectiveOperationException {
    Method[] all = Objects.requireNonNull(readers, "readers");
    Object[] values = new Object[all.length];
    for (int i = 0; i < all.length; i++) {
      values[i] = all[i].invoke(value);
    }
    return values;
  }

  /**
   * Builds a value. {@code given[i]} says whether {@code values[i]} was given; a parameter not given gets what its
   * {@link Param#missing} says.
   *
   * @return the value, or {@code null} if a required parameter was not given and no constructor supplies it
   * @throws InvocationTargetException what the class's constructor or a default threw
   */
  @Nullable Object create(@Nullable Object[] values, boolean[] given) throws InvocationTargetException {
    Object[] arguments = values.clone();
    boolean defaultsNeeded = false;
    for (int i = 0; i < params.size(); i++) {
      if (!given[i]) {
        Param param = params.get(i);
        switch (param.missing()) {
          case EMPTY -> arguments[i] = Optional.empty();
          case NULL -> arguments[i] = null;
          case DEFAULT -> defaultsNeeded = true;
          case REQUIRED -> {
            return null;
          }
          default -> throw new AssertionError(param.missing());
        }
      }
    }
    try {
      if (!defaultsNeeded) {
        return constructor.newInstance(arguments);
      }
      if (kotlinDefaults != null) {
        return kotlinDefaults.newInstance(kotlinArguments(arguments, given));
      }
      for (int i = 0; i < params.size(); i++) {
        if (!given[i] && params.get(i).missing() == Missing.DEFAULT) {
          if (scalaDefaults != null && scalaDefaults[i] != null) {
            arguments[i] = scalaDefaults[i].invoke(companion, Arrays.copyOf(arguments,
                scalaDefaults[i].getParameterCount()));
          } else if (instanceDefaults != null) {
            arguments[i] = instanceDefaults[i];
          } else {
            return alternative(arguments, given);
          }
        }
      }
      return constructor.newInstance(arguments);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot construct " + type.getName() + ": " + e, e);
    }
  }

  /** Builds through another constructor that takes exactly the given names, if there is one. */
  private @Nullable Object alternative(@Nullable Object[] arguments, boolean[] given)
      throws InvocationTargetException, InstantiationException, IllegalAccessException {
    Set<String> present = new HashSet<>();
    for (int i = 0; i < params.size(); i++) {
      if (given[i]) {
        present.add(names.get(i));
      }
    }
    for (Alternative alternative : alternatives) {
      if (present.equals(new HashSet<>(alternative.names()))) {
        Object[] chosen = new Object[alternative.names().size()];
        for (int i = 0; i < chosen.length; i++) {
          chosen[i] = arguments[names.indexOf(alternative.names().get(i))];
        }
        return alternative.constructor().newInstance(chosen);
      }
    }
    return null;
  }

  private Object[] kotlinArguments(@Nullable Object[] arguments, boolean[] given) {
    Constructor<?> synthetic = Objects.requireNonNull(kotlinDefaults);
    Object[] all = new Object[synthetic.getParameterCount()];
    Class<?>[] types = synthetic.getParameterTypes();
    for (int i = 0; i < params.size(); i++) {
      all[i] = arguments[i];
      if (!given[i] && params.get(i).missing() == Missing.DEFAULT) {
        all[i] = types[i].isPrimitive() ? blank(types[i], 0) : null;
        int mask = params.size() + i / 32;
        all[mask] = (all[mask] == null ? 0 : (Integer) all[mask]) | 1 << (i % 32);
      }
    }
    for (int i = params.size(); i < all.length - 1; i++) {
      if (all[i] == null) {
        all[i] = 0;
      }
    }
    return all;
  }

  /**
   * Returns the defaults that do not depend on other parameters, by name: those a Kotlin or Scala class computes the
   * same from two different sets of required values, and a record's no-argument constructor's. A default that reads
   * another parameter, or changes from one construction to the next, is left out: the class computes it each time.
   */
  Map<String, @Nullable Object> defaults() {
    Map<String, @Nullable Object> defaults = new LinkedHashMap<>();
    if (instanceDefaults != null) {
      for (int i = 0; i < params.size(); i++) {
        defaults.put(names.get(i), instanceDefaults[i]);
      }
      return defaults;
    }
    if (!readable() || params.stream().noneMatch(param -> param.missing() == Missing.DEFAULT)) {
      return defaults;
    }
    try {
      Object[] first = probe(0);
      Object[] second = probe(1);
      if (first == null || second == null) {
        return defaults;
      }
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i).missing() == Missing.DEFAULT && Objects.equals(first[i], second[i])) {
          defaults.put(names.get(i), first[i]);
        }
      }
    } catch (ReflectiveOperationException | RuntimeException unknown) {
      defaults.clear(); // a class whose defaults cannot be computed without real values: it computes them itself
    }
    return defaults;
  }

  /** Builds a value with every default taken and a blank for every other parameter, and reads its parameters back. */
  private @Nullable Object @Nullable [] probe(int variant) throws ReflectiveOperationException {
    Object[] values = new Object[params.size()];
    boolean[] given = new boolean[params.size()];
    for (int i = 0; i < params.size(); i++) {
      Param param = params.get(i);
      if (param.missing() != Missing.DEFAULT) {
        given[i] = true;
        values[i] = param.missing() == Missing.NULL ? null : blank(raw(param.type()), variant);
        if (values[i] == null && param.missing() != Missing.NULL) {
          return null;
        }
      }
    }
    Object made = create(values, given);
    return made == null ? null : read(made);
  }

  /**
   * Returns a stand-in value of {@code type}, or {@code null} if it has none. Variants 0 and 1 differ wherever the type
   * allows, and widely, so that a default computed from a stand-in (a tenth of it, say) differs too.
   */
  static @Nullable Object blank(Class<?> type, int variant) {
    long number = variant == 0 ? 0 : variant == 1 ? 987_654_321L : variant;
    if (type == int.class || type == Integer.class) {
      return (int) number;
    }
    if (type == long.class || type == Long.class) {
      return number;
    }
    if (type == double.class || type == Double.class) {
      return (double) number;
    }
    if (type == float.class || type == Float.class) {
      return (float) number;
    }
    if (type == short.class || type == Short.class) {
      return (short) (number % 30_000);
    }
    if (type == byte.class || type == Byte.class) {
      return (byte) (number % 100);
    }
    if (type == boolean.class || type == Boolean.class) {
      return variant != 0;
    }
    if (type == char.class || type == Character.class) {
      return (char) ('a' + variant % 26);
    }
    if (type == String.class) {
      return variant == 0 ? "" : "stand-in " + variant;
    }
    if (type == List.class || type == java.util.Collection.class || type == Iterable.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type.isEnum() && type.getEnumConstants().length > 0) {
      Object[] constants = type.getEnumConstants();
      return constants[Math.min(variant, constants.length - 1)];
    }
    return null;
  }

  private static Class<?> raw(Type type) {
    return type instanceof Class<?> c ? c
        : type instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
  }

  private static @Nullable Creator find(Class<?> type) {
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
    for (Constructor<?> other : type.getConstructors()) {
      if (other.getParameterCount() == 0) {
        instanceDefaults = noArgumentValues(other, readers);
      }
    }
    List<Alternative> alternatives = alternatives(canonical, names, type.getConstructors());
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
      distinct[i] = types[i] == String.class ? "hookline probe " + i : blank(types[i], i + 2);
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
      java.lang.reflect.@Nullable AnnotatedType annotated) {
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
