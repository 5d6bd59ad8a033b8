package id.netral.notification.api;

/** OpenAPI examples of this service, kept in one place and referenced from the annotations. */
final class Examples {
    static final String EVENT_TYPE = """
            {"code": "case.registered",
             "description": "Laporan atau temuan dugaan pelanggaran netralitas ASN telah diregistrasi",
             "sinceVersion": "v1"}""";

    static final String NEW_EVENT = """
            {"id": "5b0c6f0e-8f0a-4a52-9a4e-0d3c1f0b7a11",
             "type": "case.registered",
             "occurredAt": "2024-10-02T03:15:00Z",
             "regionCode": "34.04",
             "agencyCode": "34.04.DISDIK",
             "data": {"caseId": "a1c2e3f4-0000-4000-8000-000000000001", "trackingCode": "NTR-7KQ2-M9XD", "status": "REGISTERED"}}""";

    static final String EVENT_BATCH = """
            {"events": [
              {"id": "5b0c6f0e-8f0a-4a52-9a4e-0d3c1f0b7a11", "type": "case.registered", "occurredAt": "2024-10-02T03:15:00Z",
               "regionCode": "34.04", "agencyCode": "34.04.DISDIK",
               "data": {"caseId": "a1c2e3f4-0000-4000-8000-000000000001", "trackingCode": "NTR-7KQ2-M9XD", "status": "REGISTERED"}},
              {"id": "5b0c6f0e-8f0a-4a52-9a4e-0d3c1f0b7a12", "type": "case.status-changed", "occurredAt": "2024-10-03T02:00:00Z",
               "regionCode": "34.04", "agencyCode": "34.04.DISDIK",
               "data": {"caseId": "a1c2e3f4-0000-4000-8000-000000000001", "status": "UNDER_REVIEW"}}]}""";

    static final String NEW_SUBSCRIPTION = """
            {"url": "https://portal.slemankab.go.id/netral/webhooks",
             "events": ["case.registered", "case.status-changed"],
             "regionCode": "34.04"}""";

    static final String SUBSCRIPTION = """
            {"id": "0f8e9c1a-3b7d-4c2e-9f10-5a6b7c8d9e0f",
             "url": "https://portal.slemankab.go.id/netral/webhooks",
             "events": ["case.registered", "case.status-changed"],
             "regionCode": "34.04",
             "status": "ACTIVE",
             "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3jP0Pu7ZDkc=",
             "previousSecretValidUntil": null,
             "createdAt": "2024-10-01T02:00:00Z",
             "createdBy": "portal-sleman"}""";

    static final String DELIVERY = """
            {"id": "7d1f2e3a-4b5c-4d6e-8f90-a1b2c3d4e5f6",
             "eventId": "5b0c6f0e-8f0a-4a52-9a4e-0d3c1f0b7a11",
             "eventType": "case.registered",
             "subscriptionId": "0f8e9c1a-3b7d-4c2e-9f10-5a6b7c8d9e0f",
             "status": "SUCCEEDED",
             "nextAttemptAt": null,
             "createdAt": "2024-10-02T03:15:01Z",
             "completedAt": "2024-10-02T03:15:07Z",
             "attempts": [
               {"number": 1, "attemptedAt": "2024-10-02T03:15:01Z", "statusCode": 500, "latencyMs": 41, "error": "HTTP 500"},
               {"number": 2, "attemptedAt": "2024-10-02T03:15:07Z", "statusCode": 200, "latencyMs": 38, "error": null}]}""";

    static final String NOTICE = """
            {"id": "3c9d0e1f-2a3b-4c5d-8e9f-0a1b2c3d4e5f",
             "kind": "TAKEDOWN",
             "title": "Permintaan melepas penandaan dalam konten kampanye",
             "body": "Akun media sosial Anda ditandai dalam konten yang diduga berisi kampanye: https://www.instagram.com/p/C9xYz/ ...",
             "caseId": "a1c2e3f4-0000-4000-8000-000000000001",
             "broadcastId": null,
             "requiresAcknowledgement": true,
             "createdAt": "2024-10-02T03:15:02Z",
             "readAt": "2024-10-02T05:40:11Z",
             "acknowledgedAt": "2024-10-02T05:41:09Z"}""";

    static final String NEW_BROADCAST = """
            {"title": "Imbauan menjaga netralitas ASN menjelang pemungutan suara",
             "body": "Kepada seluruh ASN Dinas Pendidikan.\n\nJangan memberi tanda suka, berkomentar atau membagikan unggahan peserta pemilihan.",
             "audience": {"agencyCode": "PEMKAB-SLEMAN", "unitCode": "DISDIK"},
             "requiresAcknowledgement": true}""";

    static final String BROADCAST = """
            {"id": "9e8d7c6b-5a49-4382-9f1e-0d2c3b4a5968",
             "title": "Imbauan menjaga netralitas ASN menjelang pemungutan suara",
             "body": "Kepada seluruh ASN Dinas Pendidikan. ...",
             "audience": {"agencyCode": "PEMKAB-SLEMAN", "unitCode": "DISDIK", "regionCode": "34.04", "employmentType": null},
             "requiresAcknowledgement": true,
             "status": "RUNNING",
             "total": 1873, "delivered": 1500, "failed": 0, "emailed": 1210, "withoutEmail": 264,
             "read": 402, "acknowledged": 377,
             "lastError": null,
             "createdAt": "2024-11-20T01:00:00Z", "createdBy": "bawaslu-sleman", "completedAt": null}""";

    private Examples() {
    }
}
