package kz.gov.rehab.commons.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import kz.gov.rehab.commons.person.Iin;

/**
 * IINs are personal data and stay masked in traces as in logs: a registry request's URL carries
 * the person's IIN ({@code /egov/v1/persons/330707399060}), so every URL attribute and the span's
 * name are masked ({@code 3307******60}) as a span starts, before any exporter sees it.
 */
@Singleton
public class PersonalDataInSpans implements SpanProcessor {

    private static final List<AttributeKey<String>> URL_ATTRIBUTES = List.of(
            AttributeKey.stringKey("url.full"), AttributeKey.stringKey("url.path"), AttributeKey.stringKey("url.query"),
            AttributeKey.stringKey("http.url"), AttributeKey.stringKey("http.target"), AttributeKey.stringKey("http.route"));

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : URL_ATTRIBUTES) {
            String value = span.getAttribute(key);
            if (value != null) {
                String masked = Iin.maskAllIn(value);
                if (!masked.equals(value)) {
                    span.setAttribute(key, masked);
                }
            }
        }
        String name = span.getName();
        String maskedName = Iin.maskAllIn(name);
        if (!maskedName.equals(name)) {
            span.updateName(maskedName);
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
