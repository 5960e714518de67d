package it.polis.platform.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The production gateway: {@code POST <polis.sms.gateway.url>} with {@code Content-Type: application/json},
 * {@code Authorization: Bearer <polis.sms.gateway.token>} and the body {@code {"to","text","reference"}}.
 * A 2xx answer means accepted; 408, 429 and 5xx (and network errors, timeouts) are retried by the
 * outbox; any other answer is permanent. The reference is the same on every attempt, so a gateway that
 * deduplicates on it never sends twice.
 */
public class HttpSmsSender implements SmsSender {

    private final URI url;
    private final String token;
    private final Duration timeout;
    private final HttpClient client;

    public HttpSmsSender(String url, String token, Duration timeout) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("polis.sms.gateway.url is not set");
        }
        this.url = URI.create(url.trim());
        this.token = token == null ? "" : token.trim();
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void send(String to, String text, String reference) throws SmsDeliveryException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(SmsJson.body(to, text, reference), StandardCharsets.UTF_8));
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SmsDeliveryException("SMS gateway unreachable: " + e, false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("Interrupted", false, e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        boolean retry = status == 408 || status == 429 || status >= 500;
        String body = response.body() == null ? "" : response.body();
        throw new SmsDeliveryException("SMS gateway answered " + status + ": "
                + (body.length() > 200 ? body.substring(0, 200) : body), !retry, null);
    }
}
