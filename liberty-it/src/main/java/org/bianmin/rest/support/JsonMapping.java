package org.bianmin.rest.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.catalogue.BasicCode;
import org.bianmin.catalogue.HandlingItemCode;
import org.bianmin.catalogue.ImplementationCode;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.UnifiedSocialCreditCode;
import org.bianmin.seal.CheckOutcome;

/**
 * How the API reads and writes JSON: API records as objects with their component names, times as
 * ISO-8601 text, division codes, actors and the national item codes as plain strings
 * ({@code "513322"}, {@code "admin.zhang"}, a basic, implementation or handling-item code, a unified
 * social credit code), byte arrays as Base64, a check's policy severity as {@code "onFailure"}
 * ({@link CheckOutcomeJson}), checkpoints and proofs in the audit module's canonical form
 * ({@link AuditProofJson}). Reading is strict: unknown properties and
 * trailing content are refused, so a misspelt field is a 400, not a silently ignored value.
 */
@Provider
public class JsonMapping implements ContextResolver<ObjectMapper> {
    private static final ObjectMapper MAPPER = create();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    /** The API's mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        SimpleModule strings = new SimpleModule("bianmin-values")
                .addSerializer(DivisionCode.class, ToStringSerializer.instance)
                .addSerializer(Actor.class, ToStringSerializer.instance)
                .addDeserializer(DivisionCode.class, new TextValueDeserializer<>(DivisionCode.class, DivisionCode::of))
                .addDeserializer(Actor.class, new TextValueDeserializer<>(Actor.class, Actor::of))
                .addSerializer(UnifiedSocialCreditCode.class, ToStringSerializer.instance)
                .addSerializer(BasicCode.class, ToStringSerializer.instance)
                .addSerializer(ImplementationCode.class, ToStringSerializer.instance)
                .addSerializer(HandlingItemCode.class, ToStringSerializer.instance)
                .addDeserializer(UnifiedSocialCreditCode.class, new TextValueDeserializer<>(
                        UnifiedSocialCreditCode.class, UnifiedSocialCreditCode::of))
                .addDeserializer(BasicCode.class, new TextValueDeserializer<>(BasicCode.class, BasicCode::parse))
                .addDeserializer(ImplementationCode.class, new TextValueDeserializer<>(ImplementationCode.class,
                        ImplementationCode::parse))
                .addDeserializer(HandlingItemCode.class, new TextValueDeserializer<>(HandlingItemCode.class,
                        HandlingItemCode::parse));
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(strings)
                .addMixIn(CheckOutcome.class, CheckOutcomeJson.class)
                .addMixIn(Checkpoint.class, AuditProofJson.CheckpointJson.class)
                .addMixIn(InclusionProof.class, AuditProofJson.ProofJson.class)
                .addMixIn(ConsistencyProof.class, AuditProofJson.ProofJson.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
