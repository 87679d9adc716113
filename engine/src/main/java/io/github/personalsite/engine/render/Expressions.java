package io.github.personalsite.engine.render;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the templates' {@code ${…}} expressions. Those that {@link ExpressionParser} parses (nearly
 * all of the default theme's) are evaluated as {@link Expr} trees, with the same results as OGNL but
 * without its per-evaluation machinery (a context object, node dispatch, access lookups), which was a
 * seventh of a large site's build. Every other expression, every evaluation that an {@link Expr} hands
 * back ({@link Expr.Fallback}), selection expressions ({@code *{…}}) and expressions evaluated outside a
 * template (where OGNL has no page to start from) go to Thymeleaf's OGNL evaluator, so errors and
 * results there are exactly Thymeleaf's.
 */
final class Expressions implements IStandardVariableExpressionEvaluator {

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);

    /** Parsed expressions by text; empty for those OGNL evaluates. */
    private final Map<String, Optional<Expr>> parsed = new ConcurrentHashMap<>();

    /** How many evaluations went to OGNL (for tests: the default theme needs none). */
    private final LongAdder handedToOgnl = new LongAdder();

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        String text = expression.getExpression();
        Expr expr = text == null || expression.getUseSelectionAsRoot() || !(context instanceof ITemplateContext)
                || restricted(expContext) && text.contains("param")
                ? null : parsed.computeIfAbsent(text, t -> Optional.ofNullable(ExpressionParser.parse(t))).orElse(null);
        if (expr == null) {
            return ognl(context, expression, expContext);
        }
        Object result;
        try {
            result = expr.eval(context);
        } catch (RuntimeException e) {
            return ognl(context, expression, expContext);
        }
        return expContext.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, result, String.class)
                : result;
    }

    private Object ognl(IExpressionContext context, IStandardVariableExpression expression,
                        StandardExpressionExecutionContext expContext) {
        handedToOgnl.increment();
        return ognl.evaluate(context, expression, expContext);
    }

    long handedToOgnl() {
        return handedToOgnl.sum();
    }

    /**
     * Where Thymeleaf restricts expressions (links, unescaped text, fragment parameters, …), what it forbids
     * is the variable {@code param} (request parameters) and {@code new}/{@code @Class@}, which the parser
     * never accepts: an expression that mentions {@code param} there goes to OGNL, which reports it.
     */
    private static boolean restricted(StandardExpressionExecutionContext expContext) {
        return expContext.getRestrictVariableAccess() || expContext.getRestrictInstantiationAndStatic();
    }

    @Override
    public String toString() {
        return "OGNL";
    }
}
