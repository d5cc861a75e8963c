package vn.chibo.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.chibo.platform.PublicRoutes;

/**
 * Every route of {@code /api/v1} in the OpenAPI description with the errors it can answer, in the one shape
 * {@link ErrorHandling} and the security filters give them ({@code status}, {@code message}, {@code errors} naming the
 * field): 400 for bad input, 401 without an account (429 when throttled), 403 without the permission, 404 outside the
 * caller's scope or for an unknown id, 409 when a concurrent write was in the way. Created with springdoc's beans, at
 * the first request for the description.
 */
@Component
@Lazy
class ApiErrorDocumentation implements OpenApiCustomizer {

    static final String SCHEMA = "ApiError";

    private final List<PathPattern> publicReads;

    ApiErrorDocumentation(ObjectProvider<PublicRoutes> publicRoutes) {
        this.publicReads = publicRoutes
                .orderedStream()
                .flatMap(routes -> routes.apiReads().stream())
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(SCHEMA, schema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
        });
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn())));
        // What modules publish is read without an account (PublicRoutes, SecurityConfiguration); the rest needs one.
        boolean publicRead =
                !write && publicReads.stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)));
        if (hasInput || write) {
            add(responses, "400", "Bad input: `errors` names the field and says why, in Vietnamese (or English)");
        }
        if (!publicRead) {
            add(responses, "401", "Not signed in (HTTP Basic)");
            add(responses, "403", "Signed in without the permission on this organization");
            add(responses, "429", "Too many failed sign-ins: the account or address is throttled");
        }
        // An organization named by id in the query (the statistics) is looked up like one in the path.
        boolean namesOrganization = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> "query".equals(p.getIn()) && "organization".equals(p.getName()));
        if (path.contains("{") || namesOrganization) {
            add(responses, "404", "Unknown, or outside the caller's organizations");
        }
        if (write) {
            add(
                    responses,
                    "409",
                    "Another write was in the way (a duplicate, an overlap, a concurrent change): nothing"
                            + " was written");
        }
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(
                    status,
                    new ApiResponse()
                            .description(description)
                            .content(new Content()
                                    .addMediaType(
                                            "application/json",
                                            new MediaType()
                                                    .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> schema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.setProperties(Map.of(
                "field", new StringSchema().description("the field or parameter at fault"),
                "message", new StringSchema().description("what is wrong, in the caller's language")));
        ObjectSchema error = new ObjectSchema();
        error.description("An error answer of the JSON API");
        error.setProperties((Map) Map.of(
                "status", new IntegerSchema().description("the HTTP status"),
                "message", new StringSchema().description("a sentence for the user, in the caller's language"),
                "errors", new ArraySchema().items(fieldError)));
        return error;
    }
}
