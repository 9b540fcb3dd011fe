package org.bianmin.catalogue;

import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The public listing (事项公示) of a published version as a self-contained HTML page a centre can
 * print or publish: for every item its name, materials and requirements, statutory and promised time
 * limits, fee and its basis (C-DISCLOSE), plus level, legal basis, conditions and channels. Every
 * text taken from the catalogue is escaped.
 */
@ProviderType
public interface CatalogueListingRenderer {
    /**
     * Renders a listing as HTML ({@code text/html; charset=UTF-8}).
     *
     * @param listing the listing, from {@link CatalogueVersions#listing(int)}
     * @param locale  the language of the page's labels: Chinese ({@code zh}) or English (any other
     *                language); null for Chinese. The catalogue's own texts are shown as recorded.
     * @return the page
     * @throws org.bianmin.core.BianminException INVALID_ARGUMENT when the listing is null
     */
    String render(CatalogueListing listing, Locale locale);
}
