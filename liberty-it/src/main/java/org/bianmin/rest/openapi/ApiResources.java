package org.bianmin.rest.openapi;

import java.util.List;
import org.bianmin.rest.audit.AuditResource;
import org.bianmin.rest.catalogue.CalendarResource;
import org.bianmin.rest.catalogue.CatalogueResource;
import org.bianmin.rest.console.SessionResource;
import org.bianmin.rest.proxy.ApplicantRatingResource;
import org.bianmin.rest.proxy.ProxyResource;
import org.bianmin.rest.seal.OfdSealingResource;
import org.bianmin.rest.seal.PublicVerificationResource;
import org.bianmin.rest.seal.RevocationListResource;
import org.bianmin.rest.seal.SealResource;
import org.bianmin.rest.seal.TimeStampResource;
import org.bianmin.rest.seal.VerificationResource;
import org.bianmin.rest.standards.StandardsResource;
import org.bianmin.rest.witness.WitnessResource;

/**
 * The API's resource classes, whose methods' parameter and return types the OpenAPI document's
 * bodies are described from ({@code ApiResourcesTest} keeps the list equal to the classes with
 * {@code @Path} in the web application).
 */
final class ApiResources {
    static final List<Class<?>> ALL = List.of(SealResource.class, OfdSealingResource.class,
            VerificationResource.class, PublicVerificationResource.class, RevocationListResource.class,
            TimeStampResource.class, CatalogueResource.class, CalendarResource.class, ProxyResource.class,
            ApplicantRatingResource.class, StandardsResource.class, AuditResource.class, WitnessResource.class,
            SessionResource.class);

    private ApiResources() {
    }
}
