package it.polis.it.campaigns;

import it.polis.it.support.Http;
import it.polis.it.support.TestPortal;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Client side: the dev-only campaign endpoint (audiences of cheap citizens, campaigns started and resumed, status). */
final class CampaignBench {

    private CampaignBench() {
    }

    static Map<String, String> post(TestPortal portal, String form) {
        HttpResponse<String> r = Http.post(portal.url("/dev/bench/campaign"), form);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("/dev/bench/campaign answered " + r.statusCode() + ": " + r.body());
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (String line : r.body().split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                v.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return v;
    }

    static void audience(TestPortal portal, String prefix, String domain, int count, String province) {
        post(portal, "action=audience&prefix=" + prefix + "&domain=" + domain + "&count=" + count + "&province=" + province);
    }

    static long start(TestPortal portal, String name, String province, int rate, String kind) {
        return Long.parseLong(post(portal, "action=start&name=" + name + "&province=" + province + "&rate=" + rate
                + "&kind=" + kind).get("id"));
    }

    static Map<String, String> status(TestPortal portal, long id) {
        return post(portal, "action=status&id=" + id);
    }

    static void resume(TestPortal portal, long id) {
        post(portal, "action=resume&id=" + id);
    }
}
