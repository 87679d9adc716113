package io.github.personalsite.engine.render;

import java.lang.reflect.Method;
import ognl.Node;
import ognl.OgnlContext;
import ognl.OgnlRuntime;
import ognl.enhance.OgnlExpressionCompiler;

/**
 * OGNL's expression compiler with one answer remembered per class. Every step of a property chain
 * ({@code post.title}, {@code fmt.day(p.date)}) asks the compiler for the "interface class" of the value
 * it stands on, and OGNL's own compiler works it out each time by walking the class's interfaces and
 * superclasses (copying each interface array): about a seventh of the rendering time. The answer only
 * depends on the class, so it is kept in a {@link ClassValue}; everything else goes to OGNL's compiler.
 */
final class CachedInterfaceCompiler implements OgnlExpressionCompiler {

    private final OgnlExpressionCompiler compiler;
    private final ClassValue<Class<?>> interfaces = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            return compiler.getInterfaceClass(type);
        }
    };

    private CachedInterfaceCompiler(OgnlExpressionCompiler compiler) {
        this.compiler = compiler;
    }

    /** Makes OGNL use this compiler (once; OGNL's own stays underneath). */
    static synchronized void register() {
        if (!(OgnlRuntime.getCompiler() instanceof CachedInterfaceCompiler)) {
            OgnlRuntime.setCompiler(new CachedInterfaceCompiler(OgnlRuntime.getCompiler()));
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getInterfaceClass(Class type) {
        return type == null ? null : interfaces.get(type);
    }

    @Override
    public void compileExpression(OgnlContext context, Node expression, Object root) throws Exception {
        compiler.compileExpression(context, expression, root);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public String getClassName(Class type) {
        return compiler.getClassName(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getSuperOrInterfaceClass(Method method, Class type) {
        return compiler.getSuperOrInterfaceClass(method, type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getRootExpressionClass(Node rootNode, OgnlContext context) {
        return compiler.getRootExpressionClass(rootNode, context);
    }

    @Override
    public String castExpression(OgnlContext context, Node expression, String body) {
        return compiler.castExpression(context, expression, body);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public String createLocalReference(OgnlContext context, String expression, Class type) {
        return compiler.createLocalReference(context, expression, type);
    }
}
