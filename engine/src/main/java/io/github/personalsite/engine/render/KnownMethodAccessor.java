package io.github.personalsite.engine.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ognl.MethodAccessor;
import ognl.MethodFailedException;
import ognl.ObjectMethodAccessor;
import ognl.OgnlRuntime;

/**
 * Calls the public methods of the engine's own types from templates ({@code fmt.day(p.date)},
 * {@code p.path()}, {@code seo.description()}) through a table made once per class. OGNL looks the
 * method up, compares every candidate's parameters and checks access by reflection on every call:
 * about a sixth of the rendering time. It also answers {@code isEmpty()}, {@code size()} and
 * {@code length()} of strings, collections and maps, which templates ask of every listed post. A name
 * with several methods of that arity, arguments that do not fit as they are, and every other method of
 * other types (String, List, …) go to OGNL as before, so results and errors are OGNL's.
 */
final class KnownMethodAccessor implements MethodAccessor {

    private static final String OWN = "io.github.personalsite.";

    /**
     * A method with its parameter types as declared and boxed, asked for once (getParameterTypes copies
     * its array at every call).
     */
    private record Known(Method method, Class<?>[] declared, Class<?>[] boxed) {
    }

    /** The public instance methods an own class declares or inherits from own classes, by name. */
    private static final ClassValue<Map<String, List<Known>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, List<Known>> computeValue(Class<?> type) {
            Map<String, List<Known>> methods = new HashMap<>();
            for (Method method : type.getMethods()) {
                if (!Modifier.isStatic(method.getModifiers())
                        && method.getDeclaringClass().getName().startsWith(OWN)) {
                    method.setAccessible(true); // public methods of package-private classes
                    Class<?>[] declared = method.getParameterTypes();
                    Class<?>[] boxed = new Class<?>[declared.length];
                    for (int i = 0; i < declared.length; i++) {
                        boxed[i] = box(declared[i]);
                    }
                    methods.computeIfAbsent(method.getName(), n -> new ArrayList<>())
                            .add(new Known(method, declared, boxed));
                }
            }
            return methods;
        }
    };

    private final MethodAccessor ognl = new ObjectMethodAccessor();

    /** Makes OGNL call the methods of these classes (and their subclasses) through this accessor. */
    static void register(Class<?>... types) {
        KnownMethodAccessor accessor = new KnownMethodAccessor();
        for (Class<?> type : types) {
            OgnlRuntime.setMethodAccessor(type, accessor);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object callMethod(Map context, Object target, String name, Object[] args) throws MethodFailedException {
        Object size = args.length == 0 ? size(target, name) : null;
        if (size != null) {
            return size;
        }
        Method method = own(target, name, args);
        if (method == null) {
            return ognl.callMethod(context, target, name, args);
        }
        try {
            return invoke(method, target, args);
        } catch (InvocationTargetException e) {
            throw new MethodFailedException(target, name, e.getCause());
        } catch (IllegalAccessException e) {
            throw new MethodFailedException(target, name, e);
        }
    }

    /**
     * A call for {@link Expr}, answered as {@link #callMethod} answers it without OGNL; {@link Expr.Fallback}
     * when that would go to OGNL or the method fails (OGNL then calls it and reports the failure).
     */
    static Object call(Object target, String name, Object[] args) {
        Object size = args.length == 0 ? size(target, name) : null;
        if (size != null) {
            return size;
        }
        Method method = own(target, name, args);
        if (method == null) {
            throw Expr.Fallback.INSTANCE;
        }
        try {
            return invoke(method, target, args);
        } catch (InvocationTargetException | IllegalAccessException e) {
            throw Expr.Fallback.INSTANCE;
        }
    }

    /** The method of an own class that answers this call, or {@code null} (another type, or OGNL chooses). */
    private static Method own(Object target, String name, Object[] args) {
        return target != null && target.getClass().getName().startsWith(OWN) ? only(target.getClass(), name, args) : null;
    }

    private static Object invoke(Method method, Object target, Object[] args)
            throws InvocationTargetException, IllegalAccessException {
        if (args.length == 0) {
            RenderCache.read(target, method.getName());
        }
        return method.invoke(target, args);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object callStaticMethod(Map context, Class type, String name, Object[] args) throws MethodFailedException {
        return ognl.callStaticMethod(context, type, name, args);
    }

    /**
     * {@code isEmpty()}, {@code size()} and {@code length()} of strings, collections and maps (templates
     * ask {@code p.tags.isEmpty()} for every post they list), or {@code null} for any other call. OGNL
     * would look these up by reflection and check them against Thymeleaf's access rules, which allow them.
     */
    static Object size(Object target, String name) {
        return switch (name) {
            case "isEmpty" -> target instanceof String s ? (Object) s.isEmpty()
                    : target instanceof java.util.Collection<?> c ? (Object) c.isEmpty()
                    : target instanceof Map<?, ?> m ? (Object) m.isEmpty() : null;
            case "size" -> target instanceof java.util.Collection<?> c ? (Object) c.size()
                    : target instanceof Map<?, ?> m ? (Object) m.size() : null;
            case "length" -> target instanceof String s ? (Object) s.length() : null;
            default -> null;
        };
    }

    /** The one method of that name and arity whose parameters take the arguments as they are, or null. */
    static Method only(Class<?> type, String name, Object[] args) {
        List<Known> named = METHODS.get(type).get(name);
        if (named == null) {
            return null;
        }
        Known found = null;
        for (Known known : named) {
            if (known.declared().length == args.length) {
                if (found != null) {
                    return null; // overloads: OGNL chooses
                }
                found = known;
            }
        }
        if (found == null) {
            return null;
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null ? found.declared()[i].isPrimitive() : !found.boxed()[i].isInstance(args[i])) {
                return null;
            }
        }
        return found.method();
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "char" -> Character.class;
            case "byte" -> Byte.class;
            case "short" -> Short.class;
            default -> Void.class;
        };
    }
}
