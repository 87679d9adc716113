package io.github.personalsite.engine.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * Lets templates read record components as properties ({@code profile.basics.name}) at the speed of a
 * method call. OGNL looks for JavaBean getters, which records do not have, and then searches every
 * method of the class by name on every access; that search was half of the rendering time. This
 * accessor finds the component accessors once per record class.
 */
final class RecordPropertyAccessor implements PropertyAccessor {

    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    accessors.put(component.getName(), accessor);
                }
            }
            return accessors;
        }
    };

    private final PropertyAccessor fallback = new ObjectPropertyAccessor();

    /** Makes OGNL use this accessor for every record (it looks accessors up along the superclasses). */
    static void register() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
    }

    @Override
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Method accessor = COMPONENTS.get(target.getClass()).get(String.valueOf(name));
        if (accessor == null) {
            return fallback.getProperty(context, target, name);
        }
        try {
            return invoke(accessor, target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new OgnlException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }

    /**
     * A record component for {@link Expr}: its value, or {@link Expr.Fallback} when {@code target} is not a
     * record with that component or reading it fails (OGNL then reports it as it always did).
     */
    static Object read(Object target, String name) {
        Method accessor = target instanceof Record ? COMPONENTS.get(target.getClass()).get(name) : null;
        if (accessor == null) {
            throw Expr.Fallback.INSTANCE;
        }
        try {
            return invoke(accessor, target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw Expr.Fallback.INSTANCE;
        }
    }

    private static Object invoke(Method accessor, Object target) throws IllegalAccessException, InvocationTargetException {
        RenderCache.read(target, accessor.getName());
        return accessor.invoke(target);
    }

    @Override
    public void setProperty(Map context, Object target, Object name, Object value) throws OgnlException {
        fallback.setProperty(context, target, name, value);
    }

    @Override
    public String getSourceAccessor(OgnlContext context, Object target, Object index) {
        return fallback.getSourceAccessor(context, target, index);
    }

    @Override
    public String getSourceSetter(OgnlContext context, Object target, Object index) {
        return fallback.getSourceSetter(context, target, index);
    }
}
