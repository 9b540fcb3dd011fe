package org.bianmin.rest.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bianmin.rest.BianminApi;
import org.bianmin.rest.support.JsonMapping;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the scanned OpenAPI document so that a client can be written from it alone (configured
 * as {@code mp.openapi.filter}). The scanner sees only the web application's classes, so the
 * core-api records in the bodies were bare objects and enums had no values: here every JSON request
 * and response body of a resource method is described from the method's Java types by the API's own
 * JSON mapping ({@link JsonShapes}), Bianmin's types as named component schemas, enums with their
 * constants. A method that builds its {@code Response} names its body's type with
 * {@link APIResponseSchema}. The standards site description, which arrives as text, is published as
 * the audit module's JSON Schema under {@value #SITE_DESCRIPTION}.
 */
public class ApiDocument implements OASFilter {
    /** The component name of the site description's JSON Schema. */
    public static final String SITE_DESCRIPTION = "SiteDescription";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        JsonShapes shapes = new JsonShapes(JsonMapping.mapper());
        String root = "/" + BianminApi.class.getAnnotation(ApplicationPath.class).value();
        for (Class<?> resource : ApiResources.ALL) {
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                PathItem item = verb == null ? null : document.getPaths().getPathItem(path(root, resource, method));
                Operation operation = item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(verb));
                if (operation != null) {
                    describe(operation, method, shapes);
                }
            }
        }
        Map<String, Schema> schemas = new TreeMap<>(shapes.components());
        schemas.put(SITE_DESCRIPTION, JsonSchemaFile.read("site-description.schema.json"));
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().setSchemas(schemas);
    }

    private static void describe(Operation operation, Method method, JsonShapes shapes) {
        Arrays.stream(method.getParameters()).filter(ApiDocument::isEntity).findFirst()
                .map(Parameter::getParameterizedType).filter(ApiDocument::isJson)
                .filter(type -> operation.getRequestBody() != null)
                .ifPresent(type -> describe(operation.getRequestBody().getContent(), shapes.of(type)));
        if (operation.getResponses() == null) {
            return;
        }
        APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
        if (declared != null) {
            APIResponse response = operation.getResponses().getAPIResponse(declared.responseCode());
            if (response != null) {
                describe(response.getContent(), shapes.of(declared.value()));
            }
        } else if (isJson(method.getGenericReturnType())) {
            Schema answer = shapes.of(method.getGenericReturnType());
            operation.getResponses().getAPIResponses().values().forEach(response -> describe(response.getContent(), answer));
        }
    }

    private static void describe(Content content, Schema schema) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().forEach((type, media) -> {
                if (type.contains("json")) {
                    media.setSchema(schema);
                }
            });
        }
    }

    /** The body parameter: the one that Jakarta REST fills from nothing else (no path, query, context …). */
    private static boolean isEntity(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType)
                .noneMatch(type -> type.getPackageName().startsWith("jakarta.ws.rs"));
    }

    /** A type the API's JSON mapping writes; not raw text, bytes, streams or a built response. */
    private static boolean isJson(Type type) {
        Class<?> raw = JsonMapping.mapper().constructType(type).getRawClass();
        return raw != void.class && raw != String.class && raw != byte[].class && raw != Object.class
                && !raw.getPackageName().startsWith("java.io") && !raw.getPackageName().startsWith("jakarta.");
    }

    private static String verb(Method method) {
        return Arrays.stream(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
    }

    private static String path(String root, Class<?> resource, Method method) {
        Path own = method.getAnnotation(Path.class);
        String path = root + "/" + resource.getAnnotation(Path.class).value() + "/" + (own == null ? "" : own.value());
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
