package it.polis.platform.sms;

/** The gateway's request body, {"to":...,"text":...,"reference":...}, with JSON string escaping. */
final class SmsJson {

    private SmsJson() {
    }

    static String body(String to, String text, String reference) {
        return "{\"to\":" + quote(to) + ",\"text\":" + quote(text) + ",\"reference\":" + quote(reference) + "}";
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
