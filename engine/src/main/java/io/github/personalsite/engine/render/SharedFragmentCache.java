package io.github.personalsite.engine.render;

import java.util.Set;
import org.thymeleaf.cache.AbstractCacheManager;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.cache.ICacheEntryValidityChecker;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.cache.TemplateCacheKey;
import org.thymeleaf.engine.TemplateModel;

/**
 * Thymeleaf's standard caches, except that a fragment is parsed once for all templates that include it.
 * Thymeleaf keys a parsed fragment ({@code layout :: head}) by the including template too, because a
 * resolver may read a template's name relative to it; the engine's resolvers (a folder, the jar) do
 * not, so every page type parsed the whole of {@code layout.html} once per fragment it includes: some
 * twenty parses in a JVM that has just started, instead of five.
 */
final class SharedFragmentCache extends AbstractCacheManager {

    private final StandardCacheManager standard = new StandardCacheManager();

    @Override
    protected ICache<TemplateCacheKey, TemplateModel> initializeTemplateCache() {
        ICache<TemplateCacheKey, TemplateModel> cache = standard.getTemplateCache();
        return new ICache<>() {
            @Override
            public void put(TemplateCacheKey key, TemplateModel value) {
                cache.put(shared(key), value);
            }

            @Override
            public TemplateModel get(TemplateCacheKey key) {
                return cache.get(shared(key));
            }

            @Override
            public TemplateModel get(TemplateCacheKey key,
                                     ICacheEntryValidityChecker<? super TemplateCacheKey, ? super TemplateModel> checker) {
                return cache.get(shared(key), checker);
            }

            @Override
            public void clear() {
                cache.clear();
            }

            @Override
            public void clearKey(TemplateCacheKey key) {
                cache.clearKey(shared(key));
            }

            @Override
            public Set<TemplateCacheKey> keySet() {
                return cache.keySet();
            }
        };
    }

    @Override
    protected ICache<ExpressionCacheKey, Object> initializeExpressionCache() {
        return standard.getExpressionCache();
    }

    /** The key without the including template. */
    static TemplateCacheKey shared(TemplateCacheKey key) {
        return key.getOwnerTemplate() == null ? key : new TemplateCacheKey(null, key.getTemplate(),
                key.getTemplateSelectors(), key.getLineOffset(), key.getColOffset(), key.getTemplateMode(),
                key.getTemplateResolutionAttributes());
    }
}
